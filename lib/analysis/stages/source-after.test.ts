import { describe, expect, it } from 'vitest';
import { readSource } from './source-after';
import { one, prepared, run } from './test-helpers';

describe('source reading after the cue', () => {
  it('plural settings, a delegation addressed, and a bracket the source did not open', () => {
    let a = one('وقال المسؤولون في اللجنة من جهتهم إنهم سينظمون جلسات استماع.');
    expect(a.claim.text).toBe('سينظمون جلسات استماع');
    a = one('واكد الرئيس السنيورة للوفد الدولي ان عملية الانزال خرق فاضح.');
    expect(a.source.mention?.text).toBe('الرئيس السنيورة');
    expect(a.claim.text).toBe('عملية الانزال خرق فاضح');
    // `(كما تصفه لوسي) عندما يقول`: no source runs over the bracket or `عندما`.
    for (const x of run('وهو عصفور الشرق (كما تصفه لوسي) عندما يقول انه ما من رجل يحب غير المرأة.').attributions) {
      expect(x.source.mention?.text ?? '').not.toMatch(/\)|عندما/);
    }
  });

  it('a preposition, a verbal noun or a manner adverb after the verb is not the source', () => {
    expect(one('كما حذّر البنك من مواجهة بعض الاقتصادات الناشئة لمخاطر التقلب.').source.mention?.text).toBe('البنك');
    expect(one('وكانت الوثائق تؤكد باستمرار أن رجلا زار الصين.').claim.text).toBe('رجلا زار الصين');
    for (const body of [
      'حيث أكد وجود قطار ثالث كان واقفا أمام القطار.',
      'وحذّر من مواجهة الاقتصادات الناشئة لمخاطر التقلب.',
    ]) {
      for (const x of run(body).attributions) expect(x.source.mention?.text ?? '').not.toMatch(/^(?:وجود|من)/);
    }
  });

  it('names starting with ف, addressees, أول أمس, verbal-noun objects and impersonal يلاحظ', () => {
    expect(one('وقال فؤاد السنيورة إن الحل قريب.').source.name).toBe('فؤاد السنيورة');
    expect(one('وقال بلير لمحطة تلفزيون سكاي نيوز إن البلدين لن يتحركا.').source.mention?.text).toBe('بلير');
    expect(one('وقالت الحكومة الباكستانية اول امس الجمعة انها لم تقرر.').source.mention?.text).toBe(
      'الحكومة الباكستانية',
    );
    expect(one('قالت لنا مرافقتنا: ما رأيكم في هذه الإطلالة؟').source.mention?.text).toBe('مرافقتنا');
    const a = one('وأكد شهود عيان وجود قوات إثيوبية داخل البلدة.');
    expect([a.source.mention?.text, a.claim.text]).toEqual(['شهود عيان', 'وجود قوات إثيوبية داخل البلدة']);
    expect(run('ويلاحظ أن الأجزاء العليا من السور طليت باللون الأخضر.').attributions).toEqual([]);
  });
});

describe('source reading after the cue, called directly', () => {
  it('stops at the complementiser, a setting or an object noun; takes an anonymity tail whole', () => {
    let p = prepared('قال وزير المالية اللبناني إن العجز سيتراجع.');
    expect(p.words({ a: 1, b: readSource(p.st, 1, p.st.n) })).toBe('وزير المالية اللبناني');
    p = prepared('وقالت الوزارة في بيان إن الطريق مغلق.');
    expect(p.words({ a: 1, b: readSource(p.st, 1, p.st.n) })).toBe('الوزارة');
    p = prepared('وأكد شهود عيان وجود قوات.');
    expect(p.words({ a: 1, b: readSource(p.st, 1, p.st.n) })).toBe('شهود عيان');
    p = prepared('وقال مسؤول طلب عدم نشر اسمه إن الصفقة ألغيت.');
    expect(p.words({ a: 1, b: readSource(p.st, 1, p.st.n) })).toBe('مسؤول طلب عدم نشر اسمه');
  });

  it('a preposition after the verb starts its object, not a source', () => {
    const p = prepared('وحذر من مواجهة المخاطر.');
    expect(readSource(p.st, 1, p.st.n)).toBe(1);
  });
});
