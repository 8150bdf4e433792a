/**
 * The outlet profile in the database (table `reads`, keyed by URL; setting in `settings`). Written only by
 * the background (a content script's `profile-read`, URL from the sender) and cleared or imported from the
 * library; read by the library's "Sourcing by outlet" view and, through the background, by the side panel.
 */
import type { IsnadDB } from './db';
import {
  addToTotals,
  type OutletStats,
  outletOfUrl,
  type ProfileContext,
  type ProfileReadMessage,
  type ProfileTotals,
  type ReadRecord,
  ReadRecordSchema,
  recordUrl,
  statsFromTotals,
  totalsOf,
} from './profile-schema';

export const PROFILE_SETTING = 'profile';
/** The running totals per outlet (profile-schema.ts `ProfileTotals`), what the library view reads. */
export const TOTALS_KEY = 'profile-totals';
/**
 * What the library view shows, computed from the totals on every write (statsFromTotals): a few kB, where the
 * totals hold every source name ever cited (MBs after thousands of articles), so the view opens fast.
 */
export const SUMMARY_KEY = 'profile-summary';
/** Most records kept; past it the oldest reads (by readAt) are dropped, so the table cannot grow without end. */
export const MAX_READS = 20_000;

async function saveTotals(db: IsnadDB, totals: ProfileTotals): Promise<void> {
  await db.settings.bulkPut([
    { key: TOTALS_KEY, value: totals },
    { key: SUMMARY_KEY, value: statsFromTotals(totals) },
  ]);
}

/** The view's figures: the stored summary, else (a database from before it) computed from the totals or reads. */
export async function profileSummary(db: IsnadDB): Promise<OutletStats[]> {
  const s = (await db.settings.get(SUMMARY_KEY))?.value as OutletStats[] | undefined;
  return s ?? statsFromTotals(await readTotals(db));
}

/** Drops the oldest reads past `max`, taking them out of `totals` too. Returns how many were dropped. */
async function dropOldest(db: IsnadDB, totals: ProfileTotals, max: number): Promise<number> {
  const over = (await db.reads.count()) - max;
  if (over <= 0) return 0;
  const old = await db.reads.orderBy('readAt').limit(over).toArray();
  for (const r of old) addToTotals(totals, r, -1);
  await db.reads.bulkDelete(old.map((r) => r.url));
  return old.length;
}

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
  max: number = MAX_READS,
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
    await dropOldest(db, totals, max);
    await saveTotals(db, totals);
    return true;
  });
}

export async function clearProfile(db: IsnadDB): Promise<number> {
  return db.transaction('rw', db.reads, db.settings, async () => {
    const n = await db.reads.count();
    await db.reads.clear();
    await db.settings.bulkDelete([TOTALS_KEY, SUMMARY_KEY]);
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
 * added or replaced. Past `max` records the oldest are dropped, as when reading. Runs inside the caller's
 * transaction when there is one.
 */
export async function mergeReads(
  db: IsnadDB,
  records: readonly ReadRecord[],
  max: number = MAX_READS,
): Promise<number> {
  if (!records.length) return 0;
  const existing = await db.reads.bulkGet(records.map((r) => r.url));
  const fresh = records.filter((r, i) => !existing[i] || existing[i]!.readAt < r.readAt);
  await db.reads.bulkPut(fresh);
  if (fresh.length) {
    const totals = totalsOf(await db.reads.toArray());
    await dropOldest(db, totals, max);
    await saveTotals(db, totals);
  }
  return fresh.length;
}
