/**
 * What Isnad costs the pages it opens (issue 15, 1, 3 and 5), in both browsers, with and without the extension:
 *  - Chromium: a CDP trace of each page load. Isnad's main-thread time is the top-level script work whose URL is
 *    the extension's (EvaluateScript, FunctionCall, compile: the light step everywhere, the article script where
 *    it loads); "tasks" are the RunTask events holding any of it (their whole length, page work included: an
 *    upper bound), the longest of which is reported. Without the extension the same pages give the page's own
 *    longest task and total task time, so the difference can be checked.
 *  - Firefox: no tracing or long-task API is reachable from puppeteer/WebDriver BiDi, so the figures are the light
 *    step's own clock (its decision, without script parse/compile) and, on article pages, content-script start →
 *    painted; plus a 10 ms page timer's largest gap, with and without the extension.
 *  - Both: content-script (light step) start → highlights painted on the fixture articles, with its steps.
 * Run: npm run bench -- page-cost   (BENCH_BROWSERS=chromium or firefox to run one; BENCH_ROUNDS=n, default 3)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_QUIET_FLAGS, findChromium, findFirefox } from '../browsers.mjs';
import { BUILD_DIRS, findTab, launch } from '../launch.mjs';
import { PAGES_DIR, startServer } from '../serve.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
/** BENCH_TRACE=0: no Chromium trace (the trace itself slows the page; paint timings are then cleaner). */
const TRACE = process.env.BENCH_TRACE !== '0';
const BROWSERS = (process.env.BENCH_BROWSERS ?? 'chromium,firefox').split(',');
const median = (xs: number[]) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return Number.NaN;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const range = (xs: number[]) => {
  const s = xs.filter((x) => Number.isFinite(x));
  return s.length ? `${Math.min(...s).toFixed(1)}–${Math.max(...s).toFixed(1)}` : 'n/a';
};

for (const k of ['chromium', 'firefox'] as const)
  if (BROWSERS.includes(k) && !existsSync(join(BUILD_DIRS[k], 'manifest.json')))
    throw new Error(`no ${k} build: run npm run build first`);

const pages = readdirSync(PAGES_DIR)
  .filter((d) => existsSync(join(PAGES_DIR, d, 'meta.json')))
  .map((d) => ({ dir: d, meta: JSON.parse(readFileSync(join(PAGES_DIR, d, 'meta.json'), 'utf8')) }));
const articles = pages.filter((p) => p.meta.isArticle).map((p) => p.dir);
// Pages Isnad leaves alone (not Arabic) and Arabic pages that are not articles.
const foreign = pages.filter((p) => /english|persian|urdu/.test(p.meta.kind ?? '')).map((p) => p.dir);
const arabicOthers = pages.filter((p) => !p.meta.isArticle && !foreign.includes(p.dir)).map((p) => p.dir);

/** Installed before any page script: a 10 ms timer recording its gaps (the page's view of main-thread stalls). */
const TIMER = `(() => { let last = performance.now(); window.__gaps = []; setInterval(() => { const now = performance.now(); window.__gaps.push([last, now - last]); last = now; }, 10); })();`;

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; scriptName?: string }; beginData?: { url?: string } };
}

/** Isnad's script time and the tasks holding it, on the page's main thread, from a Chromium trace. */
function fromTrace(events: TraceEvent[], pageOrigin: string) {
  const url = (e: TraceEvent) => e.args?.data?.url ?? e.args?.data?.scriptName ?? '';
  // The page's main thread: where its own HTML was parsed (other renderers, the extension's pages, are traced too).
  const pageEval = events.find(
    (e) => e.name === 'ParseHTML' && String((e.args as any)?.beginData?.url ?? '').startsWith(pageOrigin),
  );
  const main = events.filter((e) => e.ph === 'X' && pageEval && e.pid === pageEval.pid && e.tid === pageEval.tid);
  main.sort((a, b) => a.ts - b.ts);
  const ext = main.filter(
    (e) => /^chrome-extension:/.test(url(e)) && /EvaluateScript|FunctionCall|v8\.compile|V8\.Compile/i.test(e.name),
  );
  let isnadMs = 0;
  let end = -1;
  for (const e of ext) {
    if (e.ts < end) continue; // nested in one already counted
    isnadMs += (e.dur ?? 0) / 1000;
    end = e.ts + (e.dur ?? 0);
  }
  const tasks = main.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');
  const isnadTasks = tasks.filter((t) => ext.some((e) => e.ts >= t.ts && e.ts < t.ts + (t.dur ?? 0)));
  return {
    isnadMs,
    isnadTaskMs: isnadTasks.reduce((s, t) => s + (t.dur ?? 0) / 1000, 0),
    longestIsnadTask: Math.max(0, ...isnadTasks.map((t) => (t.dur ?? 0) / 1000)),
    longestTask: Math.max(0, ...tasks.map((t) => (t.dur ?? 0) / 1000)),
    taskMs: tasks.reduce((s, t) => s + (t.dur ?? 0) / 1000, 0),
  };
}

