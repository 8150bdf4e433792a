#!/usr/bin/env node
// `npm start [-- --browser chromium|firefox] [--headless --screenshot FILE.png] [--no-build]`
// Builds the extension, serves the bundled demo article on 127.0.0.1 and opens a browser with the extension
// loaded on it. With --headless --screenshot it writes one PNG of the page beside the side panel, and exits.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { findTab, launch } from './launch.mjs';
import { DEMO_PAGE, startServer } from './serve.mjs';

const { values } = parseArgs({
  options: {
    browser: { type: 'string', default: 'chromium' },
    headless: { type: 'boolean', default: false },
    screenshot: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    page: { type: 'string', default: DEMO_PAGE },
  },
});
const kind =
  values.browser === 'firefox'
    ? 'firefox'
    : values.browser === 'chromium' || values.browser === 'chrome'
      ? 'chromium'
      : null;
if (!kind) {
  console.error(`Unknown --browser ${values.browser}: use chromium or firefox.`);
  process.exit(2);
}
if (values.screenshot && !values.headless)
  console.warn('Note: --screenshot is taken in headless mode; adding --headless.');
const headless = values.headless || Boolean(values.screenshot);

if (!values['no-build']) {
  console.log(`Building the ${kind} extension…`);
  execFileSync('npx', ['wxt', 'build', '-b', kind === 'chromium' ? 'chrome' : 'firefox'], { stdio: 'inherit' });
}

const server = await startServer({ port: headless ? 0 : Number(process.env.PORT ?? 8377) });
const url = new URL(values.page, server.url).href;
let browser;
try {
  browser = await launch(kind, { headless });
} catch (e) {
  console.error(String(e instanceof Error ? e.message : e));
  await server.close();
  process.exit(1);
}
const page = await browser.newPage();
await page.goto(url);
console.log(`Isnad is loaded in ${kind} on ${url}`);

if (values.screenshot) {
  await page
    .waitForFunction(
      () => [...CSS.highlights.keys()].some((k) => /^isnad-claim-(person|organization|anonymous)-/.test(k)),
      undefined,
      { timeout: 20_000 },
    )
    .catch(() => console.warn('No highlights appeared within 20 s.'));
  // Show a hover card in the picture: scroll the first named-source claim to the upper third, then hover it.
  const point = await page
    .evaluate(() => {
      // Highlight names carry a random suffix per load (issue 14, 5).
      const named = (base) => [...CSS.highlights].find(([k]) => k.startsWith(`${base}-`))?.[1];
      const h = named('isnad-claim-person') ?? named('isnad-claim-anonymous');
      const r = h?.values().next().value;
      if (!r) return null;
      const first = r.getClientRects()[0];
      window.scrollBy(0, first.top - innerHeight / 3);
      const rect = r.getClientRects()[0];
      return { x: rect.left + Math.min(40, rect.width / 2), y: rect.top + rect.height / 2 };
    })
    .catch(() => null);
  if (point) await page.mouseMove(point.x, point.y);
  await new Promise((r) => setTimeout(r, 600));
  const pageShot = await page.screenshot({});
  // The side panel for the same tab, opened as an extension page (sidepanel.html?tab=ID).
  const ext = await browser.newPage();
  await ext.goto(`${browser.extBase}sidepanel.html`);
  const tabId = (await findTab(ext, url))?.tabId;
  await ext.setViewport(400, 900);
  await ext.goto(`${browser.extBase}sidepanel.html?tab=${tabId}`);
  await ext.waitForSelector('main', { timeout: 10_000 }).catch(() => {});
  await new Promise((r) => setTimeout(r, 400));
  const panelShot = await ext.screenshot({});
  // Compose page and panel side by side (panel on the left, as a right-to-left reader expects it last).
  const canvas = await browser.newPage();
  // 400 (panel) + 2 (the rule between) + 1280 (page): the canvas is exactly as wide as what it holds, so no
  // scrollbar appears and nothing (the badge) is cut.
  await canvas.setViewport(1682, 900);
  const b64 = (buf) => Buffer.from(buf).toString('base64');
  await canvas.goto('about:blank');
  await canvas.evaluate(
    ([p, q]) => {
      document.body.style.cssText = 'margin:0;display:flex;background:#888';
      for (const [src, w, rule] of [
        [q, 400, 2],
        [p, 1280, 0],
      ]) {
        const img = document.createElement('img');
        img.src = `data:image/png;base64,${src}`;
        img.style.cssText = `width:${w}px;height:900px;display:block;flex:none;border-inline-end:${rule}px solid #333`;
        document.body.append(img);
      }
      return Promise.all([...document.images].map((i) => i.decode()));
    },
    [b64(pageShot), b64(panelShot)],
  );
  const out = resolve(values.screenshot);
  writeFileSync(out, await canvas.screenshot({}));
  console.log(`Wrote ${out}`);
  await browser.close();
  await server.close();
  process.exit(0);
}

console.log('Open the side panel from the Isnad toolbar button. Close the browser to stop.');
await browser.closed;
await server.close();
