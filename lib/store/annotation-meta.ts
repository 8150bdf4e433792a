import { z } from 'zod';

/**
 * Web Annotation data that Isnad does not use itself but keeps, so that a W3C file imported from another
 * tool is exported again as it came (issue 17): the original annotation's ids (`via`, `canonical`), its
 * `creator`, and the language, direction and format of its bodies. Isnad's own claims leave these absent;
 * the export then derives body metadata from the text (`bodyMetaOf`).
 */

/** A body's `language` (BCP 47), `textDirection` and `format` (media type), as W3C §3.2.1 defines them. */
export const BodyMetaSchema = z.object({
  language: z.string().min(1).max(35).optional(),
  textDirection: z.enum(['ltr', 'rtl', 'auto']).optional(),
  format: z.string().min(1).max(100).optional(),
});
export type BodyMeta = z.infer<typeof BodyMetaSchema>;

const Iri = z.string().min(1).max(2000);
const MAX_CREATOR_CHARS = 4000;

export const AnnotationMetaSchema = z.object({
  /** The annotation(s) this one was copied from: the foreign annotation's own id, then its `via`. */
  via: z.array(Iri).max(20).optional(),
  /** The foreign annotation's `canonical` IRI (the model says it MUST be kept). */
  canonical: Iri.optional(),
  /** The foreign annotation's `creator` (an IRI, an Agent object, or a list of them), kept as JSON. */
  creator: z
    .json()
    .refine((v) => JSON.stringify(v).length <= MAX_CREATOR_CHARS, {
      message: `creator: at most ${MAX_CREATOR_CHARS} characters`,
    })
    .optional(),
  /** Metadata of the source-name body, the note body and the tag bodies, where it differs from the derived. */
  sourceBody: BodyMetaSchema.optional(),
  noteBody: BodyMetaSchema.optional(),
  tagBody: BodyMetaSchema.optional(),
});
export type AnnotationMeta = z.infer<typeof AnnotationMetaSchema>;

// Arabic script (Arabic, Supplement, Extended-A/B, Presentation Forms A/B) and other strong right-to-left
// letters (Hebrew, Syriac, Thaana, N'Ko); strong left-to-right: letters of the other scripts.
const RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/u;
const ARABIC = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc]/u;
const STRONG = /[\p{L}]/u;

/**
 * Metadata for a body Isnad writes: plain text; direction from the first strong letter (as HTML's
 * dir=auto decides it); language `ar` when that letter is Arabic script — Isnad reads Arabic news, so its
 * source names, and notes that start in Arabic, are Arabic. Text starting in another script gets a direction
 * but no language (a Latin note may be English or French; the model prefers no language to a wrong one).
 */
export function bodyMetaOf(text: string): Required<Pick<BodyMeta, 'format'>> & BodyMeta {
  const m = STRONG.exec(text);
  if (!m) return { format: 'text/plain' };
  if (ARABIC.test(m[0])) return { language: 'ar', textDirection: 'rtl', format: 'text/plain' };
  return { textDirection: RTL.test(m[0]) ? 'rtl' : 'ltr', format: 'text/plain' };
}
