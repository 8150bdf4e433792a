import type { Analysis, Attribution, SourceKind } from '../../lib/analysis/schema';
import {
  type AnalyseRequest,
  AnalysisEnvelopeSchema,
  AttributionSchema,
  EntitySchema,
  type StoreRequest,
} from '../../lib/messages';
import { draftFromAttribution, draftFromSelection, type PageMeta } from '../../lib/store/draft';
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

export async function savedClaim(id: string): Promise<SavedClaim | null> {
  return store<SavedClaim | null>({ type: 'store-get', id });
}

export async function savedForUrl(url: string): Promise<SavedClaim[]> {
  return (await store<SavedClaim[]>({ type: 'store-for-url', url })) ?? [];
}

/**
 * Asks the background to analyse the article text, then validates the reply: the envelope at once, the
 * attributions and entities one by one, `budgetMs` at a time, yielding to the page between slices.
 */
export async function analyseInBackground(
  text: string,
  entities: boolean,
  pause: () => Promise<void>,
  budgetMs = 12,
): Promise<Analysis> {
  const req: AnalyseRequest = { type: 'analyse', text, entities };
  const reply = AnalysisEnvelopeSchema.parse(await browser.runtime.sendMessage(req));
  let t = performance.now();
  const check = async <T>(items: unknown[], schema: { parse(x: unknown): T }): Promise<T[]> => {
    const out: T[] = [];
    for (const x of items) {
      out.push(schema.parse(x));
      if (performance.now() - t > budgetMs) {
        await pause();
        t = performance.now();
      }
    }
    return out;
  };
  return {
    ...reply,
    attributions: await check(reply.attributions, AttributionSchema),
    entities: await check(reply.entities, EntitySchema),
  };
}
