/**
 * What the reader sees (issue 12), in the built extension: numbers that cannot be misread in the panel and the
 * badge, the headline's verdict and mark, the chain behind a claim in the card, the keyboard path with ← / →,
 * Arabic fragments isolated in the English UI, and the library grouped by source.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIGIT_LOOKALIKE } from '../../components/test-articles';
import {
  axeSerious,
  BROWSERS,
  completeStateOf,
  openSession,
  type Page,
  RESULTS_DIR,
  type Session,
  tabIdFor,
  type UiState,
  uiState,
  useSession,
} from './harness';

// The in-page UI sits in a closed shadow root (issue 14): the tests read it through the content script's
// `ui-state` answer to an extension page, and act on it with the real keyboard and mouse.
const badgeText = async (ext: Page, tabId: number) => (await uiState(ext, tabId)).badge ?? '';

async function waitUi(ext: Page, tabId: number, ok: (u: UiState) => boolean, what: string): Promise<UiState> {
  for (let i = 0; i < 100; i++) {
    const u = await uiState(ext, tabId);
    if (ok(u)) return u;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`in-page UI never showed ${what}`);
}

/** Puts the keyboard focus in the badge: it is the page's first Tab stop. */
async function focusBadge(page: Page, ext: Page, tabId: number): Promise<void> {
  await (page.page as any).bringToFront();
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.press('Tab');
  await waitUi(ext, tabId, (u) => u.focusInBadge, 'the focus in the badge');
}

/** Text nodes with Arabic letters outside an element marked lang=ar dir=rtl (in a document or a shadow root). */
function unisolatedArabic([rootSel, inShadow]: [string, boolean]): string[] {
  const root: ParentNode | null = inShadow
    ? (document.querySelector(rootSel)?.shadowRoot ?? null)
    : document.querySelector(rootSel);
  if (!root) return ['(no root)'];
  const out: string[] = [];
  const walker = document.createTreeWalker(root as Node, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const p = n.parentElement;
    if (!/[\u0600-\u06FF]/.test(n.textContent ?? '') || !p || p.closest('style,[hidden],option')) continue;
    if (!p.closest('[lang="ar"][dir="rtl"]')) out.push((n.textContent ?? '').trim());
  }
  return out;
}

async function hoverClaimOf(page: Page, ext: Page, tabId: number, sourceName: string): Promise<void> {
  // Step with the keyboard until the card shows the wanted source (the badge is a toolbar).
  await focusBadge(page, ext, tabId);
  for (let i = 0; i < 40; i++) {
    await page.press('ArrowDown');
    if ((await uiState(ext, tabId)).cardName === sourceName) return;
  }
  throw new Error(`no card for ${sourceName}`);
}

