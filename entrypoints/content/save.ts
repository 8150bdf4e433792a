import type { Analysis, Attribution, SourceKind } from '../../lib/analysis/schema';
import {
  type AnalyseRequest,
  type AnalysisList,
  AnalysisReplySchema,
  AttributionSchema,
  EntitySchema,
  type StoreRequest,
  WarningSchema,
} from '../../lib/messages';
import { draftFromAttribution, draftFromSelection, type PageMeta } from '../../lib/store/draft';
import type { RevealAnswer } from '../../lib/store/reveal';
import type { Origin, SavedClaim } from '../../lib/store/schema';
import { browser } from '../../platform/browser';

export type { PageMeta };

/** Sends a store request to the background (which owns the database) and unwraps its answer. */
async function store<T>(req: StoreRequest): Promise<T | null> {
  const res = (await browser.runtime.sendMessage(req)) as { ok: boolean; result?: T } | undefined;
  return res?.ok ? (res.result as T) : null;
}

export async function saveAttribution(a: Attribution, page: PageMeta, origin: Origin): Promise<boolean> {
  return (await store({ type: 'store-save', draft: draftFromAttribution(a, page, origin) })) !== null;
}

export async function saveManualClaim(claim: string, name: string, kind: SourceKind, page: PageMeta): Promise<boolean> {
  if (!claim.trim() || !name.trim()) return false;
  return (await store({ type: 'store-save', draft: draftFromSelection(claim, { kind, name }, page) })) !== null;
}

/** The claim to show on this page when the library opened it ("open original"), or null; asked once. */
export async function pendingReveal(): Promise<RevealAnswer> {
  return ((await browser.runtime.sendMessage({ type: 'reveal-take' })) as RevealAnswer | undefined) ?? null;
}

export async function savedForUrl(url: string): Promise<SavedClaim[]> {
  return (await store<SavedClaim[]>({ type: 'store-for-url', url })) ?? [];
}

/** Where the last analysis's time went (benchmarks): the message round trip, then validating the answer. */
export const lastAnalyse = { sendMs: 0, checkMs: 0 };

/**
 * Asks the background to analyse the article text, fetches the rest of a long analysis chunk by chunk, and
 * validates every item, `budgetMs` at a time, yielding to the page between slices. Null when a newer request
 * from this page superseded this one (the background keeps one analysis per tab). `analysedChars`: how much of
 * the text the analysis covers (the background stops at MAX_ATTRIBUTIONS).
 */
export async function analyseInBackground(
  text: string,
  entities: boolean,
  pause: () => Promise<void>,
  budgetMs = 12,
): Promise<{ analysis: Analysis; analysedChars: number } | null> {
  const req: AnalyseRequest = { type: 'analyse', text, entities };
  const sent = performance.now();
  const raw = await browser.runtime.sendMessage(req);
  lastAnalyse.sendMs = performance.now() - sent;
  if (raw === null) return null;
  const checked = performance.now();
  const reply = AnalysisReplySchema.parse(raw);
  let t = performance.now();
  const breathe = async () => {
    if (performance.now() - t > budgetMs) {
      await pause();
      t = performance.now();
    }
  };
  const gather = async (list: AnalysisList): Promise<unknown[]> => {
    const items = [...reply[list]];
    const total = reply.more?.[list] ?? items.length;
    while (reply.more && items.length < total) {
      const chunk = await browser.runtime.sendMessage({
        type: 'analysis-chunk',
        token: reply.more.token,
        list,
        from: items.length,
      });
      if (!Array.isArray(chunk) || !chunk.length) throw new Error('analysis chunk missing');
      items.push(...chunk);
      await breathe();
    }
    return items;
  };
  const check = async <T>(items: unknown[], schema: { parse(x: unknown): T }): Promise<T[]> => {
    const out: T[] = [];
    for (const x of items) {
      out.push(schema.parse(x));
      await breathe();
    }
    return out;
  };
  try {
    const analysis = {
      version: reply.version,
      summary: reply.summary,
      attributions: await check(await gather('attributions'), AttributionSchema),
      entities: await check(await gather('entities'), EntitySchema),
      warnings: await check(await gather('warnings'), WarningSchema),
    };
    lastAnalyse.checkMs = performance.now() - checked;
    return { analysis, analysedChars: Math.min(reply.analysedChars, text.length) };
  } finally {
    if (reply.more) browser.runtime.sendMessage({ type: 'analysis-done', token: reply.more.token }).catch(() => {});
  }
}