type Row = Record<string, number>;
const rows = new Map<string, Row[]>(); // `${browser}|${with}|${page}` → rows
const add = (key: string, r: Row) => rows.set(key, [...(rows.get(key) ?? []), r]);

const server = await startServer();
const urlOf = (dir: string, round: number, tag: string) => `${server.url}${dir}/?r=${round}${tag}`;
/** BENCH_ONLY=foreign|others|articles: one group of pages only. */
const only = process.env.BENCH_ONLY;
const all = [
  ...(!only || only === 'articles' ? articles : []),
  ...(!only || only === 'others' ? arabicOthers : []),
  ...(!only || only === 'foreign' ? foreign : []),
];
/** BENCH_EXT_ROOT: another build's .output directory (an older commit's, to compare in the same conditions). */
const extRoot = process.env.BENCH_EXT_ROOT;
const extDir = (k: 'chromium' | 'firefox') =>
  extRoot ? join(extRoot, k === 'chromium' ? 'chrome-mv3' : 'firefox-mv2') : BUILD_DIRS[k];

async function chromiumRun(withExt: boolean) {
  const b = withExt ? await launch('chromium', { headless: true }) : null;
  const bare = withExt
    ? null
    : await chromium.launch({ executablePath: findChromium(), args: ['--headless=new', ...CHROMIUM_QUIET_FLAGS] });
  const context = withExt ? (b as any).context : await bare!.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const ext = b ? await b.newPage() : null;
    if (ext && b) await ext.goto(`${b.extBase}sidepanel.html`);
    for (let round = 0; round < ROUNDS; round++)
      for (const dir of all) {
        const page = await context.newPage();
        await page.addInitScript(TIMER);
        const cdp = await context.newCDPSession(page);
        const events: TraceEvent[] = [];
        cdp.on('Tracing.dataCollected', (e: { value: TraceEvent[] }) => events.push(...e.value));
        if (TRACE)
          await cdp.send('Tracing.start', {
            // The lightest set that names script work by URL (v8 and disabled-by-default categories slow pages 5×).
            categories: 'devtools.timeline,toplevel',
            transferMode: 'ReportEvents',
          });
        const url = urlOf(dir, round, withExt ? 'x' : 'b');
        await page.goto(url, { waitUntil: 'load' });
        let st: any = null;
        if (ext) st = (await findTab(ext, url, { timeout: 30_000, complete: articles.includes(dir) }))?.state ?? null;
        await page.waitForTimeout(articles.includes(dir) ? 300 : 1500);
        if (TRACE) {
          const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
          await cdp.send('Tracing.end');
          await done;
        }
        const gaps: [number, number][] = await page.evaluate(() => (window as any).__gaps ?? []);
        const t = fromTrace(events, server.url.replace(/\/$/, ''));
        add(`chromium|${withExt}|${dir}`, {
          ...t,
          maxGap: Math.max(0, ...gaps.map((g) => g[1])),
          paintMs: st?.paintMs ?? Number.NaN,
          lightMs: st?.lightMs ?? Number.NaN,
          ...Object.fromEntries(Object.entries(st?.timings ?? {}).map(([k, v]) => [`t_${k}`, v as number])),
        });
        await page.close();
      }
  } finally {
    if (b) await b.close();
    if (bare) await bare.close();
  }
}

