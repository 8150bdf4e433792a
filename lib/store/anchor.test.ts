import { describe, expect, it } from 'vitest';
import { approximateSearch, isCharBoundary, reanchor, selectorsFor, wholePrefix, wholeSuffix } from './anchor';

const TEXT =
  'قال وزير الخارجية إن المفاوضات ستستأنف الأسبوع المقبل. وأضاف مصدر مطلع أن المفاوضات ستستأنف الأسبوع المقبل في القاهرة. ' +
  'وفي سياق آخر، أعلنت وزارة الصحة أن المستشفى استقبل عشرات الجرحى.';

function sel(text: string, words: string, nth = 0) {
  let at = -1;
  for (let k = 0; k <= nth; k++) at = text.indexOf(words, at + 1);
  return selectorsFor(text, at, at + words.length);
}

describe('selectorsFor', () => {
  it('takes the exact words and up to 32 characters of context on each side', () => {
    const { quote, position } = sel(TEXT, 'عشرات الجرحى');
    expect(TEXT.slice(position.start, position.end)).toBe(quote.exact);
    expect(quote.prefix.length).toBe(32);
    expect(TEXT.slice(position.start - 32, position.start)).toBe(quote.prefix);
    expect(quote.suffix).toBe('.');
  });

  it('never cuts a character in the prefix or suffix: no half emoji, no haraka without its letter', () => {
    // Every cut point around an emoji (two UTF-16 units) and a shadda+fatha letter, on both sides.
    const words = 'قال الوزير';
    for (let pad = 0; pad < 40; pad++) {
      const filler = 'ب'.repeat(pad);
      const text = `😀شَّ${filler} ${words} ${filler}😀شَّ`;
      const at = text.indexOf(words);
      const { quote } = selectorsFor(text, at, at + words.length);
      const whole = (s: string) => [...s].every((ch) => ch.length === 2 || !(ch >= '\ud800' && ch <= '\udfff'));
      expect(whole(quote.prefix), JSON.stringify(quote.prefix)).toBe(true);
      expect(whole(quote.suffix), JSON.stringify(quote.suffix)).toBe(true);
      expect(/^\p{M}/u.test(quote.prefix)).toBe(false);
      expect(isCharBoundary(text, at - quote.prefix.length)).toBe(true);
      expect(isCharBoundary(text, at + words.length + quote.suffix.length)).toBe(true);
      expect(quote.prefix.length).toBeGreaterThanOrEqual(Math.min(at, 29));
      expect(text.slice(at - quote.prefix.length, at)).toBe(quote.prefix);
    }
  });

  it('trims the half character a claim saved by an older version may carry', () => {
    expect(wholePrefix('\ude00\u064eقال')).toBe('قال');
    expect(wholeSuffix('قال \ud83d')).toBe('قال ');
    expect(wholeSuffix('قال 😀')).toBe('قال 😀');
  });
});

