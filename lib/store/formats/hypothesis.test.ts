import { describe, expect, it } from 'vitest';
import { makeClaim } from '../fixtures';
import { exportClaims } from './index';
import { edgeClaims } from './w3c-fixtures';

const AT = '2026-01-02T03:04:05.000Z';

describe('Hypothesis-shaped export (issue 17)', () => {
  const claims = [makeClaim(0), makeClaim(4), ...edgeClaims()];
  const file = exportClaims(claims, 'hypothesis', { exportedAt: AT, scope: 'library' });
  const data = JSON.parse(file.text);
  const byId = (id: string) => data.annotations.find((a: { id: string }) => a.id === `urn:isnad:claim:${id}`);

  it('is the file the Hypothesis client exports and imports: annotations with uri and a target list', () => {
    expect(file.filename).toBe('isnad-library-2026-01-02.hypothesis.json');
    expect(Object.keys(data)).toEqual(['export_date', 'export_userid', 'client_version', 'annotations']);
    expect(data.export_date).toBe(AT);
    expect(data.annotations).toHaveLength(claims.length);
    for (const a of data.annotations) {
      expect(Array.isArray(a.target)).toBe(true);
      expect(a.target).toHaveLength(1);
      expect(a.target[0].source).toBe(a.uri);
      expect(a.uri).toMatch(/^[\x21-\x7e]+$/);
      expect(a.target[0].selector[0].type).toBe('TextQuoteSelector');
      expect(Array.isArray(a.tags)).toBe(true);
      expect(typeof a.text).toBe('string');
      expect(a.created).toMatch(/Z$/);
      expect(a.updated).toMatch(/Z$/);
    }
  });

  it('maps note, source, tags, title and times; the source name is escaped Markdown (page text)', () => {
    const c = makeClaim(4);
    const a = byId(c.id);
    expect(a.uri).toBe(c.url);
    expect(a.tags).toEqual(c.tags);
    expect(a.document).toEqual({ title: [c.title] });
    expect(a.text).toBe(`${c.note}\n\n**المصدر · Source:** مصادر مطلعة (مجهول · anonymous)`);
    expect(a.target[0].selector[0]).toEqual(c.quote);
    const unnamed = byId('edge-unnamed');
    expect(unnamed.text).toBe(`${makeClaim(2).note}\n\n**المصدر · Source:** مجهول · anonymous`);
    const off = byId('edge-offset');
    expect([off.created, off.updated]).toEqual(['2025-06-01T09:00:00.000Z', '2025-06-02T06:00:00.000Z']);
    const pos = byId('edge-page-position');
    expect(pos.target[0].selector[1]).toMatchObject({ type: 'TextPositionSelector', start: 760 });
    const tricky = exportClaims([{ ...c, source: { ...c.source, name: '[x](javascript:alert(1))' } }], 'hypothesis', {
      exportedAt: AT,
      scope: 'library',
    });
    expect(JSON.parse(tricky.text).annotations[0].text).toContain('\\[x\\]\\(javascript:alert\\(1\\)\\)');
  });
});
