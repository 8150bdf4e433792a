import { describe, expect, it } from 'vitest';
import { VERDICT_REASONS } from '../../lib/page/verdict';
import { STRINGS } from '../strings';
import { notArticleKey } from './reason';

describe('why a page is not analysed', () => {
  it('every detector reason has a sentence in Arabic and English', () => {
    for (const r of VERDICT_REASONS) {
      const s = STRINGS[notArticleKey(r)];
      expect(s.ar).toMatch(/[\u0600-\u06FF]/);
      expect(s.en).toMatch(/[A-Za-z]/);
    }
  });

  it('Urdu, Persian and section fronts are named, not the generic sentence', () => {
    expect(STRINGS[notArticleKey('urdu')].ar).toContain('الأردية');
    expect(STRINGS[notArticleKey('persian')].en).toContain('Persian');
    expect(notArticleKey('section-front')).not.toBe(notArticleKey(undefined));
  });
});
