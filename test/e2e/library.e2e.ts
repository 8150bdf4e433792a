import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { foldArabic } from '../../lib/arabic/normalize';
import { IsnadExportSchema } from '../../lib/store/formats/json';
import {
  BROWSERS,
  clickUi,
  completeStateOf,
  hoverFirstClaim,
  type Page,
  poll,
  RESULTS_DIR,
  type Session,
  tabIdFor,
  uiState,
  useSession,
} from './harness';

/** Records every Blob the page turns into a download link, so the test can read the file it made. */
const captureDownloads = (page: Page) =>
  page.evaluate(() => {
    const w = window as any;
    w.__files = [];
    const orig = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (b: Blob | MediaSource) => {
      // Bytes, not text: Blob.text() would silently drop a UTF-8 byte-order mark.
      if (b instanceof Blob) b.arrayBuffer().then((buf) => w.__files.push(Array.from(new Uint8Array(buf))));
      return orig(b);
    };
  });

const setFile = (page: Page, text: string, name: string) =>
  page.evaluate(
    ([t, n]: [string, string]) => {
      const input = document.querySelector('input[type=file]') as HTMLInputElement;
      const dt = new DataTransfer();
      dt.items.add(new File([t], n, { type: 'application/json' }));
      input.files = dt.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    [text, name] as [string, string],
  );

const itemCount = (page: Page) => page.evaluate(() => document.querySelectorAll('ul.claims > li').length);

describe.each(BROWSERS)('saved claims in %s', (kind) => {
  let s: Session;
  let ext: Page;
  useSession(kind, (session, panel) => {
    s = session;
    ext = panel;
  });

  it('saves from the card and the panel, searches, exports, imports and re-anchors', async () => {
    const page = await s.newPage();
    const url = `${s.baseUrl}arabi21-baghouz/?t=library`;
    await page.goto(url);
    const tabId = await tabIdFor(ext, url);

    // 1. Save from the hover card (first claim).
    await hoverFirstClaim(page, ext, tabId);
    await clickUi(page, ext, tabId, 'save');
    await poll(
      ext,
      async (id: number) => {
        const api = (globalThis as any).browser ?? (globalThis as any).chrome;
        const ui = await api.tabs.sendMessage(id, { type: 'ui-state' });
        return ui.buttons.some((b: { name: string; text: string }) => b.name === 'save' && b.text !== 'احفظ');
      },
      tabId,
    );

    // 2. Save from the panel (the last claim listed).
    const panel = await s.newPage();
    await panel.goto(`${s.extBase}sidepanel.html?tab=${tabId}`);
    await panel.waitForSelector('li[data-testid="claim"] button.save');
    await panel.evaluate(() => {
      const buttons = document.querySelectorAll<HTMLButtonElement>('li[data-testid="claim"] button.save');
      buttons[buttons.length - 1].click();
    });
    await poll(
      panel,
      () => [...document.querySelectorAll('button.save')].some((b) => (b as HTMLButtonElement).disabled),
      undefined,
    );

    // 3. The library lists both; search ignores spelling variants.
    const lib = await s.newPage();
    await lib.goto(`${s.extBase}library.html`);
    await poll(lib, () => document.querySelectorAll('ul.claims > li').length >= 2, undefined);
    expect(await itemCount(lib)).toBe(2);
    const claimText = await lib.evaluate(
      () => document.querySelector('ul.claims > li blockquote, ul.claims > li .text')?.textContent ?? '',
    );
    const word = claimText.split(/\s+/).find((w) => /[أإآةى]/.test(w) && w.length > 3) ?? claimText.split(/\s+/)[0];
    const variant = foldArabic(word); // hamza-less, ى→ي, ة→ه
    await lib.type('input[type=search]', variant);
    await poll(
      lib,
      () =>
        document.querySelectorAll('ul.claims > li').length === 1 ||
        document.querySelectorAll('ul.claims > li').length === 2,
      undefined,
    );
    const found = await itemCount(lib);
    expect(found).toBeGreaterThanOrEqual(1);
    await lib.type('input[type=search]', 'كلمةغيرموجودةابدا');
    await poll(lib, () => document.querySelectorAll('ul.claims > li').length === 0, undefined);
    await lib.type('input[type=search]', '');
    await poll(lib, () => document.querySelectorAll('ul.claims > li').length === 2, undefined);
    await lib.screenshot({ path: join(RESULTS_DIR, `${kind}-library.png`), fullPage: true });

    // 3b. Grouped by source: one group per source of the saved claims, each with its count.
    const sources = await lib.evaluate(
      () => new Set([...document.querySelectorAll('ul.claims > li .src-name')].map((e) => e.textContent)).size,
    );
    await lib.evaluate(() => {
      const sel = [...document.querySelectorAll('label')].find((l) => l.textContent === 'اجمع حسب')!;
      const box = document.getElementById(sel.htmlFor) as HTMLSelectElement;
      box.value = 'source';
      box.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await poll(lib, (n: number) => document.querySelectorAll('[data-testid="library-group"]').length === n, sources);
    const groupTexts = await lib.evaluate(() =>
      [...document.querySelectorAll('[data-testid="library-group"] summary')].map((e) => e.textContent ?? ''),
    );
    // Two claims: one group of «ادعاءان», or two of «ادعاء واحد».
    expect(groupTexts.map((g) => /(ادعاءان|ادعاء واحد)$/.exec(g)?.[1])).toEqual(
      sources === 1 ? ['ادعاءان'] : ['ادعاء واحد', 'ادعاء واحد'],
    );
    await lib.screenshot({ path: join(RESULTS_DIR, `${kind}-library-grouped.png`), fullPage: true });
    await lib.evaluate(() => {
      const sel = [...document.querySelectorAll('label')].find((l) => l.textContent === 'اجمع حسب')!;
      const box = document.getElementById(sel.htmlFor) as HTMLSelectElement;
      box.value = '';
      box.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await poll(lib, () => document.querySelectorAll('ul.claims > li').length === 2, undefined);

    // 4. Export every format (one menu: a format, then "export what is shown"), and read each file.
    await captureDownloads(lib);
    const formats = await lib.evaluate(() => document.querySelectorAll('section.transfer select option').length);
    expect(formats).toBe(5);
    for (let i = 0; i < 5; i++) {
      await lib.evaluate((k: number) => {
        const box = document.querySelector('section.transfer select') as HTMLSelectElement;
        box.selectedIndex = k;
        box.dispatchEvent(new Event('change', { bubbles: true }));
      }, i);
      await lib.evaluate(() =>
        (document.querySelector('section.transfer button.export-view') as HTMLButtonElement).click(),
      );
      await poll(lib, (n: number) => (window as any).__files.length > n, i);
    }
    const bytes = await lib.evaluate(() => (window as any).__files as number[][]);
    const decode = (b: number[]) =>
      new TextDecoder('utf-8', { ignoreBOM: true, fatal: true }).decode(new Uint8Array(b));
    const [json, csv, md, w3c, hypothesis] = bytes.map(decode);
    const exported = IsnadExportSchema.parse(JSON.parse(json));
    expect(exported.claims).toHaveLength(2);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
    expect(rows.errors).toEqual([]);
    expect(rows.data).toHaveLength(2);
    expect(rows.data.map((r) => r.claim).sort()).toEqual(exported.claims.map((c) => c.claim).sort());
    for (const c of exported.claims) expect(md).toContain(c.source.name);
    const coll = JSON.parse(w3c);
    expect(coll.type).toBe('AnnotationCollection');
    // Issue 17: each saved claim's TextPositionSelector, applied to the page's text (document.body's
    // textContent) in code points, yields the quote — in the real browser, on the page it was saved from.
    const selectors = coll.first.items.map((a: any) => a.target.selector);
    expect(selectors.every((sel: any[]) => sel.length === 2)).toBe(true);
    const read = await page.evaluate(
      (list: { start: number; end: number }[]) =>
        list.map((p) => [...(document.body.textContent ?? '')].slice(p.start, p.end).join('')),
      selectors.map((sel: any[]) => sel[1]),
    );
    expect(read).toEqual(selectors.map((sel: any[]) => sel[0].exact));
    const hyp = JSON.parse(hypothesis);
    expect(hyp.annotations.map((a: any) => a.uri)).toEqual(coll.first.items.map((a: any) => a.target.source));
    expect(hyp.annotations.every((a: any) => Array.isArray(a.target) && a.target[0].source === a.uri)).toBe(true);

    // 5. Import: a malformed file is refused and changes nothing; our own export merges without duplicates.
    await setFile(lib, '{"format":"isnad","version":1,"claims":[{"id":5}]}', 'bad.json');
    await poll(lib, () => (document.querySelector('[role=alert]')?.textContent ?? '').length > 0, undefined);
    expect(await itemCount(lib)).toBe(2);
    // The page clears the file input once an import has finished.
    const imported = () => (document.querySelector('input[type=file]') as HTMLInputElement).value === '';
    await setFile(lib, json, 'isnad.json');
    await poll(lib, imported, undefined);
    expect(await lib.evaluate(() => document.querySelector('[role=status].outcome')?.textContent)).toMatch(/[0-9٠-٩]/);
    expect(await itemCount(lib)).toBe(2);
    await setFile(lib, w3c, 'isnad.jsonld');
    await poll(lib, imported, undefined);
    expect(await itemCount(lib)).toBe(2);

    // 6. A claim whose words are gone from the page: import it, open it, get a clear notice.
    const gone = {
      ...exported,
      claims: [
        {
          ...exported.claims[0],
          id: 'gone-1',
          claim: 'كلام لم يرد في هذا المقال قط',
          quote: { type: 'TextQuoteSelector', exact: 'كلام لم يرد في هذا المقال قط', prefix: '', suffix: '' },
          position: null,
        },
      ],
    };
    await setFile(lib, JSON.stringify(gone), 'gone.json');
    await poll(lib, () => document.querySelectorAll('ul.claims > li').length === 3, undefined);

    // 7. "Open original": the library asks the background to open the page, and the background hands the claim
    // to that tab only; the claim's words are found and marked there. Nothing in the address names the claim.
    const saved = exported.claims[0];
    const openFromLibrary = (claimText: string) =>
      lib.evaluate((text: string) => {
        const item = [...document.querySelectorAll('ul.claims > li')].find((li) => li.textContent?.includes(text));
        (item!.querySelector('a.open-original') as HTMLAnchorElement).click();
      }, claimText);
    /** The ui-state of the first tab that satisfies `want` (tab ids need no `tabs` permission). */
    const tabWith = (want: 'saved' | 'notice') =>
      poll(
        ext,
        async (w: string) => {
          const api = (globalThis as any).browser ?? (globalThis as any).chrome;
          for (const tab of await api.tabs.query({})) {
            const ui = await api.tabs.sendMessage(tab.id, { type: 'ui-state' }).catch(() => null);
            if (w === 'saved' ? ui?.savedMarks > 0 : ui?.notice) return { id: tab.id, ui };
          }
          return null;
        },
        want,
        15_000,
      );
    await openFromLibrary(saved.claim);
    expect(await tabWith('saved')).toMatchObject({ ui: { notice: null } });
    await openFromLibrary('كلام لم يرد في هذا المقال قط');
    expect(await tabWith('notice')).toMatchObject({ ui: { savedMarks: 0 } });

    // The old probe (issue 14, 4): a page that puts a claim's id in its own address learns nothing.
    const probeUrl = `${saved.url}#isnad=${encodeURIComponent(saved.id)}`;
    const probe = await s.newPage();
    await probe.goto(probeUrl);
    const probeTab = await tabIdFor(ext, probeUrl);
    await completeStateOf(ext, probeTab);
    expect(await uiState(ext, probeTab)).toMatchObject({ notice: null, savedMarks: 0 });
    expect(await probe.evaluate(() => [...CSS.highlights.keys()].some((k) => k.startsWith('isnad-saved-')))).toBe(
      false,
    );
  });

  it('saves a selection from the context menu with the source the reader gives, in the panel', async () => {
    const page = await s.newPage();
    const url = `${s.baseUrl}arabi21-baghouz/?t=selection`;
    await page.goto(url);
    const tabId = await tabIdFor(ext, url);
    const selected = 'التنظيم يمتلك سلاحا قويا لفرض شروطه';
    // The panel for the tab is open; the context menu's click hands the selection to the background, which
    // tells the panel (a test cannot click a browser menu: an extension page offers it the same way).
    const panel = await s.newPage();
    await panel.goto(`${s.extBase}sidepanel.html?tab=${tabId}`);
    await panel.waitForSelector('[data-testid="summary-line"]');
    await panel.evaluate(
      async ([id, text]: [number, string]) => {
        const api = (globalThis as any).browser ?? (globalThis as any).chrome;
        await api.runtime.sendMessage({ type: 'selection-offer', tabId: id, text });
      },
      [tabId, selected] as [number, string],
    );
    await panel.waitForSelector('form[data-testid="save-selection"] input[name=source]');
    // Nothing of the dialog is in the page.
    expect(await uiState(ext, tabId)).toMatchObject({ notice: null });
    await panel.type('form[data-testid="save-selection"] input[name=source]', 'صهيب الجابر');
    await panel.evaluate(() => {
      const form = document.querySelector('form[data-testid="save-selection"]') as HTMLFormElement;
      const kind = form.querySelector('select[name=kind]') as HTMLSelectElement;
      kind.value = 'person';
      kind.dispatchEvent(new Event('change', { bubbles: true }));
      form.requestSubmit();
    });
    await poll(panel, () => !document.querySelector('form[data-testid="save-selection"]'), undefined);
    const list = await ext.evaluate(async () => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      return api.runtime.sendMessage({ type: 'store-list', query: { text: 'سلاحا قويا' } });
    });
    expect(list.ok).toBe(true);
    const mine = list.result.items.filter((c: any) => c.origin === 'selection');
    expect(mine).toHaveLength(1);
    expect(mine[0].source).toMatchObject({ name: 'صهيب الجابر', kind: 'person', mention: null });
    expect(mine[0].position).not.toBeNull(); // found in the article text, so it can be re-anchored
  });
});
