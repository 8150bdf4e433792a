import { z } from 'zod';
import { SourceKindSchema } from '../../analysis/schema';
import { OriginSchema, type SavedClaim, SavedClaimSchema, TextPositionSelectorSchema } from '../schema';
import { canonicalClaim, formatIssues, hashId } from './common';
import type { ParseResult } from './json';

/**
 * W3C Web Annotation (https://www.w3.org/TR/annotation-model/) export and import.
 *
 * Mapping of a saved claim to one Annotation (motivation `highlighting`):
 * - `id`: `urn:isnad:claim:<percent-encoded claim id>`; `created`: savedAt.
 * - `target`: `{ source: page URL, selector: [TextQuoteSelector, TextPositionSelector?] }`.
 * - `body` (array of TextualBody):
 *   - the SOURCE, purpose `identifying` (the annotation identifies who the claim is attributed to): `value`
 *     is the source's name; `isnad:kind`, `isnad:role`, `isnad:mention` and `isnad:kindCorrection` carry the rest;
 *   - the reader's note, purpose `commenting` (only when there is one);
 *   - one body per tag, purpose `tagging`.
 * - Isnad fields with no W3C term are `isnad:`-prefixed properties (the prefix is declared in the collection's
 *   @context): `isnad:claim`, `isnad:cue`, `isnad:title`, `isnad:outlet`, `isnad:published`, `isnad:origin`.
 * The collection is an AnnotationCollection whose `first` AnnotationPage embeds every item.
 *
 * Import also takes annotations from other tools (a bare Annotation, an array, an AnnotationPage or a
 * collection): every annotation needs a target with a `source` and a TextQuoteSelector. Missing Isnad fields
 * get neutral values: claim = quote, source = the `identifying` body or an unnamed anonymous source, note =
 * the commenting bodies (or bodies without purpose), tags = tagging bodies, title/outlet empty, origin
 * `selection`, savedAt = `created` (else `modified`, else the import time), id from `urn:isnad:claim:` or
 * else a hash of page URL and quote (so importing the same foreign file twice adds nothing).
 */

export const ISNAD_NS = 'https://isnad.example/ns#';
const CONTEXT = ['http://www.w3.org/ns/anno.jsonld', { isnad: ISNAD_NS }] as const;
const ID_PREFIX = 'urn:isnad:claim:';

function annotationOf(c: SavedClaim) {
  const source: Record<string, unknown> = {
    type: 'TextualBody',
    purpose: 'identifying',
    value: c.source.name,
    format: 'text/plain',
    'isnad:kind': c.source.kind,
    ...(c.source.role !== undefined ? { 'isnad:role': c.source.role } : {}),
    'isnad:mention': c.source.mention
      ? {
          'isnad:text': c.source.mention.text,
          'isnad:start': c.source.mention.start,
          'isnad:end': c.source.mention.end,
        }
      : null,
    ...(c.kindCorrection !== undefined ? { 'isnad:kindCorrection': c.kindCorrection } : {}),
  };
  const body: Record<string, unknown>[] = [source];
  if (c.note) body.push({ type: 'TextualBody', purpose: 'commenting', value: c.note, format: 'text/plain' });
  for (const tag of c.tags) body.push({ type: 'TextualBody', purpose: 'tagging', value: tag });
  const selector: Record<string, unknown>[] = [
    { type: 'TextQuoteSelector', exact: c.quote.exact, prefix: c.quote.prefix, suffix: c.quote.suffix },
  ];
  if (c.position) selector.push({ type: 'TextPositionSelector', start: c.position.start, end: c.position.end });
  return {
    id: ID_PREFIX + encodeURIComponent(c.id),
    type: 'Annotation',
    motivation: 'highlighting',
    created: c.savedAt,
    body,
    target: { source: c.url, selector },
    'isnad:claim': c.claim,
    'isnad:cue': c.cue,
    'isnad:title': c.title,
    'isnad:outlet': c.outlet,
    ...(c.published !== undefined ? { 'isnad:published': c.published } : {}),
    'isnad:origin': c.origin,
  };
}

