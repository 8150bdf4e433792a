/**
 * The one message protocol between the content script, the background script and the extension pages.
 * Every message is a zod schema, named by direction; every receiver validates what it gets with `parse*`
 * helpers below and ignores anything else (nothing from `window.postMessage` is ever trusted).
 */
import { z } from 'zod';
import { AnalysisSchema } from './analysis/schema';

export const OutletSchema = z.object({ id: z.string(), nameAr: z.string(), nameEn: z.string() });

/** What the content script knows about its page; the panel renders it. */
export const TabStateSchema = z.object({
  url: z.string(),
  title: z.string(),
  status: z.enum(['analysing', 'article', 'not-article', 'error']),
  detection: z.object({ isArticle: z.boolean(), score: z.number(), outlet: OutletSchema.nullable() }).nullable(),
  analysis: AnalysisSchema.nullable(),
  /** The analysed text's publication date, where the page gives it. */
  published: z.string().nullable(),
  highlightsOn: z.boolean(),
  error: z.string().nullable(),
  /** Milliseconds from content-script start (or from the start of a re-analysis) to highlights painted. */
  paintMs: z.number().nullable(),
  /** performance.now() in the page's timeline when the latest analysis started (for benchmarks). */
  startedAt: z.number(),
});
export type TabState = z.infer<typeof TabStateSchema>;

// ── panel → content (sent with tabs.sendMessage to one tab) ────────────────────────────────────────
export const PanelToContentSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('get-state') }),
  z.object({ type: z.literal('scroll-to'), attributionId: z.string() }),
  z.object({ type: z.literal('step-entity'), entityId: z.string(), index: z.number().int().nonnegative() }),
  z.object({ type: z.literal('set-highlights'), on: z.boolean() }),
  z.object({ type: z.literal('analyse-anyway') }),
]);
export type PanelToContent = z.infer<typeof PanelToContentSchema>;

// ── background → content ───────────────────────────────────────────────────────────────────────────
export const BackgroundToContentSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('toggle-highlights') }),
  z.object({ type: z.literal('save-selection'), selectionText: z.string().max(20_000) }),
]);
export type BackgroundToContent = z.infer<typeof BackgroundToContentSchema>;

// ── content → extension pages (broadcast with runtime.sendMessage) ─────────────────────────────────
export const ContentToPanelSchema = z.object({ type: z.literal('state-changed'), url: z.string() });
export type ContentToPanel = z.infer<typeof ContentToPanelSchema>;

export const ContentMessageSchema = z.union([PanelToContentSchema, BackgroundToContentSchema]);
export type ContentMessage = z.infer<typeof ContentMessageSchema>;

/** Validates an incoming message; returns null (never throws) for anything that is not ours. */
export function parseMessage<T>(schema: z.ZodType<T>, raw: unknown): T | null {
  const r = schema.safeParse(raw);
  return r.success ? r.data : null;
}
