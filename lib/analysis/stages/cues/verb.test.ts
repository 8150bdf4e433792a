import { describe, expect, it } from 'vitest';
import { analyze } from '../../analyze';
import { one, run } from '../test-helpers';

describe('verb cues', () => {
  const none = (body: string) => expect(run(body).attributions).toEqual([]);

  it('verb before the source, content clause with أن', () => {
    const a = one('قال وزير المالية اللبناني إن العجز سيتراجع هذا العام.');
    expect(a.cue.text).toBe('قال');
    expect(a.source.mention?.text).toBe('وزير المالية اللبناني');
    expect(a.source.kind).toBe('person');
    expect(a.claim.text).toBe('العجز سيتراجع هذا العام');
  });

  it('conjugations with و/ف prefixes and feminine/plural forms', () => {
    for (const cue of ['وقالت', 'فقالت', 'وأكدت', 'وتقول', 'وأوضحت', 'وأشارت']) {
      const body = `${cue} وزارة الزراعة ${cue.includes('أشار') ? 'إلى أن' : 'إن'} المحصول تضاعف.`;
      const a = one(body);
      expect(a.cue.text).toBe(cue);
      expect(a.source.kind).toBe('organization');
      expect(a.claim.text).toBe('المحصول تضاعف');
    }
  });

  it('a description keeps its object in the claim', () => {
    const a = one('ووصف النائب القانون بأنه خطوة إلى الوراء.');
    expect(a.source.mention?.text).toBe('النائب');
    expect(a.claim.text).toBe('القانون بأنه خطوة إلى الوراء');
  });

  it('a description verb with a long source and أن takes the clause', () => {
    // Read on ANERcorp text (not the gold set): the source used to stop after its first word or two.
    let a = one('واعتبر موقعو النداء أن القادة الأوروبيين يواجهون مسؤولية تاريخية.');
    expect(a.source.mention?.text).toBe('موقعو النداء');
    expect(a.claim.text).toBe('القادة الأوروبيين يواجهون مسؤولية تاريخية');
    a = one('واعتبر رئيس اللجنة المنظمة لكأس العالم فرانتس بكنباور ان حظوظ ايطاليا وفرنسا متساوية.');
    expect(a.source.mention?.text).toBe('رئيس اللجنة المنظمة لكأس العالم فرانتس بكنباور');
    expect(a.claim.text).toBe('حظوظ ايطاليا وفرنسا متساوية');
    a = one('واعتبرها بعض النقاد إعادة صياغة لروايته.');
    expect(a.source.mention?.text).toBe('بعض النقاد');
    expect(a.claim.text).toBe('إعادة صياغة لروايته');
  });

  it('a passive "is considered" is not an attribution, nor is "according to a plan"', () => {
    expect(analyze('ويعتبر لي أحد أهم المخرجين الأميركيين.', { entities: false }).attributions).toEqual([]);
    expect(analyze('ويعتبر المسجد من أقدم المساجد في الصين.', { entities: false }).attributions).toEqual([]);
    const a = one('وقالت الفصائل إنها ستعمل وفق استراتيجية وطنية موحدة.');
    expect(a.source.mention?.text).toBe('الفصائل');
    expect(one('واعتبر الرئيس المشروع أحد أهم الإنجازات.').claim.text).toBe('المشروع أحد أهم الإنجازات');
  });

  it('after كان … قد the phrase that follows the verb is its object', () => {
    for (const [body, claim] of [
      ['وصل الوزير لافروف. وكان لافروف قد أعلن الاتفاق في موسكو.', 'الاتفاق في موسكو'],
      ['وصل الوزير لافروف. وكان لافروف قد أبلغ الصحفيين أن الاتفاق قريب.', 'الاتفاق قريب'],
    ]) {
      const a = analyze(body).attributions;
      expect(a.map((x) => [x.source.mention?.text, x.claim.text])).toEqual([['لافروف', claim]]);
    }
  });

  it('passive يعتبر, لفت النظر, a paper الصادرة اليوم, and بالمقابل before the verb', () => {
    for (const body of [
      'وتعتبر المشكلة خطيرة عندما تسمح للبرنامج بالتكاثر.',
      'ويعتبر ثورة في المواصلات عبر الصحراء.',
    ]) {
      expect(run(body).attributions).toEqual([]);
    }
    expect(one('ويعتبر الخبراء الاتفاق خطوة مهمة.').source.mention?.text).toBe('الخبراء');
    expect(one('ويعتبر مراقبون أن الاتفاق هش.').claim.text).toBe('الاتفاق هش');
    let a = one('ولفت جلالته النظر خلال تصريحات للصحفيين الى انه لن يعتمد على حلول مجزأة.');
    expect([a.source.mention?.text, a.claim.text]).toEqual(['جلالته', 'لن يعتمد على حلول مجزأة']);
    a = one('وأكدت صحيفة تايمز البريطانية الصادرة اليوم أن البلد أيد المرشح.');
    expect([a.source.mention?.text, a.claim.text]).toEqual(['صحيفة تايمز البريطانية', 'البلد أيد المرشح']);
    const b = analyze('وأضاف الدبلوماسي أن لاريجاني بالمقابل أعلن أن الإيرانيين مستعدون.');
    expect(b.attributions.map((x) => x.source.mention?.text)).toContain('لاريجاني');
  });

  it('accusation by an office and a name', () => {
    const a = one('ويتهم الرئيس كوفي المعارضة بنشر الفوضى.');
    expect(a.source.mention?.text).toBe('الرئيس كوفي');
    expect(a.claim.text).toBe('المعارضة بنشر الفوضى');
  });

  it('the subject before an accusation verb', () => {
    const a = one('منظمة العفو الدولية تتهم الشرطة بتعذيب المعتقلين.');
    expect(a.source.mention?.text).toBe('منظمة العفو الدولية');
    expect(a.claim.text).toBe('الشرطة بتعذيب المعتقلين');
  });

  it('accusation: claim runs from the accused', () => {
    const a = one('واتهمت المعارضة الحكومة بتزوير الانتخابات.');
    expect(a.source.mention?.text).toBe('المعارضة');
    expect(a.claim.text).toBe('الحكومة بتزوير الانتخابات');
  });

  it('denial with a noun object', () => {
    const a = one('ونفى الجيش هذه الادعاءات.');
    expect(a.source.mention?.text).toBe('الجيش');
    expect(a.claim.text).toBe('هذه الادعاءات');
  });

  it('a passive with a number as its object has no source', () => {
    none('وتعود القضية التي اتهم فيها 12 شخصا إلى العام الماضي.');
  });

  it('background notes, stances, calls, agentless passives', () => {
    none('يذكر أن الاتفاق وقع قبل عامين.');
    none('يشار إلى أن المدينة شهدت احتجاجات.');
    none('وأعرب الوزير عن قلقه من التصعيد.');
    none('ودعا الأمين العام إلى وقف القتال.');
    none('ويُعتقد أن المهاجمين فروا.');
  });

  it('two layers: نقلت X عن Y قوله', () => {
    const at = run('ونقلت صحيفة الأيام عن الوزير سعيد منصور قوله إن الميناء سيفتح.').attributions;
    expect(at.map((a) => a.source.mention?.text)).toEqual(['صحيفة الأيام', 'الوزير سعيد منصور']);
    expect(at[0].claim.text).toBe('الميناء سيفتح');
    expect(at[1].claim.text).toBe('الميناء سيفتح');
  });

  it('نقلا عن adds the quoted source', () => {
    const at = run('وذكرت القناة نقلا عن مسؤول عسكري أن القوات انسحبت.').attributions;
    expect(at.map((a) => a.source.kind)).toEqual(['organization', 'anonymous']);
  });
});
