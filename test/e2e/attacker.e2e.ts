/**
 * Issue 14: the page is the attacker. Each test is an attack from the security review, rerun: it must fail.
 */
import { describe, expect, it } from 'vitest';
import {
  BROWSERS,
  completeStateOf,
  descendantsMemoryMb,
  hoverFirstClaim,
  type Page,
  poll,
  type Session,
  stateOf,
  tabIdFor,
  uiState,
  useSession,
} from './harness';

/** Every saved claim, asked from an extension page (which may). */
async function libraryItems(ext: Page): Promise<any[]> {
  const list = await ext.evaluate(async () => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    return api.runtime.sendMessage({ type: 'store-list', query: { limit: 1000 } });
  });
  expect(list.ok).toBe(true);
  return list.result.items;
}

describe.each(BROWSERS)('a hostile page in %s', (kind) => {
  let s: Session;
  let ext: Page;
  useSession(kind, (session, panel) => {
    s = session;
    ext = panel;
  });

  it("cannot reach the card, press its buttons or save a claim, even while the reader's card is open", async () => {
    const page = await s.newPage();
    const url = `${s.baseUrl}arabi21-baghouz/?t=attacker`;
    await page.goto(url);
    const tabId = await tabIdFor(ext, url);
    await completeStateOf(ext, tabId);
    const before = (await libraryItems(ext)).length;
    // The reader hovers a claim: the card with its Save button is open.
    await hoverFirstClaim(page, ext, tabId);
    const attack = await page.evaluate(() => {
      const host = document.querySelector('[data-isnad-ui]') as HTMLElement;
      const seen = {
        host: Boolean(host),
        shadowRoot: host?.shadowRoot !== null,
        // Elements the page can find from its side of the boundary.
        inside: host?.querySelectorAll('*').length ?? 0,
      };
      // Synthetic input everywhere: clicks on the host and on the card's place, keys for the badge, Enter.
      const r = host.getBoundingClientRect();
      for (const target of [host, document.body, document.elementFromPoint(r.x + 1, r.y + 1) ?? document.body]) {
        target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
        for (const key of ['j', 'ArrowDown', 'Enter', ' '])
          target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
      }
      (host as HTMLElement).click();
      return seen;
    });
    expect(attack).toEqual({ host: true, shadowRoot: false, inside: 0 });
    // A synthetic mousemove over another claim does not move the card.
    const card = (await uiState(ext, tabId)).card;
    await page.evaluate(() => {
      for (let y = 0; y < innerHeight; y += 20)
        document
          .elementFromPoint(200, y)
          ?.dispatchEvent(new MouseEvent('mousemove', { clientX: 200, clientY: y, bubbles: true }));
    });
    await new Promise((r) => setTimeout(r, 500));
    expect((await uiState(ext, tabId)).card).toBe(card);
    expect((await uiState(ext, tabId)).buttons.find((b) => b.name === 'save')?.disabled).toBe(false);
    expect((await libraryItems(ext)).length).toBe(before);
    await page.close();
  });

  it('keeps other tabs answering while a page sends 6 MB and changes its address every second', {
    timeout: 240_000,
  }, async () => {
    const hostile = await s.newPage();
    // mode=touch: a ticker outside the article changes with each address change, so the DOM is never still
    // (STALL_MODE=edit changes the article's text too, each second: every change is then a new analysis).
    const hostileUrl = `${s.baseUrl}_dynamic/stall.html?mode=${process.env.STALL_MODE ?? 'touch'}`;
    await hostile.goto(hostileUrl, { timeout: 120_000 });
    const hostileTab = (await poll(
      ext,
      async () => {
        const api = (globalThis as any).browser ?? (globalThis as any).chrome;
        for (const tab of await api.tabs.query({})) {
          if (tab.url && !tab.url.includes('stall.html')) continue;
          const st = await api.tabs.sendMessage(tab.id, { type: 'get-state' }).catch(() => null);
          if (st?.url.includes('stall.html')) return tab.id;
        }
        return null;
      },
      undefined,
      60_000,
    )) as number;
    // Let it churn a while: an address change every second. The browser's memory (all its processes) is sampled
    // meanwhile and while the other tabs load.
    const firstRun = (await stateOf(ext, hostileTab)).startedAt;
    let peakMb = 0;
    const beforeMb = descendantsMemoryMb();
    console.log(`${kind}: browser memory before the churn ${Math.round(beforeMb)} MB (PSS, all processes)`);
    const sampler = setInterval(() => {
      peakMb = Math.max(peakMb, descendantsMemoryMb());
    }, 500);
    await new Promise((r) => setTimeout(r, 8000));
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const page = await s.newPage();
      const url = `${s.baseUrl}arabi21-baghouz/?t=stall-${i}`;
      const t0 = Date.now();
      await page.goto(url);
      const tabId = await tabIdFor(ext, url, 60_000);
      const st = await stateOf(ext, tabId);
      expect(st.status).toBe('article');
      times.push(st.timings.analyse);
      console.log(
        `${kind}: other tab's analysis round trip ${Math.round(st.timings.analyse)} ms, load to painted ${Date.now() - t0} ms`,
      );
      await page.close();
    }
    clearInterval(sampler);
    console.log(`${kind}: browser memory peak ${Math.round(peakMb)} MB (PSS, all processes)`);
    // Issue 14 measured 18–93 s before the fix; the target is 1 s (the bound leaves room for a loaded machine).
    expect(Math.min(...times)).toBeLessThan(2000);
    // Issue 14: the browser grew from 1.1 GB to 9.6 GB; the target is under 1.5 GB. Measured on a quiet machine
    // 1.43–1.44 GB in Chromium and 0.88–0.95 GB in Firefox, with the 6 MB page (0.65 GB in Chromium without
    // Isnad) and three more tabs open; the bounds leave room for a loaded machine's later garbage collection.
    expect(peakMb).toBeGreaterThan(50); // the sampler saw the browser at all
    expect(peakMb - beforeMb).toBeLessThan(700);
    expect(peakMb).toBeLessThan(1600);
    const end = await stateOf(ext, hostileTab);
    if ((process.env.STALL_MODE ?? 'touch') === 'touch') {
      // The text never changed: the address follows the page, but nothing was extracted or analysed again.
      expect(end.startedAt).toBe(firstRun);
      expect(Number(new URL(end.url).searchParams.get('page'))).toBeGreaterThan(5);
    }
    // The hostile page's text was cut at 2,000,000 characters, and the rest reported.
    const st = await stateOf(ext, hostileTab);
    expect(st.skipped).toBeGreaterThan(3_000_000);
    await hostile.close();
  });
});
