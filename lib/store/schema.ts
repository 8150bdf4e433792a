import { z } from 'zod';
import { SourceKindSchema, SourceSchema } from '../analysis/schema';
import { AnnotationMetaSchema } from './annotation-meta';

/**
 * A saved claim: what the reader kept, where it came from, and how to find it again on the page.
 * The selectors follow the W3C Web Annotation model (https://www.w3.org/TR/annotation-model/#selectors):
 * offsets are UTF-16 code units into the text the analyser read (title, blank line, body).
 */

export const TextQuoteSelectorSchema = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1),
  prefix: z.string(),
  suffix: z.string(),
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

/** Tags are trimmed, non-empty, and unique per claim (order kept as the reader typed them). */
export const TagSchema = z.string().trim().min(1).max(100);

const IsoDateTime = z.iso.datetime({ offset: true });

export const SavedClaimSchema = z.object({
  id: z.string().min(1).max(200),
  /** The claim's words as the page gave them. */
  claim: z.string().min(1),
  /** Kind, name, role and mention as detected (or as typed for a manual save); never rewritten by a correction. */
  source: SourceSchema,
  /** The attribution cue (`قال`, `بحسب`…); empty for a manual save without one. */
  cue: z.string(),
  url: z.string().min(1),
  title: z.string(),
  outlet: z.string(),
  /** The page's publication date as the page gives it (ISO date or date-time), when it gives one. */
  published: z.string().optional(),
  savedAt: IsoDateTime,
  quote: TextQuoteSelectorSchema,
  /** Null when the claim could not be located in the analysed text (a selection outside the article). */
  position: TextPositionSelectorSchema.nullable(),
  note: z.string(),
  tags: z.array(TagSchema),
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
});
export type SavedClaim = z.infer<typeof SavedClaimSchema>;

/** What a saver sends: everything but the id and times, which the store assigns, and imported W3C data. */
export const SavedClaimDraftSchema = SavedClaimSchema.omit({
  id: true,
  savedAt: true,
  modified: true,
  annotation: true,
}).extend({
  note: z.string().default(''),
  tags: z.array(TagSchema).default([]),
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
