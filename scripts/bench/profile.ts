/**
 * The library's "Sourcing by outlet" view with N recorded articles (default 5,000), in the built extension in a
 * real browser: seeds the `reads` table of the extension's IndexedDB, reloads library.html#profile and times,
 * with the page's own marks, page script start → the view rendered with its figures (records read, figures
 * computed, charts drawn), over several reloads. Target (issue 13): ≤ 200 ms.
 * Source names: 6 frequent ones and a long tail (≈ 4 per article), as a reader's real profile would hold.
 * Run: npm run --silent build && npx tsx scripts/bench/profile.ts [N] --browser chromium|firefox
 */
import { outletOfUrl, type ReadRecord, statsFromTotals, totalsOf } from '../../lib/store/profile-schema';

const args = process.argv.slice(2);
const bi = args.indexOf('--browser');
const kind = (bi >= 0 ? args.splice(bi, 2)[1] : 'chromium') as 'chromium' | 'firefox';
const N = Number(args[0] ?? 5000);
const RUNS = 5;

/** Deterministic records: 12 outlets, 18 months, a few sources each. */
function records(n: number): ReadRecord[] {
  const hosts = [
    'aljazeera.net',
    'arabi21.com',
    'bbc.com/arabic',
    'skynewsarabia.com',
    'alarabiya.net',
    'france24.com/ar',
  ];
  const extra = ['a.example', 'b.example', 'c.example', 'd.example', 'e.example', 'f.example'];
  const names = ['مصادر مطلعة', 'وزارة الخارجية', 'أحمد الخطيب', 'شهود عيان', 'المرصد السوري', 'رويترز'];
  const kinds = ['anonymous', 'organization', 'person', 'anonymous', 'organization', 'organization'] as const;
  let seed = 7;
  const rnd = (k: number) => {
    // 32-bit LCG in integer arithmetic (a float product would lose bits and cycle early).
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) % k;
  };
  return Array.from({ length: n }, (_, i) => {
    const host = [...hosts, ...extra][i % 12];
    const url = `https://${host}/news/${i}`;
    const month = 1 + rnd(12);
    return {
      url,
      outlet: outletOfUrl(url),
      published: null,
      readAt: `${2025 + rnd(2)}-${String(month).padStart(2, '0')}-1${rnd(9)}T10:00:00.000Z`,
      claims: { person: rnd(8), organization: rnd(6), anonymous: rnd(4) },
      anonymousHeadline: rnd(10) === 0,
      // As in real reading, most source names are rare: 3 frequent ones and up to 7 from a long tail
      // (≈ 20,000 distinct names over 5,000 articles), so the totals record is as large as a reader's would be.
      sources: [
        ...[0, 1, 2].map((k) => {
          const j = (i + k) % names.length;
          return { name: names[j], kind: kinds[j], claims: 1 + rnd(3) };
        }),
        ...Array.from({ length: rnd(8) }, (_, k) => ({
          name: `${names[(i + k) % names.length]} ${rnd(20_000)}`,
          kind: kinds[(i + k + 1) % kinds.length],
          claims: 1,
        })),
      ],
    };
  });
}

// Page-side code as a string: tsx's transforms would otherwise leak helpers into the page.
const SEED = `async (records, totals, summary) => {
  const db = await new Promise((ok, ko) => { const r = indexedDB.open('isnad'); r.onsuccess = () => ok(r.result); r.onerror = () => ko(r.error); });
  await new Promise((ok, ko) => {
    const tx = db.transaction(['reads', 'settings'], 'readwrite');
    const store = tx.objectStore('reads');
    store.clear();
    for (const rec of records) store.put(rec);
    tx.objectStore('settings').put({ key: 'profile-totals', value: totals });
    tx.objectStore('settings').put({ key: 'profile-summary', value: summary });
    tx.oncomplete = ok; tx.onerror = () => ko(tx.error);
  });
  db.close();
}`;

const { launch, BUILD_DIRS } = await import('../launch.mjs');
const b = await launch(kind, { extensionDir: BUILD_DIRS[kind], headless: true });
try {
  const page = await b.newPage();
  const url = `${b.extBase}library.html`;
  await page.goto(`${url}#profile`);
  await page.waitForSelector('.profile .empty', { timeout: 30_000 });
  const recs = records(N);
  // What lib/store/profile.ts writes beside the records: the running totals and the view's summary.
  const totals = totalsOf(recs);
  await page.evaluate(
    `(${SEED})(${JSON.stringify(recs)}, ${JSON.stringify(totals)}, ${JSON.stringify(statsFromTotals(totals))})`,
  );
  const times: number[] = [];
  // Where the time goes: page script start (since navigation), and the summary read from IndexedDB.
  const dataAt: number[] = [];
  const scriptAt: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    await page.goto(`${url}?run=${r}#profile`);
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="outlet-card"]').length === 12,
      undefined,
      {
        timeout: 30_000,
      },
    );
    const marks = (await page.evaluate(
      `Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime]))`,
    )) as Record<string, number>;
    times.push(marks['isnad:profile-ready'] - marks['isnad:library-start']);
    dataAt.push(marks['isnad:profile-data'] - marks['isnad:library-start']);
    scriptAt.push(marks['isnad:library-start']);
    if (r === 0) {
      // For comparison: reading the records alone with the raw IndexedDB API.
      const read = await page.evaluate(
        `new Promise((ok) => { const t0 = performance.now(); const q = indexedDB.open('isnad'); q.onsuccess = () => { const g = q.result.transaction('reads').objectStore('reads').getAll(); g.onsuccess = () => { ok(performance.now() - t0); q.result.close(); }; }; })`,
      );
      console.log(`${kind}: open + getAll of ${N} records, raw IndexedDB: ${Number(read).toFixed(0)} ms`);
    }
  }
  const sorted = [...times].sort((x, y) => x - y);
  const list = (xs: number[]) => xs.map((t) => t.toFixed(0)).join(', ');
  console.log(
    `${kind}: navigation → page script start: ${list(scriptAt)} ms; page script start → figures read: ${list(dataAt)} ms`,
  );
  console.log(
    `${kind}: "Sourcing by outlet", ${N} records, page script start → view rendered: ${times.map((t) => t.toFixed(0)).join(', ')} ms (median ${sorted[Math.floor(RUNS / 2)].toFixed(0)}; target ≤ 200)`,
  );
} finally {
  await b.close();
}
