import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { IsnadDB } from './db';
import { makeClaims } from './fixtures';
import { dedupeKeyOf, fromStored, searchKeyOf } from './keys';
import { emptyIndex, indexFrom } from './search-index';

describe('database versions', () => {
  it('opens a database written by version 1 and finds every record intact and upgraded', async () => {
    const indexedDB = new IDBFactory();
    // Version 1 exactly as it shipped: records without origin, without derived keys; some without tags.
    const v1 = new Dexie('isnad-upgrade', { indexedDB, IDBKeyRange });
    v1.version(1).stores({ claims: 'id, url, savedAt' });
    const originals = makeClaims(50).map((c, i) => {
      const { origin: _o, ...rest } = c;
      const rec: Record<string, unknown> = { ...rest };
      if (i % 5 === 0) delete rec.tags;
      return rec;
    });
    await v1.table('claims').bulkAdd(originals);
    v1.close();

    const db = new IsnadDB('isnad-upgrade', { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(4);
    const stored = await db.claims.toArray();
    expect(stored).toHaveLength(originals.length);
    for (const orig of originals) {
      const rec = stored.find((s) => s.id === orig.id)!;
      expect(rec).toBeDefined();
      // Every v1 field is unchanged…
      for (const [k, v] of Object.entries(orig)) expect(rec[k as keyof typeof rec]).toEqual(v);
      // …and the v2 fields are filled.
      expect(rec.origin).toBe('card');
      expect(Array.isArray(rec.tags)).toBe(true);
      if (!('tags' in orig)) expect(rec.tags).toEqual([]);
      expect(rec.searchKey).toBe(searchKeyOf(fromStored(rec)));
      expect(rec.dedupeKey).toBe(dedupeKeyOf(rec));
      expect(rec.kind).toBe(rec.kindCorrection ?? rec.source.kind);
    }
    // v3 built the search index from the upgraded records, row for row.
    const ix = await db.meta.get('search');
    expect(ix).toEqual(indexFrom(stored));
    expect(ix!.ids).toHaveLength(originals.length);
    // The new indexes work on upgraded records.
    expect(await db.claims.where('kind').equals('anonymous').count()).toBe(
      stored.filter((s) => s.kind === 'anonymous').length,
    );
    const tagged = stored.filter((s) => s.tags.includes('صحة')).length;
    expect(tagged).toBeGreaterThan(0);
    expect(await db.claims.where('tags').equals('صحة').count()).toBe(tagged);
    db.close();
  });

  it('creates a new database with an empty search index', async () => {
    const db = new IsnadDB('isnad-new', { indexedDB: new IDBFactory(), IDBKeyRange });
    await db.open();
    expect(await db.meta.get('search')).toEqual(emptyIndex());
    db.close();
  });
});
