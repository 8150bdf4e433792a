// @vitest-environment jsdom
/**
 * Text offsets → DOM Ranges: for random spans of every fixture article, the Ranges' text equals the
 * extracted text's slice (whitespace normalised), and the block/segment map is consistent.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadFixtures } from '../../test/fixtures/fixtures.ts';
import { norm, segmentProblem, spanProblem } from '../../test/page-invariants.ts';
import { extractArticle } from './extract.ts';
import { blockAt, rangeFor } from './offsets.ts';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('segments', () => {
  for (const f of loadFixtures().filter((x) => x.meta.isArticle)) {
    it(`${f.folder}: every segment's DOM text equals the extracted text (up to collapsed whitespace)`, () => {
      expect(segmentProblem(extractArticle(parse(f.html))!)).toBeNull();
    });
  }
});

describe('rangeFor', () => {
  const articles = loadFixtures().filter((x) => x.meta.isArticle);
  for (const f of articles) {
    it(`${f.folder}: random spans round-trip`, () => {
      const doc = parse(f.html);
      const ex = extractArticle(doc)!;
      const n = ex.text.length;
      fc.assert(
        fc.property(fc.nat({ max: n - 1 }), fc.nat({ max: 400 }), (a, len) => {
          expect(spanProblem(ex, doc, a, Math.min(n, a + 1 + len))).toBeNull();
        }),
        { numRuns: 150 },
      );
    });
  }

  it('gives one Range per block for a span across paragraphs, and none outside the text', () => {
    const doc = parse(
      '<html lang="ar"><body><article><h1>عنوان الخبر هنا</h1><p>الفقرة الأولى من النص.</p><p>الفقرة الثانية من النص.</p></article></body></html>',
    );
    const ex = extractArticle(doc)!;
    expect(ex.text).toBe('عنوان الخبر هنا\n\nالفقرة الأولى من النص.\nالفقرة الثانية من النص.');
    const s = ex.text.indexOf('الأولى');
    const e = ex.text.indexOf('الثانية') + 'الثانية'.length;
    const rs = rangeFor(ex, s, e, doc);
    expect(rs.map((r) => r.toString())).toEqual(['الأولى من النص.', 'الفقرة الثانية']);
    expect(rangeFor(ex, 5, 5, doc)).toEqual([]);
    expect(rangeFor(ex, ex.text.length + 10, ex.text.length + 20, doc)).toEqual([]);
    expect(blockAt(ex, s)?.kind).toBe('paragraph');
    expect(blockAt(ex, 0)?.kind).toBe('title');
  });

  it('maps spans across inline elements and collapsed source whitespace', () => {
    const doc = parse(
      '<html lang="ar"><body><div class="story-body"><p>قال   <a href="#">المتحدث\n     باسم</a> <b>الوزارة</b> إن الوضع مستقر.</p></div></body></html>',
    );
    const ex = extractArticle(doc)!;
    // Plain double spaces are kept as written; a run with a line break becomes one space.
    expect(ex.text).toBe('قال   المتحدث باسم الوزارة إن الوضع مستقر.');
    const s = ex.text.indexOf('المتحدث');
    const e = ex.text.indexOf('إن');
    const [r] = rangeFor(ex, s, e, doc);
    expect(norm(r.toString())).toBe('المتحدث باسم الوزارة');
    expect(r.startContainer).not.toBe(r.endContainer);
  });

  it('never covers an element left out of the text', () => {
    // Found by the random-page test: a "related" box inside the body, and an ad inside a paragraph.
    const doc = parse(
      '<html lang="ar"><body><article><h1>عنوان الخبر هنا</h1><div>قال الوزير إن المحادثات مستمرة.<aside class="related">اقرأ أيضا خبرا آخر</aside>وأضاف أن الجولة المقبلة قريبة.</div><p>وأكد المتحدث <span class="ad">إعلان ممول</span> أن الاتفاق صامد.</p></article></body></html>',
    );
    const ex = extractArticle(doc)!;
    expect(ex.text).toBe(
      'عنوان الخبر هنا\n\nقال الوزير إن المحادثات مستمرة.\nوأضاف أن الجولة المقبلة قريبة.\nوأكد المتحدث أن الاتفاق صامد.',
    );
    const all = rangeFor(ex, 0, ex.text.length, doc).map((r) => r.toString());
    expect(all.join('|')).not.toMatch(/اقرأ|إعلان/);
    expect(all.slice(-2)).toEqual(['وأكد المتحدث ', 'أن الاتفاق صامد.']);
  });

  it('skips pieces whose nodes left the document', () => {
    const doc = parse(
      '<html lang="ar"><body><article><p>نص أول طويل بما يكفي للاختبار.</p><p>نص ثان طويل بما يكفي للاختبار.</p></article></body></html>',
    );
    const ex = extractArticle(doc)!;
    const first = ex.blocks[0];
    first.element.remove();
    const rs = rangeFor(ex, 0, ex.text.length, doc);
    expect(rs.map((r) => r.toString())).toEqual(['نص ثان طويل بما يكفي للاختبار.']);
  });
});
