import { z } from 'zod';
import type { LinearModel } from './learned/linear';

/**
 * The analyser's output contract, shared by the analyser, the command line, the content script,
 * the side panel and the store. Offsets are UTF-16 code units into the analysed text and
 * `text.slice(start, end) === span.text` always holds.
 */
export const SpanSchema = z.object({
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Span = z.infer<typeof SpanSchema>;

export const SourceKindSchema = z.enum(['person', 'organization', 'anonymous']);
export type SourceKind = z.infer<typeof SourceKindSchema>;

export const SourceSchema = z.object({
  kind: SourceKindSchema,
  /** Display name, resolved for implicit and back-referenced sources (`الجابر` → `صهيب الجابر`). */
  name: z.string(),
  /** Title or office where the text gives one (`الصحفي السوري في شبكة فرات بوست`). */
  role: z.string().optional(),
  /** The words naming the source at this attribution; null when the source is implicit. */
  mention: SpanSchema.nullable(),
});
export type Source = z.infer<typeof SourceSchema>;

export const AttributionSchema = z.object({
  id: z.string(),
  cue: SpanSchema,
  source: SourceSchema,
  claim: SpanSchema,
  /** The cue and the rule that fired, in words a reader can follow. */
  why: z.object({
    rule: z.string(),
    cue: z.string(),
    detail: z.string().optional(),
    /** Present when the learned kind model (lib/analysis/learned) decided the source's kind: its probability. */
    kindModel: z.number().min(0).max(1).optional(),
  }),
  confidence: z.number().min(0).max(1),
});
export type Attribution = z.infer<typeof AttributionSchema>;

export const EntityTypeSchema = z.enum(['person', 'organization', 'location']);
export type EntityType = z.infer<typeof EntityTypeSchema>;

export const EntitySchema = z.object({
  id: z.string(),
  name: z.string(),
  type: EntityTypeSchema,
  aliases: z.array(z.string()),
  mentions: z.array(SpanSchema),
});
export type Entity = z.infer<typeof EntitySchema>;

export const WarningSchema = z.object({
  kind: z.enum(['anonymous-claim', 'anonymous-headline', 'hedged-headline']),
  /** Attribution ids the warning is about (empty for a hedged headline without one). */
  attributionIds: z.array(z.string()),
  span: SpanSchema,
  message: z.object({ ar: z.string(), en: z.string() }),
});
export type Warning = z.infer<typeof WarningSchema>;

export const SummarySchema = z.object({
  claims: z.number().int().nonnegative(),
  claimsByKind: z.object({
    person: z.number().int().nonnegative(),
    organization: z.number().int().nonnegative(),
    anonymous: z.number().int().nonnegative(),
  }),
  distinctSources: z.object({
    named: z.number().int().nonnegative(),
    anonymous: z.number().int().nonnegative(),
  }),
  /** Share of claims resting on anonymous sources, 0..1 (0 when there are no claims). */
  anonymousShare: z.number().min(0).max(1),
});
export type Summary = z.infer<typeof SummarySchema>;

export const AnalysisSchema = z.object({
  version: z.literal(1),
  attributions: z.array(AttributionSchema),
  entities: z.array(EntitySchema),
  warnings: z.array(WarningSchema),
  summary: SummarySchema,
});
export type Analysis = z.infer<typeof AnalysisSchema>;

export interface AnalyzeOptions {
  /** Length in UTF-16 units of the headline at the start of the text (title, blank line, body); found when absent. */
  headlineEnd?: number;
  /** Skip entity recognition (faster; the entities list is then empty). */
  entities?: boolean;
  /** The learned source-kind model; `null` leaves the rules' kinds (cross-validation trains its own). */
  kindModel?: LinearModel | null;
}
