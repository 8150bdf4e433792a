/**
 * Shared set-up for end-to-end tests: the fixture server and a browser with the built extension, for each of
 * Chromium and Firefox. A missing browser or build is a failure with a message, never a silent skip.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { BUILD_DIRS, findTab, launch, type PageHandle } from '../../scripts/launch.mjs';
import { startServer } from '../../scripts/serve.mjs';

export type BrowserKind = 'chromium' | 'firefox';
export const BROWSERS: BrowserKind[] = (process.env.E2E_BROWSERS?.split(',') as BrowserKind[]) ?? [
  'chromium',
  'firefox',
];

export interface Session {
  kind: BrowserKind;
  extBase: string;
  baseUrl: string;
  newPage(): Promise<Page>;
  /** Calls back with the URL of every request the browser makes from now on (see scripts/launch.mjs). */
  onRequest(cb: (url: string) => void): void;
  close(): Promise<void>;
}

export interface Page {
  goto(url: string, opts?: { timeout?: number }): Promise<void>;
  evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  waitForFunction<A>(fn: (arg: A) => unknown, arg?: A, opts?: { timeout?: number }): Promise<unknown>;
  waitForSelector(sel: string, opts?: { timeout?: number }): Promise<unknown>;
  click(sel: string): Promise<void>;
  type(sel: string, text: string): Promise<void>;
  setViewport(w: number, h: number): Promise<void>;
  press(keys: string): Promise<void>;
  mouseMove(x: number, y: number): Promise<void>;
  screenshot(opts: { path?: string; fullPage?: boolean }): Promise<Uint8Array>;
  close(): Promise<void>;
  page: unknown;
}

export const RESULTS_DIR = join(process.cwd(), 'test-results');

export async function openSession(kind: BrowserKind): Promise<Session> {
  const dir = BUILD_DIRS[kind];
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`No ${kind} build in ${dir}: run \`npm run build\` first (npm test does).`);
  }
  mkdirSync(RESULTS_DIR, { recursive: true });
  const server = await startServer();
  const browser = await launch(kind, { headless: true });
  return {
    kind,
    extBase: browser.extBase,
    baseUrl: server.url,
    newPage: () => browser.newPage() as Promise<Page>,
    onRequest: (cb: (url: string) => void) => browser.onRequest(cb),
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * For a describe block: a browser with the extension opened before its tests and closed after them, and the side
 * panel as an extension page to ask tabs from (`use` receives both once they are up).
 */
export function useSession(kind: BrowserKind, use: (s: Session, ext: Page) => void): void {
  let session: Session | undefined;
  beforeAll(async () => {
    session = await openSession(kind);
    const ext = (await session.newPage()) as Page;
    await ext.goto(`${session.extBase}sidepanel.html`);
    use(session, ext);
  });
  afterAll(async () => {
    await session?.close();
  });
}

export type { PageHandle };

/**
 * Finds the tab id of the page at `url` from an extension page: the content script of each tab answers
 * `get-state` with its URL (the extension asks for no `tabs` permission, so tab URLs are not visible otherwise).
 */
export async function tabIdFor(ext: Page, url: string, timeout = 10_000): Promise<number> {
  const found = await findTab(ext as unknown as PageHandle, url, { timeout });
  if (!found) throw new Error(`no tab with a content script reports ${url}`);
  return found.tabId;
}

/** Asks a tab's content script for its state, from an extension page. */
export function stateOf(ext: Page, tabId: number): Promise<any> {
  return ext.evaluate(async (id: number) => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    return api.tabs.sendMessage(id, { type: 'get-state' });
  }, tabId);
}

