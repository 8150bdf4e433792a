import { describe, expect, it } from 'vitest';
import { bareNoun, stripConj, stripConjNoun, stripPrep } from './clitics';
import { foldArabic } from './normalize';
import { splitSentences } from './sentences';
import { foldToken, tokenize } from './tokens';

describe('tokenize', () => {
  it('splits words and punctuation with exact offsets', () => {
    const text = 'وقال: "الوضعُ مستقرٌّ"، حسبما ذكرت.';
    const toks = tokenize(text);
    for (const t of toks) expect(text.slice(t.start, t.end).length).toBe(t.end - t.start);
    expect(toks.filter((t) => t.word).map((t) => t.f)).toEqual(['وقال', 'الوضع', 'مستقر', 'حسبما', 'ذكرت']);
    expect(toks.filter((t) => !t.word).map((t) => t.f)).toEqual([':', '"', '"', '،', '.']);
  });
  it('folds like foldArabic for plain words', () => {
    for (const w of ['أكّد', 'إسرائيل', 'مدرسة', 'مستشفى', 'مسؤول', 'رئيس', 'لـ"عربي21"']) {
      expect(foldToken(w)).toBe(foldArabic(w));
    }
  });
  it('marks line breaks and keeps surrogate pairs whole', () => {
    const toks = tokenize('أ\nب 🙂');
    expect(toks[1].nl).toBe(true);
    expect(toks[2].end - toks[2].start).toBe(2);
  });
});

describe('clitics', () => {
  it('strips conjunctions for cue lookup, conservatively for nouns', () => {
    expect(stripConj('وقال')).toBe('قال');
    expect(stripConjNoun('وزاره')).toBe('وزاره');
    expect(stripConjNoun('والجيش')).toBe('الجيش');
    expect(stripPrep('للمصادر')).toBe('المصادر');
    expect(bareNoun('وللمصادر')).toBe('مصادر');
  });
});

describe('sentences', () => {
  it('ends at full stops and line breaks, not inside numbers', () => {
    const toks = tokenize('ارتفع 1.5 بالمئة. ثم\nسطر');
    const s = splitSentences(toks);
    expect(s.end[0]).toBe(6); // ارتفع 1 . 5 بالمئة .
    expect(s.start[6]).toBe(6);
    expect(s.start[7]).toBe(7);
  });
});
