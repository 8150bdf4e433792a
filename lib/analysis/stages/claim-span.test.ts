import { describe, expect, it } from 'vitest';
import { one } from './test-helpers';

describe('claim span', () => {
  it('colon quotation spanning two sentences is one claim', () => {
    const a = one('وقال المدرب: "الفريق جاهز. سنفوز غدا".');
    expect(a.claim.text).toBe('الفريق جاهز. سنفوز غدا');
  });

  it('guillemets quotation', () => {
    const a = one('وقالت النائبة سلمى حداد: «لن نتراجع عن المطالب».');
    expect(a.claim.text).toBe('لن نتراجع عن المطالب');
    expect(a.source.name).toBe('سلمى حداد');
  });

  it('the letters of سي إن إن are not complementisers', () => {
    const a = one('وقال دبلوماسيون لشبكة سي إن إن إن المحادثات متعثرة.');
    expect(a.claim.text).toBe('المحادثات متعثرة');
  });
});