async function firefoxRun(withExt: boolean) {
  const b = withExt ? await launch('firefox', { headless: true, extensionDir: extDir('firefox') }) : null;
  const bare = withExt
    ? null
    : await puppeteer.launch({ browser: 'firefox', executablePath: findFirefox(), headless: true });
  try {
    const ext = b ? await b.newPage() : null;
    if (ext && b) await ext.goto(`${b.extBase}sidepanel.html`);
    for (let round = 0; round < ROUNDS; round++)
      for (const dir of all) {
        const page: any = b ? ((await b.newPage()) as any).page : await bare!.newPage();
        await page.evaluateOnNewDocument(TIMER);
        const url = urlOf(dir, round, withExt ? 'x' : 'b');
        await page.goto(url, { waitUntil: 'load' });
        let st: any = null;
        if (ext) st = (await findTab(ext, url, { timeout: 30_000, complete: articles.includes(dir) }))?.state ?? null;
        await new Promise((r) => setTimeout(r, articles.includes(dir) ? 300 : 1500));
        const gaps: [number, number][] = await page.evaluate(() => (window as any).__gaps ?? []);
        add(`firefox|${withExt}|${dir}`, {
          maxGap: Math.max(0, ...gaps.map((g) => g[1])),
          paintMs: st?.paintMs ?? Number.NaN,
          lightMs: st?.lightMs ?? Number.NaN,
          ...Object.fromEntries(Object.entries(st?.timings ?? {}).map(([k, v]) => [`t_${k}`, v as number])),
        });
        await page.close();
      }
  } finally {
    if (b) await b.close();
    if (bare) await bare.close();
  }
}

try {
  for (const k of BROWSERS) {
    if (k === 'chromium') {
      await chromiumRun(true);
      await chromiumRun(false);
    } else if (k === 'firefox') {
      await firefoxRun(true);
      await firefoxRun(false);
    }
  }
} finally {
  await server.close();
}

const col = (k: string, f: string) => (rows.get(k) ?? []).map((r) => r[f]);
for (const k of BROWSERS) {
  console.log(`\n## ${k}: ${ROUNDS} loads per page; machine shared, figures noisy`);
  if (k === 'chromium') {
    console.log(
      '  page                               Isnad script ms   its tasks ms   longest Isnad task   longest task with / without   timer gap with / without',
    );
    for (const dir of all) {
      const w = `chromium|true|${dir}`;
      if (!rows.get(w)) continue;
      const wo = `chromium|false|${dir}`;
      const busy = median(col(w, 'taskMs')) - median(col(wo, 'taskMs'));
      console.log(
        `  ${dir.padEnd(34)} busy +${busy.toFixed(0)} ms  ${range(col(w, 'isnadMs')).padEnd(17)} ${range(col(w, 'isnadTaskMs')).padEnd(14)} ${range(col(w, 'longestIsnadTask')).padEnd(20)} ${range(col(w, 'longestTask'))} / ${range(col(wo, 'longestTask')).padEnd(16)} ${median(col(w, 'maxGap')).toFixed(0)} / ${median(col(wo, 'maxGap')).toFixed(0)}`,
      );
    }
    const group = (name: string, dirs: string[], f: string) =>
      console.log(
        `  ${name}: median ${median(dirs.flatMap((d) => col(`chromium|true|${d}`, f))).toFixed(1)} ms, range ${range(dirs.flatMap((d) => col(`chromium|true|${d}`, f)))}`,
      );
    group('not Arabic, Isnad script time', foreign, 'isnadMs');
    group('not Arabic, longest task holding Isnad work', foreign, 'longestIsnadTask');
    group('Arabic non-articles, Isnad script time', arabicOthers, 'isnadMs');
    group('articles, Isnad script time', articles, 'isnadMs');
    group('articles, longest task holding Isnad work', articles, 'longestIsnadTask');
  } else {
    console.log(
      '  page                               light step ms (own clock)   timer gap with / without (ms, median)',
    );
    for (const dir of all.filter((d) => !articles.includes(d))) {
      const w = `firefox|true|${dir}`;
      const wo = `firefox|false|${dir}`;
      console.log(
        `  ${dir.padEnd(34)} ${range(col(w, 'lightMs')).padEnd(27)} ${median(col(w, 'maxGap')).toFixed(0)} / ${median(col(wo, 'maxGap')).toFixed(0)}`,
      );
    }
  }
  console.log(`  content-script (light step) start → painted, ${k}:`);
  const per = articles
    .filter((d) => all.includes(d))
    .map((d) => {
      const key = `${k}|true|${d}`;
      const steps = ['inject', 'extract', 'detect', 'analyse', 'send', 'check', 'paint']
        .map((s) => `${s} ${median(col(key, `t_${s}`)).toFixed(1)}`)
        .join(', ');
      console.log(`    ${d.padEnd(34)} ${median(col(key, 'paintMs')).toFixed(1)} ms (${steps})`);
      return median(col(key, 'paintMs'));
    });
  console.log(`  median over ${articles.length} fixture articles: ${median(per).toFixed(1)} ms (target ≤ 15 ms)`);
}
