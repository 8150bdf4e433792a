import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, openSession, RESULTS_DIR, type Session, stateOf, tabIdFor } from './harness';

describe.each(BROWSERS)('walking skeleton in %s', (kind) => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession(kind);
  });
  afterAll(async () => {
    await s?.close();
  });

  it('runs the content script on the demo article and renders the side panel for its tab', async () => {
    // Private by construction: nothing leaves the machine. The only requests allowed are the fixture page's own
    // (127.0.0.1) and the extension's files.
    const requests: string[] = [];
    s.onRequest((u) => requests.push(u));
    const page = await s.newPage();
    const url = `${s.baseUrl}arabi21-baghouz/`;
    await page.goto(url);
    const ext = await s.newPage();
    await ext.goto(`${s.extBase}sidepanel.html`);
    const tabId = await tabIdFor(ext, url);
    const state = await stateOf(ext, tabId);
    expect(state.status).toBe('article');
    // Served from 127.0.0.1: the page's canonical arabi21.com address does not make it Arabi21 (issue 14, 6).
    expect(state.detection.outlet).toBeNull();
    expect(state.analysis.attributions.length).toBeGreaterThan(0);

    // The highlights live in the document's registry, visible from the page's own world too.
    const painted = await page.evaluate(() =>
      ['person', 'organization', 'anonymous'].some((k) =>
        [...CSS.highlights.keys()].some((n) => n.startsWith(`isnad-claim-${k}-`)),
      ),
    );
    expect(painted).toBe(true);

    await ext.goto(`${s.extBase}sidepanel.html?tab=${tabId}`);
    await ext.waitForSelector('[data-testid="summary-line"]');
    const summary = await ext.evaluate(() => document.querySelector('[data-testid="summary-line"]')?.textContent ?? '');
    expect(summary).toMatch(/ادعاء/);
    const dir = await ext.evaluate(() => document.documentElement.dir);
    expect(dir).toBe('rtl');
    await page.screenshot({ path: join(RESULTS_DIR, `${kind}-demo-page.png`) });
    const foreign = requests.filter(
      (u) => !/^(https?:\/\/127\.0\.0\.1[:/]|chrome-extension:|moz-extension:|data:|blob:|about:)/.test(u),
    );
    expect(requests.length).toBeGreaterThan(0);
    expect(foreign).toEqual([]);
    await ext.screenshot({ path: join(RESULTS_DIR, `${kind}-demo-panel.png`) });
  });
});
