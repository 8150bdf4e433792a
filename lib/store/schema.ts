import { z } from 'zod';
import { SourceKindSchema, SourceSchema, SpanSchema } from '../analysis/schema';
import { AnnotationMetaSchema } from './annotation-meta';

/**
 * A saved claim: what the reader kept, where it came from, and how to find it again on the page.
 * The selectors follow the W3C Web Annotation model (https://www.w3.org/TR/annotation-model/#selectors):
 * offsets are UTF-16 code units into the text the analyser read (title, blank line, body).
 */

/**
 * Length caps on every field (issue 14): a file to import, or a page's content script, could otherwise store
 * claims of tens of megabytes that every list, search and export then carries. A claim is at most
 * MAX_CLAIM_CHARS (ten times a long paragraph; the context menu hands over at most 20,000 characters).
 */
export const MAX_CLAIM_CHARS = 20_000;
const MAX_NAME = 500;
const MAX_URL = 8192;
const MAX_TITLE = 2000;
const MAX_CONTEXT = 2000;
export const MAX_NOTE = 100_000;
export const MAX_TAGS = 200;

export const TextQuoteSelectorSchema = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1).max(MAX_CLAIM_CHARS),
  prefix: z.string().max(MAX_CONTEXT),
  suffix: z.string().max(MAX_CONTEXT),
});
export type TextQuoteSelector = z.infer<typeof TextQuoteSelectorSchema>;

export const TextPositionSelectorSchema = z
  .object({
    type: z.literal('TextPositionSelector'),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine((p) => p.end >= p.start, { message: 'end must not be before start', path: ['end'] });
export type TextPositionSelector = z.infer<typeof TextPositionSelectorSchema>;

export const OriginSchema = z.enum(['card', 'panel', 'selection']);
export type Origin = z.infer<typeof OriginSchema>;

/**
 * Tags are trimmed, non-empty, one line without control characters (a line break would let a tag escape
 * its place in a Markdown or CSV export), and unique per claim (order kept as the reader typed them).
 */
export const TagSchema = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(/^[^\p{Cc}\u2028\u2029]*$/u, { message: 'a tag is one line without control characters' });

const CappedSpan = SpanSchema.extend({ text: z.string().max(MAX_CLAIM_CHARS) });
/** The analyser's source, with caps on what a page or a file can make long. */
const SavedSourceSchema = SourceSchema.extend({
  name: z.string().max(MAX_NAME),
  role: z.string().max(MAX_NAME).optional(),
  mention: CappedSpan.nullable(),
});

const IsoDateTime = z.iso.datetime({ offset: true });

export const SavedClaimSchema = z.object({
  id: z.string().min(1).max(200),
  /** The claim's words as the page gave them. */
  claim: z.string().min(1).max(MAX_CLAIM_CHARS),
  /** Kind, name, role and mention as detected (or as typed for a manual save); never rewritten by a correction. */
  source: SavedSourceSchema,
  /** The attribution cue (`قال`, `بحسب`…); empty for a manual save without one. */
  cue: z.string().max(MAX_NAME),
  url: z.string().min(1).max(MAX_URL),
  title: z.string().max(MAX_TITLE),
  outlet: z.string().max(MAX_NAME),
  /** The page's publication date as the page gives it (ISO date or date-time), when it gives one. */
  published: z.string().max(100).optional(),
  savedAt: IsoDateTime,
  quote: TextQuoteSelectorSchema,
  /** Null when the claim could not be located in the analysed text (a selection outside the article). */
  position: TextPositionSelectorSchema.nullable(),
  note: z.string().max(MAX_NOTE),
  tags: z.array(TagSchema).max(MAX_TAGS),
  /** The reader's correction of the source's kind; the detected kind stays in `source.kind`. */
  kindCorrection: SourceKindSchema.optional(),
  origin: OriginSchema,
  /** When the reader last changed the note, tags or kind (absent until then). */
  modified: IsoDateTime.optional(),
  /**
   * The claim in the page's text as other annotation tools count it: document.body.textContent, in code
   * points (W3C TextPositionSelector). Set at save time only where that text at these offsets is exactly
   * quote.exact; `position` above is in the analysed text, in UTF-16 units, for Isnad's own re-anchoring.
   */
  pagePosition: TextPositionSelectorSchema.optional(),
  /** Web Annotation fields kept from an imported W3C file (via, canonical, creator, body metadata). */
  annotation: AnnotationMetaSchema.optional(),
  /**
   * Set by the import path: the claim came from a file, not from the reader's own reading. It tells how the claim
   * entered *this* library, so exports never write it (an export → import → export round trip stays
   * byte-identical) and import sets it whatever a file says.
   */
  imported: z.literal(true).optional(),
});
export type SavedClaim = z.infer<typeof SavedClaimSchema>;

/** What a saver sends: everything but the id and times, which the store assigns, and imported W3C data. */
export const SavedClaimDraftSchema = SavedClaimSchema.omit({
  id: true,
  savedAt: true,
  modified: true,
  annotation: true,
  imported: true,
}).extend({
  note: z.string().max(MAX_NOTE).default(''),
  tags: z.array(TagSchema).max(MAX_TAGS).default([]),
});
export type SavedClaimDraft = z.input<typeof SavedClaimDraftSchema>;

/** The kind the library shows and filters by: the reader's correction wins over detection. */
export function effectiveKind(c: Pick<SavedClaim, 'source' | 'kindCorrection'>) {
  return c.kindCorrection ?? c.source.kind;
}

/** Removes duplicate tags (spelling-sensitive) while keeping the first occurrence's order. */
export function uniqueTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim();
    if (tag && !seen.has(tag)) {
      seen.add(tag);
      out.push(tag);
    }
  }
  return out;
}
