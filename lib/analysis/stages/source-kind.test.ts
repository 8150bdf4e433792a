import { describe, expect, it } from 'vitest';
import { one } from './test-helpers';

describe('source kinds and names', () => {
  const kind = (body: string) => one(body).source.kind;

  it('name before the office, and the office before the name', () => {
    const a = one('وقالت رنا عيسى، مديرة المكتب الإقليمي، إن الشحنات تأخرت.');
    expect(a.source.name).toBe('رنا عيسى');
    expect(a.source.role).toBe('مديرة المكتب الإقليمي');
    const b = one('وقال مدير المكتب الإقليمي، فادي سليم، إن الشحنات تأخرت.');
    expect(b.source.name).toBe('فادي سليم');
    expect(b.source.kind).toBe('person');
  });

  it('partitive sources (كثير من, عدد من) are whole and anonymous, also after يعتبر', () => {
    let a = one('ويعتبر كثير من البريطانيين يحيى بيرت بمثابة مالكولم اكس الاميركي.');
    expect([a.source.mention?.text, a.source.kind]).toEqual(['كثير من البريطانيين', 'anonymous']);
    a = one('وقال عدد من الشهود إن القصف استمر.');
    expect([a.source.mention?.text, a.source.kind]).toEqual(['عدد من الشهود', 'anonymous']);
  });

  it('a document is an organisation source', () => {
    const a = one('وذكر تقرير أممي أن الجفاف يهدد الملايين.');
    expect(a.source.kind).toBe('organization');
  });

  it('anonymous: unnamed sources, witnesses, officials of named bodies, indefinite offices', () => {
    expect(kind('وقال شهود عيان إن الانفجار كان قويا.')).toBe('anonymous');
    expect(kind('وقال مسؤول في وزارة النقل إن الرحلات ألغيت.')).toBe('anonymous');
    expect(kind('وقال متحدث باسم الحزب إن الاجتماع أرجئ.')).toBe('anonymous');
    expect(kind('وقال مسؤول طلب عدم نشر اسمه إن الصفقة ألغيت.')).toBe('anonymous');
    expect(kind('وقالت منظمات محلية إن المساعدات لم تصل.')).toBe('anonymous');
  });

  it('person: definite unique office or a name', () => {
    expect(kind('وقال المتحدث باسم الحزب إن الاجتماع أرجئ.')).toBe('person');
    expect(kind('وقال الرئيس الفرنسي إن الاتفاق صامد.')).toBe('person');
    expect(kind('وقال نبيل عواد إن الاتفاق صامد.')).toBe('person');
  });

  it('organization: capitals speaking for governments, ministries, agencies', () => {
    expect(kind('وأعلنت طهران أن المفاعل آمن.')).toBe('organization');
    expect(kind('وقالت وزارة الصحة إن الإصابات تراجعت.')).toBe('organization');
  });
});
