/**
 * Prints, for every fixture page, the detection verdict and its reason, the extraction's token F1
 * against the expected text (gold article, or expected-body.txt for the real saved page), with
 * Mozilla Readability's F1 on the same page as a baseline, and timing; then detection precision and
 * recall (an article is the positive class) and a confusion table of expected × found reasons.
 *
 *   npx tsx scripts/measure-extraction.ts             # jsdom
 *   npx tsx scripts/measure-extraction.ts --chromium  # also time extraction in Chromium (fixtures + a 200,000-word page)
 */
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { detectArticle } from '../lib/page/detect.ts';
import { extractArticle } from '../lib/page/extract.ts';
import { tokenF1 } from '../lib/page/token-f1.ts';
import { VERDICT_REASONS } from '../lib/page/verdict.ts';
import { type Fixture, loadFixtures } from '../test/fixtures/fixtures.ts';

const fmt = (x: number) => x.toFixed(3);

function readabilityF1(f: Fixture): string {
  if (!f.expected) return '  -  ';
  const doc = new JSDOM(f.html, { url: f.url }).window.document;
  const r = new Readability(doc).parse();
  if (!r) return 'none ';
  // Readability's text has no line structure; compare its title + text or its text alone.
  const text = r.textContent ?? '';
  const got = f.expected.bodyOnly ? text : `${r.title ?? ''}\n\n${text}`;
  return fmt(tokenF1(got, f.expected.text).f1);
}

/** Detection precision/recall (article = positive) and a table of expected (rows) × found (columns) reasons. */
function confusion(pairs: { expected: string; found: string; article: boolean; detected: boolean }[]): string {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const p of pairs) {
    if (p.article && p.detected) tp++;
    else if (!p.article && p.detected) fp++;
    else if (p.article && !p.detected) fn++;
  }
  const pct = (a: number, b: number) => (b === 0 ? '  -  ' : `${((100 * a) / b).toFixed(1)}%`);
  const used = VERDICT_REASONS.filter((r) => pairs.some((p) => p.expected === r || p.found === r));
  const w = Math.max(...used.map((r) => r.length)) + 1;
  const lines = [
    `detection precision ${pct(tp, tp + fp)} (${tp}/${tp + fp}), recall ${pct(tp, tp + fn)} (${tp}/${tp + fn}) over ${pairs.length} pages`,
    '',
    `reasons: rows expected (meta.json), columns found`,
    `${''.padEnd(w)}${used.map((r) => r.padStart(w)).join('')}`,
  ];
  for (const e of used) {
    const cells = used.map((f) => {
      const n = pairs.filter((p) => p.expected === e && p.found === f).length;
      return (n === 0 ? '.' : String(n)).padStart(w);
    });
    lines.push(`${e.padEnd(w)}${cells.join('')}`);
  }
  const wrongReason = pairs.filter((p) => p.expected !== p.found).length;
  lines.push(`reasons that differ from the expected one: ${wrongReason}`);
  return lines.join('\n');
}

function measureJsdom(): void {
  const rows: string[] = [];
  const pairs: { expected: string; found: string; article: boolean; detected: boolean }[] = [];
  let worst = 1;
  let wrong = 0;
  for (const f of loadFixtures()) {
    const doc = new JSDOM(f.html, { url: f.url }).window.document;
    const t0 = performance.now();
    const ex = extractArticle(doc);
    const t1 = performance.now();
    const det = detectArticle(doc, f.url, ex);
    const ok = det.isArticle === f.meta.isArticle && (det.outlet?.id ?? null) === (f.meta.outlet ?? null);
    if (!ok) wrong++;
    pairs.push({
      expected: f.meta.reason ?? (f.meta.isArticle ? 'article' : '?'),
      found: det.reason,
      article: f.meta.isArticle,
      detected: det.isArticle,
    });
    let f1 = '  -  ';
    let detail = '';
    if (f.expected && ex) {
      const firstBody = ex.blocks.find((b) => b.kind !== 'title');
      const got = f.expected.bodyOnly ? ex.text.slice(firstBody?.start ?? 0) : ex.text;
      const m = tokenF1(got, f.expected.text);
      worst = Math.min(worst, m.f1);
      f1 = fmt(m.f1);
      detail = `P ${fmt(m.precision)} R ${fmt(m.recall)}${got === f.expected.text ? ' (identical text)' : ''}`;
    }
    rows.push(
      [
        f.folder.padEnd(34),
        (det.isArticle ? 'article' : 'not   ').padEnd(8),
        ok ? 'ok ' : 'BAD',
        det.reason.padEnd(15),
        `score ${String(det.score).padStart(5)}`,
        `outlet ${(det.outlet?.id ?? '-').padEnd(14)}`,
        `F1 ${f1}`,
        `readability ${readabilityF1(f)}`,
        `${(t1 - t0).toFixed(1).padStart(5)} ms`,
        detail,
      ].join(' '),
    );
  }
  console.log(rows.join('\n'));
  console.log(`\nworst token F1 (ours) ${fmt(worst)}; detection errors ${wrong} of ${rows.length} pages`);
  console.log(confusion(pairs));
}

