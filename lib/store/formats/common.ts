import type { z } from 'zod';
import type { AnnotationMeta, BodyMeta } from '../annotation-meta';
import type { SavedClaim } from '../schema';

export type ExportFormat = 'json' | 'csv' | 'markdown' | 'w3c' | 'hypothesis';

/** Turns zod issues into readable lines with the field path, e.g. `claims[3].source.kind: Invalid option…`. */
export function formatIssues(error: z.ZodError, root = '', max = 5): string[] {
  const lines = error.issues.slice(0, max).map((issue) => {
    let path = root;
    for (const key of issue.path) {
      path += typeof key === 'number' ? `[${key}]` : path ? `.${String(key)}` : String(key);
    }
    return `${path || '(file)'}: ${issue.message}`;
  });
  if (error.issues.length > max) lines.push(`… ${error.issues.length - max} more`);
  return lines;
}

/**
 * The canonical form of a claim: fixed key order and no undefined-valued keys, so that exporting the same
 * claims always gives the same bytes (the round-trip property depends on it).
 */
export function canonicalClaim(c: SavedClaim): SavedClaim {
  const source: SavedClaim['source'] = {
    kind: c.source.kind,
    name: c.source.name,
    ...(c.source.role !== undefined ? { role: c.source.role } : {}),
    mention: c.source.mention
      ? { text: c.source.mention.text, start: c.source.mention.start, end: c.source.mention.end }
      : null,
  };
  return {
    id: c.id,
    claim: c.claim,
    source,
    cue: c.cue,
    url: c.url,
    title: c.title,
    outlet: c.outlet,
    ...(c.published !== undefined ? { published: c.published } : {}),
    savedAt: c.savedAt,
    quote: { type: 'TextQuoteSelector', exact: c.quote.exact, prefix: c.quote.prefix, suffix: c.quote.suffix },
    position: c.position ? { type: 'TextPositionSelector', start: c.position.start, end: c.position.end } : null,
    note: c.note,
    tags: [...c.tags],
    ...(c.kindCorrection !== undefined ? { kindCorrection: c.kindCorrection } : {}),
    origin: c.origin,
    ...(c.modified !== undefined ? { modified: c.modified } : {}),
    ...(c.pagePosition
      ? { pagePosition: { type: 'TextPositionSelector', start: c.pagePosition.start, end: c.pagePosition.end } }
      : {}),
    ...(c.annotation !== undefined ? { annotation: canonicalMeta(c.annotation) } : {}),
  };
}

function canonicalBodyMeta(m: BodyMeta): BodyMeta {
  return {
    ...(m.language !== undefined ? { language: m.language } : {}),
    ...(m.textDirection !== undefined ? { textDirection: m.textDirection } : {}),
    ...(m.format !== undefined ? { format: m.format } : {}),
  };
}

function canonicalMeta(m: AnnotationMeta): AnnotationMeta {
  return {
    ...(m.via !== undefined ? { via: [...m.via] } : {}),
    ...(m.canonical !== undefined ? { canonical: m.canonical } : {}),
    ...(m.creator !== undefined ? { creator: m.creator } : {}),
    ...(m.sourceBody !== undefined ? { sourceBody: canonicalBodyMeta(m.sourceBody) } : {}),
    ...(m.noteBody !== undefined ? { noteBody: canonicalBodyMeta(m.noteBody) } : {}),
    ...(m.tagBody !== undefined ? { tagBody: canonicalBodyMeta(m.tagBody) } : {}),
  };
}

/** Library export order: saved time, then id (a total order, so export → import → export is stable). */
export function libraryOrder<T extends SavedClaim>(claims: readonly T[]): T[] {
  const t = new Map<T, number>();
  for (const c of claims) t.set(c, Date.parse(c.savedAt));
  return [...claims].sort((a, b) => t.get(a)! - t.get(b)! || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** FNV-1a over UTF-16 units, as 8 hex digits: stable ids for claims that come without one. */
export function hashId(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
