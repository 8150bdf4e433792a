import { describe, expect, it } from 'vitest';
import { claimBoundaries } from './claim-bounds';
import { farOpener, opener } from './claim-span';
import { one, prepared } from './test-helpers';

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

describe('claim span, called directly', () => {
  it('a clause after إن runs to the boundary before a trailing attribution', () => {
    const { st, at, words } = prepared('قال الوزير إن الطريق مغلق، بحسب الشرطة. وانتهى الأمر.');
    expect(words(opener(st, at('إن')))).toBe('الطريق مغلق');
    expect(st.boundary[at('الطريق')]).toBe(at('،'));
    expect(claimBoundaries(st.toks, st.end)[at('الشرطة')]).toBe(at('.') + 1);
  });

  it('a clause further on: past an apposition, but not after a subordinator', () => {
    const { st, at } = prepared('قال الخبير، وهو محلل اقتصادي، إن الأسعار سترتفع.');
    expect(farOpener(st, at('،'), st.end[0])).toBe(at('إن'));
    const b = prepared('قال الخبير كلاما بعد أن ارتفعت الأسعار.');
    expect(farOpener(b.st, b.at('كلاما'), b.st.end[0])).toBe(-1);
  });
});
