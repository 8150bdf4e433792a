/**
 * Issue 15 (4): an article inside an open shadow root, and one inside a same-origin iframe, are detected,
 * extracted and painted, in both browsers. "Painted" is checked on the screen: the claim's pixels with the
 * highlights on differ from the same pixels with them off (a registered range that the browser does not draw
 * would leave them equal). Pages: test/fixtures/dynamic/{shadow,frame}-article.html (test/fixtures/make-composed.mjs).
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS, completeStateOf, type Page, type Session, tabIdFor, useSession } from './harness';

/** Ranges in Isnad's claim and source highlights, in the page's registry or in the frame's. */
function paintedIn(page: Page, frame: boolean): Promise<number> {
  return page.evaluate((inFrame: boolean) => {
    const win = inFrame ? (document.getElementById('story') as HTMLIFrameElement).contentWindow! : window;
    let n = 0;
    for (const [k, h] of (win as any).CSS.highlights) if (/^isnad-(claim|source)-/.test(k)) n += h.size;
    return n;
  }, frame);
}

/** The viewport rectangle of the first painted claim (scrolled into view first). */
function claimRect(page: Page, frame: boolean) {
  return page.evaluate((inFrame: boolean) => {
    const iframe = document.getElementById('story') as HTMLIFrameElement | null;
    const win = inFrame ? iframe!.contentWindow! : window;
    const reg = (win as any).CSS.highlights as Map<string, Set<Range>>;
    const key = [...reg.keys()].find((k) => /^isnad-claim-/.test(k) && reg.get(k)!.size);
    const r = key ? [...reg.get(key)!][0] : null;
    if (!r) return null;
    (r.startContainer.parentElement as Element).scrollIntoView({ block: 'center' });
    const rect = r.getClientRects()[0];
    const off = inFrame ? iframe!.getBoundingClientRect() : { left: 0, top: 0 };
    return {
      x: Math.max(0, Math.floor(off.left + rect.left)),
      y: Math.max(0, Math.floor(off.top + rect.top)),
      width: Math.ceil(Math.min(rect.width, 300)),
      height: Math.ceil(rect.height + 4),
      root: r.startContainer.getRootNode() instanceof ShadowRoot ? 'shadow' : inFrame ? 'frame' : 'document',
    };
  }, frame);
}

describe.each(BROWSERS)('articles in shadow roots and frames in %s', (kind) => {
  let s: Session;
  let ext: Page;
  useSession(kind, (session, panel) => {
    s = session;
    ext = panel;
  });

  const setHighlights = (tabId: number, on: boolean) =>
    ext.evaluate(
      async ([id, value]: [number, boolean]) => {
        const api = (globalThis as any).browser ?? (globalThis as any).chrome;
        await api.tabs.sendMessage(id, { type: 'set-highlights', on: value });
      },
      [tabId, on] as [number, boolean],
    );

  it.each([
    { page: 'shadow-article.html', frame: false, root: 'shadow' },
    { page: 'frame-article.html', frame: true, root: 'frame' },
  ])('detects, extracts and paints the article in $page', async ({ page: file, frame, root }) => {
    const page = await s.newPage();
    const url = `${s.baseUrl}_dynamic/${file}`;
    await page.goto(url);
    const tabId = await tabIdFor(ext, url, 20_000);
    let state = await completeStateOf(ext, tabId, 30_000);
    // A frame may finish loading after the first look; Isnad looks again then.
    for (let i = 0; i < 50 && state.status !== 'article'; i++) {
      await new Promise((r) => setTimeout(r, 200));
      state = await completeStateOf(ext, tabId, 30_000);
    }
    expect(state.status).toBe('article');
    expect(state.analysis.attributions.length).toBeGreaterThan(2);
    // The gold text's first paragraph is in the analysed text: extraction crossed the boundary.
    expect(state.analysis.attributions.some((a: any) => /ميركل|الشرطة/.test(a.claim.text + a.source.name))).toBe(true);
    const painted = await paintedIn(page, frame);
    expect(painted).toBeGreaterThanOrEqual(state.analysis.attributions.length);
    const rect = await claimRect(page, frame);
    expect(rect?.root).toBe(root);
    const clip = { x: rect!.x, y: rect!.y, width: rect!.width, height: rect!.height };
    await new Promise((r) => setTimeout(r, 300));
    const on = Buffer.from(await page.screenshot({ clip } as any));
    await setHighlights(tabId, false);
    expect(await paintedIn(page, frame)).toBe(0);
    await new Promise((r) => setTimeout(r, 300));
    const off = Buffer.from(await page.screenshot({ clip } as any));
    // The marks are drawn: the claim's pixels change when the highlights are switched off.
    expect(on.equals(off)).toBe(false);
    await setHighlights(tabId, true);
    expect(await paintedIn(page, frame)).toBe(painted);
    await page.close();
  });
});
