import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { TabState } from '../../lib/messages';
import { VERDICT_REASONS, type VerdictReason } from '../../lib/page/verdict';
import { STRINGS } from '../strings';
import { Panel } from './Panel';
import { notArticleKey } from './reason';

const notArticle = (reason: VerdictReason | undefined): TabState => ({
  url: 'https://x.example/',
  title: 'x',
  status: 'not-article',
  detection: { isArticle: false, score: 2, outlet: null, reason },
  analysis: null,
  published: null,
  highlightsOn: true,
  error: null,
  paintMs: null,
  completeMs: null,
  omitted: 0,
  skipped: 0,
  unpainted: 0,
  startedAt: 0,
});

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

  it('the panel says it: an Urdu page in Arabic, a section front in English', () => {
    const send = async () => {};
    const ur = renderToStaticMarkup(<Panel lang="ar" state={notArticle('urdu')} send={send} />);
    expect(ur).toContain(STRINGS.notArticleUrdu.ar);
    const sec = renderToStaticMarkup(<Panel lang="en" state={notArticle('section-front')} send={send} />);
    expect(sec).toContain(STRINGS.notArticleSection.en);
    // An older content script that sends no reason gets the general sentence.
    const old = renderToStaticMarkup(<Panel lang="en" state={notArticle(undefined)} send={send} />);
    expect(old).toContain(STRINGS.notArticle.en);
  });
});
