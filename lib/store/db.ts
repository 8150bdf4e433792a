import Dexie, { type EntityTable } from 'dexie';
import { type StoredClaim, toStored } from './keys';
import type { ReadRecord } from './profile-schema';
import { OriginSchema } from './schema';
import { emptyIndex, indexFrom, type SearchIndex } from './search-index';

/**
 * The saved-claims database. It lives in the extension's own origin (background script and extension
 * pages such as the library), never in a content script, whose IndexedDB would belong to the news site.
 *
 * Schema history (Dexie keeps every version so an old database upgrades step by step):
 * - v1: `claims` keyed by id, indexed by url and savedAt. Records had no `origin` (the hover card was the
 *   only way to save) and no derived keys.
 * - v2: adds the derived fields computed at save time — `searchKey` (folded text for Arabic-variant-
 *   insensitive search), `dedupeKey` (url + quote, for import merging), `kind` (effective kind) — and
 *   indexes on dedupeKey, kind, outlet and tags. The upgrade fills `origin: 'card'`, a missing `tags`
 *   with [] and a missing `note` with '', and computes the derived fields for every record.
 * - v3: adds the `meta` table holding the columnar search index (search-index.ts), built by the upgrade
 *   from the (already v2-upgraded) claims.
 * - v4: adds the outlet profile (profile.ts): `reads`, one record per article read, keyed by URL and indexed
 *   by outlet id and readAt, and `settings` (key → value; the profile's on/off switch). Nothing to convert.
 */
export const DB_NAME = 'isnad';

export interface DexieDeps {
  indexedDB: IDBFactory;
  IDBKeyRange: typeof IDBKeyRange;
}

export class IsnadDB extends Dexie {
  claims!: EntityTable<StoredClaim, 'id'>;
  meta!: EntityTable<SearchIndex, 'key'>;
  reads!: EntityTable<ReadRecord, 'url'>;
  settings!: EntityTable<{ key: string; value: unknown }, 'key'>;

  /** `deps` lets tests and the Node benchmark pass fake-indexeddb; the browser's IndexedDB otherwise. */
  constructor(name: string = DB_NAME, deps?: DexieDeps) {
    super(name, deps ? { indexedDB: deps.indexedDB, IDBKeyRange: deps.IDBKeyRange } : undefined);
    this.version(1).stores({ claims: 'id, url, savedAt' });
    this.version(2)
      .stores({ claims: 'id, url, savedAt, dedupeKey, kind, outlet, *tags' })
      .upgrade((tx) =>
        tx
          .table('claims')
          .toCollection()
          .modify((rec: Record<string, unknown>) => {
            if (!OriginSchema.safeParse(rec.origin).success) rec.origin = 'card';
            if (!Array.isArray(rec.tags)) rec.tags = [];
            if (typeof rec.note !== 'string') rec.note = '';
            const derived = toStored(rec as unknown as StoredClaim);
            rec.searchKey = derived.searchKey;
            rec.dedupeKey = derived.dedupeKey;
            rec.kind = derived.kind;
          }),
      );
    this.version(3)
      .stores({ claims: 'id, url, savedAt, dedupeKey, kind, outlet, *tags', meta: 'key' })
      .upgrade(async (tx) => {
        const all = (await tx.table('claims').toArray()) as StoredClaim[];
        await tx.table('meta').put(indexFrom(all));
      });
    this.version(4).stores({
      claims: 'id, url, savedAt, dedupeKey, kind, outlet, *tags',
      meta: 'key',
      reads: 'url, outlet.id, readAt',
      settings: 'key',
    });
    // A new database starts with an empty index (upgrade functions only run on older databases).
    this.on('populate', (tx) => {
      tx.table('meta').add(emptyIndex());
    });
  }
}

export function openDb(name?: string, deps?: DexieDeps): IsnadDB {
  return new IsnadDB(name, deps);
}
