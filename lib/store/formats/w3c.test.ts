/**
 * Issue 17: what the W3C assertion suite does not check, each case as the export once got it wrong.
 */
import { describe, expect, it } from 'vitest';
import { makeClaim, makeClaims } from '../fixtures';
import type { SavedClaim } from '../schema';
import { exportClaims, parseImport } from './index';
import { iriSafe } from './w3c';
import { edgeClaims, FOREIGN_ANNOTATION } from './w3c-fixtures';

const AT = '2026-01-02T03:04:05.000Z';

type Json = Record<string, any>;
const w3c = (claims: readonly SavedClaim[], exportedAt = AT): Json =>
  JSON.parse(exportClaims(claims, 'w3c', { exportedAt, scope: 'library' }).text);
const byId = (col: Json, id: string): Json =>
  col.first.items.find((a: Json) => a.id === `urn:isnad:claim:${encodeURIComponent(id)}`);

/** Every string in a JSON value. */
function strings(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) strings(x, out);
  return out;
}

describe('W3C export: target, dates, bodies (issue 17)', () => {
  const col = w3c([...makeClaims(12), ...edgeClaims()]);

  it('targets a SpecificResource whose source is a URI (non-ASCII percent-encoded, same address)', () => {
    for (const a of col.first.items) {
      expect(a.target.type).toBe('SpecificResource');
      expect(a.target.source).toMatch(/^[\x21-\x7e]+$/);
    }
    const src = byId(col, 'edge-page-position').target.source;
    expect(src).toBe(
      'https://www.example.com/ar/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/2025/%D8%AE%D8%A8%D8%B1%20%D8%B9%D8%A7%D8%AC%D9%84?id=%D9%A3',
    );
    expect(decodeURIComponent(src)).toBe('https://www.example.com/ar/أخبار/2025/خبر عاجل?id=٣');
    expect(iriSafe('https://a.example/x|y^z%zz')).toBe('https://a.example/x%7Cy%5Ez%25zz');
    expect(iriSafe(iriSafe('https://أخبار.example/ص'))).toBe(iriSafe('https://أخبار.example/ص'));
    expect(iriSafe('https://news.example/0/article-0.html')).toBe('https://news.example/0/article-0.html');
  });

  it('writes created and modified in UTC with Z', () => {
    const a = byId(col, 'edge-offset');
    expect(a.created).toBe('2025-06-01T09:00:00.000Z');
    expect(a.modified).toBe('2025-06-02T06:00:00.000Z');
    for (const x of col.first.items) {
      expect(x.created).toMatch(/Z$/);
      if (x.modified) expect(x.modified).toMatch(/Z$/);
    }
    expect(col.first.items.filter((x: Json) => 'modified' in x)).toHaveLength(1);
  });

  it('gives bodies language, direction, format and proper purposes; no body without a value', () => {
    for (const a of col.first.items) {
      for (const b of a.body ?? []) {
        expect(b.value.length, `${a.id}`).toBeGreaterThan(0);
        expect(b.format).toBe('text/plain');
        expect(['describing', 'commenting', 'tagging']).toContain(b.purpose);
      }
      const purposes = [...new Set((a.body ?? []).map((b: Json) => b.purpose))];
      expect([a.motivation].flat()).toEqual(purposes.length ? purposes : ['highlighting']);
    }
    const named = byId(col, 'c000000');
    const source = named.body.find((b: Json) => b.purpose === 'describing');
    expect(source).toMatchObject({
      value: 'أحمد الخطيب',
      language: 'ar',
      textDirection: 'rtl',
      'isnad:kind': 'person',
    });
    const latin = byId(col, 'edge-latin-note');
    const note = latin.body.find((b: Json) => b.purpose === 'commenting');
    expect(note).toEqual({
      type: 'TextualBody',
      purpose: 'commenting',
      value: 'needs a second source',
      format: 'text/plain',
      textDirection: 'ltr',
    });
    expect(latin.body.filter((b: Json) => b.purpose === 'tagging').map((b: Json) => b.language)).toEqual([
      undefined,
      'ar',
    ]);
    // No name: no body with an empty value; the source's kind rides on the annotation.
    const unnamed = byId(col, 'edge-unnamed');
    expect((unnamed.body ?? []).some((b: Json) => b.purpose === 'describing')).toBe(false);
    expect(unnamed['isnad:source']).toEqual({ 'isnad:kind': 'anonymous', 'isnad:mention': null });
  });

  it('writes prefix and suffix in whole characters, even from a claim saved with half an emoji', () => {
    const a = byId(col, 'edge-emoji');
    const quote = a.target.selector[0];
    expect(quote.prefix).toBe(' وقال المتحدث في بيان ');
    expect(quote.suffix).toBe('، وأضاف 😀 ثم ');
    for (const s of strings(col)) expect(s.isWellFormed(), JSON.stringify(s)).toBe(true);
  });

  it('writes a TextPositionSelector only in the page’s text; Isnad’s own offsets are isnad:textPosition', () => {
    const a = byId(col, 'edge-page-position');
    const c = edgeClaims().find((x) => x.id === 'edge-page-position')!;
    expect(a.target.selector[1]).toEqual({ type: 'TextPositionSelector', start: 760, end: c.pagePosition!.end });
    expect(a['isnad:textPosition']).toEqual({ 'isnad:start': c.position!.start, 'isnad:end': c.position!.end });
    expect(byId(col, 'c000001').target.selector).toHaveLength(1);
  });
});

