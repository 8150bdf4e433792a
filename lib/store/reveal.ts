/**
 * "Open original" without a probe (issue 14, should-fix 4). The library asks the background to open a saved
 * claim's page; the background opens the tab itself and remembers, by tab id, which claim to show there. The
 * page's content script, once it has the article, asks "anything for me?" and gets that claim once — if and
 * only if it is the tab the background opened and still at the claim's address.
 *
 * Before, the claim's id travelled in the address (`#isnad=<id>`): any page could set such a fragment and read
 * the notice Isnad showed, learning whether an id was in the library, and the content script received the whole
 * claim with its note. Now nothing the page controls names a claim, and the content script receives only the
 * quote and position it needs to find the words again.
 */
import { z } from 'zod';
import type { SavedClaim } from './schema';

/** extension page (library) → background: open this claim's page and show the claim there. */
export const OpenOriginalSchema = z.object({ type: z.literal('open-original'), id: z.string().min(1).max(200) });
/** content script (top frame) → background: is there a claim to show on this page, opened from the library? */
export const RevealTakeSchema = z.object({ type: z.literal('reveal-take') });

/** What the content script gets: nothing pending, a claim that no longer exists, or the words to find. */
export type RevealAnswer = null | { found: false } | ({ found: true } & Pick<SavedClaim, 'quote' | 'position'>);

export function revealAnswer(claim: SavedClaim | null): Exclude<RevealAnswer, null> {
  return claim ? { found: true, quote: claim.quote, position: claim.position } : { found: false };
}

/** How long an opened tab has to load and ask (slow pages, a sleeping service worker woken by the ask). */
const TTL_MS = 120_000;
/** At most this many tabs wait at once (a reader does not open more originals than that in two minutes). */
const MAX_WAITING = 32;

/** The address as claims are keyed and compared: no fragment. */
const withoutHash = (url: string) => url.split('#', 1)[0];

/** Tabs the background opened for "open original", each with the claim to show and the address it opened. */
export class RevealQueue {
  private waiting = new Map<number, { id: string; url: string; at: number }>();

  constructor(private now: () => number = Date.now) {}

  expect(tabId: number, url: string, claimId: string): void {
    const t = this.now();
    for (const [k, v] of this.waiting) if (t - v.at > TTL_MS) this.waiting.delete(k);
    this.waiting.delete(tabId);
    while (this.waiting.size >= MAX_WAITING) this.waiting.delete(this.waiting.keys().next().value as number);
    this.waiting.set(tabId, { id: claimId, url: withoutHash(url), at: t });
  }

  /**
   * The claim id for this tab when the page asking is at the address that was opened (same origin and path:
   * a redirect that only adds a query or a trailing slash still counts; another page in that tab does not).
   * Answers once: the entry is removed whether or not the address matched.
   */
  take(tabId: number, pageUrl: string): string | null {
    const w = this.waiting.get(tabId);
    if (!w) return null;
    this.waiting.delete(tabId);
    if (this.now() - w.at > TTL_MS) return null;
    return samePage(w.url, withoutHash(pageUrl)) ? w.id : null;
  }
}

function samePage(a: string, b: string): boolean {
  if (a === b) return true;
  try {
    const x = new URL(a);
    const y = new URL(b);
    const path = (u: URL) => u.pathname.replace(/\/+$/, '');
    return x.host === y.host && path(x) === path(y);
  } catch {
    return false;
  }
}
