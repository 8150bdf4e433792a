/**
 * In-browser figures (Chromium, the built extension):
 *  1. content-script start → highlights painted, median over the fixture article pages (state.paintMs);
 *  2. a 200,000-word article page: time to highlights complete, main-thread long tasks (PerformanceObserver
 *     'longtask', registered by the page before the extension starts), and the page's event-loop lag while
 *     Isnad works (a 10 ms interval timer's largest gap).
 * Run: npm run bench (builds the Chrome extension first when .output/chrome-mv3 is missing).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_QUIET_FLAGS, findChromium } from '../browsers.mjs';
import { BUILD_DIRS, findTab, launch, paintedRanges } from '../launch.mjs';
import { PAGES_DIR, startServer } from '../serve.mjs';

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

if (!existsSync(join(BUILD_DIRS.chromium, 'manifest.json'))) {
  execFileSync('npx', ['wxt', 'build', '-b', 'chrome'], { stdio: 'inherit' });
}

const articles = readdirSync(PAGES_DIR).filter((d) => {
  const f = join(PAGES_DIR, d, 'meta.json');
  return existsSync(f) && JSON.parse(readFileSync(f, 'utf8')).isArticle;
});

// The 200,000-word page, built from the dev articles.
const goldDir = join(process.cwd(), 'eval/gold');
const sourceDir = existsSync(goldDir) ? goldDir : join(process.cwd(), '../shared/eval/gold');
const paragraphs = readdirSync(sourceDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .flatMap((f) => readFileSync(join(sourceDir, f), 'utf8').split('\n').slice(2))
  .filter((p) => p.trim());
const big: string[] = [];
let words = 0;
for (let i = 0; words < 200_000; i++) {
  const p = paragraphs[i % paragraphs.length];
  big.push(p);
  words += p.split(/\s+/).filter(Boolean).length;
}
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const bigDir = mkdtempSync(join(tmpdir(), 'isnad-bench-'));
const bigHtml = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>مقال طويل جدا</title>
<meta property="og:type" content="article"><script>
window.__long = []; window.__maxGap = 0;
new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push({ start: e.startTime, ms: e.duration }); }).observe({ type: 'longtask', buffered: true });
let last = performance.now(); setInterval(() => { const now = performance.now(); window.__gaps = window.__gaps || []; window.__gaps.push([last, now - last]); last = now; }, 10);
</script></head><body><article><h1>مقال طويل جدا لاختبار الأداء</h1><time datetime="2018-01-01">2018</time>
${big.map((p) => `<p>${esc(p)}</p>`).join('\n')}</article></body></html>`;
writeFileSync(join(bigDir, 'index.html'), bigHtml);

const server = await startServer();
const bigServer = await startServer({ root: bigDir });
const browser = await launch('chromium', { headless: true });
try {
  const ext = await browser.newPage();
  await ext.goto(`${browser.extBase}sidepanel.html`);
  const stateFor = async (url: string, timeout = 60_000, complete = false) =>
    (await findTab(ext, url, { timeout, complete }))?.state ?? null;

  const rows: { page: string; ms: number; completeMs: number; claims: number; timings: Record<string, number> }[] = [];
  for (let round = 0; round < (process.env.BENCH_QUICK ? 0 : 3); round++) {
    for (const dir of articles) {
      const page = await browser.newPage();
      const url = `${server.url}${dir}/?r=${round}`;
      await page.goto(url);
      const st = await stateFor(url);
      if (st?.paintMs != null)
        rows.push({
          page: dir,
          ms: st.paintMs,
          completeMs: (await stateFor(url, 60_000, true))?.completeMs ?? Number.NaN,
          claims: st.analysis?.attributions.length ?? 0,
          timings: st.timings ?? {},
        });
      await page.close();
    }
  }
  const perPage = articles.map((d) => ({ d, ms: median(rows.filter((r) => r.page === d).map((r) => r.ms)) }));
  console.log('\n## Content-script start → highlights painted (Chromium, median of 3 loads per page)');
  const step = (d: string, k: string) =>
    median(rows.filter((r) => r.page === d).map((r) => r.timings[k] ?? 0)).toFixed(1);
  for (const { d, ms } of perPage)
    console.log(
      `  ${d.padEnd(34)} ${ms.toFixed(1)} ms  (detect ${step(d, 'detect')}, extract ${step(d, 'extract')}, analyse ${step(d, 'analyse')}, paint ${step(d, 'paint')})`,
    );
  console.log(
    `  median over ${articles.length} fixture articles: ${median(perPage.map((p) => p.ms)).toFixed(1)} ms (target ≤ 50 ms)`,
  );

  const page = await browser.newPage();
  const url = bigServer.url;
  const t = Date.now();
  await page.goto(url, { timeout: 120_000 });
  const st = await stateFor(url, 180_000, true);
  const wall = Date.now() - t;
  await new Promise((r) => setTimeout(r, 300));
  const perf: { long: { start: number; ms: number }[]; gaps: [number, number][]; chars: number } = await page.evaluate(
    () => ({
      long: (window as any).__long as { start: number; ms: number }[],
      gaps: ((window as any).__gaps ?? []) as [number, number][],
      chars: document.body.textContent?.length ?? 0,
    }),
  );
  const painted = await paintedRanges(page);
  // Only what happens once Isnad's content script has started (the browser's own parse/layout comes before).
  const startAt = st?.startedAt ?? 0;
  const afterStart = perf.long.filter((l) => l.start + l.ms >= startAt);
  const gapsAfter = perf.gaps.filter(([from, gap]) => from + gap >= startAt).map((g) => g[1]);
  console.log(`\n## ${words.toLocaleString('en')}-word page (${perf.chars.toLocaleString('en')} characters), Chromium`);
  console.log(
    `  status ${st?.status}; ${st?.analysis?.summary.claims ?? 0} claims (the panel lists ${st?.analysis?.attributions.length ?? 0}); ${painted} ranges painted, ${st?.unpainted ?? 0} left unpainted`,
  );
  console.log(
    `  content-script start → highlights complete: ${st?.paintMs?.toFixed(0)} ms (navigation → state ready: ${wall} ms)`,
  );
  const steps = Object.entries(st?.timings ?? {}).map(([k, v]) => `${k} ${Math.round(v as number)} ms`);
  console.log(`  steps: ${steps.join(', ')} (analyse = background round trip)`);
  console.log(
    `  long tasks (>50 ms) from content-script start: ${afterStart.length}; longest ${Math.max(0, ...afterStart.map((l) => l.ms)).toFixed(0)} ms`,
  );
  console.log(
    `  page timer (10 ms interval) from content-script start: largest gap ${Math.max(0, ...gapsAfter).toFixed(0)} ms, median ${median(gapsAfter).toFixed(0)} ms`,
  );
  for (const l of afterStart.slice(0, 12))
    console.log(`    long task at ${l.start.toFixed(0)} ms: ${l.ms.toFixed(0)} ms`);
  console.log(
    `  (times from navigation start; the content script started at ${startAt.toFixed(0)} ms and painted its last highlight at ${(startAt + (st?.paintMs ?? 0)).toFixed(0)} ms)`,
  );
} finally {
  await browser.close();
  await server.close();
  await bigServer.close();
}

// Baseline: the same page in the same Chromium without the extension, so the page's own parsing and layout
// tasks can be told apart from Isnad's.
{
  const bare = await chromium.launch({
    executablePath: findChromium(),
    args: ['--headless=new', ...CHROMIUM_QUIET_FLAGS],
  });
  const again = await startServer({ root: bigDir });
  try {
    const page = await bare.newPage();
    await page.goto(again.url, { timeout: 120_000 });
    await new Promise((r) => setTimeout(r, 3000));
    const long: { start: number; ms: number }[] = await page.evaluate(() => (window as any).__long);
    console.log(
      `  without Isnad (same page, same browser): ${long.length} long tasks: ${long.map((l) => `${l.ms.toFixed(0)} ms at ${l.start.toFixed(0)}`).join(', ')}`,
    );
  } finally {
    await bare.close();
    await again.close();
    rmSync(bigDir, { recursive: true, force: true });
  }
}
