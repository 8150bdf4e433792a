import type { SourceKind } from '../analysis/schema';
import type { IsnadDB } from './db';
import { type ExportFile, type ExportFormat, exportClaims, parseImport } from './formats';
import { dedupeKeyOf, fromStored, toStored } from './keys';
import { mergeReads } from './profile';
import {
  type SavedClaim,
  type SavedClaimDraft,
  SavedClaimDraftSchema,
  SavedClaimSchema,
  TagSchema,
  uniqueTags,
} from './schema';
import { type ClaimQuery, ClaimQuerySchema, searchClaims } from './search';
import { indexApply, indexFrom, SEARCH_INDEX_KEY, type SearchIndex } from './search-index';

/**
 * What the background script (and the library page, directly) does with saved claims. Every function takes
 * the database so tests and the benchmark can pass one backed by fake-indexeddb.
 */

function newId(): string {
  return globalThis.crypto.randomUUID();
}

/**
 * Keeps the search index in step with a write. Must run inside the writer's transaction (over claims and
 * meta) so the index never disagrees with the claims. A missing index is rebuilt from the claims, which
 * already hold the change; applying the change again is harmless (upserts replace, removals of absent ids
 * are ignored).
 */
async function touchIndex(db: IsnadDB, change: Parameters<typeof indexApply>[1]): Promise<void> {
  await db.meta.put(indexApply(await currentIndex(db), change));
}

async function currentIndex(db: IsnadDB): Promise<SearchIndex> {
  return (await db.meta.get(SEARCH_INDEX_KEY)) ?? indexFrom(await db.claims.toArray());
}

/** Rebuilds the search index from the claims (repair path; see search-index.ts). */
export async function rebuildSearchIndex(db: IsnadDB): Promise<SearchIndex> {
  return db.transaction('rw', db.claims, db.meta, async () => {
    const ix = indexFrom(await db.claims.toArray());
    await db.meta.put(ix);
    return ix;
  });
}

/**
 * Reads the search index, read-only (usable inside a live query): `stale` when it is missing or its row
 * count differs from the number of claims (then call rebuildSearchIndex, outside the live query). Counting
 * is cheap where comparing all ids is not; it catches claims added or removed around the service.
 */
export async function readSearchIndex(db: IsnadDB): Promise<{ index: SearchIndex; stale: false } | { stale: true }> {
  return db.transaction('r', db.claims, db.meta, async () => {
    const [ix, n] = await Promise.all([db.meta.get(SEARCH_INDEX_KEY), db.claims.count()]);
    return ix && ix.ids.length === n ? { index: ix, stale: false as const } : { stale: true as const };
  });
}

/** Saves a draft; saving the same words of the same page again returns the existing claim unchanged. */
export async function saveClaim(
  db: IsnadDB,
  draft: SavedClaimDraft,
  opts: { now?: string; id?: string } = {},
): Promise<{ claim: SavedClaim; created: boolean }> {
  const d = SavedClaimDraftSchema.parse(draft);
  const claim = SavedClaimSchema.parse({
    ...d,
    tags: uniqueTags(d.tags),
    id: opts.id ?? newId(),
    savedAt: opts.now ?? new Date().toISOString(),
  });
  return db.transaction('rw', db.claims, db.meta, async () => {
    const existing = await db.claims.where('dedupeKey').equals(dedupeKeyOf(claim)).first();
    if (existing) return { claim: fromStored(existing), created: false };
    const stored = toStored(claim);
    await db.claims.add(stored);
    await touchIndex(db, { upsert: [stored] });
    return { claim, created: true };
  });
}

export interface ClaimPatch {
  note?: string;
  tags?: string[];
  /** null clears the correction (back to the detected kind). */
  kindCorrection?: SourceKind | null;
}

/** Changes the reader's own fields (note, tags, kind correction); the detected data never changes. */
export async function updateClaim(
  db: IsnadDB,
  id: string,
  patch: ClaimPatch,
  now: string = new Date().toISOString(),
): Promise<SavedClaim | null> {
  return db.transaction('rw', db.claims, db.meta, async () => {
    const rec = await db.claims.get(id);
    if (!rec) return null;
    const next: SavedClaim = { ...fromStored(rec) };
    if (patch.note !== undefined) next.note = patch.note;
    if (patch.tags !== undefined) next.tags = uniqueTags(patch.tags.map((t) => TagSchema.parse(t)));
    if (patch.kindCorrection === null) delete next.kindCorrection;
    else if (patch.kindCorrection !== undefined) {
      // A "correction" back to the detected kind is no correction.
      if (patch.kindCorrection === next.source.kind) delete next.kindCorrection;
      else next.kindCorrection = patch.kindCorrection;
    }
    // The W3C export's `modified`: only a real change of the reader's fields counts.
    const before = fromStored(rec);
    if (
      next.note !== before.note ||
      next.kindCorrection !== before.kindCorrection ||
      next.tags.join('\u0000') !== before.tags.join('\u0000')
    )
      next.modified = now;
    const valid = SavedClaimSchema.parse(next);
    const stored = toStored(valid);
    await db.claims.put(stored);
    await touchIndex(db, { upsert: [stored] });
    return valid;
  });
}

