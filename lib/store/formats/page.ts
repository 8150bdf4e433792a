import type { Analysis } from '../../analysis/schema';
import { draftFromAttribution, type PageMeta } from '../draft';
import { dedupeKeyOf } from '../keys';
import type { SavedClaim } from '../schema';
import { hashId } from './common';

/**
 * Every claim detected on a page, as SavedClaim records for export (saved or not), in reading order.
 * A claim the reader already saved is exported as saved (with its id, note, tags and correction); the others
 * get a stable id from the page URL and the attribution id, savedAt = the export time, origin `panel`,
 * no note and no tags.
 */
export function claimsFromAnalysis(
  analysis: Analysis,
  page: PageMeta,
  opts: { exportedAt: string; saved?: readonly SavedClaim[] },
): SavedClaim[] {
  const saved = new Map((opts.saved ?? []).map((c) => [dedupeKeyOf(c), c]));
  const pageId = hashId(page.url);
  return [...analysis.attributions]
    .sort((a, b) => a.claim.start - b.claim.start)
    .filter((a) => a.claim.end > a.claim.start)
    .map((a) => {
      const draft = draftFromAttribution(a, page, 'panel');
      const mine = saved.get(dedupeKeyOf(draft));
      if (mine) return mine;
      return { ...draft, note: '', tags: [], id: `page-${pageId}-${a.id}`, savedAt: opts.exportedAt };
    });
}
