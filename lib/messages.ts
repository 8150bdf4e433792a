/**
 * The one message protocol between the content script, the background script and the extension pages.
 * Every message is a zod schema, named by direction; every receiver validates what it gets with `parse*`
 * helpers below and ignores anything else (nothing from `window.postMessage` is ever trusted).
 */
import { z } from 'zod';
import { AnalysisSchema, AttributionSchema, EntitySchema, SourceKindSchema, WarningSchema } from './analysis/schema';
import { VERDICT_REASONS } from './page/verdict';
import { ExportFormatSchema } from './store/messages';

// The saved-claims store's messages (content/panel/library → background) are defined beside the store and are
// part of this protocol: `store-save`, `store-for-url`, `store-update`, `store-delete`, `store-restore`,
// `store-list`, `store-export`, `store-import`.
export {
  ContentToBackgroundStoreSchema,
  isStoreMessage,
  PanelToBackgroundStoreSchema,
  type StoreRequest,
  type StoreResponse,
} from './store/messages';

/** Longest selection the context menu hands over ("Save this claim in Isnad"). */
export const MAX_SELECTION = 20_000;

export const OutletSchema = z.object({ id: z.string(), nameAr: z.string(), nameEn: z.string() });

/** What the content script knows about its page; the panel renders it. */
export const TabStateSchema = z.object({
  url: z.string(),
  title: z.string(),
  status: z.enum(['analysing', 'article', 'not-article', 'error']),
  detection: z
    .object({
      isArticle: z.boolean(),
      score: z.number(),
      outlet: OutletSchema.nullable(),
      /** Why, in one word (lib/page/verdict.ts); the panel says it in words. */
      reason: z.enum(VERDICT_REASONS).optional(),
      /** Why a page is not taken for an article, in the reader's terms (the panel says it). */
      why: z.enum(['not-arabic', 'listing', 'short']).optional(),
    })
    .nullable(),
  analysis: AnalysisSchema.nullable(),
  /** The analysed text's publication date, where the page gives it. */
  published: z.string().nullable(),
  highlightsOn: z.boolean(),
  error: z.string().nullable(),
  /** Milliseconds from content-script start (or from the start of a re-analysis) to highlights painted. */
  paintMs: z.number().nullable(),
  /** Milliseconds to the complete analysis (entities included; highlights repainted if kinds changed). */
  completeMs: z.number().nullable(),
  /** Claims left out of this message (it carries at most 2,000; the summary counts all). */
  omitted: z.number().int().nonnegative(),
  /** Claims found but not painted (limits that keep hostile pages usable; 0 on ordinary pages). */
  unpainted: z.number().int().nonnegative(),
  /** Characters of the article text past MAX_ANALYSED_CHARS, not analysed (0 on ordinary pages). */
  skipped: z.number().int().nonnegative().default(0),
  /** performance.now() in the page's timeline when the latest analysis started (for benchmarks). */
  startedAt: z.number(),
  /** Milliseconds per step of the latest run (inject, detect, extract, analyse = background round trip, paint). */
  timings: z
    .object({
      /** Light step start → article script start (the background's injection and the script's evaluation). */
      inject: z.number(),
      detect: z.number(),
      extract: z.number(),
      analyse: z.number(),
      /** Of analyse: the message to the background and its answer; then the answer's validation. */
      send: z.number(),
      check: z.number(),
      paint: z.number(),
      complete: z.number(),
    })
    .partial()
    .optional(),
});
export type TabState = z.infer<typeof TabStateSchema>;

// ── panel → content (sent with tabs.sendMessage to one tab) ────────────────────────────────────────
export const PanelToContentSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('get-state') }),
  z.object({ type: z.literal('scroll-to'), attributionId: z.string() }),
  /** Scroll to the headline and flash it (the panel's verdict on the headline). */
  z.object({ type: z.literal('show-headline') }),
  z.object({ type: z.literal('step-entity'), entityId: z.string(), index: z.number().int().nonnegative() }),
  z.object({ type: z.literal('set-highlights'), on: z.boolean() }),
  z.object({ type: z.literal('analyse-anyway') }),
  /** Save a detected claim (the content script has the page text the selectors need). */
  z.object({ type: z.literal('save'), attributionId: z.string() }),
  /**
   * Save a selection with the source the reader named in the panel (the dialog lives in the panel, out of the
   * page's reach: a page sees every key typed into its own document, shadow roots included).
   */
  z.object({
    type: z.literal('save-selection'),
    selectionText: z.string().max(MAX_SELECTION),
    name: z.string().min(1).max(500),
    kind: SourceKindSchema,
  }),
  /** What the in-page UI shows (its shadow root is closed): for the panel's tests, never sent to the page. */
  z.object({ type: z.literal('ui-state') }),
  /** Every claim detected on the page, saved or not, as a file (answer: `{ filename, mime, text }`). */
  z.object({ type: z.literal('export-page'), format: ExportFormatSchema }),
]);
export type PanelToContent = z.infer<typeof PanelToContentSchema>;

