// Renders scripts/icon.svg to public/icon/{16,32,48,96,128}.png with the system Chromium.
// Run once after editing the SVG (`node scripts/make-icons.mjs`); the PNGs are committed.
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { findChromium } from './browsers.mjs';

const svg = readFileSync(new URL('./icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu'] });
for (const size of [16, 32, 48, 96, 128]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`,
  );
  writeFileSync(
    new URL(`../public/icon/${size}.png`, import.meta.url),
    await page.screenshot({ omitBackground: true }),
  );
  await page.close();
}
await browser.close();
