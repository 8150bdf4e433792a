import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { reanchor, selectorsFor } from './anchor';

// Re-anchoring on the shared dev articles: every gold claim found in its article is saved (selectors), the
// page then changes in ways news pages do, and the claim must be found again at the right place.
const GOLD = fileURLToPath(new URL('../../../shared/eval/gold/', import.meta.url));
const articles = existsSync(GOLD) ? readdirSync(GOLD).filter((f) => f.endsWith('.txt')) : [];

interface Case {
  article: string;
  text: string;
  start: number;
  end: number;
}
const cases: Case[] = [];
for (const f of articles) {
  const text = readFileSync(GOLD + f, 'utf8');
  const gold = JSON.parse(readFileSync(GOLD + f.replace(/\.txt$/, '.json'), 'utf8')) as {
    attributions: { claim: string }[];
  };
  for (const a of gold.attributions) {
    const start = text.indexOf(a.claim);
    if (a.claim.length >= 12 && start >= 0) cases.push({ article: f, text, start, end: start + a.claim.length });
  }
}

describe.skipIf(cases.length === 0)('re-anchoring gold claims after page changes', () => {
  it('has enough cases to mean something', () => {
    expect(cases.length).toBeGreaterThan(50);
  });

  it('finds every claim at its saved position on the unchanged page', () => {
    for (const c of cases) {
      const { quote, position } = selectorsFor(c.text, c.start, c.end);
      expect(reanchor(c.text, quote, position)).toMatchObject({ start: c.start, end: c.end, method: 'position' });
    }
  });

  it('follows the claim when a paragraph is inserted above it', () => {
    const added = 'تحديث: أضيفت هذه الفقرة بعد نشر الخبر.\n\n';
    for (const c of cases) {
      const { quote, position } = selectorsFor(c.text, c.start, c.end);
      const changed = added + c.text;
      const a = reanchor(changed, quote, position);
      expect(a, c.article).toMatchObject({ start: c.start + added.length, method: 'quote' });
    }
  });

  it('finds a claim whose words were lightly edited (one letter in ten changed at most)', () => {
    let fuzzy = 0;
    for (const c of cases) {
      const { quote, position } = selectorsFor(c.text, c.start, c.end);
      // Replace one letter in the middle of the claim, and drop a sentence-long stretch before it.
      const mid = Math.floor((c.start + c.end) / 2);
      const edited = `${c.text.slice(0, mid)}ـ${c.text.slice(mid + 1)}`;
      const cut = Math.min(40, c.start);
      const changed = edited.slice(0, c.start - cut) + edited.slice(c.start);
      const a = reanchor(changed, quote, position);
      expect(a, c.article).not.toBeNull();
      if (changed.includes(quote.exact)) {
        // The same words stand elsewhere too (a claim repeated from the headline): that copy is exact.
        expect(changed.slice(a!.start, a!.end)).toBe(quote.exact);
        continue;
      }
      expect(Math.abs(a!.start - (c.start - cut)), c.article).toBeLessThanOrEqual(1);
      expect(Math.abs(a!.end - (c.end - cut)), c.article).toBeLessThanOrEqual(1);
      if (a!.method === 'fuzzy') fuzzy++;
    }
    expect(fuzzy).toBeGreaterThan(0);
  });

  it('reports a claim removed from the page as not found', () => {
    let gone = 0;
    let unique = 0;
    for (const c of cases) {
      const { quote, position } = selectorsFor(c.text, c.start, c.end);
      const removed = c.text.slice(0, c.start) + c.text.slice(c.end);
      const a = reanchor(removed, quote, position);
      if (removed.includes(quote.exact)) {
        // Another copy of the same words is still on the page (a claim repeated from the headline).
        expect(removed.slice(a!.start, a!.end)).toBe(quote.exact);
        continue;
      }
      unique++;
      if (a === null) gone++;
      else {
        // Only a genuinely close passage may be offered, marked as approximate.
        expect(a.method).toBe('fuzzy');
        expect(a.score).toBeGreaterThanOrEqual(0.8);
      }
    }
    // Nearly every removed claim is reported gone (near-duplicates, e.g. headline vs body, are the rest).
    expect(gone / unique).toBeGreaterThan(0.8);
  });
});
