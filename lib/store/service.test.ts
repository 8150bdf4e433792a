import { describe, expect, it } from 'vitest';
import { draftFromAttribution, draftFromSelection, findLoosely } from './draft';
import { fakeDb, makeClaim, makeClaims } from './fixtures';
import { exportClaims } from './formats';
import { handleStoreMessage, pageUrlOf } from './handler';
import { fromStored, toStored } from './keys';
import { indexFrom, type SearchIndex } from './search-index';
import {
  claimsForUrl,
  deleteClaim,
  exportLibrary,
  importFile,
  listClaims,
  readSearchIndex,
  rebuildSearchIndex,
  restoreClaim,
  saveClaim,
  updateClaim,
} from './service';

const AT = '2026-01-02T03:04:05.000Z';
const page = {
  url: 'https://news.example/x.html',
  title: 'خبر',
  outlet: 'الجزيرة',
  published: null,
  text: 'خبر\n\nقال أحمد الخطيب إن الاتفاق قريب جدا.',
};
const attribution = {
  id: 'a1',
  cue: { text: 'قال', start: 5, end: 8 },
  source: { kind: 'person' as const, name: 'أحمد الخطيب', mention: { text: 'أحمد الخطيب', start: 9, end: 20 } },
  claim: { text: 'الاتفاق قريب جدا', start: 24, end: 40 },
  why: { rule: 'r', cue: 'قال' },
  confidence: 0.9,
};

