import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis';
import { IsnadDB } from './db';
import { fakeDb, makeClaims } from './fixtures';
import {
  clearProfile,
  MAX_READS,
  mergeReads,
  profileContext,
  profileEnabled,
  profileSummary,
  recordRead,
  SUMMARY_KEY,
  setProfileEnabled,
  TOTALS_KEY,
} from './profile';
import { handleProfileMessage } from './profile-handler';
import {
  outletOfUrl,
  outletStats,
  profileReadMessage,
  type ReadRecord,
  statsFromTotals,
  topSourcesOf,
  totalsOf,
} from './profile-schema';
import { exportLibrary, importFile } from './service';

const EXT = 'chrome-extension://abc/';
const TEXT_A =
  'مصادر: الاتفاق قريب\n\nقالت مصادر مطلعة إن الاتفاق بات قريبا. وقال وزير الخارجية أحمد الخطيب إن المحادثات مستمرة. وأكدت وزارة الدفاع أن القوات انسحبت.';
const TEXT_B = 'الوزير يتحدث\n\nقال الوزير أحمد الخطيب إن الاتفاق قريب جدا.';

function readMsg(text: string) {
  return profileReadMessage(analyze(text, { entities: false }), '2026-01-02');
}

describe('outlet profile store', () => {
  it('records one article per URL, keyed by the sender URL, outlet from the URL, no text', async () => {
    const db = fakeDb();
    const msg = readMsg(TEXT_A);
    expect(JSON.stringify(msg)).not.toContain('الاتفاق بات قريبا');
    const tab = { id: 1 };
    // The page's URL is the sender's; a fragment does not make a second record.
    expect(await handleProfileMessage(msg, { url: 'https://www.aljazeera.net/news/1#x', tab }, db, EXT)).toEqual({
      ok: true,
    });
    expect(await handleProfileMessage(msg, { url: 'https://www.aljazeera.net/news/1#isnad=5', tab }, db, EXT)).toEqual({
      ok: true,
    });
    expect(await handleProfileMessage(readMsg(TEXT_B), { url: 'https://unknown.example/a', tab }, db, EXT)).toEqual({
      ok: true,
    });
    const all = await db.reads.toArray();
    expect(all.map((r) => r.url).sort()).toEqual(['https://unknown.example/a', 'https://www.aljazeera.net/news/1']);
    const aj = all.find((r) => r.url.includes('aljazeera'))!;
    expect(aj.outlet).toEqual({ id: 'aljazeera', nameAr: 'الجزيرة نت', nameEn: 'Al Jazeera' });
    const a = analyze(TEXT_A, { entities: false });
    expect(aj.claims).toEqual(a.summary.claimsByKind);
    expect(all.find((r) => r.url.includes('unknown'))!.outlet.id).toBe('unknown.example');
  });

  it('refuses a read from an extension page or without a tab, and a context request from a page', async () => {
    const db = fakeDb();
    const msg = readMsg(TEXT_A);
    expect(await handleProfileMessage(msg, { url: `${EXT}library.html`, tab: { id: 1 } }, db, EXT)).toEqual({
      ok: false,
    });
    expect(await handleProfileMessage(msg, { url: 'https://x.example/' }, db, EXT)).toEqual({ ok: false });
    expect(
      await handleProfileMessage({ ...msg, sources: 'x' }, { url: 'https://x.example/', tab: {} }, db, EXT),
    ).toEqual({ ok: false });
    expect(
      await handleProfileMessage(
        { type: 'profile-context', url: 'https://x.example/' },
        { url: 'https://x.example/', tab: {} },
        db,
        EXT,
      ),
    ).toEqual({ ok: false });
    expect(await db.reads.count()).toBe(0);
    expect(await handleProfileMessage({ type: 'store-list' }, { url: EXT }, db, EXT)).toBeNull();
  });

  it('gives the panel its context line, stops recording when turned off, and clears', async () => {
    const db = fakeDb();
    await recordRead(db, 'https://arabi21.com/story/1', readMsg(TEXT_A));
    await recordRead(db, 'https://arabi21.com/story/2', readMsg(TEXT_B));
    const ctx = await profileContext(db, 'https://arabi21.com/story/9');
    const a = analyze(TEXT_A, { entities: false }).summary.claimsByKind;
    const b = analyze(TEXT_B, { entities: false }).summary.claimsByKind;
    const claims = a.person + a.organization + a.anonymous + b.person + b.organization + b.anonymous;
    expect(ctx).toMatchObject({ on: true, articles: 2, claims, anonymousShare: (a.anonymous + b.anonymous) / claims });
    expect(ctx.outlet.id).toBe('arabi21');
    // A re-read replaces its record; the running totals always equal a count over the records.
    await recordRead(db, 'https://arabi21.com/story/2', readMsg(TEXT_A));
    await recordRead(db, 'https://arabi21.com/story/2', readMsg(TEXT_B));
    expect((await db.settings.get(TOTALS_KEY))?.value).toEqual(totalsOf(await db.reads.toArray()));
    await setProfileEnabled(db, false);
    expect(await profileEnabled(db)).toBe(false);
    expect(await recordRead(db, 'https://arabi21.com/story/3', readMsg(TEXT_B))).toBe(false);
    expect(await db.reads.count()).toBe(2);
    expect(await clearProfile(db)).toBe(2);
    expect(await db.reads.count()).toBe(0);
    expect(await db.settings.get(TOTALS_KEY)).toBeUndefined();
    expect(await db.settings.get(SUMMARY_KEY)).toBeUndefined();
  });

  it('exports with the library JSON and imports without loss; export → import → export is identical', async () => {
    const db = fakeDb();
    await db.claims.bulkAdd([]);
    await recordRead(db, 'https://arabi21.com/story/1', readMsg(TEXT_A), new Date('2026-01-01T00:00:00Z'));
    await recordRead(db, 'https://www.bbc.com/arabic/x', readMsg(TEXT_B), new Date('2026-02-01T00:00:00Z'));
    const file = await exportLibrary(db, 'json', '2026-03-01T00:00:00.000Z');
    const db2 = fakeDb();
    const res = await importFile(db2, file.text);
    expect(res).toMatchObject({ errors: [], reads: 2 });
    expect(await db2.reads.toArray()).toEqual(await db.reads.toArray());
    expect((await exportLibrary(db2, 'json', '2026-03-01T00:00:00.000Z')).text).toBe(file.text);
    // Importing again adds nothing; an invalid record refuses the file whole, naming the field.
    expect((await importFile(db2, file.text)).reads).toBe(0);
    const bad = JSON.parse(file.text);
    bad.reads[0].claims.person = -1;
    const r = await importFile(db2, JSON.stringify(bad));
    expect(r.errors.join(' ')).toMatch(/reads\[0\]\.claims\.person/);
  });

  it('keeps at most MAX_READS records, dropping the oldest, with totals and summary to match', async () => {
    expect(MAX_READS).toBe(20_000);
    const db = fakeDb();
    const day = (d: number) => new Date(Date.UTC(2026, 0, d));
    // A cap of 3 (the default is 20,000): reading a 4th and a 5th article drops the two read first.
    for (let d = 1; d <= 5; d++)
      await recordRead(db, `https://arabi21.com/story/${d}`, readMsg(d % 2 ? TEXT_A : TEXT_B), day(d), 3);
    const urls = (await db.reads.toArray()).map((r) => r.url).sort();
    expect(urls).toEqual([3, 4, 5].map((d) => `https://arabi21.com/story/${d}`));
    const totals = totalsOf(await db.reads.toArray());
    expect((await db.settings.get(TOTALS_KEY))?.value).toEqual(totals);
    expect((await db.settings.get(SUMMARY_KEY))?.value).toEqual(statsFromTotals(totals));
    expect((await profileSummary(db))[0].articles).toBe(3);
    // An import past the cap keeps the newest too.
    const recs = await db.reads.toArray();
    const older = recs.map((r, k) => ({ ...r, url: `${r.url}?old=${k}`, readAt: '2025-06-01T00:00:00.000Z' }));
    const newer = { ...recs[0], url: 'https://arabi21.com/story/9', readAt: '2026-02-01T00:00:00.000Z' };
    await mergeReads(db, [...older, newer], 3);
    expect((await db.reads.toArray()).map((r) => r.url).sort()).toEqual(
      ['https://arabi21.com/story/4', 'https://arabi21.com/story/5', 'https://arabi21.com/story/9'].sort(),
    );
    expect((await db.settings.get(TOTALS_KEY))?.value).toEqual(totalsOf(await db.reads.toArray()));
  });

  it('picks the most cited sources in one pass, as a full sort would', () => {
    let seed = 3;
    const rnd = (k: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed >>> 8) % k;
    };
    for (let round = 0; round < 50; round++) {
      const list = Array.from({ length: rnd(40) }, (_, k) => ({
        name: `s${rnd(30)}-${k}`,
        kind: 'person' as const,
        claims: 1 + rnd(5),
      }));
      const sorted = [...list].sort((a, b) => b.claims - a.claims || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      expect(topSourcesOf(list, 5)).toEqual(sorted.slice(0, 5));
    }
  });

  it('figures per outlet: shares, months, most cited sources', () => {
    const rec = (url: string, readAt: string, claims: ReadRecord['claims'], head = false): ReadRecord => ({
      url,
      outlet: outletOfUrl(url),
      published: null,
      readAt,
      claims,
      anonymousHeadline: head,
      sources: [{ name: 'مصادر', kind: 'anonymous', claims: claims.anonymous }],
    });
    const stats = outletStats([
      rec('https://a.example/1', '2026-01-05T00:00:00.000Z', { person: 1, organization: 1, anonymous: 2 }, true),
      rec('https://a.example/2', '2026-02-05T00:00:00.000Z', { person: 3, organization: 0, anonymous: 1 }),
      rec('https://b.example/1', '2026-02-05T00:00:00.000Z', { person: 0, organization: 0, anonymous: 0 }),
    ]);
    expect(stats.map((s) => s.outlet.id)).toEqual(['a.example', 'b.example']);
    expect(stats[0]).toMatchObject({ articles: 2, claims: 8, anonymousShare: 3 / 8, anonymousHeadlines: 1 });
    expect(stats[0].months).toEqual([
      { month: '2026-01', articles: 1, claims: 4, anonymous: 2 },
      { month: '2026-02', articles: 1, claims: 4, anonymous: 1 },
    ]);
    expect(stats[0].topSources[0]).toEqual({ name: 'مصادر', kind: 'anonymous', claims: 3 });
    expect(stats[1].anonymousShare).toBeNull();
  });
});

describe('database version 4', () => {
  it('upgrades a version-3 database: claims and index intact, reads and settings empty and usable', async () => {
    const indexedDB = new IDBFactory();
    const v3 = new Dexie('isnad-v3', { indexedDB, IDBKeyRange });
    v3.version(3).stores({ claims: 'id, url, savedAt, dedupeKey, kind, outlet, *tags', meta: 'key' });
    const claims = makeClaims(20).map((c) => ({ ...c, searchKey: 'x', dedupeKey: c.id, kind: c.source.kind }));
    await v3.table('claims').bulkAdd(claims);
    await v3.table('meta').put({ key: 'search', marker: 1 });
    v3.close();
    const db = new IsnadDB('isnad-v3', { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(4);
    expect(await db.claims.toArray()).toEqual(claims);
    expect(await db.meta.get('search')).toEqual({ key: 'search', marker: 1 });
    expect(await db.reads.count()).toBe(0);
    expect(await profileEnabled(db)).toBe(true);
    await recordRead(db, 'https://arabi21.com/x', readMsg(TEXT_B));
    expect(await db.reads.where('outlet.id').equals('arabi21').count()).toBe(1);
    db.close();
  });
});