// ── background → content ───────────────────────────────────────────────────────────────────────────
export const BackgroundToContentSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('toggle-highlights') }),
]);
export type BackgroundToContent = z.infer<typeof BackgroundToContentSchema>;

// ── content → extension pages (broadcast with runtime.sendMessage) ─────────────────────────────────
export const ContentToPanelSchema = z.object({ type: z.literal('state-changed'), url: z.string() });
export type ContentToPanel = z.infer<typeof ContentToPanelSchema>;

// ── content → background ──────────────────────────────────────────────────────────────────────────
/**
 * The analyser runs in the background, off the page's main thread, with one copy of its lexicons and tagger
 * weights per browser instead of one per tab. The reply is an `Analysis` (checked by the content script).
 */
/**
 * The most article text analysed per page (about 600 times a long article): past it the rest is reported as
 * skipped. A page could otherwise send tens of megabytes at every URL change and keep the analyser busy.
 */
export const MAX_ANALYSED_CHARS = 2_000_000;
/**
 * The most attributions analysed per page, about twice those of a 200,000-word article: the analyser stops at
 * the end of the piece where it reaches them, and the rest of the text is reported as skipped. Each one costs
 * about 1.6 kB in the background and again in the page; a page of nothing but claims gave 37,000 from 2 MB.
 */
export const MAX_ATTRIBUTIONS = 10_000;
export const AnalyseRequestSchema = z.object({
  type: z.literal('analyse'),
  text: z.string().max(MAX_ANALYSED_CHARS),
  /** false: attributions only (fast, painted first); true: the complete analysis with entities. */
  entities: z.boolean(),
});
export type AnalyseRequest = z.infer<typeof AnalyseRequestSchema>;

/**
 * A long page's analysis crosses in chunks, so that no single message takes the page's main thread long to
 * decode: the reply carries at most ANALYSIS_CHUNK items of each list and, when more remain, a `more` token
 * to fetch the rest with `analysis-chunk`. The receiver validates the items one by one, in slices.
 */
export const ANALYSIS_CHUNK = 400;
const AnalysisLists = z.enum(['attributions', 'entities', 'warnings']);
export type AnalysisList = z.infer<typeof AnalysisLists>;
export const AnalysisReplySchema = AnalysisSchema.extend({
  /** How much of the text was analysed (less than all of it when MAX_ATTRIBUTIONS stopped the analyser). */
  analysedChars: z.number().int().nonnegative(),
  attributions: z.array(z.unknown()),
  entities: z.array(z.unknown()),
  warnings: z.array(z.unknown()),
  more: z
    .object({
      token: z.string(),
      attributions: z.number().int(),
      entities: z.number().int(),
      warnings: z.number().int(),
    })
    .nullable(),
});
export type AnalysisReply = z.infer<typeof AnalysisReplySchema>;
export const AnalysisChunkRequestSchema = z.object({
  type: z.literal('analysis-chunk'),
  token: z.string(),
  list: AnalysisLists,
  from: z.number().int().nonnegative(),
});
export const AnalysisDoneSchema = z.object({ type: z.literal('analysis-done'), token: z.string() });

// ── context-menu selection: background ⇄ extension pages ─────────────────────────────────────────
/** background → extension pages: a selection waits for the reader to name its source in the panel. */
export const SelectionPendingSchema = z.object({ type: z.literal('selection-pending'), tabId: z.number().int() });
/** extension page → background: take the selection waiting for this tab (answer: `{ text } | null`). */
export const SelectionTakeSchema = z.object({ type: z.literal('selection-take'), tabId: z.number().int() });
/**
 * extension page → background: offer a selection for a tab, as the context menu does (the e2e tests' way in,
 * since a test cannot click a browser menu). Refused from content scripts.
 */
export const SelectionOfferSchema = z.object({
  type: z.literal('selection-offer'),
  tabId: z.number().int(),
  text: z.string().min(1).max(MAX_SELECTION),
});
export { AttributionSchema, EntitySchema, WarningSchema };

export const ExportFileSchema = z.object({ filename: z.string(), mime: z.string(), text: z.string() });

export const ContentMessageSchema = z.union([PanelToContentSchema, BackgroundToContentSchema]);
export type ContentMessage = z.infer<typeof ContentMessageSchema>;

/** Validates an incoming message; returns null (never throws) for anything that is not ours. */
export function parseMessage<T>(schema: z.ZodType<T>, raw: unknown): T | null {
  const r = schema.safeParse(raw);
  return r.success ? r.data : null;
}
