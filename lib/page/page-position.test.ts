// @vitest-environment jsdom
/**
 * Issue 17: the W3C export's TextPositionSelector, applied to the page's text (document.body.textContent) in
 * code points, yields the TextQuoteSelector's `exact` — on the real fixture pages, through the save path
 * (draftFromAttribution with the content script's pagePositioner) and the W3C export.
 */
import { describe, expect, it } from 'vitest';
import { loadFixtures } from '../../test/fixtures/fixtures.ts';
import { failures, withContext } from '../../test/w3c-suite.ts';
import { analyze } from '../analysis/analyze.ts';
import { draftFromAttribution, type PageMeta } from '../store/draft.ts';
import { exportClaims } from '../store/formats/index.ts';
import { type SavedClaim, SavedClaimDraftSchema } from '../store/schema.ts';
import { extractArticle } from './extract.ts';
import { PageText, pagePositioner } from './page-position.ts';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const AT = '2026-01-02T03:04:05.000Z';

/** The page's text in code points, as a W3C TextPositionSelector reader sees it. */
const codePoints = (doc: Document) => [...(doc.body.textContent ?? '')];

interface Selector {
  type: string;
  exact?: string;
  start?: number;
  end?: number;
}

function pageExport(doc: Document, url: string): { collection: any; claims: number } {
  const article = extractArticle(doc);
  if (!article) return { collection: null, claims: 0 };
  const page: PageMeta = {
    url,
    title: article.title,
    outlet: '',
    published: null,
    text: article.text,
    pagePosition: pagePositioner(article, doc),
  };
  const claims: SavedClaim[] = analyze(article.text, { entities: false })
    .attributions.filter((a) => a.claim.end > a.claim.start)
    .map((a, i) => ({
      ...SavedClaimDraftSchema.parse(draftFromAttribution(a, page, 'panel')),
      id: `c${i}`,
      savedAt: AT,
    }));
  return {
    collection: JSON.parse(exportClaims(claims, 'w3c', { exportedAt: AT, scope: 'page' }).text),
    claims: claims.length,
  };
}

function exportedSelectors(doc: Document, url: string): { selectors: Selector[][]; claims: number } {
  const { collection, claims } = pageExport(doc, url);
  const items: { target: { selector: Selector[] } }[] = collection?.first?.items ?? [];
  return { selectors: items.map((a) => a.target.selector), claims };
}

describe('TextPositionSelector in the page’s text', () => {
  const fixtures = loadFixtures().filter((f) => f.meta.isArticle);

  it('selects exactly the quote on every fixture page, for (nearly) every claim', () => {
    let claims = 0;
    let positioned = 0;
    const lines: string[] = [];
    for (const f of fixtures) {
      const doc = parse(f.html);
      const page = codePoints(doc);
      const { selectors, claims: n } = exportedSelectors(doc, f.url);
      let here = 0;
      for (const sel of selectors) {
        const quote = sel.find((s) => s.type === 'TextQuoteSelector')!;
        const pos = sel.find((s) => s.type === 'TextPositionSelector');
        if (!pos) continue;
        here++;
        expect(page.slice(pos.start, pos.end).join(''), `${f.folder} ${pos.start}`).toBe(quote.exact);
      }
      claims += n;
      positioned += here;
      lines.push(`${f.folder.padEnd(34)} ${here}/${n}`);
    }
    console.log(`${lines.join('\n')}\npositioned ${positioned} of ${claims} claims`);
    expect(claims).toBeGreaterThan(40);
    // 169 of 169 when written. A claim spanning collapsed whitespace or left-out furniture gets the quote only
    // (next test), so a few may go without; far fewer means the mapping to the page's text broke.
    expect(positioned / claims).toBeGreaterThanOrEqual(0.95);
  });

  it('the demo page’s export passes the W3C MUST assertions (annotations, collection, page)', () => {
    const demo = fixtures.find((f) => f.folder === 'arabi21-baghouz')!;
    const { collection, claims } = pageExport(parse(demo.html), demo.url);
    expect(claims).toBeGreaterThan(5);
    expect(failures('collections/collectionMusts', collection)).toEqual([]);
    expect(failures('collections/pages/pageMusts', collection)).toEqual([]);
    for (const a of collection.first.items) {
      expect(a.target.selector).toHaveLength(2);
      expect(failures('annotations/annotationMusts', withContext(a, collection['@context'])), a.id).toEqual([]);
    }
  });

  it('counts code points, not UTF-16 units, and finds the quote after an emoji', () => {
    const doc = parse(
      '<html><body><header>😀😀 عاجل</header><article><h1>عنوان الخبر</h1>' +
        '<p>قال الوزير إن المفاوضات ستستأنف الأسبوع المقبل في القاهرة، وأضاف أن الوفد جاهز.</p></article></body></html>',
    );
    const page = new PageText(doc.body);
    const exact = 'المفاوضات ستستأنف الأسبوع المقبل';
    const unit = page.text.indexOf(exact);
    const p = doc.querySelector('p')!.firstChild as Text;
    const r = doc.createRange();
    r.setStart(p, p.data.indexOf(exact));
    r.setEnd(p, p.data.indexOf(exact) + exact.length);
    const pos = page.positionOf([r], exact)!;
    expect(pos.start).toBe(unit - 2); // two emoji: two code points fewer than UTF-16 units
    expect([...(doc.body.textContent ?? '')].slice(pos.start, pos.end).join('')).toBe(exact);
    // Text that differs from the quote (the page changed, or whitespace was collapsed): no position.
    expect(page.positionOf([r], 'شيء آخر')).toBeNull();
    expect(page.positionOf([], exact)).toBeNull();
  });

  it('gives no position to a claim that spans left-out furniture or a collapsed line break', () => {
    const doc = parse(
      '<html><body><article><h1>عنوان</h1><p>قال المتحدث إن الجيش <span class="ad" hidden>إعلان</span>انسحب من المدينة ' +
        'فجر اليوم.</p><p>وأكد مصدر مطلع أن الاتفاق\n   قريب جدا من التوقيع بين الطرفين.</p></article></body></html>',
    );
    const article = extractArticle(doc)!;
    const at = pagePositioner(article, doc);
    const span = (words: string) => {
      const s = article.text.indexOf(words);
      expect(s, words).toBeGreaterThanOrEqual(0);
      return at(s, s + words.length, words);
    };
    expect(span('الجيش انسحب')).toBeNull();
    expect(span('الاتفاق قريب')).toBeNull();
    const ok = span('انسحب من المدينة')!;
    expect([...(doc.body.textContent ?? '')].slice(ok.start, ok.end).join('')).toBe('انسحب من المدينة');
  });
});
