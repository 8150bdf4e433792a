// Launches Debian's Chromium (Playwright) or Firefox ESR (puppeteer-core over WebDriver BiDi) with the built
// extension loaded, behind one small interface used by `npm start` and the end-to-end tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_QUIET_FLAGS, findChromium, findFirefox } from './browsers.mjs';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const BUILD_DIRS = { chromium: join(ROOT, '.output/chrome-mv3'), firefox: join(ROOT, '.output/firefox-mv2') };
export const GECKO_ID = 'isnad@isnad.example';
/** Fixed so tests and the start script know the moz-extension:// origin in advance. */
export const FIREFOX_UUID = '5a1d0c8e-7f3b-4c11-9d2e-15ad15ad15ad';

/** One page, whichever browser drives it. Playwright and puppeteer pages agree on most calls; the rest is here. */
export class PageHandle {
  constructor(page, kind) {
    this.page = page;
    this.kind = kind;
  }
  async goto(url, { timeout = 20_000 } = {}) {
    if (this.kind === 'firefox' && url.startsWith('moz-extension://')) {
      // With -remote-allow-system-access a moz-extension:// navigation never reports "loaded" (TOOLCHAIN.md).
      await this.page.goto(url, { timeout: 1500 }).catch(() => {});
      await this.page.waitForFunction(() => document.readyState !== 'loading', { timeout });
      return;
    }
    await this.page.goto(url, { timeout, waitUntil: 'load' });
  }
  evaluate(fn, arg) {
    return this.page.evaluate(fn, arg);
  }
  waitForFunction(fn, arg, { timeout = 15_000 } = {}) {
    return this.kind === 'chromium'
      ? this.page.waitForFunction(fn, arg, { timeout })
      : this.page.waitForFunction(fn, { timeout }, arg);
  }
  waitForSelector(selector, { timeout = 15_000 } = {}) {
    return this.page.waitForSelector(selector, { timeout });
  }
  click(selector) {
    return this.page.click(selector);
  }
  /** Types text into a field as a reader would (replacing what is there). */
  async type(selector, text) {
    if (this.kind === 'chromium') return this.page.fill(selector, text);
    await this.page.click(selector, { count: 3 });
    await this.page.keyboard.press('Backspace');
    await this.page.type(selector, text);
  }
  async setViewport(width, height) {
    if (this.kind === 'chromium') await this.page.setViewportSize({ width, height });
    else await this.page.setViewport({ width, height });
  }
  async press(keys) {
    // keys like 'Alt+Shift+KeyH'
    if (this.kind === 'chromium') return this.page.keyboard.press(keys);
    const parts = keys.split('+');
    for (const k of parts) await this.page.keyboard.down(k);
    for (const k of parts.reverse()) await this.page.keyboard.up(k);
  }
  mouseMove(x, y) {
    return this.page.mouse.move(x, y);
  }
  screenshot(opts) {
    return this.page.screenshot(opts);
  }
  close() {
    return this.page.close();
  }
}

/**
 * @param {'chromium'|'firefox'} kind
 * @param {{ headless?: boolean, extensionDir?: string }} [opts]
 * @returns {Promise<{ kind: string, extBase: string, newPage(): Promise<PageHandle>, onRequest(cb: (url: string) => void): void, close(): Promise<void>, closed: Promise<void> }>}
 */
export async function launch(kind, { headless = true, extensionDir = BUILD_DIRS[kind] } = {}) {
  return kind === 'firefox' ? launchFirefox(headless, extensionDir) : launchChromium(headless, extensionDir);
}

