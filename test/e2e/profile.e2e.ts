import { describe, expect, it } from 'vitest';
import { BROWSERS, completeStateOf, type Page, poll, type Session, tabIdFor, useSession } from './harness';

/**
 * The reader's outlet profile end to end: three fixture articles from two outlets (the outlet comes from the
 * URL's host, so the same fixture server under 127.0.0.1 and localhost is two outlets), then the library's
 * "Sourcing by outlet" view and the panel's line, checked against the analyses the pages report.
 */
describe.each(BROWSERS)('outlet profile in %s', (kind) => {
  let s: Session;
  let ext: Page;
  useSession(kind, (session, panel) => {
    s = session;
    ext = panel;
  });

  it('records three articles of two outlets and shows their figures in the library and the panel', async () => {
    const local = s.baseUrl.replace('127.0.0.1', 'localhost');
    const urls = [`${s.baseUrl}arabi21-baghouz/`, `${s.baseUrl}bbcarabic-ghouta/`, `${local}france24-sinai-hrw/`];
    const byKind: Record<string, { person: number; organization: number; anonymous: number }>[] = [];
    const tabs: number[] = [];
    for (const url of urls) {
      const page = await s.newPage();
      await page.goto(url);
      const tabId = await tabIdFor(ext, url, 20_000);
      const st = await completeStateOf(ext, tabId, 60_000);
      expect(st.status).toBe('article');
      byKind.push(st.analysis.summary.claimsByKind);
      tabs.push(tabId);
    }
    const sum = (ks: typeof byKind) =>
      ks.reduce(
        (a, k: any) => ({
          claims: a.claims + k.person + k.organization + k.anonymous,
          anonymous: a.anonymous + k.anonymous,
        }),
        { claims: 0, anonymous: 0 },
      );
    const first = sum(byKind.slice(0, 2));
    const second = sum(byKind.slice(2));
    expect(first.claims).toBeGreaterThan(0);

    const lib = await s.newPage();
    await lib.goto(`${s.extBase}library.html#profile`);
    await poll(lib, () => document.querySelectorAll('[data-testid="outlet-card"]').length === 2, undefined, 20_000);
    const cards = await lib.evaluate(() =>
      [...document.querySelectorAll('[data-testid="outlet-card"]')].map((c) => ({
        outlet: c.getAttribute('data-outlet'),
        articles: Number(c.querySelector('[data-testid="outlet-articles"]')?.getAttribute('data-value')),
        claims: Number(c.querySelector('[data-testid="outlet-claims"]')?.getAttribute('data-value')),
        anon: c.querySelector('[data-testid="outlet-anon"]')?.getAttribute('data-value'),
        sources: c.querySelectorAll('[data-testid="outlet-sources"] li').length,
      })),
    );
    expect(cards).toEqual([
      {
        outlet: '127.0.0.1',
        articles: 2,
        claims: first.claims,
        anon: String(first.anonymous / first.claims),
        sources: Math.min(5, cards[0].sources),
      },
      {
        outlet: 'localhost',
        articles: 1,
        claims: second.claims,
        anon: second.claims ? String(second.anonymous / second.claims) : '',
        sources: Math.min(5, cards[1].sources),
      },
    ]);
    expect(cards[0].sources).toBeGreaterThan(0);
    // Arabic by default: right to left; the chart has one bar row per outlet.
    expect(await lib.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(
      await lib.evaluate(() => document.querySelectorAll('[data-testid="share-bars"] g[data-outlet]').length),
    ).toBe(2);

    // The panel's line for the first article: its outlet's two articles and their anonymous share.
    const panel = await s.newPage();
    await panel.goto(`${s.extBase}sidepanel.html?tab=${tabs[0]}`);
    const answer = await panel.evaluate(async (u: string) => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      return api.runtime.sendMessage({ type: 'profile-context', url: u });
    }, urls[0]);
    expect(answer).toMatchObject({ ok: true, context: { on: true, articles: 2 } });
    // A boolean: an element does not cross puppeteer's WebDriver BiDi evaluate (Firefox) as a truthy value.
    await poll(panel, () => !!document.querySelector('[data-testid="profile-context"]'), undefined, 20_000);
    const line = await panel.evaluate(() => {
      const p = document.querySelector('[data-testid="profile-context"]')!;
      return { articles: p.getAttribute('data-articles'), share: p.getAttribute('data-share'), text: p.textContent };
    });
    expect(line.articles).toBe('2');
    expect(Number(line.share)).toBeCloseTo(first.anonymous / first.claims, 10);
    expect(line.text).toContain('127.0.0.1');

    // The whole library's JSON export carries the three records (no claims saved: the profile alone).
    const claimsView = await s.newPage();
    await claimsView.goto(`${s.extBase}library.html`);
    await claimsView.evaluate(() => {
      const w = window as any;
      w.__files = [];
      const orig = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (b: Blob | MediaSource) => {
        if (b instanceof Blob) b.text().then((t) => w.__files.push(t));
        return orig(b);
      };
    });
    await poll(
      claimsView,
      () => !(document.querySelector('section.transfer button.export-view') as HTMLButtonElement).disabled,
      undefined,
      20_000,
    );
    await claimsView.evaluate(() =>
      (document.querySelector('section.transfer button.export-view') as HTMLButtonElement).click(),
    );
    await poll(claimsView, () => (window as any).__files.length > 0, undefined, 20_000);
    const exported = JSON.parse(await claimsView.evaluate(() => (window as any).__files[0] as string));
    expect(exported.claims).toEqual([]);
    expect(exported.reads.map((r: { url: string }) => r.url).sort()).toEqual([...urls].sort());
    expect(
      await claimsView.evaluate(() => document.querySelector('section.transfer .outcome.ok')?.textContent),
    ).toMatch(/3/);

    // Clear (two clicks: ask, then confirm) empties the view.
    await lib.click('[data-testid="profile-clear"]');
    await lib.click('[data-testid="profile-clear"]');
    await poll(lib, () => document.querySelectorAll('[data-testid="outlet-card"]').length === 0, undefined);
  }, 240_000);
});