describe('reanchor', () => {
  it('keeps the saved position when the text there is unchanged', () => {
    const { quote, position } = sel(TEXT, 'المفاوضات ستستأنف', 1);
    expect(reanchor(TEXT, quote, position)).toEqual({ ...position, method: 'position', score: 1, type: undefined });
  });

  it('finds the quote after text was inserted before it, using the context to pick the right repeat', () => {
    const { quote, position } = sel(TEXT, 'المفاوضات ستستأنف الأسبوع المقبل', 1);
    const changed = `عاجل: تحديث. ${TEXT}`;
    const a = reanchor(changed, quote, position)!;
    expect(a.method).toBe('quote');
    expect(changed.slice(a.start, a.end)).toBe(quote.exact);
    // The second occurrence (preceded by "مصدر مطلع أن"), not the first.
    expect(changed.slice(a.start - 12, a.start)).toBe(TEXT.slice(position.start - 12, position.start));
    expect(a.start).toBe(position.start + 'عاجل: تحديث. '.length);
  });

  it('uses prefix and suffix, not nearness, when both repeats are far from the old position', () => {
    const { quote } = sel(TEXT, 'المفاوضات ستستأنف الأسبوع المقبل', 0);
    const a = reanchor(TEXT, quote, { type: 'TextPositionSelector', start: 5000, end: 5030 })!;
    expect(a.start).toBe(TEXT.indexOf('المفاوضات'));
  });

  it('falls back to an approximate match when the words were edited slightly', () => {
    const { quote, position } = sel(TEXT, 'أعلنت وزارة الصحة أن المستشفى استقبل عشرات الجرحى');
    const edited = TEXT.replace('استقبل عشرات', 'استقبلت عشرات').replace('وزارة', 'وزاره');
    const a = reanchor(edited, quote, position)!;
    expect(a.method).toBe('fuzzy');
    expect(a.score).toBeGreaterThan(0.9);
    expect(edited.slice(a.start, a.end)).toBe('أعلنت وزاره الصحة أن المستشفى استقبلت عشرات الجرحى');
  });

  it('returns null when the claim is gone', () => {
    const { quote, position } = sel(TEXT, 'أعلنت وزارة الصحة أن المستشفى استقبل عشرات الجرحى');
    const gone = TEXT.slice(0, TEXT.indexOf('وفي سياق'));
    expect(reanchor(gone, quote, position)).toBeNull();
    expect(reanchor('', quote, position)).toBeNull();
  });

  it('respects the threshold', () => {
    const quote = { type: 'TextQuoteSelector' as const, exact: 'abcdefghij', prefix: '', suffix: '' };
    expect(reanchor('xx abcdeXXhij yy', quote, null, { threshold: 0.9 })).toBeNull();
    expect(reanchor('xx abcdeXXhij yy', quote, null, { threshold: 0.8 })?.start).toBe(3);
  });

  it('searches only a window around the saved position on a huge text', () => {
    const exact = 'حادثة نادرة جدا';
    const filler = 'كلام '.repeat(200_000);
    const text = `${filler}حادثه نادره جدا${filler}`;
    const start = filler.length;
    const t0 = performance.now();
    const a = reanchor(
      text,
      { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
      {
        type: 'TextPositionSelector',
        start: start + 10,
        end: start + 25,
      },
    );
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(a?.start).toBe(start);
  });
});

describe('approximateSearch', () => {
  it('finds the lowest edit distance substring and its start', () => {
    expect(approximateSearch('the kitten sat', 0, 14, 'sitten')).toEqual({ start: 4, end: 10, distance: 1 });
    expect(approximateSearch('abc', 0, 3, 'abc')).toEqual({ start: 0, end: 3, distance: 0 });
    expect(approximateSearch('xxabyc', 0, 6, 'abc')).toEqual({ start: 2, end: 6, distance: 1 });
  });
});

describe('reanchor of a very long quote (issue 14)', () => {
  it('finds a 20,000-character quote with edits quickly, by its two ends', () => {
    const words = 'قال المسؤول إن المفاوضات ستستمر في العاصمة الأسبوع المقبل بحضور الطرفين '.split(' ');
    let seed = 7;
    const rnd = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    let text = '';
    while (text.length < 120_000) text += `${words[Math.floor(rnd() * words.length)]} `;
    const start = 50_000;
    const exact = text.slice(start, start + 20_000);
    // The page changed a little since saving: a few characters in the middle and near both ends.
    const edited = `${text.slice(0, start + 100)}X${text.slice(start + 101, start + 10_000)}YY${text.slice(start + 10_002, start + 19_900)}Z${text.slice(start + 19_901)}`;
    const quote = { type: 'TextQuoteSelector' as const, exact, prefix: '', suffix: '' };
    const t0 = performance.now();
    const found = reanchor(edited, quote, { type: 'TextPositionSelector', start: start + 7, end: start + 20_007 });
    const ms = performance.now() - t0;
    expect(found).toMatchObject({ start, end: start + 20_000, method: 'fuzzy' });
    expect(ms).toBeLessThan(1500); // 7.5 s before the bound, on the review's machine
  });
});