/** Polls `fn` in the page (which may be async) from Node until it returns a truthy value. */
export async function poll<A>(page: Page, fn: (arg: A) => unknown, arg: A, timeout = 10_000): Promise<unknown> {
  const until = Date.now() + timeout;
  for (;;) {
    const v = await page.evaluate(fn as (arg: A) => unknown, arg);
    if (v) return v;
    if (Date.now() > until) throw new Error(`condition not met within ${timeout} ms: ${fn.toString().slice(0, 160)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Waits until the tab's complete analysis (entities included) has arrived, and returns the state. */
export async function completeStateOf(ext: Page, tabId: number, timeout = 20_000): Promise<any> {
  const until = Date.now() + timeout;
  for (;;) {
    const st = await stateOf(ext, tabId);
    if (st?.completeMs != null || st?.status === 'not-article' || st?.status === 'error') return st;
    if (Date.now() > until) throw new Error(`tab ${tabId}: no complete analysis within ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** What the in-page UI shows (its shadow root is closed), asked of the tab's content script from an extension page. */
export interface UiState {
  card: string | null;
  notice: string | null;
  badge: string | null;
  countRect: { x: number; y: number; width: number; height: number } | null;
  cardName: string | null;
  chain: string | null;
  focusInBadge: boolean;
  unisolatedArabic: string[];
  /** Ranges marked as a re-found saved claim ("open original"). */
  savedMarks: number;
  buttons: {
    name: string;
    text: string;
    disabled: boolean;
    rect: { x: number; y: number; width: number; height: number };
  }[];
}
export function uiState(ext: Page, tabId: number): Promise<UiState> {
  return ext.evaluate(async (id: number) => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    return api.tabs.sendMessage(id, { type: 'ui-state' });
  }, tabId);
}

/** Clicks one of the in-page UI's buttons (by class) with the real mouse, as a reader would. */
export async function clickUi(page: Page, ext: Page, tabId: number, name: string): Promise<void> {
  const b = (await uiState(ext, tabId)).buttons.find((x) => x.name === name);
  if (!b) throw new Error(`no visible button .${name} in Isnad's page UI`);
  await (page.page as any).mouse.click(b.rect.x + b.rect.width / 2, b.rect.y + b.rect.height / 2);
}

/**
 * Brings the page to the front, scrolls its first painted claim into view and moves the mouse over it, as a
 * reader would; resolves once the hover card shows (with its Save button).
 */
export async function hoverFirstClaim(page: Page, ext: Page, tabId: number): Promise<void> {
  await (page.page as any).bringToFront();
  const point = await page.evaluate(() => {
    const h = [...CSS.highlights.keys()]
      .filter((k) => /claim-(anonymous|person)-/.test(k))
      .map((k) => CSS.highlights.get(k))
      .find((x) => x?.size);
    const r = h?.values().next().value as Range | undefined;
    if (!r) return null;
    r.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const rect = r.getClientRects()[0];
    return { x: rect.left + Math.min(20, rect.width / 2), y: rect.top + rect.height / 2 };
  });
  if (!point) throw new Error('no painted claim to hover');
  await page.mouseMove(point.x, point.y);
  await poll(
    ext,
    async (id: number) => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      const ui = await api.tabs.sendMessage(id, { type: 'ui-state' });
      return ui?.card !== null && ui.buttons.some((b: { name: string }) => b.name === 'save');
    },
    tabId,
    5000,
  );
}

/**
 * Memory (MB) of every process this test process started, the browser and all its children: the proportional
 * set size (PSS, from /proc/<pid>/smaps_rollup, so pages shared between the browser's processes count once),
 * or the resident size where PSS cannot be read. Linux. Used to check that a hostile page does not grow the
 * browser (issue 14, 3).
 */
export function descendantsMemoryMb(root = process.pid): number {
  const rows = execFileSync('ps', ['-eo', 'pid=,ppid=,rss='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((l) => l.trim().split(/\s+/).map(Number));
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of rows) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  const rss = new Map(rows.map(([pid, , kb]) => [pid, kb]));
  const pss = (pid: number): number => {
    try {
      const m = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
      if (m) return Number(m[1]);
    } catch {}
    return rss.get(pid) ?? 0;
  };
  let total = 0;
  const stack = [...(children.get(root) ?? [])];
  while (stack.length) {
    const pid = stack.pop() as number;
    total += pss(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return total / 1024;
}

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's serious and critical violations in `context` ('document' or a selector) of an extension page. */
export async function axeSerious(page: Page, context: string): Promise<string[]> {
  // Evaluated as a bare expression by the driver (not eval in the page), so extension-page CSP allows it.
  if (!(await page.evaluate(() => Boolean((globalThis as any).axe)))) await page.evaluate(AXE as any);
  return page.evaluate(async (ctx: string) => {
    const axe = (globalThis as any).axe;
    const el = ctx === 'document' ? document : document.querySelector(ctx);
    const r = await axe.run(el, { resultTypes: ['violations'] });
    return r.violations
      .filter((v: any) => v.impact === 'serious' || v.impact === 'critical')
      .map((v: any) => `${v.id}: ${v.help} (${v.nodes.length})`);
  }, context);
}
