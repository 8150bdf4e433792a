import type { SourceKind } from '../analysis/schema';
import type { StoredClaim } from './keys';

/**
 * The search index: the fields search, filters and sort need, one column per field, one row per claim,
 * stored as ONE record in the `meta` table. Reading it is one structured clone of a few arrays of strings —
 * ≈ 20 ms for 10,000 claims in Chromium, where reading the 10,000 claim records takes ≈ 250 ms — so the
 * library can search as soon as it opens and fetch full records only for the page it shows.
 *
 * It is derived data: the claims table stays the truth (export reads the claims), every write in
 * service.ts updates the index in the same transaction, and `readSearchIndex` (stale when the row count
 * differs from the claim count) + `rebuildSearchIndex` repair it if anything ever wrote claims another way.
 */
export interface SearchIndex {
  key: 'search';
  ids: string[];
  /** Folded search keys (keys.ts searchKeyOf). */
  keys: string[];
  kinds: SourceKind[];
  outlets: string[];
  /** Tags joined with TAG_SEP, with TAG_SEP at both ends, so a tag test is one `includes`. */
  tags: string[];
  /** savedAt as given (ISO) for day filters, and as epoch milliseconds for sorting. */
  saved: string[];
  times: number[];
  /** Publication date as given, '' when the page gave none. */
  published: string[];
  sources: string[];
}

export const SEARCH_INDEX_KEY = 'search';
export const TAG_SEP = '\u0001';

export function emptyIndex(): SearchIndex {
  return {
    key: 'search',
    ids: [],
    keys: [],
    kinds: [],
    outlets: [],
    tags: [],
    saved: [],
    times: [],
    published: [],
    sources: [],
  };
}

function setRow(ix: SearchIndex, i: number, r: StoredClaim): void {
  ix.ids[i] = r.id;
  ix.keys[i] = r.searchKey;
  ix.kinds[i] = r.kind;
  ix.outlets[i] = r.outlet;
  ix.tags[i] = r.tags.length ? `${TAG_SEP}${r.tags.join(TAG_SEP)}${TAG_SEP}` : '';
  ix.saved[i] = r.savedAt;
  ix.times[i] = Date.parse(r.savedAt);
  ix.published[i] = r.published ?? '';
  ix.sources[i] = r.source.name;
}

export function indexFrom(records: readonly StoredClaim[]): SearchIndex {
  const ix = emptyIndex();
  for (let i = 0; i < records.length; i++) setRow(ix, i, records[i]);
  return ix;
}

const COLUMNS = ['ids', 'keys', 'kinds', 'outlets', 'tags', 'saved', 'times', 'published', 'sources'] as const;

/** Applies upserts and removals in place; linear in the index size plus the changes. */
export function indexApply(ix: SearchIndex, change: { upsert?: readonly StoredClaim[]; remove?: readonly string[] }) {
  const pos = new Map<string, number>();
  for (let i = 0; i < ix.ids.length; i++) pos.set(ix.ids[i], i);
  for (const r of change.upsert ?? []) {
    const at = pos.get(r.id);
    if (at !== undefined) setRow(ix, at, r);
    else {
      pos.set(r.id, ix.ids.length);
      setRow(ix, ix.ids.length, r);
    }
  }
  const gone = new Set((change.remove ?? []).filter((id) => pos.has(id)));
  if (gone.size) {
    const keep = ix.ids.map((id) => !gone.has(id));
    for (const col of COLUMNS) {
      (ix[col] as unknown[]) = (ix[col] as unknown[]).filter((_, i) => keep[i]);
    }
  }
  return ix;
}
