// @vitest-environment jsdom
/**
 * Text offsets → DOM Ranges: for random spans of every fixture article, the Ranges' text equals the
 * extracted text's slice (whitespace normalised), and the block/segment map is consistent.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadFixtures } from '../../test/fixtures/fixtures.ts';
import { extractArticle } from './extract.ts';
import { blockAt, rangeFor } from './offsets.ts';

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('segments', () => {
  for (const f of loadFixtures().filter((x) => x.meta.isArticle)) {
    it(`${f.folder}: every segment's DOM text equals the extracted text (up to collapsed whitespace)`, () => {
      const ex = extractArticle(parse(f.html))!;
      let covered = 0;
      for (const b of ex.blocks) {
        expect(ex.text.slice(b.start, b.end).includes('\n')).toBe(false);
        for (const s of b.segments) {
          const dom = s.node.data.slice(s.nodeStart, s.nodeStart + s.length);
          const txt = ex.text.slice(s.textStart, s.textStart + s.length);
          expect(norm(dom) || ' ').toBe(norm(txt) || ' ');
          expect(s.textStart).toBeGreaterThanOrEqual(b.start);
          expect(s.textStart + s.length).toBeLessThanOrEqual(b.end);
          covered += s.length;
        }
      }
      // Everything but the separators between blocks maps to the DOM.
      const separators = ex.text.length - ex.blocks.reduce((n, b) => n + (b.end - b.start), 0);
      expect(covered + separators).toBe(ex.text.length);
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
          const start = a;
          const end = Math.min(n, a + 1 + len);
          const ranges = rangeFor(ex, start, end, doc);
          const got = norm(ranges.map((r) => r.toString()).join(' '));
          expect(got).toBe(norm(ex.text.slice(start, end)));
          // One Range per block touched (none for a span made only of separators).
          for (const r of ranges) expect(r.collapsed).toBe(false);
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
