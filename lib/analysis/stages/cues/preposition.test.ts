import { describe, expect, it } from 'vitest';
import { analyze } from '../../analyze';
import { one, run } from '../test-helpers';

describe('prepositional cues', () => {
  it('وفقا لـ at the start with فإن', () => {
    const a = one('ووفقا للمصادر فإن المفاوضات توقفت.');
    expect(a.source.mention?.text).toBe('للمصادر');
    expect(a.source.kind).toBe('anonymous');
    expect(a.claim.text).toBe('المفاوضات توقفت');
  });

  it('trailing بحسب takes the sentence before it', () => {
    const a = one('ارتفع عدد الضحايا إلى عشرين، بحسب الدفاع المدني.');
    expect(a.source.mention?.text).toBe('الدفاع المدني');
    expect(a.claim.text).toBe('ارتفع عدد الضحايا إلى عشرين');
  });

  it('two layers: verb then حسبما share one claim', () => {
    const at = run('وقال قائد الشرطة إن المشتبه به اعتقل، حسبما ذكرت وكالة الأنباء الرسمية.').attributions;
    expect(at).toHaveLength(2);
    expect(at[0].claim.text).toBe(at[1].claim.text);
    expect(at[1].source.kind).toBe('organization');
  });

  it('وفقا لما ذكرته and بحسب ما نقلته X عن Y', () => {
    const a = one('ووفقا لما ذكرته صحيفة المساء، فإن البرلمان سيحل.');
    expect(a.source.mention?.text).toBe('صحيفة المساء');
    expect(a.claim.text).toBe('البرلمان سيحل');
    const at = run('وبحسب ما نقلته الإذاعة عن مصادر طبية، فإن الجرحى نقلوا إلى المستشفى.').attributions;
    expect(at.map((x) => x.source.kind)).toEqual(['organization', 'anonymous']);
  });

  it('على لسان and طبقا لـ', () => {
    expect(one('وجاء على لسان الناطق باسم الجيش أن الحدود مغلقة.').source.mention?.text).toContain('الناطق');
    expect(one('وطبقا لبيان الوزارة، فإن الامتحانات أجلت.').source.kind).toBe('organization');
  });

  it('فحسب "only" and the name حسب الله are no cue, and a بشأن phrase is no subject', () => {
    expect(run('وليس ذلك بالنسبة للسياح فحسب ولكن ايضا بالنسبة لمعظم الصينيين.').attributions).toEqual([]);
    expect(one('فحسب المصادر، فإن الاجتماع تأجل.').source.mention?.text).toBe('المصادر');
    expect(run('هذا ما أثبتته دراسة للدكتور بهاء حسب الله أستاذ الأدب العربي.').attributions).toEqual([]);
    const inner = analyze('وقال البيان "بشأن الملف النووي يؤكد رئيس الجمهورية دعم فرنسا للوسيط".', {
      entities: false,
    }).attributions.map((x) => x.source.mention?.text);
    expect(inner).toContain('رئيس الجمهورية');
    expect(inner.some((m) => m?.startsWith('بشأن'))).toBe(false);
  });

  it('same-speaker tags are not new sources', () => {
    const at = run('وقال السفير إن العلاقات ممتازة، على حد تعبيره.').attributions;
    expect(at).toHaveLength(1);
    const at2 = run('وأكد الوزير أن الخطة ناجحة وفق قوله.').attributions;
    expect(at2).toHaveLength(1);
  });
});
