import { describe, expect, it } from 'vitest';
import { one } from './test-helpers';

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
