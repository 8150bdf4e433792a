import { z } from 'zod';
import { SourceKindSchema } from '../analysis/schema';
import { foldArabic } from '../arabic/normalize';
import type { StoredClaim } from './keys';

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');

export const SortSchema = z.enum(['newest', 'oldest', 'outlet', 'source']);
export type Sort = z.infer<typeof SortSchema>;

export const ClaimQuerySchema = z.object({
  /** Free text; matched against claim, source, role, cue, title, outlet, note and tags, spelling-insensitive. */
  text: z.string().max(1000).default(''),
  kind: SourceKindSchema.optional(),
  outlet: z.string().optional(),
  tag: z.string().optional(),
  /** Which date the range applies to: when the reader saved the claim, or when the page was published. */
  dateField: z.enum(['saved', 'published']).default('saved'),
  /** Inclusive day bounds, YYYY-MM-DD (compared with the date part of the ISO time). */
  from: Day.optional(),
  to: Day.optional(),
  sort: SortSchema.default('newest'),
  offset: z.number().int().nonnegative().default(0),
  limit: z.number().int().positive().max(100_000).default(100),
});
export type ClaimQuery = z.input<typeof ClaimQuerySchema>;

/** The query's words, folded the same way as the stored search keys. */
export function queryTerms(text: string): string[] {
  return foldArabic(text)
    .split(/\s+/)
    .filter((w) => w.length > 0);
}

const collator = new Intl.Collator(['ar', 'en'], { sensitivity: 'base', numeric: true });

/**
 * Filters and sorts records in memory. Linear in the number of records (one `includes` per term on the
 * precomputed folded key), then one sort; 10,000 records take a few milliseconds.
 */
export function searchClaims<T extends StoredClaim>(records: readonly T[], query: ClaimQuery = {}): T[] {
  const q = ClaimQuerySchema.parse(query);
  const terms = queryTerms(q.text);
  const out: T[] = [];
  for (const r of records) {
    if (q.kind && r.kind !== q.kind) continue;
    if (q.outlet !== undefined && r.outlet !== q.outlet) continue;
    if (q.tag !== undefined && !r.tags.includes(q.tag)) continue;
    if (q.from || q.to) {
      const when = q.dateField === 'saved' ? r.savedAt : r.published;
      if (!when) continue;
      const day = when.slice(0, 10);
      if (q.from && day < q.from) continue;
      if (q.to && day > q.to) continue;
    }
    let all = true;
    for (const t of terms) {
      if (!r.searchKey.includes(t)) {
        all = false;
        break;
      }
    }
    if (all) out.push(r);
  }
  return sortClaims(out, q.sort);
}

export function sortClaims<T extends StoredClaim>(records: T[], sort: Sort): T[] {
  // Parse each time once (saved times may carry different offsets, so string order is not time order).
  const time = new Map<T, number>();
  for (const r of records) time.set(r, Date.parse(r.savedAt));
  const newest = (a: T, b: T) => time.get(b)! - time.get(a)! || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const cmp: Record<Sort, (a: T, b: T) => number> = {
    newest,
    oldest: (a, b) => -newest(a, b),
    outlet: (a, b) => collator.compare(a.outlet, b.outlet) || newest(a, b),
    source: (a, b) => collator.compare(a.source.name, b.source.name) || newest(a, b),
  };
  return records.sort(cmp[sort]);
}

/** Distinct outlets and tags, for the filter menus (sorted for display). */
export function facets(records: readonly StoredClaim[]): { outlets: string[]; tags: string[] } {
  const outlets = new Set<string>();
  const tags = new Set<string>();
  for (const r of records) {
    if (r.outlet) outlets.add(r.outlet);
    for (const t of r.tags) tags.add(t);
  }
  return { outlets: [...outlets].sort(collator.compare), tags: [...tags].sort(collator.compare) };
}