describe('W3C collection (issue 17)', () => {
  it('has last and a page partOf the collection', () => {
    const col = w3c(makeClaims(3));
    expect(col.last).toBe(col.first.id);
    expect(col.first.partOf).toEqual({ id: col.id, label: col.label, total: 3 });
  });

  it('exports an empty library as total 0 with no page (a page must hold annotations)', () => {
    const col = w3c([]);
    expect(col.total).toBe(0);
    expect(col.first).toBeUndefined();
    expect(col.last).toBeUndefined();
  });

  it('gives two exports in the same millisecond different ids unless they hold the same claims in the same state', () => {
    const a = w3c(makeClaims(3));
    const b = w3c(makeClaims(4));
    // A reader's change (note, tags, kind) sets `modified` (service.updateClaim).
    const c = w3c([{ ...makeClaim(0), note: 'تغيير', modified: AT }, ...makeClaims(3).slice(1)]);
    expect(new Set([a.id, b.id, c.id]).size).toBe(3);
    expect(w3c(makeClaims(3)).id).toBe(a.id);
    expect(w3c(makeClaims(3), '2026-01-02T03:04:05.001Z').id).not.toBe(a.id);
  });
});

describe('W3C → import → W3C (issue 17)', () => {
  it('keeps canonical, via (the original id first), creator, modified, body metadata and the page position', () => {
    const r = parseImport(JSON.stringify(FOREIGN_ANNOTATION));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const [claim] = r.claims;
    expect(claim.position).toBeNull();
    expect(claim.pagePosition).toEqual({ type: 'TextPositionSelector', start: 812, end: 838 });
    const col = w3c(r.claims);
    const a = col.first.items[0];
    expect(a.canonical).toBe(FOREIGN_ANNOTATION.canonical);
    expect(a.via).toEqual([FOREIGN_ANNOTATION.id, FOREIGN_ANNOTATION.via]);
    expect(a.creator).toEqual(FOREIGN_ANNOTATION.creator);
    expect(a.created).toBe('2024-03-05T10:00:00.000Z');
    expect(a.modified).toBe('2024-03-06T08:30:00.000Z');
    expect(a.body).toEqual([
      { ...FOREIGN_ANNOTATION.body[0] },
      { type: 'TextualBody', purpose: 'tagging', value: 'verify', language: 'en' },
    ]);
    expect(a.target.selector).toEqual(FOREIGN_ANNOTATION.target.selector);
    expect(decodeURIComponent(a.target.source)).toBe(FOREIGN_ANNOTATION.target.source);
    // And again: the second round trip gives the same bytes.
    const text = exportClaims(r.claims, 'w3c', { exportedAt: AT, scope: 'library' }).text;
    const again = parseImport(text);
    expect(again.ok && exportClaims(again.claims, 'w3c', { exportedAt: AT, scope: 'library' }).text).toBe(text);
  });

  it('drops body metadata the model does not allow instead of refusing the file', () => {
    const odd = structuredClone(FOREIGN_ANNOTATION) as Json;
    odd.body[0].textDirection = 'sideways';
    odd.body[0].language = ['fr', 'en'];
    const r = parseImport(JSON.stringify(odd));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.claims[0].annotation?.noteBody).toEqual({ language: 'fr', format: 'text/html' });
  });

  it('keeps every Isnad field of its own export (claims equal after the round trip)', () => {
    const claims = [...makeClaims(10), ...edgeClaims()].map((c) =>
      c.url.startsWith('https://www.example.com/ar/') ? { ...c, url: iriSafe(c.url) } : c,
    );
    const r = parseImport(exportClaims(claims, 'w3c', { exportedAt: AT, scope: 'library' }).text);
    expect(r.ok).toBe(true);
    // The W3C file writes whole characters and UTC times; everything else comes back as it was.
    const expected = claims.map((c) =>
      c.id === 'edge-emoji'
        ? { ...c, quote: { ...c.quote, prefix: ' وقال المتحدث في بيان ', suffix: '، وأضاف 😀 ثم ' } }
        : c.id === 'edge-offset'
          ? { ...c, savedAt: '2025-06-01T09:00:00.000Z', modified: '2025-06-02T06:00:00.000Z' }
          : c,
    );
    if (r.ok) expect(new Map(r.claims.map((c) => [c.id, c]))).toEqual(new Map(expected.map((c) => [c.id, c])));
  });

  it('reads an older Isnad file (identifying source body, analysed offsets in the TextPositionSelector)', () => {
    const old = {
      '@context': ['http://www.w3.org/ns/anno.jsonld', { isnad: 'https://isnad.example/ns#' }],
      id: 'urn:isnad:claim:c1',
      type: 'Annotation',
      motivation: 'highlighting',
      created: '2025-01-01T00:00:00.000Z',
      body: [
        {
          type: 'TextualBody',
          purpose: 'identifying',
          value: 'وزارة الصحة',
          'isnad:kind': 'organization',
          'isnad:mention': null,
        },
      ],
      target: {
        source: 'https://news.example/a.html',
        selector: [
          { type: 'TextQuoteSelector', exact: 'المستشفى امتلأ', prefix: '', suffix: '' },
          { type: 'TextPositionSelector', start: 94, end: 108 },
        ],
      },
      'isnad:claim': 'المستشفى امتلأ',
      'isnad:origin': 'card',
    };
    const r = parseImport(JSON.stringify(old));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.claims[0]).toMatchObject({
      source: { kind: 'organization', name: 'وزارة الصحة' },
      position: { start: 94, end: 108 },
    });
    expect(r.claims[0].pagePosition).toBeUndefined();
    expect(r.claims[0].annotation).toBeUndefined();
  });
});
