import { describe, expect, it } from 'vitest';
import { settingAt, skipSettings } from './settings';
import { one, prepared } from './test-helpers';

describe('settings', () => {
  it('setting and addressee between verb and clause', () => {
    const a = one('وأكد المتحدث باسم البلدية في تصريح لرويترز أمس أن الطريق أعيد فتحه.');
    expect(a.source.mention?.text).toBe('المتحدث باسم البلدية');
    expect(a.claim.text).toBe('الطريق أعيد فتحه');
  });

  it('a setting ends before the object of the verb', () => {
    const a = one('وأعلنت الوزارة في بيان مقتل ثلاثة أشخاص.');
    expect(a.source.mention?.text).toBe('الوزارة');
    expect(a.claim.text).toBe('مقتل ثلاثة أشخاص');
  });
});

describe('settings, called directly', () => {
  it('measures time, occasion and addressee phrases', () => {
    const { st, at } = prepared('وقال أمس أول أمس في بيان صحفي إن');
    const lim = st.n;
    expect(settingAt(st, at('أمس'), lim)).toBe(1);
    expect(settingAt(st, at('أول'), lim)).toBe(2);
    expect(settingAt(st, at('في'), lim)).toBe(3);
    expect(settingAt(st, at('إن'), lim)).toBe(0);
    expect(skipSettings(st, 1, lim)).toBe(at('إن'));
    // An addressee runs to the clause, but not over a title that may begin the source.
    const p = prepared('وقال لرويترز الأسبوع الماضي إن');
    expect(settingAt(p.st, p.at('لرويترز'), p.st.n)).toBe(3);
    const q = prepared('وقال للصحفيين الوزير إن');
    expect(settingAt(q.st, q.at('للصحفيين'), q.st.n)).toBe(1);
  });
});
