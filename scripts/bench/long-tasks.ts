/**
 * Isnad's main-thread cost on stress pages (scripts/bench/stress-pages.ts), with the built extension:
 * every long task (> 50 ms, PerformanceObserver 'longtask') and long animation frame after the content script
 * started, the longest animation-frame and 10 ms-timer gaps, and when the highlights were complete.
 * The same pages without the extension give the page's own figures.
 *
 * Run: npx tsx scripts/bench/long-tasks.ts [--browser chromium|firefox] [--rounds N] [--page adversarial|big|spa]
 *   [--ext DIR]
 * (builds nothing: run `npm run build` first). Firefox has no 'longtask' entries; there the timer gaps count.
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_QUIET_FLAGS, findChromium } from '../browsers.mjs';
import { BUILD_DIRS, findTab, launch, type PageHandle } from '../launch.mjs';
import { startServer } from '../serve.mjs';
import { type Probe, probeSince, writeStressPages } from './stress-pages';
import { longTasks, startTrace, type TaskFigure } from './trace';

const arg = (name: string, def: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : def;
};
const kind = arg('browser', 'chromium') as 'chromium' | 'firefox';
const rounds = Number(arg('rounds', '1'));
const only = arg('page', '');

if (!existsSync(join(BUILD_DIRS[kind], 'manifest.json'))) throw new Error(`no ${kind} build: npm run --silent build`);

const max = (xs: number[]) => Math.max(0, ...xs);
const fmt = (p: Probe) => {
  const long = p.long.map((l) => l.ms);
  const loafRender = p.loaf.map((l) => l.render);
  return (
    `long tasks ${long.length} (longest ${max(long).toFixed(0)} ms${long.length ? `: ${long.map((x) => x.toFixed(0)).join(', ')}` : ''}); ` +
    `long frames ${p.loaf.length} (longest ${max(p.loaf.map((l) => l.ms)).toFixed(0)} ms, rendering ${max(loafRender).toFixed(0)} ms); ` +
    `frame gap ${max(p.frames.map((f) => f[1])).toFixed(0)} ms; timer gap ${max(p.gaps.map((g) => g[1])).toFixed(0)} ms`
  );
};

const traceLine = (tasks: TaskFigure[]) =>
  `${(['isnad', 'rendering'] as const)
    .map((k) => {
      const t = tasks.filter((x) => x.kind === k);
      return `${k} ${t.length} (longest ${max(t.map((x) => x.wallMs)).toFixed(0)} ms wall, ${max(t.map((x) => x.cpuMs)).toFixed(0)} ms CPU)`;
    })
    .join('; ')}; the page's own ${tasks.filter((x) => x.kind === 'other').length}`;

const { dir, bigWords } = writeStressPages();
const server = await startServer({ root: dir });
const pages = ['adversarial', 'big', 'spa'].filter((p) => !only || p === only);
try {
  // --ext DIR: another build of the extension (e.g. an unminified one, so the trace names functions).
  const browser = await launch(kind, { headless: true, extensionDir: arg('ext', BUILD_DIRS[kind]) });
  try {
    const ext = await browser.newPage();
    await ext.goto(`${browser.extBase}sidepanel.html`);
    for (let round = 0; round < rounds; round++) {
      for (const name of pages) {
        const page = await browser.newPage();
        const url = `${server.url}${name}/?r=${round}`;
        const stopTrace =
          kind === 'chromium' ? await startTrace(await (browser as any).context.newCDPSession(page.page)) : null;
        await page.goto(url, { timeout: 120_000 });
        const found = await findTab(ext, url, { timeout: 180_000 });
        const st = found?.state;
        // Let the last slices and frames land.
        await new Promise((r) => setTimeout(r, 1500));
        const p: Probe = await page.evaluate(probeSince(st?.startedAt ?? 0) as never);
        const label = name === 'big' ? `big (${bigWords.toLocaleString('en')} words)` : name;
        console.log(
          `${kind} ${label} r${round}: ${st?.status}, ${st?.analysis?.attributions.length ?? 0} claims, painted ${st?.paintMs?.toFixed(0)} ms after start (${Object.entries(
            st?.timings ?? {},
          )
            .map(([k, v]) => `${k} ${Math.round(v as number)}`)
            .join(', ')})`,
        );
        console.log(`  from content-script start: ${fmt(p)}`);
        for (const l of p.loaf.slice(0, 8))
          console.log(
            `    frame ${l.ms.toFixed(0)} ms at ${l.start.toFixed(0)} (render ${l.render.toFixed(0)}, layout ${l.layout.toFixed(0)}; ${l.scripts
              .map((s) => `${s.src.replace(/^.*\//, '')} ${s.ms.toFixed(0)}`)
              .join(', ')})`,
          );
        if (name === 'spa' && found) {
          const t = await page.evaluate(() => performance.now());
          await page.evaluate(() => (window as any).nextStory());
          const moved = await findTab(ext, `${server.url}${name}/?story=2`, { timeout: 120_000 });
          await new Promise((r) => setTimeout(r, 1500));
          const q: Probe = await page.evaluate(probeSince(t) as never);
          console.log(
            `  after pushState: ${moved?.state.status}, ${moved?.state.analysis?.attributions.length ?? 0} claims; ${fmt(q)}`,
          );
        }
        if (stopTrace) {
          const tasks = longTasks(await stopTrace(), server.url.replace(/\/$/, ''));
          console.log(`  trace, tasks over 50 ms: ${traceLine(tasks)}`);
          for (const t of tasks.filter((x) => x.kind !== 'other'))
            console.log(
              `    ${t.kind} ${t.wallMs.toFixed(0)} ms (CPU ${t.cpuMs.toFixed(0)}) at ${t.at.toFixed(0)}: ${t.what ?? ''}`,
            );
        }
        await page.close();
      }
    }
  } finally {
    await browser.close();
  }

  if (kind === 'chromium') {
    // The same pages without Isnad: the page's own long tasks (parse, first layout) for comparison.
    const bare = await chromium.launch({
      executablePath: findChromium(),
      args: ['--headless=new', ...CHROMIUM_QUIET_FLAGS],
    });
    try {
      for (const name of pages) {
        const page = await bare.newPage({ viewport: { width: 1280, height: 900 } });
        await page.goto(`${server.url}${name}/`, { timeout: 120_000 });
        await new Promise((r) => setTimeout(r, 2500));
        const p: Probe = await page.evaluate(probeSince(0) as never);
        console.log(`without Isnad ${name}, from navigation: ${fmt(p)}`);
        await page.close();
      }
    } finally {
      await bare.close();
    }
  }
} finally {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}

export type { PageHandle };