/** A 200,000-word article page with furniture around it. */
function bigPage(words: number): string {
  const para =
    'وقال المتحدث باسم الوزارة في مؤتمر صحفي، إن الحكومة ستواصل العمل على تنفيذ الخطة خلال الأشهر المقبلة، مضيفا أن اللجنة المختصة سترفع تقريرها إلى البرلمان قبل نهاية العام الجاري.';
  const n = Math.ceil(words / para.split(' ').length);
  const nav = Array.from({ length: 200 }, (_, i) => `<li><a href="/s/${i}">قسم ${i}</a></li>`).join('');
  const paras = Array.from({ length: n }, (_, i) => `<p>${para} <a href="/x/${i}">رابط</a> (${i})</p>`).join('\n');
  return `<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>صفحة كبيرة</title></head><body><nav><ul>${nav}</ul></nav><article><h1>عنوان صفحة كبيرة جدا</h1><div class="article-body">${paras}</div></article><footer>${nav}</footer></body></html>`;
}

async function measureChromium(): Promise<void> {
  const { build } = await import('esbuild');
  const { chromium } = await import('playwright-core');
  const bundle = await build({
    stdin: {
      contents:
        "import { extractArticle, extractArticleSliced } from './lib/page/extract.ts'; import { detectArticle } from './lib/page/detect.ts'; import { rangeFor } from './lib/page/offsets.ts'; globalThis.__isnadPage = { extractArticle, extractArticleSliced, detectArticle, rangeFor };",
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
    target: 'es2022',
  });
  const code = bundle.outputFiles[0].text;
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--headless=new'],
  });
  const page = await browser.newPage();
  const time = async (html: string, runs = 5) => {
    await page.setContent(html);
    await page.addScriptTag({ content: code });
    return page.evaluate((n) => {
      const api = (
        globalThis as unknown as { __isnadPage: { extractArticle: (d: Document) => { text: string } | null } }
      ).__isnadPage;
      const ms: number[] = [];
      let chars = 0;
      for (let i = 0; i < n; i++) {
        const t0 = performance.now();
        chars = api.extractArticle(document)?.text.length ?? 0;
        ms.push(performance.now() - t0);
      }
      ms.sort((a, b) => a - b);
      return { median: ms[Math.floor(ms.length / 2)], chars };
    }, runs);
  };
  const rows: string[] = [];
  let wrong = 0;
  const trips = { ok: 0, n: 0 };
  for (const f of loadFixtures()) {
    const r = await time(f.html);
    // Detection in the real browser DOM too (its parser can differ from jsdom's on old markup).
    const det = (await page.evaluate(
      `(() => { const d = globalThis.__isnadPage.detectArticle(document, ${JSON.stringify(f.url)}); return { isArticle: d.isArticle, outlet: d.outlet ? d.outlet.id : null }; })()`,
    )) as { isArticle: boolean; outlet: string | null };
    const ok = det.isArticle === f.meta.isArticle && det.outlet === (f.meta.outlet ?? null);
    if (!ok) wrong++;
    // Offsets → Ranges in the browser: 300 pseudo-random spans, Range text = text slice (whitespace
    // normalised). Article pages only (elsewhere the title may come from metadata, with no DOM).
    const trip = !f.meta.isArticle
      ? { ok: 0, n: 0 }
      : ((await page.evaluate(`(() => {
      const api = globalThis.__isnadPage;
      const ex = api.extractArticle(document);
      if (!ex) return { ok: 0, n: 0 };
      const norm = (s) => s.replace(/\\s+/g, ' ').trim();
      let seed = 7, ok = 0, n = 0;
      const rnd = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
      for (let i = 0; i < 300; i++) {
        const s = Math.floor(rnd() * ex.text.length);
        const e = Math.min(ex.text.length, s + 1 + Math.floor(rnd() * 300));
        const got = norm(api.rangeFor(ex, s, e, document).map((r) => r.toString()).join(' '));
        n++;
        if (got === norm(ex.text.slice(s, e))) ok++;
      }
      return { ok, n };
    })()`)) as { ok: number; n: number });
    trips.ok += trip.ok;
    trips.n += trip.n;
    rows.push(
      `${f.folder.padEnd(34)} ${r.median.toFixed(2).padStart(6)} ms  (${r.chars} chars)  detection ${ok ? 'ok' : 'WRONG'}`,
    );
  }
  const big = await time(bigPage(200_000), 5);
  rows.push(`${'200,000-word page'.padEnd(34)} ${big.median.toFixed(2).padStart(6)} ms  (${big.chars} chars)`);
  // The sliced variant on the same page: the longest synchronous stretch between two pauses.
  // (A string, so the bundler's helpers do not leak into the page.)
  const sliced = (await page.evaluate(`(async () => {
    const api = globalThis.__isnadPage;
    const tasks = [];
    let last = performance.now();
    const pause = () => new Promise((r) => { tasks.push(performance.now() - last); setTimeout(() => { last = performance.now(); r(); }, 0); });
    const ex = await api.extractArticleSliced(document, pause, 8);
    tasks.push(performance.now() - last);
    return { slices: tasks.length, longest: Math.max(...tasks), chars: ex ? ex.text.length : 0 };
  })()`)) as { slices: number; longest: number; chars: number };
  rows.push(
    `${'200,000-word page, sliced'.padEnd(34)} longest task ${sliced.longest.toFixed(1)} ms over ${sliced.slices} slices (${sliced.chars} chars)`,
  );
  await browser.close();
  console.log('\nChromium, extractArticle median of 5 runs:');
  console.log(rows.join('\n'));
  console.log(`detection errors in Chromium: ${wrong}; offset round trips in Chromium: ${trips.ok}/${trips.n}`);
}

measureJsdom();
if (process.argv.includes('--chromium')) await measureChromium();