describe('store service', () => {
  it('marks imported claims, never a saved one (a saver cannot set the mark), and never exports the mark', async () => {
    const db = fakeDb();
    const own = await saveClaim(db, { ...draftFromAttribution(attribution, page, 'card'), imported: true } as never, {
      now: AT,
    });
    expect(own.claim.imported).toBeUndefined();
    const text = exportClaims([makeClaim(1), makeClaim(2)], 'json', { exportedAt: AT, scope: 'library' }).text;
    expect(text).not.toContain('imported');
    const r = await importFile(db, text);
    expect(r).toMatchObject({ added: 2, errors: [] });
    const got = await listClaims(db, {});
    expect(
      got.items
        .filter((c) => c.imported)
        .map((c) => c.id)
        .sort(),
    ).toEqual([makeClaim(1).id, makeClaim(2).id]);
    const out = (await exportLibrary(db, 'json', AT)).text;
    expect(out).not.toContain('imported');
    // An edit keeps the mark.
    const edited = await updateClaim(db, makeClaim(1).id, { note: 'ن' });
    expect(edited?.imported).toBe(true);
  });

  it('saves a claim once: the same words on the same page are not saved twice', async () => {
    const db = fakeDb();
    const draft = draftFromAttribution(attribution, page, 'card');
    expect(draft.quote.exact).toBe(page.text.slice(24, 40));
    const first = await saveClaim(db, draft, { now: AT });
    expect(first.created).toBe(true);
    expect(first.claim).toMatchObject({ claim: 'الاتفاق قريب جدا', origin: 'card', savedAt: AT, note: '', tags: [] });
    expect(first.claim.published).toBeUndefined();
    const again = await saveClaim(db, draftFromAttribution(attribution, page, 'panel'));
    expect(again).toEqual({ claim: first.claim, created: false });
    expect(await db.claims.count()).toBe(1);
  });

  it('saves a manual selection, located in the page text when it is there', async () => {
    const db = fakeDb();
    const d = draftFromSelection(' الاتفاق قريب ', { kind: 'anonymous', name: 'مصادر' }, page);
    expect(d.position).toEqual({ type: 'TextPositionSelector', start: 24, end: 36 });
    const outside = draftFromSelection('نص غير موجود', { kind: 'person', name: 'س' }, page);
    expect(outside.position).toBeNull();
    expect(outside.claim).toBe('نص غير موجود');
    // A DOM selection across a line break the analysed text spells differently.
    const loose = draftFromSelection('أحمد\n  الخطيب إن', { kind: 'person', name: 'أحمد الخطيب' }, page);
    expect(loose.position).toEqual({ type: 'TextPositionSelector', start: 9, end: 23 });
    expect(loose.claim).toBe('أحمد الخطيب إن');
    expect(findLoosely('a  b\n\nc d', 'b c')).toEqual([3, 7]);
    expect(findLoosely('abc', 'x')).toBeNull();
    await saveClaim(db, d);
    await saveClaim(db, outside);
    expect((await claimsForUrl(db, page.url)).map((c) => c.origin)).toEqual(['selection', 'selection']);
  });

  it('updates note, tags and kind correction, and search sees the change', async () => {
    const db = fakeDb();
    const { claim } = await saveClaim(db, draftFromAttribution(attribution, page, 'card'));
    const u = await updateClaim(db, claim.id, {
      note: 'راجِع المصدر',
      tags: ['مهم', ' مهم ', 'صحة'],
      kindCorrection: 'organization',
    });
    expect(u).toMatchObject({ note: 'راجِع المصدر', tags: ['مهم', 'صحة'], kindCorrection: 'organization' });
    expect(u!.source.kind).toBe('person'); // detection kept
    expect((await listClaims(db, { text: 'راجع' })).total).toBe(1);
    expect((await listClaims(db, { kind: 'organization' })).total).toBe(1);
    expect((await listClaims(db, { kind: 'person' })).total).toBe(0);
    const cleared = await updateClaim(db, claim.id, { kindCorrection: null });
    expect(cleared!.kindCorrection).toBeUndefined();
    expect('kindCorrection' in cleared!).toBe(false);
    expect((await listClaims(db, { kind: 'person' })).total).toBe(1);
    expect(await updateClaim(db, 'missing', { note: 'x' })).toBeNull();
  });

  it('records when the reader last changed a claim (the W3C `modified`), and only on a real change', async () => {
    const db = fakeDb();
    const { claim } = await saveClaim(db, draftFromAttribution(attribution, page, 'card'), { now: AT });
    expect(claim.modified).toBeUndefined();
    const t1 = '2026-05-06T07:08:09.000Z';
    expect((await updateClaim(db, claim.id, { tags: ['مهم'] }, t1))!.modified).toBe(t1);
    expect((await updateClaim(db, claim.id, { tags: ['مهم'], note: '' }, '2027-01-01T00:00:00.000Z'))!.modified).toBe(
      t1,
    );
    const t2 = '2026-05-07T00:00:00.000Z';
    expect((await updateClaim(db, claim.id, { kindCorrection: 'anonymous' }, t2))!.modified).toBe(t2);
  });

  it('deletes and restores a claim exactly as it was (undo)', async () => {
    const db = fakeDb();
    await db.claims.bulkAdd(makeClaims(5).map((c) => ({ ...c, searchKey: '', dedupeKey: '', kind: c.source.kind })));
    const { claim } = await saveClaim(db, draftFromAttribution(attribution, page, 'card'), { now: AT });
    const before = await db.claims.get(claim.id);
    const removed = await deleteClaim(db, claim.id);
    expect(removed).toEqual(claim);
    expect(await db.claims.get(claim.id)).toBeUndefined();
    expect(await restoreClaim(db, removed!)).toBe(true);
    expect(await db.claims.get(claim.id)).toEqual(before);
    expect(await restoreClaim(db, removed!)).toBe(false);
    expect(await deleteClaim(db, 'missing')).toBeNull();
  });

  it('lists with paging', async () => {
    const db = fakeDb();
    const r0 = await importFile(db, exportClaims(makeClaims(250), 'json', { exportedAt: AT, scope: 'library' }).text);
    expect(r0).toEqual({ added: 250, skipped: 0, errors: [] });
    const page1 = await listClaims(db, { limit: 100 });
    const page3 = await listClaims(db, { limit: 100, offset: 200 });
    expect(page1.total).toBe(250);
    expect(page1.items[0].id).toBe('c000249');
    expect(page3.items).toHaveLength(50);
    expect(page3.items.at(-1)!.id).toBe('c000000');
  });

  it('imports additively: nothing stored is lost or changed, duplicates by id or url+quote are skipped', async () => {
    const db = fakeDb();
    const mine = makeClaims(20);
    await importFile(db, exportClaims(mine, 'json', { exportedAt: AT, scope: 'library' }).text);
    await updateClaim(db, 'c000003', { note: 'ملاحظتي الخاصة', tags: ['خاص'] });
    const before = (await db.claims.toArray()).map(fromStored);

    const incoming = [
      ...makeClaims(30).slice(10), // c10..c29: 10 known ids, 10 new
      { ...makeClaim(3), id: 'other-id', note: 'should not replace' }, // same url + quote as c3
      { ...makeClaim(100), id: 'dup-in-file' },
      { ...makeClaim(100), id: 'dup-in-file-2' }, // same url+quote as the line above
    ];
    const r = await importFile(db, exportClaims(incoming, 'w3c', { exportedAt: AT, scope: 'library' }).text);
    expect(r).toEqual({ added: 11, skipped: 12, errors: [] });
    const after = new Map((await db.claims.toArray()).map((s) => [s.id, fromStored(s)]));
    for (const b of before) expect(after.get(b.id)).toEqual(b);
    expect(after.size).toBe(31);

    const refused = await importFile(db, '{"format":"isnad","version":1,"exportedAt":"x","claims":[]}');
    expect(refused.added).toBe(0);
    expect(refused.errors[0]).toMatch(/^exportedAt: /);
    expect(await db.claims.count()).toBe(31);
  });

  it('exports the library in every format', async () => {
    const db = fakeDb();
    await importFile(db, exportClaims(makeClaims(10), 'json', { exportedAt: AT, scope: 'library' }).text);
    for (const f of ['json', 'csv', 'markdown', 'w3c'] as const) {
      const file = await exportLibrary(db, f, AT);
      expect(file.text.length).toBeGreaterThan(100);
      expect(file.filename).toMatch(/^isnad-library-2026-01-02\./);
    }
  });
});

