import { describe, expect, it } from 'vitest';
import { dirOf, format, t, uiLang } from './i18n';
import { STRINGS } from './strings';

describe('i18n', () => {
  it('defaults to Arabic, English for any other browser language', () => {
    expect(uiLang(undefined)).toBe('ar');
    expect(uiLang('ar-EG')).toBe('ar');
    expect(uiLang('AR')).toBe('ar');
    expect(uiLang('en-GB')).toBe('en');
    expect(uiLang('fr')).toBe('en');
    expect(dirOf('ar')).toBe('rtl');
    expect(dirOf('en')).toBe('ltr');
  });

  it('has every string in both languages, with the same placeholders', () => {
    for (const [key, entry] of Object.entries(STRINGS)) {
      expect(entry.ar.trim(), key).not.toBe('');
      expect(entry.en.trim(), key).not.toBe('');
      const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(holes(entry.ar), key).toEqual(holes(entry.en));
    }
  });

  it('fills placeholders with numbers in Western digits in both languages', () => {
    expect(t('undo', 'en')).toBe('Undo');
    expect(format('results', { n: 3, total: 12 }, 'en')).toBe('Results: 3 of 12');
    expect(format('results', { n: 3, total: 12 }, 'ar')).toBe('النتائج: 3 من 12');
    expect(format('exportDone', { file: 'a.csv' }, 'ar')).toContain('a.csv');
  });
});
