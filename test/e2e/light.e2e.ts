import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, completeStateOf, openSession, poll, type Session, stateOf, tabIdFor } from './harness';

/**
 * The light first step (issue 15, 1): on a page that is plainly not Arabic only the small detector runs. Its
 * answer to `get-state` carries `light: true`, which the article script's never does; the article script's other
 * messages (`ui-state`) get no answer. "Analyse anyway" from the panel loads the article script after all.
 */
describe.each(BROWSERS)('light first step in %s', (kind) => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession(kind);
  });
  afterAll(async () => {
    await s?.close();
  });

  const uiAnswer = (ext: Awaited<ReturnType<Session['newPage']>>, tabId: number) =>
    ext.evaluate(async (id: number) => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      return api.tabs.sendMessage(id, { type: 'ui-state' }).then(
        (x: unknown) => x ?? 'none',
        () => 'none',
      );
    }, tabId);

  it.each(['english-riverside-park', 'persian-book-fair'])('%s gets only the light script', async (dir) => {
    const page = await s.newPage();
    const url = `${s.baseUrl}${dir}/`;
    await page.goto(url);
    const ext = await s.newPage();
    await ext.goto(`${s.extBase}sidepanel.html`);
    const tabId = await tabIdFor(ext, url);
    // Give a wrongly loaded article script time to start and take over the answers.
    await new Promise((r) => setTimeout(r, 1500));
    const state = await stateOf(ext, tabId);
    expect(state.light).toBe(true);
    expect(state.status).toBe('not-article');
    expect(state.detection.reason).toBe(dir.startsWith('english') ? 'not-arabic' : 'persian');
    expect(await uiAnswer(ext, tabId)).toBe('none');
    // The panel says why, in the reader's words.
    await ext.goto(`${s.extBase}sidepanel.html?tab=${tabId}`);
    await ext.waitForSelector('[data-testid="not-article"]');
    await ext.close();
    await page.close();
  });

  it('an Arabic article gets the article script, and "analyse anyway" loads it on an English page', async () => {
    const page = await s.newPage();
    const url = `${s.baseUrl}arabi21-baghouz/`;
    await page.goto(url);
    const ext = await s.newPage();
    await ext.goto(`${s.extBase}sidepanel.html`);
    const tabId = await tabIdFor(ext, url);
    const state = await stateOf(ext, tabId);
    expect(state.light).toBeUndefined();
    expect(state.status).toBe('article');
    expect(typeof (await uiAnswer(ext, tabId))).toBe('object');

    const en = await s.newPage();
    const enUrl = `${s.baseUrl}english-riverside-park/?anyway`;
    await en.goto(enUrl);
    const enTab = await tabIdFor(ext, enUrl);
    await ext.goto(`${s.extBase}sidepanel.html?tab=${enTab}`);
    await ext.waitForSelector('button.primary');
    await ext.click('button.primary');
    await poll(ext, () => !document.querySelector('button.primary'), undefined, 20_000);
    const after = await completeStateOf(ext, enTab);
    expect(after.light).toBeUndefined();
    expect(['article', 'error']).toContain(after.status);
    await en.close();
    await ext.close();
    await page.close();
  });
});