describe('search index', () => {
  it('stays equal to a rebuild from the claims after every kind of write', async () => {
    const db = fakeDb();
    const sorted = (ix: SearchIndex) => {
      const rows = ix.ids.map((_, i) => ({
        id: ix.ids[i],
        key: ix.keys[i],
        kind: ix.kinds[i],
        outlet: ix.outlets[i],
        tags: ix.tags[i],
        saved: ix.saved[i],
        time: ix.times[i],
        published: ix.published[i],
        source: ix.sources[i],
      }));
      return rows.sort((a, b) => (a.id < b.id ? -1 : 1));
    };
    const check = async () => {
      const ix = (await db.meta.get('search'))!;
      expect(sorted(ix)).toEqual(sorted(indexFrom(await db.claims.toArray())));
    };
    await importFile(db, exportClaims(makeClaims(40), 'json', { exportedAt: AT, scope: 'library' }).text);
    await check();
    const { claim } = await saveClaim(db, draftFromAttribution(attribution, page, 'card'));
    await check();
    await updateClaim(db, 'c000007', { tags: ['جديد'], kindCorrection: 'anonymous', note: 'ن' });
    await check();
    const gone = await deleteClaim(db, 'c000003');
    await deleteClaim(db, claim.id);
    await check();
    await restoreClaim(db, gone!);
    await check();
    expect((await readSearchIndex(db)).stale).toBe(false);
  });

  it('is reported stale when claims were written around the service, and rebuilt', async () => {
    const db = fakeDb();
    await saveClaim(db, draftFromAttribution(attribution, page, 'card'));
    await db.claims.bulkAdd(makeClaims(3).map(toStored)); // not through the service
    expect((await readSearchIndex(db)).stale).toBe(true);
    const ix = await rebuildSearchIndex(db);
    expect(ix.ids).toHaveLength(4);
    const r = await readSearchIndex(db);
    expect(r.stale).toBe(false);
    // A write on a missing index rebuilds it first.
    await db.meta.clear();
    await updateClaim(db, 'c000001', { note: 'x' });
    expect((await db.meta.get('search'))!.ids).toHaveLength(4);
  });
});

