import { describe, expect, it } from 'vitest';
import { analyze } from './index';

// Constructions of issue 10 (unnamed groups, appositions, settings), in synthetic sentences written for these
// tests, checked with the rules alone and with the learned kind stage.
const first = (body: string, learned: boolean) => {
  const a = analyze(`عنوان\n\n${body}`, { entities: true, kindModel: learned ? undefined : null }).attributions;
  expect(a.length, body).toBeGreaterThan(0);
  return a[0];
};

describe('unnamed sources are anonymous', () => {
  const cases: [string, string][] = [
    ['وقال مسؤولان أمريكيان إن الإدارة تدرس خيارات جديدة.', 'مسؤولان أمريكيان'],
    ['وقال 3 دبلوماسيين إن الاجتماع تأجل.', '3 دبلوماسيين'],
    ['ويرى 60% من المشاركين أن الاقتصاد يتراجع.', '60% من المشاركين'],
    ['ويعتقد 45 في المئة من الناخبين أن الحكومة فشلت.', '45 في المئة من الناخبين'],
    ['وقالت أسرته إنه اختفى منذ أسبوع.', 'أسرته'],
    ['وأكدت العائلة أن ابنها بريء.', 'العائلة'],
    ['وقال موظفو الشركة إن الرواتب تأخرت.', 'موظفو الشركة'],
    ['وقال أقارب الضحايا إن الشرطة تأخرت.', 'أقارب الضحايا'],
    ['وقال المذيع إن الضيف انسحب.', 'المذيع'],
    ['وصرح مسؤول كبير في البيت الأبيض بأن الرئيس سيوقع القرار.', 'مسؤول كبير في البيت الأبيض'],
    ['ويقول منتقدون إن القانون يقيد الحريات.', 'منتقدون'],
    ['وتشير تقديرات إلى أن عدد القتلى تجاوز المئة.', 'تقديرات'],
  ];
  for (const learned of [false, true]) {
    for (const [body, source] of cases) {
      it(`${source}${learned ? ' (learned kind)' : ''}`, () => {
        const a = first(body, learned);
        expect(a.source.mention?.text).toBe(source);
        expect(a.source.kind).toBe('anonymous');
      });
    }
  }
  it('a number that does not count people is no source', () => {
    expect(analyze('عنوان\n\nواتهم فيها 19 شخصا بالتآمر.', { entities: false }).attributions).toEqual([]);
  });
  it('a role with a name after it is that person', () => {
    const a = first('وقال الصحفي السوري خالد العمر إن المعبر أغلق.', false);
    expect(a.source.kind).toBe('person');
    expect(a.source.name).toBe('خالد العمر');
  });
});

describe('names and settings', () => {
  it('a name before its office in apposition is the name; the complementiser never is', () => {
    const a = first('قال الشيخ حمد بن جاسم، رئيس الوزراء القطري السابق، إن الصفقة تنفذ خطوة خطوة.', false);
    expect(a.source.name).toBe('حمد بن جاسم');
    expect(a.source.role).toBe('رئيس الوزراء القطري السابق');
    const b = first('قال خالد العمري، رئيس الوزراء السابق، إن الصفقة تنفذ.', false);
    expect(b.source.name).toBe('خالد العمري');
  });
  it('the genitive of an office before the comma is not taken for the name', () => {
    const a = first('قال رئيس حماس، إسماعيل هنية، إن الحركة مستعدة.', false);
    expect(a.source.name).not.toBe('حماس');
  });
  it('the outlet in a setting with a relative verb is not the source', () => {
    const a = analyze(
      'عنوان\n\nوقالت سارة وليامز إنها نجت.\nوقالت في مقال نشرته شبكة "سي إن إن" الإخبارية الأمريكية: "أنا محظوظة لأنني نجوت".',
      { entities: true },
    ).attributions;
    expect(a.map((x) => x.source.name)).toEqual(['سارة وليامز', 'سارة وليامز']);
    const b = analyze('عنوان\n\nقال خالد العمري إن الوضع صعب.\nوأضاف في مقابلة أجرتها معه قناة الجزيرة أن الحل قريب.', {
      entities: true,
    }).attributions;
    expect(b.map((x) => x.source.name)).toEqual(['خالد العمري', 'خالد العمري']);
  });
  it('a participle after a non-reporting verb gives the subject, who stays in focus', () => {
    const a = analyze(
      'عنوان\n\nوجه الشيخ خالد آل سالم، نائب رئيس الدولة، بتعيين المواطن علي باحثا، مشيرا إلى "أنه تتحرك دولة عندما يتوجع مواطن".\nوقال في حسابه على تويتر: "استضفنا اليوم المواطن".',
      { entities: true },
    ).attributions;
    expect(a.map((x) => x.source.name)).toEqual(['خالد آل سالم', 'خالد آل سالم']);
    expect(a[0].claim.text.startsWith('تتحرك دولة')).toBe(true);
  });
});
