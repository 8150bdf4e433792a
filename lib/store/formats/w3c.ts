import { z } from 'zod';
import { SourceKindSchema } from '../../analysis/schema';
import { wholePrefix, wholeSuffix } from '../anchor';
import { type AnnotationMeta, type BodyMeta, BodyMetaSchema, bodyMetaOf } from '../annotation-meta';
import { OriginSchema, type SavedClaim, SavedClaimSchema, TextPositionSelectorSchema } from '../schema';
import { canonicalClaim, formatIssues, hashId } from './common';
import type { ParseResult } from './json';

/**
 * W3C Web Annotation (https://www.w3.org/TR/annotation-model/) export and import.
 *
 * Mapping of a saved claim to one Annotation:
 * - `id`: `urn:isnad:claim:<percent-encoded claim id>`; `created`: savedAt and `modified` (when the reader
 *   changed the note, tags or kind), both in UTC with `Z` as the model requires.
 * - `target`: a SpecificResource: `source` is the page URL made IRI-safe (non-ASCII and other characters a
 *   URI may not hold are percent-encoded); `selector` is the TextQuoteSelector (`exact` as analysed; prefix
 *   and suffix from the analysed text, whole characters only) and, when the claim has one, a
 *   TextPositionSelector in **the page's text**: `document.body.textContent` counted in Unicode code points,
 *   the text Hypothesis-style tools anchor in (their HTML root is document.body). It is written only when
 *   that text at those offsets is exactly `exact` (`pagePosition`, computed at save time by
 *   lib/page/page-position.ts); the offsets Isnad itself re-anchors with (analysed title + body text, UTF-16
 *   units) are `isnad:textPosition` and mean nothing to other tools.
 * - `body` (TextualBody, each with `format`, and `language` / `textDirection` from its text, see
 *   annotation-meta.ts):
 *   - the SOURCE's name, purpose `describing` (the annotation describes the quoted words: who says them);
 *     `isnad:kind`, `isnad:role`, `isnad:mention` and `isnad:kindCorrection` carry the rest. A source without
 *     a name has no body (a TextualBody must have a value); its fields are then the annotation's `isnad:source`;
 *   - the reader's note, purpose `commenting` (only when there is one);
 *   - one body per tag, purpose `tagging`.
 * - `motivation`: the purposes of the bodies (`describing`, `commenting`, `tagging`), or `highlighting` for an
 *   annotation without a body.
 * - From an imported file, `via` (the original annotation's id, then its own `via`), `canonical`, `creator`
 *   and the bodies' language / direction / format are kept and written back.
 * - Isnad fields with no W3C term are `isnad:`-prefixed properties (the prefix is declared in the collection's
 *   @context): `isnad:claim`, `isnad:cue`, `isnad:title`, `isnad:outlet`, `isnad:published`, `isnad:origin`.
 * The collection is an AnnotationCollection whose one AnnotationPage (`first`, also `last`, `partOf` the
 * collection) embeds every item; an empty library has `total: 0` and no page (a page must hold annotations).
 *
 * Import also takes annotations from other tools (a bare Annotation, an array, an AnnotationPage or a
 * collection): every annotation needs a target with a `source` and a TextQuoteSelector. Missing Isnad fields
 * get neutral values: claim = quote, source = the body with `isnad:kind` (or, from older Isnad files, purpose
 * `identifying`), else an unnamed anonymous source, note = the other commenting / describing / purpose-less
 * bodies, tags = tagging bodies, title/outlet empty, origin `selection`, savedAt = `created` (else
 * `modified`, else the import time), id from `urn:isnad:claim:` or else a hash of page URL and quote (so
 * importing the same foreign file twice adds nothing). A foreign TextPositionSelector is kept as
 * `pagePosition` (it counts in the page's text, not in Isnad's).
 */

export const ISNAD_NS = 'https://isnad.example/ns#';
const CONTEXT = ['http://www.w3.org/ns/anno.jsonld', { isnad: ISNAD_NS }] as const;
const ID_PREFIX = 'urn:isnad:claim:';

