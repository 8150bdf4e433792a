/**
 * Saved-claims store figures with 10,000 claims, in Node with fake-indexeddb (an in-memory IndexedDB written
 * in JavaScript — slower than a browser's native IndexedDB, so the figures are an upper bound):
 *  - open: opening the database and reading the first page of the list (newest 100), and loading every
 *    record (the library page then filters in memory);
 *  - search: searchClaims over the 10,000 loaded records (text + filters + sort), median and worst of several
 *    queries;
 *  - export: each format, from the database; import: the JSON and the W3C file into an empty database, and
 *    again into the full one (all skipped).
 * Targets (issue 6): open and search ≤ 200 ms; export and import ≤ 2 s each.
 * Run: npx tsx scripts/bench/store.ts [count]
 */
import '../../lib/zod-setup';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { IsnadDB } from '../../lib/store/db';
import { makeClaims } from '../../lib/store/fixtures';
import { EXPORT_FORMATS } from '../../lib/store/formats';
import { toStored } from '../../lib/store/keys';
import { searchClaims } from '../../lib/store/search';
import { exportLibrary, importFile, listClaims } from '../../lib/store/service';

const N = Number(process.argv[2] ?? 10_000);
const rows: { what: string; ms: number; target: number }[] = [];
const time = async <T>(what: string, target: number, fn: () => Promise<T> | T): Promise<T> => {
  const t0 = performance.now();
  const out = await fn();
  rows.push({ what, ms: performance.now() - t0, target });
  return out;
};

const indexedDB = new IDBFactory();
const seed = new IsnadDB('bench', { indexedDB, IDBKeyRange });
await seed.claims.bulkAdd(makeClaims(N).map(toStored));
seed.close();

// A fresh connection, as when the library page opens.
const db = new IsnadDB('bench', { indexedDB, IDBKeyRange });
await time('open + first page (newest 100)', 200, async () => {
  await db.open();
  return db.claims.orderBy('savedAt').reverse().limit(100).toArray();
});
const all = await time(`load all ${N} records`, 200, () => db.claims.toArray());

const queries = [
  { text: 'الاتفاقيه' },
  { text: 'إتفاقية ستوقع', kind: 'person' as const },
  { text: 'مصادر', sort: 'source' as const },
  { outlet: 'الجزيرة', tag: 'صحة', sort: 'outlet' as const },
  { from: '2025-03-01', to: '2025-06-30', sort: 'oldest' as const },
  { text: 'ملاحظه' },
  { text: 'لا يوجد شيء كهذا' },
];
const searchMs: number[] = [];
for (let round = 0; round < 3; round++) {
  for (const q of queries) {
    const t0 = performance.now();
    searchClaims(all, q);
    searchMs.push(performance.now() - t0);
  }
}
searchMs.sort((a, b) => a - b);
rows.push({ what: 'search in memory (median of 21)', ms: searchMs[Math.floor(searchMs.length / 2)], target: 200 });
rows.push({ what: 'search in memory (worst of 21)', ms: searchMs.at(-1)!, target: 200 });
await time('listClaims via service (load + search + page)', 200, () => listClaims(db, { text: 'الاتفاقيه' }));

const files: Record<string, string> = {};
for (const f of EXPORT_FORMATS) {
  const file = await time(`export ${f}`, 2000, () => exportLibrary(db, f, '2026-01-01T00:00:00.000Z'));
  files[f] = file.text;
}
for (const f of ['json', 'w3c'] as const) {
  const empty = new IsnadDB(`bench-import-${f}`, { indexedDB, IDBKeyRange });
  const r = await time(`import ${f} into empty db`, 2000, () => importFile(empty, files[f]));
  if (r.added !== N) throw new Error(`import ${f}: added ${r.added} of ${N}: ${r.errors.join('; ')}`);
  empty.close();
}
const again = await time('import json into full db (all skipped)', 2000, () => importFile(db, files.json));
if (again.added !== 0) throw new Error('re-import added claims');

const mb = (s: string) => (s.length / 1e6).toFixed(1);
console.log(`Saved-claims store, ${N} claims (Node ${process.version}, fake-indexeddb)`);
for (const r of rows) {
  const ok = r.ms <= r.target ? 'ok  ' : 'SLOW';
  console.log(`${ok} ${r.what.padEnd(48)} ${r.ms.toFixed(1).padStart(8)} ms   (target ≤ ${r.target} ms)`);
}
console.log(`export sizes: ${EXPORT_FORMATS.map((f) => `${f} ${mb(files[f])} M chars`).join(', ')}`);
process.exitCode = rows.every((r) => r.ms <= r.target) ? 0 : 1;
