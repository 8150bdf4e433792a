import { describe, expect, it } from 'vitest';
import { RevealQueue, revealAnswer } from './reveal';

describe('RevealQueue ("open original" without a claim id in the address; issue 14, 4)', () => {
  const url = 'https://www.aljazeera.net/news/2026/1/1/a';

  it('hands the claim id to the tab it opened, at that address, once', () => {
    const q = new RevealQueue();
    q.expect(7, url, 'c1');
    expect(q.take(8, url)).toBeNull(); // another tab
    expect(q.take(7, `${url}#isnad=c2`)).toBe('c1'); // a fragment the page set changes nothing
    expect(q.take(7, url)).toBeNull(); // once only
  });

  it('accepts a redirect that only adds a query or a trailing slash, not another page', () => {
    const q = new RevealQueue();
    q.expect(1, url, 'c1');
    expect(q.take(1, `${url}/?utm=x`)).toBe('c1');
    q.expect(2, url, 'c2');
    expect(q.take(2, 'https://www.aljazeera.net/news/2026/1/1/b')).toBeNull();
    q.expect(3, url, 'c3');
    expect(q.take(3, 'https://evil.example/news/2026/1/1/a')).toBeNull();
    expect(q.take(3, url)).toBeNull(); // a mismatch uses the entry up
  });

  it('forgets tabs that never asked, and keeps at most 32 waiting', () => {
    let now = 0;
    const q = new RevealQueue(() => now);
    q.expect(1, url, 'c1');
    now = 121_000;
    expect(q.take(1, url)).toBeNull();
    for (let tab = 0; tab < 40; tab++) q.expect(tab, url, `c${tab}`);
    expect(q.take(0, url)).toBeNull();
    expect(q.take(39, url)).toBe('c39');
  });

  it('answers with the words to find only, never the note', () => {
    const claim = {
      quote: { type: 'TextQuoteSelector', exact: 'قال', prefix: '', suffix: '' },
      position: null,
      note: 'private',
    } as never;
    expect(revealAnswer(claim)).toEqual({ found: true, quote: (claim as { quote: unknown }).quote, position: null });
    expect(revealAnswer(null)).toEqual({ found: false });
  });
});