// RFC 3986 characters; `[` and `]` only in the authority (an IPv6 host). Everything else is percent-encoded.
const NOT_URI_CHAR = /[^A-Za-z0-9\-._~:/?#@!$&'()*+,;=%]/gu;
const NOT_URI_CHAR_AUTH = /[^A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]/gu;
const IS_URI = /^[A-Za-z][A-Za-z0-9+.-]*:(?:[A-Za-z0-9\-._~:/?#@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/;
function percentEncode(ch: string): string {
  try {
    return encodeURIComponent(ch);
  } catch {
    return '%EF%BF%BD'; // a lone surrogate: U+FFFD
  }
}

/**
 * The page URL as a URI. One that is already a URI (RFC 3986 characters only, no brackets) is kept as it is;
 * any other gets the WHATWG URL serialisation (punycode host, percent-encoded non-ASCII path, query
 * and fragment), then any character RFC 3986 still forbids (`|`, `^`, a stray `%`…) percent-encoded.
 * Idempotent, so export → import → export gives the same bytes.
 */
export function iriSafe(raw: string): string {
  if (IS_URI.test(raw)) return raw; // already a URI: kept byte for byte
  let href = raw;
  try {
    href = new URL(raw).href;
  } catch {
    // Not an absolute URL: encode what we have.
  }
  href = href.replace(/%(?![0-9A-Fa-f]{2})/g, '%25');
  const m = /^([A-Za-z][A-Za-z0-9+.-]*:\/\/[^/?#]*)([\s\S]*)$/.exec(href);
  const [auth, rest] = m ? [m[1], m[2]] : ['', href];
  return auth.replace(NOT_URI_CHAR_AUTH, percentEncode) + rest.replace(NOT_URI_CHAR, percentEncode);
}

/** An ISO date-time in UTC with `Z` (the model's requirement); one already in `Z` is kept as written. */
export function utc(iso: string): string {
  return iso.endsWith('Z') ? iso : new Date(iso).toISOString();
}

function sourceFields(c: SavedClaim): Record<string, unknown> {
  return {
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
}

function textBody(purpose: string, value: string, meta: BodyMeta | undefined): Record<string, unknown> {
  const m = meta ?? bodyMetaOf(value);
  return {
    type: 'TextualBody',
    purpose,
    value,
    ...(m.format !== undefined ? { format: m.format } : {}),
    ...(m.language !== undefined ? { language: m.language } : {}),
    ...(m.textDirection !== undefined ? { textDirection: m.textDirection } : {}),
  };
}

/** One Annotation for a claim (without @context: the collection's applies). */
export function annotationOf(c: SavedClaim): Record<string, unknown> {
  const meta = c.annotation ?? {};
  const body: Record<string, unknown>[] = [];
  if (c.source.name) body.push({ ...textBody('describing', c.source.name, meta.sourceBody), ...sourceFields(c) });
  if (c.note) body.push(textBody('commenting', c.note, meta.noteBody));
  for (const tag of c.tags) body.push(textBody('tagging', tag, meta.tagBody));
  const purposes = [...new Set(body.map((b) => b.purpose as string))];
  const selector: Record<string, unknown>[] = [
    {
      type: 'TextQuoteSelector',
      exact: c.quote.exact,
      prefix: wholePrefix(c.quote.prefix),
      suffix: wholeSuffix(c.quote.suffix),
    },
  ];
  if (c.pagePosition) {
    selector.push({ type: 'TextPositionSelector', start: c.pagePosition.start, end: c.pagePosition.end });
  }
  const via = meta.via ?? [];
  return {
    id: ID_PREFIX + encodeURIComponent(c.id),
    type: 'Annotation',
    motivation: purposes.length === 0 ? 'highlighting' : purposes.length === 1 ? purposes[0] : purposes,
    created: utc(c.savedAt),
    ...(c.modified !== undefined ? { modified: utc(c.modified) } : {}),
    ...(meta.creator !== undefined ? { creator: meta.creator } : {}),
    ...(meta.canonical !== undefined ? { canonical: meta.canonical } : {}),
    ...(via.length ? { via: via.length === 1 ? via[0] : via } : {}),
    ...(body.length ? { body } : {}),
    target: { type: 'SpecificResource', source: iriSafe(c.url), selector },
    ...(c.source.name ? {} : { 'isnad:source': sourceFields(c) }),
    'isnad:claim': c.claim,
    'isnad:cue': c.cue,
    'isnad:title': c.title,
    'isnad:outlet': c.outlet,
    ...(c.published !== undefined ? { 'isnad:published': c.published } : {}),
    'isnad:origin': c.origin,
    'isnad:textPosition': c.position ? { 'isnad:start': c.position.start, 'isnad:end': c.position.end } : null,
  };
}

/**
 * The collection's id: the export time and a 64-bit hash of which claims it holds in which state (id and
 * `modified`: every change a reader can make to a saved claim — note, tags, kind — sets `modified`). Two
 * exports in the same millisecond get different ids unless they hold the same claims in the same state (then
 * they are the same collection, byte for byte). Deterministic, so export → import → export stays
 * byte-identical; hashing this digest instead of the whole file keeps a 10,000-claim export fast.
 */
function collectionId(exportedAt: string, claims: readonly SavedClaim[]): string {
  const digest = claims.map((c) => `${c.id}\u0000${c.modified ? utc(c.modified) : ''}`).join('\u0001');
  return `urn:isnad:collection:${exportedAt}:${hashId(`${exportedAt}\u0000${digest}`)}${hashId(`${digest}\u0001${exportedAt}`)}`;
}

export function toW3c(claims: readonly SavedClaim[], opts: { exportedAt: string; label: string }): string {
  const items = claims.map((c) => annotationOf(canonicalClaim(c)));
  const id = collectionId(opts.exportedAt, claims);
  const pageId = `${id}:page:0`;
  const collection = {
    '@context': CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: opts.label,
    total: items.length,
    generated: utc(opts.exportedAt),
    generator: { id: 'https://isnad.example/', type: 'Software', name: 'Isnad' },
    ...(items.length
      ? {
          first: {
            id: pageId,
            type: 'AnnotationPage',
            partOf: { id, label: opts.label, total: items.length },
            startIndex: 0,
            items,
          },
          last: pageId,
        }
      : {}),
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
    language: z.unknown().optional(),
    textDirection: z.unknown().optional(),
    format: z.unknown().optional(),
  }),
]);
type Body = z.infer<typeof BodySchema>;

const SourceFieldsSchema = z.object({
  'isnad:kind': SourceKindSchema,
  'isnad:role': z.string().optional(),
  'isnad:mention': z
    .object({ 'isnad:text': z.string(), 'isnad:start': z.number(), 'isnad:end': z.number() })
    .nullable()
    .optional(),
  'isnad:kindCorrection': SourceKindSchema.optional(),
});

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
  via: z.union([z.string(), z.array(z.string())]).optional(),
  canonical: z.string().optional(),
  creator: z.unknown().optional(),
  'isnad:source': SourceFieldsSchema.optional(),
  'isnad:textPosition': z.object({ 'isnad:start': z.number(), 'isnad:end': z.number() }).nullable().optional(),
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

/**
 * A body's language / textDirection / format (a list's first value), or null when there is no body. A value
 * the model does not allow (a direction other than ltr/rtl/auto, an over-long tag) is dropped, not refused:
 * it is metadata, and the claim is still good.
 */
function bodyMetaIn(b: Record<string, unknown> | undefined): BodyMeta | null {
  if (!b) return null;
  const one = (v: unknown) => (Array.isArray(v) ? v[0] : v);
  const out: Record<string, unknown> = {};
  for (const k of ['language', 'textDirection', 'format'] as const) {
    const v = one(b[k]);
    if (v !== undefined && BodyMetaSchema.shape[k].safeParse(v).success) out[k] = v;
  }
  return out as BodyMeta;
}

/** `{ [key]: meta }` when the body's metadata is not what the export would derive from its text, else `{}`. */
function keptMeta(key: 'sourceBody' | 'noteBody' | 'tagBody', b: Record<string, unknown> | undefined, text: string) {
  const got = bodyMetaIn(b);
  if (!got) return {};
  const derived = bodyMetaOf(text);
  const same = (['language', 'textDirection', 'format'] as const).every((k) => got[k] === derived[k]);
  return same ? {} : { [key]: got };
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
  // Isnad's source body: the one with `isnad:kind`; older Isnad files marked it with purpose `identifying`.
  const ident = objs.find((b) => b['isnad:kind'] !== undefined) ?? objs.find((b) => b.purpose === 'identifying');
  const fields = ident ?? a['isnad:source'];
  const noteBodies = objs.filter(
    (b) =>
      b !== ident && (b.purpose === 'commenting' || b.purpose === 'describing' || !b.purpose) && b.value !== undefined,
  );
  const notes = [...bodies.filter((b): b is string => typeof b === 'string'), ...noteBodies.map((b) => b.value!)];
  const tagBodies = objs.filter((b) => b.purpose === 'tagging' && b.value !== undefined);
  const tags = tagBodies.map((b) => b.value!.trim());
  const mention = fields?.['isnad:mention'];

  let id: string;
  const ours = a.id?.startsWith(ID_PREFIX) ?? false;
  if (ours) {
    try {
      id = decodeURIComponent(a.id!.slice(ID_PREFIX.length));
    } catch {
      return `${path}.id: malformed percent-encoding`;
    }
  } else {
    id = `w3c-${hashId(`${url}\u0000${String(quote.exact)}\u0000${String(quote.prefix ?? '')}\u0000${String(quote.suffix ?? '')}`)}`;
  }

  // Positions: Isnad files since issue 17 carry `isnad:textPosition` (analysed text) and a TextPositionSelector
  // in the page's text; older Isnad files (with `isnad:claim` but no `isnad:textPosition`) put the analysed
  // offsets in the TextPositionSelector; another tool's TextPositionSelector counts in the page's text.
  const tps = position && TextPositionSelectorSchema.safeParse(position).success ? position : null;
  const own = a['isnad:textPosition'];
  const legacy = !('isnad:textPosition' in a) && a['isnad:claim'] !== undefined;
  const analysed = own ? { start: own['isnad:start'], end: own['isnad:end'] } : legacy ? tps : null;
  const inPage = legacy ? null : tps;

  // Kept W3C data: the original id goes first in `via`; body metadata only where it differs from the derived.
  const viaList = [...(ours || !a.id ? [] : [a.id]), ...(a.via === undefined ? [] : [a.via].flat())];
  const note = notes.join('\n\n');
  const annotation: AnnotationMeta = {
    ...(viaList.length ? { via: viaList } : {}),
    ...(a.canonical !== undefined ? { canonical: a.canonical } : {}),
    ...(a.creator !== undefined ? { creator: a.creator as AnnotationMeta['creator'] } : {}),
    // Older Isnad files wrote bodies without language: derive it again rather than keep the gap.
    ...(legacy ? {} : keptMeta('sourceBody', ident, ident?.value ?? '')),
    ...(legacy ? {} : keptMeta('noteBody', noteBodies[0], note)),
    ...(legacy ? {} : keptMeta('tagBody', tagBodies[0], tags[0] ?? '')),
  };

  const candidate = {
    id,
    claim: a['isnad:claim'] ?? quote.exact,
    source: {
      kind: fields?.['isnad:kind'] ?? 'anonymous',
      name: ident?.value ?? '',
      ...(fields?.['isnad:role'] !== undefined ? { role: fields['isnad:role'] } : {}),
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
    position: analysed ? { type: 'TextPositionSelector', start: analysed.start, end: analysed.end } : null,
    note,
    tags: [...new Set(tags.filter(Boolean))],
    ...(fields?.['isnad:kindCorrection'] !== undefined ? { kindCorrection: fields['isnad:kindCorrection'] } : {}),
    origin: a['isnad:origin'] ?? 'selection',
    ...(isIsoTime(a.modified) ? { modified: a.modified } : {}),
    ...(inPage ? { pagePosition: { type: 'TextPositionSelector', start: inPage.start, end: inPage.end } } : {}),
    ...(Object.keys(annotation).length ? { annotation } : {}),
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