export function toW3c(claims: readonly SavedClaim[], opts: { exportedAt: string; label: string }): string {
  const items = claims.map((c) => annotationOf(canonicalClaim(c)));
  const collection = {
    '@context': CONTEXT,
    id: `urn:isnad:collection:${opts.exportedAt}`,
    type: 'AnnotationCollection',
    label: opts.label,
    total: items.length,
    generated: opts.exportedAt,
    generator: { id: 'https://isnad.example/', type: 'Software', name: 'Isnad' },
    first: { id: `urn:isnad:collection:${opts.exportedAt}:page:0`, type: 'AnnotationPage', startIndex: 0, items },
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}

// ── import ──────────────────────────────────────────────────────────────────────────────────────────

const TypeField = z.union([z.string(), z.array(z.string())]);
const hasType = (t: unknown, name: string) => t === name || (Array.isArray(t) && t.includes(name));

const BodySchema = z.union([
  z.string(),
  z.looseObject({
    type: TypeField.optional(),
    purpose: z.string().optional(),
    value: z.string().optional(),
    'isnad:kind': SourceKindSchema.optional(),
    'isnad:role': z.string().optional(),
    'isnad:mention': z
      .object({ 'isnad:text': z.string(), 'isnad:start': z.number(), 'isnad:end': z.number() })
      .nullable()
      .optional(),
    'isnad:kindCorrection': SourceKindSchema.optional(),
  }),
]);
type Body = z.infer<typeof BodySchema>;

const SelectorSchema = z.looseObject({ type: z.string() });
const TargetSchema = z.union([
  z.string(),
  z.looseObject({ source: z.string(), selector: z.union([SelectorSchema, z.array(SelectorSchema)]).optional() }),
]);

export const W3cAnnotationSchema = z.looseObject({
  id: z.string().optional(),
  type: TypeField.refine((t) => hasType(t, 'Annotation'), { message: 'type must be "Annotation"' }),
  body: z.union([BodySchema, z.array(BodySchema)]).optional(),
  target: z.union([TargetSchema, z.array(TargetSchema)]),
  created: z.string().optional(),
  modified: z.string().optional(),
  'isnad:claim': z.string().optional(),
  'isnad:cue': z.string().optional(),
  'isnad:title': z.string().optional(),
  'isnad:outlet': z.string().optional(),
  'isnad:published': z.string().optional(),
  'isnad:origin': OriginSchema.optional(),
});
type W3cAnnotation = z.infer<typeof W3cAnnotationSchema>;

/** Whether parsed JSON looks like Web Annotation data at all (decides which importer reports errors). */
export function looksLikeW3c(data: unknown): boolean {
  if (Array.isArray(data)) return data.length > 0 && looksLikeW3c(data[0]);
  if (!data || typeof data !== 'object') return false;
  const o = data as Record<string, unknown>;
  return (
    '@context' in o ||
    hasType(o.type, 'Annotation') ||
    hasType(o.type, 'AnnotationCollection') ||
    hasType(o.type, 'AnnotationPage')
  );
}

/** The annotations of a collection / page / array / single annotation, with the JSON path of each. */
function annotationsIn(data: unknown): { items: unknown[]; path: string } | string {
  if (Array.isArray(data)) return { items: data, path: '' };
  const o = data as Record<string, unknown>;
  if (hasType(o.type, 'Annotation')) return { items: [o], path: '' };
  if (hasType(o.type, 'AnnotationPage')) {
    return Array.isArray(o.items) ? { items: o.items, path: 'items' } : 'items: an AnnotationPage needs an items array';
  }
  if (hasType(o.type, 'AnnotationCollection')) {
    if (Array.isArray(o.items)) return { items: o.items, path: 'items' };
    const first = o.first as Record<string, unknown> | undefined;
    if (first && typeof first === 'object' && Array.isArray(first.items)) {
      return { items: first.items, path: 'first.items' };
    }
    if (typeof first === 'string') {
      return 'first: the collection links to its pages by IRI; export it with the items embedded';
    }
    if (o.total === 0) return { items: [], path: 'first.items' };
    return 'first.items: an AnnotationCollection needs its first page embedded with an items array';
  }
  return 'type: expected an Annotation, AnnotationPage or AnnotationCollection';
}

const isIsoTime = (s: string | undefined): s is string =>
  s !== undefined && z.iso.datetime({ offset: true }).safeParse(s).success;

function claimFrom(a: W3cAnnotation, path: string, now: string): SavedClaim | string {
  const targets = Array.isArray(a.target) ? a.target : [a.target];
  let url: string | null = null;
  let quote: Record<string, unknown> | null = null;
  let position: Record<string, unknown> | null = null;
  for (const t of targets) {
    if (typeof t === 'string') continue;
    const sels = t.selector === undefined ? [] : Array.isArray(t.selector) ? t.selector : [t.selector];
    const q = sels.find((s) => s.type === 'TextQuoteSelector');
    if (q) {
      url = t.source;
      quote = q;
      position = sels.find((s) => s.type === 'TextPositionSelector') ?? null;
      break;
    }
  }
  if (!url || !quote) return `${path}.target: no target with a source and a TextQuoteSelector`;

  const bodies: Body[] = a.body === undefined ? [] : Array.isArray(a.body) ? a.body : [a.body];
  const objs = bodies.filter((b): b is Exclude<Body, string> => typeof b !== 'string');
  const ident = objs.find((b) => b.purpose === 'identifying');
  const notes = [
    ...bodies.filter((b): b is string => typeof b === 'string'),
    ...objs.filter((b) => (b.purpose === 'commenting' || !b.purpose) && b.value !== undefined).map((b) => b.value!),
  ];
  const tags = objs.filter((b) => b.purpose === 'tagging' && b.value !== undefined).map((b) => b.value!.trim());
  const mention = ident?.['isnad:mention'];

  let id: string;
  if (a.id?.startsWith(ID_PREFIX)) {
    try {
      id = decodeURIComponent(a.id.slice(ID_PREFIX.length));
    } catch {
      return `${path}.id: malformed percent-encoding`;
    }
  } else {
    id = `w3c-${hashId(`${url}\u0000${String(quote.exact)}\u0000${String(quote.prefix ?? '')}\u0000${String(quote.suffix ?? '')}`)}`;
  }

  const candidate = {
    id,
    claim: a['isnad:claim'] ?? quote.exact,
    source: {
      kind: ident?.['isnad:kind'] ?? 'anonymous',
      name: ident?.value ?? '',
      ...(ident?.['isnad:role'] !== undefined ? { role: ident['isnad:role'] } : {}),
      mention: mention
        ? { text: mention['isnad:text'], start: mention['isnad:start'], end: mention['isnad:end'] }
        : null,
    },
    cue: a['isnad:cue'] ?? '',
    url,
    title: a['isnad:title'] ?? '',
    outlet: a['isnad:outlet'] ?? '',
    ...(a['isnad:published'] !== undefined ? { published: a['isnad:published'] } : {}),
    savedAt: isIsoTime(a.created) ? a.created : isIsoTime(a.modified) ? a.modified : now,
    quote: { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix ?? '', suffix: quote.suffix ?? '' },
    position:
      position && TextPositionSelectorSchema.safeParse(position).success
        ? { type: 'TextPositionSelector', start: position.start, end: position.end }
        : null,
    note: notes.join('\n\n'),
    tags: [...new Set(tags.filter(Boolean))],
    ...(ident?.['isnad:kindCorrection'] !== undefined ? { kindCorrection: ident['isnad:kindCorrection'] } : {}),
    origin: a['isnad:origin'] ?? 'selection',
  };
  const r = SavedClaimSchema.safeParse(candidate);
  return r.success ? r.data : formatIssues(r.error, path, 3).join('; ');
}

/** Validates Web Annotation data and maps it to saved claims; every error names the failing path. */
export function parseW3c(data: unknown, now: string = new Date().toISOString()): ParseResult {
  const found = annotationsIn(data);
  if (typeof found === 'string') return { ok: false, errors: [found] };
  const errors: string[] = [];
  const claims: SavedClaim[] = [];
  found.items.forEach((item, i) => {
    const path = `${found.path}[${i}]`;
    const r = W3cAnnotationSchema.safeParse(item);
    if (!r.success) {
      errors.push(...formatIssues(r.error, path, 3));
      return;
    }
    const c = claimFrom(r.data, path, now);
    if (typeof c === 'string') errors.push(c);
    else claims.push(c);
  });
  if (errors.length) return { ok: false, errors: errors.slice(0, 10) };
  return { ok: true, claims };
}