async function launchChromium(headless, extensionDir) {
  const executablePath = findChromium();
  const userDataDir = mkdtempSync(join(tmpdir(), 'isnad-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: false, // extensions need the new headless mode, passed as a flag below
    viewport: { width: 1280, height: 900 },
    locale: process.env.ISNAD_LOCALE ?? 'ar',
    args: [
      ...(headless ? ['--headless=new'] : []),
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...CHROMIUM_QUIET_FLAGS,
    ],
  });
  let [worker] = context.serviceWorkers();
  if (!worker) worker = await context.waitForEvent('serviceworker', { timeout: 15_000 });
  const extId = new URL(worker.url()).host;
  const closed = new Promise((r) => context.once('close', () => r(undefined)));
  return {
    kind: 'chromium',
    extBase: `chrome-extension://${extId}/`,
    context,
    closed,
    async newPage() {
      return new PageHandle(await context.newPage(), 'chromium');
    },
    /** Every request the browser context makes: pages, frames, the extension's pages and service worker. */
    onRequest(cb) {
      context.on('request', (r) => cb(r.url()));
    },
    async close() {
      await context.close().catch(() => {});
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

async function launchFirefox(headless, extensionDir) {
  const executablePath = findFirefox();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless,
    defaultViewport: { width: 1280, height: 900 },
    args: ['-remote-allow-system-access'],
    extraPrefsFirefox: {
      'xpinstall.signatures.required': false,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      'intl.accept_languages': process.env.ISNAD_LOCALE ?? 'ar',
      'intl.locale.requested': process.env.ISNAD_LOCALE ?? 'ar',
      // No telemetry or update pings on a closed network.
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
    },
  });
  await browser.installExtension(extensionDir);
  const requestListeners = [];
  const closed = new Promise((r) => browser.once('disconnected', () => r(undefined)));
  return {
    kind: 'firefox',
    extBase: `moz-extension://${FIREFOX_UUID}/`,
    browser,
    closed,
    async newPage() {
      const page = await browser.newPage();
      for (const cb of requestListeners) page.on('request', (r) => cb(r.url()));
      return new PageHandle(page, 'firefox');
    },
    /** Every request of the pages opened after this call (puppeteer sees no background-page traffic). */
    onRequest(cb) {
      requestListeners.push(cb);
    },
    async close() {
      await browser.close().catch(() => {});
    },
  };
}

/**
 * From an extension page, finds the tab whose content script reports `url` and has finished its first pass (with
 * `complete`, its complete analysis too). The extension asks for no `tabs` permission, so tab URLs are known only
 * through the content scripts' `get-state` answers. Resolves to `{ tabId, state }`, or null after `timeout` ms.
 * @param {PageHandle} ext
 * @param {string} url
 * @param {{ timeout?: number, complete?: boolean }} [opts]
 * @returns {Promise<{ tabId: number, state: any } | null>}
 */
export function findTab(ext, url, { timeout = 10_000, complete = false } = {}) {
  return ext.evaluate(
    async ([wanted, limit, full]) => {
      const api = globalThis.browser ?? globalThis.chrome;
      const until = Date.now() + limit;
      do {
        for (const tab of await api.tabs.query({})) {
          // Where the host permission shows the tab's address, other tabs are not asked: asking means copying
          // their whole state (up to 2,000 claims on a long page) into this page 20 times a second.
          if (tab.url && !tab.url.startsWith(wanted.replace(/[?#].*$/s, ''))) continue;
          const state = await api.tabs.sendMessage(tab.id, { type: 'get-state' }).catch(() => null);
          if (state?.url === wanted && state.status !== 'analysing' && (!full || state.completeMs != null))
            return { tabId: tab.id, state };
        }
        await new Promise((r) => setTimeout(r, 50));
      } while (Date.now() < until);
      return null;
    },
    [url, timeout, complete],
  );
}

/**
 * How many Ranges Isnad's highlight entries hold, read from the page's own world.
 * @param {PageHandle} page
 * @returns {Promise<number>}
 */
export function paintedRanges(page) {
  return page.evaluate(() => {
    // Names carry a random suffix per load (issue 14, 5): isnad-<part>-<kind>-<suffix>.
    let n = 0;
    for (const [name, h] of CSS.highlights)
      if (/^isnad-(claim|source)-(person|organization|anonymous)-/.test(name)) n += h.size;
    return n;
  });
}