describe('handleStoreMessage', () => {
  const EXT = { kind: 'extension' } as const;
  it('validates, dispatches and never throws', async () => {
    const db = fakeDb();
    expect(await handleStoreMessage({ type: 'get-state' }, db, EXT)).toBeNull();
    expect(await handleStoreMessage('hello', db, EXT)).toBeNull();
    const invalid = await handleStoreMessage({ type: 'store-delete' }, db, EXT);
    expect(invalid).toMatchObject({ ok: false, type: 'invalid' });
    expect(invalid?.ok === false && invalid.error).toMatch(/^id: /);

    const saved = await handleStoreMessage(
      { type: 'store-save', draft: draftFromAttribution(attribution, page, 'panel') },
      db,
      EXT,
    );
    expect(saved).toMatchObject({ ok: true, type: 'store-save', result: { created: true } });
    const list = await handleStoreMessage({ type: 'store-list', query: { text: 'الاتفاق' } }, db, EXT);
    expect(list?.ok && list.type === 'store-list' && (list.result as { total: number }).total).toBe(1);
    const exp = await handleStoreMessage({ type: 'store-export', format: 'csv' }, db, EXT);
    expect(exp?.ok && (exp.result as { text: string }).text.charCodeAt(0)).toBe(0xfeff);
    const imp = await handleStoreMessage({ type: 'store-import', text: 'nope' }, db, EXT);
    expect(imp).toMatchObject({ ok: true, result: { added: 0 } });
    const forUrl = await handleStoreMessage({ type: 'store-for-url', url: page.url }, db, EXT);
    expect(forUrl?.ok && (forUrl.result as unknown[]).length).toBe(1);
    const id = saved?.ok ? (saved.result as { claim: { id: string } }).claim.id : '';
    const got = await handleStoreMessage({ type: 'store-get', id }, db, EXT);
    expect(got).toMatchObject({ ok: true, result: { id, claim: 'الاتفاق قريب جدا' } });
    expect(await handleStoreMessage({ type: 'store-get', id: 'nope' }, db, EXT)).toMatchObject({
      ok: true,
      result: null,
    });
  });

  it('gives a web page only its own claims, at the address the browser reports (issue 14)', async () => {
    const db = fakeDb();
    const other = 'https://elsewhere.example/news/1';
    const mine = await handleStoreMessage(
      { type: 'store-save', draft: { ...draftFromAttribution(attribution, page, 'card'), note: 'private' } },
      db,
      EXT,
    );
    const secretId = mine?.ok ? (mine.result as { claim: { id: string } }).claim.id : '';
    const attacker = { kind: 'page', url: other } as const;
    // The library operations are refused, whatever their payload.
    for (const msg of [
      { type: 'store-list' },
      { type: 'store-export', format: 'json' },
      { type: 'store-import', text: '{}' },
      { type: 'store-update', id: secretId, patch: { note: 'x' } },
      { type: 'store-delete', id: secretId },
      { type: 'store-restore', claim: {} },
    ])
      expect(await handleStoreMessage(msg, db, attacker)).toMatchObject({ ok: false, type: 'invalid' });
    // No claim by id for any page (issue 14, 4: "open original" goes through lib/store/reveal.ts), and another
    // page's claims by URL are not there for it.
    expect(await handleStoreMessage({ type: 'store-get', id: secretId }, db, attacker)).toMatchObject({
      ok: false,
      type: 'invalid',
    });
    const forUrl = await handleStoreMessage({ type: 'store-for-url', url: page.url }, db, attacker);
    expect(forUrl).toMatchObject({ ok: true, result: [] });
    // A save lands at the sender's address, not at the one the message names.
    const planted = await handleStoreMessage(
      { type: 'store-save', draft: draftFromAttribution({ ...attribution, id: 'a9' }, page, 'card') },
      db,
      attacker,
    );
    expect(planted).toMatchObject({ ok: true, result: { claim: { url: other } } });
    // Its own page (fragment and all) gets its own claims, but not one by id either.
    const own = { kind: 'page', url: pageUrlOf(`${page.url}#isnad=${secretId}`) } as const;
    expect(await handleStoreMessage({ type: 'store-get', id: secretId }, db, own)).toMatchObject({ ok: false });
    expect(await handleStoreMessage({ type: 'store-for-url', url: other }, db, own)).toMatchObject({
      ok: true,
      result: [{ id: secretId }],
    });
    expect((await listClaims(db)).total).toBe(2);
  });
});
