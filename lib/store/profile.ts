/**
 * The outlet profile in the database (table `reads`, keyed by URL; setting in `settings`). Written only by
 * the background (a content script's `profile-read`, URL from the sender) and cleared or imported from the
 * library; read by the library's "Sourcing by outlet" view and, through the background, by the side panel.
 */
import type { IsnadDB } from './db';
import {
  addToTotals,
  outletOfUrl,
  type ProfileContext,
  type ProfileReadMessage,
  type ProfileTotals,
  type ReadRecord,
  ReadRecordSchema,
  recordUrl,
  totalsOf,
} from './profile-schema';

export const PROFILE_SETTING = 'profile';
/** The running totals per outlet (profile-schema.ts `ProfileTotals`), what the library view reads. */
export const TOTALS_KEY = 'profile-totals';

async function readTotals(db: IsnadDB): Promise<ProfileTotals> {
  const t = (await db.settings.get(TOTALS_KEY))?.value as ProfileTotals | undefined;
  return t ?? totalsOf(await db.reads.toArray());
}

/** On unless the reader turned it off. */
export async function profileEnabled(db: IsnadDB): Promise<boolean> {
  const s = await db.settings.get(PROFILE_SETTING);
  return s?.value !== false;
}

export async function setProfileEnabled(db: IsnadDB, on: boolean): Promise<void> {
  await db.settings.put({ key: PROFILE_SETTING, value: on });
}

/** Records (or refreshes) one article read at `pageUrl`. Returns false when the profile is off or the URL unusable. */
export async function recordRead(
  db: IsnadDB,
  pageUrl: string,
  msg: ProfileReadMessage,
  now: Date = new Date(),
): Promise<boolean> {
  const url = recordUrl(pageUrl);
  if (!url) return false;
  return db.transaction('rw', db.reads, db.settings, async () => {
    if (!(await profileEnabled(db))) return false;
    const rec: ReadRecord = ReadRecordSchema.parse({
      url,
      outlet: outletOfUrl(url),
      published: msg.published,
      readAt: now.toISOString(),
      claims: msg.claims,
      anonymousHeadline: msg.anonymousHeadline,
      sources: msg.sources,
    });
    const old = await db.reads.get(url);
    const totals = await readTotals(db);
    if (old) addToTotals(totals, old, -1);
    addToTotals(totals, rec, 1);
    await db.reads.put(rec);
    await db.settings.put({ key: TOTALS_KEY, value: totals });
    return true;
  });
}

export async function clearProfile(db: IsnadDB): Promise<number> {
  return db.transaction('rw', db.reads, db.settings, async () => {
    const n = await db.reads.count();
    await db.reads.clear();
    await db.settings.delete(TOTALS_KEY);
    return n;
  });
}

export async function allReads(db: IsnadDB): Promise<ReadRecord[]> {
  return db.reads.toArray();
}

/** The panel's line: this outlet's articles and anonymous share over everything recorded. */
export async function profileContext(db: IsnadDB, pageUrl: string): Promise<ProfileContext> {
  const outlet = outletOfUrl(recordUrl(pageUrl) ?? pageUrl);
  const on = await profileEnabled(db);
  const recs = await db.reads.where('outlet.id').equals(outlet.id).toArray();
  let claims = 0;
  let anonymous = 0;
  for (const r of recs) {
    claims += r.claims.person + r.claims.organization + r.claims.anonymous;
    anonymous += r.claims.anonymous;
  }
  return { on, outlet, articles: recs.length, claims, anonymousShare: claims ? anonymous / claims : null };
}

/**
 * Adds imported records: a URL already recorded keeps the newer reading (by readAt); returns how many were
 * added or replaced. Runs inside the caller's transaction when there is one.
 */
export async function mergeReads(db: IsnadDB, records: readonly ReadRecord[]): Promise<number> {
  if (!records.length) return 0;
  const existing = await db.reads.bulkGet(records.map((r) => r.url));
  const fresh = records.filter((r, i) => !existing[i] || existing[i]!.readAt < r.readAt);
  await db.reads.bulkPut(fresh);
  if (fresh.length) await db.settings.put({ key: TOTALS_KEY, value: totalsOf(await db.reads.toArray()) });
  return fresh.length;
}