describe.each(BROWSERS)('what the reader sees in %s (Arabic UI)', (kind) => {
  let s: Session;
  let ext: Page;
  useSession(kind, (session, panel) => {
    s = session;
    ext = panel;
  });

  it('summary and badge: a lead sentence, no separator beside a number that reads as a digit, a verdict on the headline', async () => {
    const page = await s.newPage();
    const url = `${s.baseUrl}arabi21-baghouz/?t=reader`;
    await page.goto(url);
    const tabId = await tabIdFor(ext, url);
    const state = await completeStateOf(ext, tabId);
    const panel = await s.newPage();
    await panel.setViewport(320, 900);
    await panel.goto(`${s.extBase}sidepanel.html?tab=${tabId}`);
    await panel.waitForSelector('[data-testid="summary-line"]');
    const summary = await panel.evaluate(() => document.querySelector('.summary')?.textContent ?? '');
    const lead = await panel.evaluate(() => document.querySelector('[data-testid="summary-line"]')?.textContent ?? '');
    const n = state.analysis.summary.claims;
    const k = state.analysis.summary.claimsByKind.anonymous;
    expect(lead).toContain(`من ${n}`);
    expect(k).toBe(2);
    expect(lead).toMatch(/^ادعاءان من \d+ ادعاءً يستندان إلى مصادر مجهولة$/);
    expect(summary).not.toMatch(DIGIT_LOOKALIKE);
    expect(summary).not.toMatch(/[٠-٩%٪]/);
    // One verdict on top, and the headline marked on the page.
    expect(await panel.evaluate(() => document.querySelectorAll('[data-testid="verdict"]').length)).toBe(1);
    expect(
      await page.evaluate(() => [...CSS.highlights].find(([k]) => k.startsWith('isnad-headline-'))?.[1].size ?? 0),
    ).toBeGreaterThan(0);
    // The panel fits 320 px without a horizontal scrollbar.
    expect(await panel.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(await axeSerious(panel, 'document')).toEqual([]);
    await panel.screenshot({ path: join(RESULTS_DIR, `${kind}-reader-panel-ar.png`), fullPage: true });

    const badge = await badgeText(ext, tabId);
    expect(badge).toBe(`إسناد ${n} ادعاءً`);
    expect(badge).not.toMatch(DIGIT_LOOKALIKE);
    await panel.close();
    await page.close();
  });

  it('keyboard: ← steps forward in the right-to-left badge, → back, with «3 من 12»; the count does not hide the marks', async () => {
    const page = await s.newPage();
    const url = `${s.baseUrl}arabi21-baghouz/?t=keys`;
    await page.goto(url);
    const tabId = await tabIdFor(ext, url);
    const n = (await completeStateOf(ext, tabId)).analysis.attributions.length;
    // The badge is the page's first Tab stop (it took 38 Tabs when it came last).
    await focusBadge(page, ext, tabId);
    for (let i = 0; i < 3; i++) await page.press('ArrowLeft');
    await waitUi(ext, tabId, (u) => u.badge === `إسناد 3 من ${n}`, `«إسناد 3 من ${n}»`);
    await page.press('ArrowRight');
    await waitUi(ext, tabId, (u) => u.badge === `إسناد 2 من ${n}`, `«إسناد 2 من ${n}»`);
    expect(await badgeText(ext, tabId)).not.toMatch(DIGIT_LOOKALIKE);
    // The card follows, and opens with a plain sentence; no percentage beside a claim.
    const card = (await uiState(ext, tabId)).card ?? '';
    expect(card).toMatch(/يمكنك أن تتحقق ممن قال ذلك/);
    expect(card).not.toMatch(/[%٪]/);
    // Clicking the count does nothing to the highlights; the separate toggle hides and shows them.
    const r = (await uiState(ext, tabId)).countRect;
    expect(r).not.toBeNull();
    await (page.page as any).mouse.click(r!.x + r!.width / 2, r!.y + r!.height / 2);
    expect(await page.evaluate(() => [...CSS.highlights.keys()].some((k) => k.startsWith('isnad-claim-person-')))).toBe(
      true,
    );
    await page.screenshot({ path: join(RESULTS_DIR, `${kind}-reader-card-ar.png`) });
    await page.close();
  });

  it('the card shows the chain «وكالات أنباء (مصدر مجهول) ← عن وزارة الدفاع الروسية», painted in its weakest kind', async () => {
    const page = await s.newPage();
    const url = `${s.baseUrl}bbcarabic-ghouta/?t=chain`;
    await page.goto(url);
    const tabId = await tabIdFor(ext, url);
    await completeStateOf(ext, tabId);
    await hoverClaimOf(page, ext, tabId, 'وزارة الدفاع الروسية');
    const chain = (await uiState(ext, tabId)).chain ?? '';
    expect(chain).toBe('سلسلة الإسناد: وكالات أنباء (مصدر مجهول) ← عن وزارة الدفاع الروسية (جهة مسمّاة)');
    // The shared claim is painted once, as anonymous (the weakest link), not blended with the ministry's colour.
    const marks = await page.evaluate(() => {
      const of = (name: string) =>
        [...(([...CSS.highlights].find(([k]) => k.startsWith(`${name}-`))?.[1] as any)?.values() ?? [])].map(
          (r: Range) => r.toString(),
        );
      return { anon: of('isnad-claim-anonymous'), org: of('isnad-claim-organization') };
    });
    const claim = 'نحو 5300 من مسلحي المعارضة';
    expect(marks.anon.some((t) => t.includes(claim))).toBe(true);
    expect(marks.org.some((t) => t.includes(claim))).toBe(false);
    await page.screenshot({ path: join(RESULTS_DIR, `${kind}-reader-chain-ar.png`) });
    await page.close();
  });
});

describe.each(BROWSERS)('what the reader sees in %s (English UI)', (kind) => {
  let s: Session;
  let ext: Page;
  const before = process.env.ISNAD_LOCALE;
  beforeAll(async () => {
    process.env.ISNAD_LOCALE = 'en';
    s = await openSession(kind);
    ext = await s.newPage();
    await ext.goto(`${s.extBase}sidepanel.html`);
  });
  afterAll(async () => {
    await s?.close();
    if (before === undefined) delete process.env.ISNAD_LOCALE;
    else process.env.ISNAD_LOCALE = before;
  });

  it('isolates every Arabic fragment in the panel and the card', async () => {
    const page = await s.newPage();
    const url = `${s.baseUrl}bbcarabic-ghouta/?t=en`;
    await page.goto(url);
    const tabId = await tabIdFor(ext, url);
    await completeStateOf(ext, tabId);
    const panel = await s.newPage();
    await panel.setViewport(420, 1000);
    await panel.goto(`${s.extBase}sidepanel.html?tab=${tabId}`);
    await panel.waitForSelector('[data-testid="source-group"]');
    expect(await panel.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await panel.evaluate(unisolatedArabic, ['main', false] as [string, boolean])).toEqual([]);
    expect(await panel.evaluate(() => document.querySelector('.summary')?.textContent ?? '')).not.toMatch(
      DIGIT_LOOKALIKE,
    );
    expect(await axeSerious(panel, 'document')).toEqual([]);
    await panel.screenshot({ path: join(RESULTS_DIR, `${kind}-reader-panel-en.png`), fullPage: true });

    await hoverClaimOf(page, ext, tabId, 'وزارة الدفاع الروسية');
    expect((await uiState(ext, tabId)).unisolatedArabic).toEqual([]);
    expect(await badgeText(ext, tabId)).toMatch(/^Isnad \d+ of \d+$/);
    await page.screenshot({ path: join(RESULTS_DIR, `${kind}-reader-card-en.png`) });
    await panel.close();
    await page.close();
  });
});
