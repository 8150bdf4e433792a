/**
 * Prints, for every fixture page, the detection verdict and the extraction's token F1 against the
 * expected text (gold article, or expected-body.txt for the real saved page), plus timing.
 * Run: npx tsx scripts/measure-extraction.ts
 */
import { JSDOM } from 'jsdom';
import { detectArticle } from '../lib/page/detect.ts';
import { extractArticle } from '../lib/page/extract.ts';
import { tokenF1 } from '../lib/page/token-f1.ts';
import { loadFixtures } from '../test/fixtures/fixtures.ts';

const rows: string[] = [];
let worst = 1;
let wrong = 0;
for (const f of loadFixtures()) {
  const dom = new JSDOM(f.html, { url: f.url });
  const doc = dom.window.document;
  const t0 = performance.now();
  const ex = extractArticle(doc);
  const t1 = performance.now();
  const det = detectArticle(doc, f.url, ex);
  const ok = det.isArticle === f.meta.isArticle && (det.outlet?.id ?? null) === (f.meta.outlet ?? null);
  if (!ok) wrong++;
  let f1 = '   -  ';
  if (f.expected && ex) {
    const got = f.expected.bodyOnly ? ex.text.slice(ex.blocks.find((b) => b.kind !== 'title')?.start ?? 0) : ex.text;
    const m = tokenF1(got, f.expected.text);
    worst = Math.min(worst, m.f1);
    f1 = `${m.f1.toFixed(3)} (P ${m.precision.toFixed(3)} R ${m.recall.toFixed(3)})${got === f.expected.text ? ' exact' : ''}`;
  }
  rows.push(
    `${f.folder.padEnd(36)} ${det.isArticle ? 'article' : 'page   '} ${ok ? 'ok ' : 'BAD'} score ${String(det.score).padStart(5)} outlet ${(det.outlet?.id ?? '-').padEnd(14)} F1 ${f1}  ${(t1 - t0).toFixed(1)} ms`,
  );
}
console.log(rows.join('\n'));
console.log(`\nworst token F1 ${worst.toFixed(3)}; detection errors ${wrong}`);