/** Deletes a claim and returns it, so the caller can offer undo with `restoreClaim`. */
export async function deleteClaim(db: IsnadDB, id: string): Promise<SavedClaim | null> {
  return db.transaction('rw', db.claims, db.meta, async () => {
    const rec = await db.claims.get(id);
    if (!rec) return null;
    await db.claims.delete(id);
    await touchIndex(db, { remove: [id] });
    return fromStored(rec);
  });
}

/** Puts a deleted claim back as it was; false when its id or its words on that page are already saved. */
export async function restoreClaim(db: IsnadDB, claim: SavedClaim): Promise<boolean> {
  const c = SavedClaimSchema.parse(claim);
  return db.transaction('rw', db.claims, db.meta, async () => {
    if (await db.claims.get(c.id)) return false;
    if (await db.claims.where('dedupeKey').equals(dedupeKeyOf(c)).first()) return false;
    const stored = toStored(c);
    await db.claims.add(stored);
    await touchIndex(db, { upsert: [stored] });
    return true;
  });
}

export async function listClaims(db: IsnadDB, query: ClaimQuery = {}): Promise<{ total: number; items: SavedClaim[] }> {
  const q = ClaimQuerySchema.parse(query);
  const all = searchClaims(await db.claims.toArray(), q);
  return { total: all.length, items: all.slice(q.offset, q.offset + q.limit).map(fromStored) };
}

export async function getClaim(db: IsnadDB, id: string): Promise<SavedClaim | null> {
  const rec = await db.claims.get(id);
  return rec ? fromStored(rec) : null;
}

/** The claims saved from one page (the panel marks them as saved; the page export keeps their notes). */
export async function claimsForUrl(db: IsnadDB, url: string): Promise<SavedClaim[]> {
  return (await db.claims.where('url').equals(url).toArray()).map(fromStored);
}

export async function exportLibrary(db: IsnadDB, format: ExportFormat, exportedAt?: string): Promise<ExportFile> {
  // The outlet profile travels in Isnad's own JSON only (the other formats are claim lists). Read together with
  // the claims: one wait, as before the profile existed.
  const [stored, reads] = await Promise.all([
    db.claims.toArray(),
    format === 'json' ? db.reads.toArray() : Promise.resolve(undefined),
  ]);
  const claims = stored.map(fromStored);
  return exportClaims(claims, format, { exportedAt: exportedAt ?? new Date().toISOString(), scope: 'library', reads });
}

export interface ImportResult {
  added: number;
  skipped: number;
  errors: string[];
  /** Outlet-profile records added or replaced by newer readings (Isnad JSON with `reads`). */
  reads?: number;
}

/**
 * Imports an Isnad JSON export or W3C Web Annotation JSON. A file with any invalid record is refused as a
 * whole (errors name the field paths). A valid file is merged additively in one transaction: a claim whose
 * id, or whose page URL + quote (exact, prefix, suffix), is already in the library — or earlier in the same
 * file — is skipped; nothing already stored is read-modified or overwritten (only `bulkAdd`).
 */
export async function importFile(db: IsnadDB, text: string, now?: string): Promise<ImportResult> {
  const parsed = parseImport(text, now);
  if (!parsed.ok) return { added: 0, skipped: 0, errors: parsed.errors };
  return db.transaction('rw', [db.claims, db.meta, db.reads, db.settings], async () => {
    // Read before adding, so a missing index is rebuilt from the existing claims only.
    const ix = await currentIndex(db);
    const ids = new Set(await db.claims.toCollection().primaryKeys());
    const keys = new Set(await db.claims.orderBy('dedupeKey').keys());
    const fresh = [];
    let skipped = 0;
    for (const c of parsed.claims) {
      const s = toStored({ ...c, tags: uniqueTags(c.tags), imported: true });
      if (ids.has(s.id) || keys.has(s.dedupeKey)) {
        skipped++;
        continue;
      }
      ids.add(s.id);
      keys.add(s.dedupeKey);
      fresh.push(s);
    }
    await db.claims.bulkAdd(fresh);
    if (fresh.length) await db.meta.put(indexApply(ix, { upsert: fresh }));
    const reads = parsed.reads ? await mergeReads(db, parsed.reads) : undefined;
    return { added: fresh.length, skipped, errors: [], ...(reads === undefined ? {} : { reads }) };
  });
}
