import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from './index';
import { AnalysisSchema } from './schema';

/** Hostile input: the analyser must never throw, keep offsets exact, and stay linear. */
const check = (text: string) => {
  const a = analyze(text);
  expect(AnalysisSchema.safeParse(a).success).toBe(true);
  for (const x of a.attributions) {
    for (const s of [x.cue, x.claim, ...(x.source.mention ? [x.source.mention] : [])]) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
    }
  }
};

const PIECES = [
  'قال',
  'وقالت',
  'إن',
  'أن',
  ':',
  '"',
  '«',
  '»',
  '،',
  '.',
  'بحسب',
  'وفقا',
  'لـ',
  'مصادر',
  'مضيفا',
  'نقلا',
  'عن',
  '\n',
  ' ',
  'الوزير',
  'ونقلت',
  'قوله',
  'اتهم',
  'ب',
  '٣',
  'x',
  '\u064E',
  '\u0640',
  '🙂',
];

describe('fuzz', () => {
  it('random Unicode never throws and keeps offsets exact', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (s) => {
        check(s);
      }),
      { numRuns: 300 },
    );
  });

  it('random sequences of cue words, quotes and colons', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 300 }), (parts) => {
        check(parts.join(parts.length % 2 ? ' ' : ''));
      }),
      { numRuns: 300 },
    );
  });

  it('counterexamples fast-check has found', () => {
    // A setting (`لـ`) inside an apposition at the very end of the text was read past the last token.
    check('قال قال قال ، » لـ 🙂');
  });

  it('lone surrogates and control characters', () => {
    check('\uD800قال\uDC00 إن "\u0000 :«');
    check('');
    check('\n\n\n');
  });

  const time = (text: string) => {
    const t0 = performance.now();
    analyze(text, { entities: false });
    return performance.now() - t0;
  };
  const linear = (make: (n: number) => string, n: number) => {
    time(make(n / 4)); // warm-up
    const small = Math.min(time(make(n)), time(make(n)));
    const large = Math.min(time(make(4 * n)), time(make(4 * n)));
    // Linear cost gives ~4x; allow generous noise, but a quadratic blow-up (16x) fails.
    expect(large).toBeLessThan(Math.max(10 * small, 50));
  };

  it('1 MB without a space, long runs of letters: linear', () => {
    const a = 'ب'.repeat(1 << 20);
    check(a);
    linear((n) => 'قالإن'.repeat(n), 50_000);
  });

  it('long runs of quotes, colons and cue words: linear', () => {
    linear((n) => 'قال مصدر: "'.repeat(n), 8_000);
    linear((n) => 'وقال الوزير إن '.repeat(n), 8_000);
    linear((n) => '" '.repeat(n), 50_000);
    linear((n) => 'بحسب مصادر، '.repeat(n), 8_000);
    linear((n) => 'ونقلت صحيفة عن مصدر قوله إن '.repeat(n), 5_000);
  });
});
