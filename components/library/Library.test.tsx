// @vitest-environment happy-dom
// liveQuery only runs where a global indexedDB exists (dexie/Dexie.js#2046); the db itself gets its own factory.
import 'fake-indexeddb/auto';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IsnadDB } from '../../lib/store/db';
import { fakeDb, makeClaim, makeClaims } from '../../lib/store/fixtures';
import type { ExportFile } from '../../lib/store/formats';
import { toStored } from '../../lib/store/keys';
import { Library } from './Library';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let db: IsnadDB;
let root: Root;
let host: HTMLElement;
let downloads: ExportFile[];

async function waitFor<T>(fn: () => T | null | undefined | false, ms = 3000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const v = await act(async () => fn());
    if (v) return v;
    if (Date.now() > until) throw new Error('waitFor timed out');
    await act(() => new Promise((r) => setTimeout(r, 10)));
  }
}
const $ = <E extends Element = HTMLElement>(sel: string) => host.querySelector<E & Element>(sel);
const $$ = (sel: string) => [...host.querySelectorAll<HTMLElement>(sel)];
const byText = (sel: string, text: string) => $$(sel).find((e) => e.textContent?.includes(text));
const labelled = <E extends HTMLElement>(label: string): E => {
  const l = ($$('label') as HTMLLabelElement[]).find((e) => e.textContent?.trim().startsWith(label))!;
  return (l.htmlFor ? host.querySelector(`#${CSS.escape(l.htmlFor)}`) : l.querySelector('input,select,textarea')) as E;
};
async function type(el: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string) {
  await act(async () => {
    const proto = Object.getPrototypeOf(el);
    Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(el, value);
    el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  });
}
const click = (el: HTMLElement) => act(async () => el.click());
const count = () => $$('.claims > li').length;

beforeEach(async () => {
  db = fakeDb(`lib-${Math.random()}`);
  await db.claims.bulkAdd(makeClaims(120).map(toStored));
  host = document.createElement('div');
  document.body.append(host);
  downloads = [];
  root = createRoot(host);
  await act(async () => root.render(<Library db={db} lang="ar" download={(f) => downloads.push(f)} />));
  await waitFor(() => count() > 0); // the newest page, read first…
  await waitFor(() => $('#library-results[data-state=ready]')); // …then everything
});
afterEach(async () => {
  await act(async () => root.unmount());
  host.remove();
  db.close();
});

describe('library page', () => {
  it('lists the newest claims first, a page at a time', async () => {
    expect(count()).toBe(50);
    expect($('.claims blockquote')!.textContent).toContain('(119)');
    expect($('#library-results')!.textContent).toContain('120');
    await click(byText('button', 'اعرض المزيد')!);
    await waitFor(() => count() === 100);
  });

  it('searches ignoring Arabic spelling variants, and filters by kind', async () => {
    await type(labelled<HTMLInputElement>('ابحث في الادعاءات'), 'الإتفاقيه ستوقع');
    await waitFor(() => count() === 15); // claims 5, 13, 21… contain «الاتفاقية ستُوقّع»
    for (const q of $$('.claims blockquote')) expect(q.textContent).toContain('الاتفاقية');
    await type(labelled<HTMLSelectElement>('نوع المصدر'), 'anonymous');
    await waitFor(() => count() < 15 && count() > 0);
    for (const b of $$('.claims .kind-badge')) expect(b.textContent).toBe('مجهول');
    await click(byText('button', 'امسح البحث والتصفية')!);
    await waitFor(() => count() === 50);
  });

  it('deletes with undo, restoring the claim', async () => {
    const first = $('.claims blockquote')!.textContent;
    await click(byText('.claims button', 'احذف')!);
    await waitFor(() => $('.claims blockquote')?.textContent !== first);
    expect(await db.claims.count()).toBe(119);
    const undo = await waitFor(() => byText('.toast button', 'تراجع'));
    expect(document.activeElement).toBe(undo);
    await click(undo);
    await waitFor(() => $('.claims blockquote')?.textContent === first);
    expect(await db.claims.count()).toBe(120);
  });

  it('edits the note, tags and kind correction', async () => {
    await click(byText('.claims button', 'عدّل')!);
    const note = labelled<HTMLTextAreaElement>('ملاحظة');
    expect(document.activeElement).toBe(note);
    await type(note, 'تحقّق لاحقًا');
    await type(labelled<HTMLInputElement>('الوسوم'), 'مهم، تحقق, مهم');
    await type(labelled<HTMLSelectElement>('تصحيح نوع المصدر'), 'organization');
    await click(byText('.editor button', 'احفظ التعديلات')!);
    const rec = await waitFor(async () => {
      const r = await db.claims.get('c000119');
      return r?.note ? r : null;
    });
    expect(rec).toMatchObject({
      note: 'تحقّق لاحقًا',
      tags: ['مهم', 'تحقق'],
      kindCorrection: 'organization',
      kind: 'organization',
    });
    await waitFor(() => $('.claims .note')?.textContent?.includes('تحقّق لاحقًا'));
    expect($('.claims .kind-badge')!.textContent).toBe('جهة');
  });

  it('links the original page without naming the claim in it, and never a javascript: URL', async () => {
    const a = byText('.claims a', 'افتح الصفحة الأصلية') as HTMLAnchorElement;
    expect(a.href).toMatch(/^https:\/\/news\.example\/[^#]*$/);
    await act(async () => {
      await db.claims.put(
        toStored({ ...makeClaim(500), id: 'zz', url: 'javascript:alert(1)', savedAt: '2030-01-01T00:00:00Z' }),
      );
    });
    // Written around the service: the library notices the stale index and rebuilds it.
    await waitFor(() => $('.claims blockquote')?.textContent?.includes('(500)'));
    const firstItem = $('.claims > li')!;
    expect(firstItem.querySelector('a')).toBeNull();
  });

  it('shows the host before "open original" for an imported claim only (issue 14, 10)', async () => {
    expect($('.claims .link-host')).toBeNull();
    await act(async () => {
      await db.claims.put(
        toStored({
          ...makeClaim(501),
          id: 'imp',
          url: 'https://xn--mgbh0fb.example/مقال',
          savedAt: '2030-01-01T00:00:00Z',
          imported: true,
        }),
      );
    });
    await waitFor(() => $('.claims blockquote')?.textContent?.includes('(501)'));
    const actions = $('.claims > li .actions')!;
    const host = actions.querySelector('.link-host');
    expect(host?.textContent).toContain('xn--mgbh0fb.example');
    expect(host?.nextElementSibling?.textContent).toBe('افتح الصفحة الأصلية');
    expect($('.claims > li')!.textContent).toContain('مستورد من ملف');
  });

  it('groups the results by source, outlet or article, with counts, largest first', async () => {
    await type(labelled<HTMLSelectElement>('اجمع حسب'), 'outlet');
    const groups = await waitFor(() =>
      $$('[data-testid="library-group"]').length ? $$('[data-testid="library-group"]') : null,
    );
    expect(groups).toHaveLength(5);
    const counts = groups.map((g) => Number(/(\d+)/.exec(g.querySelector('.group-count')!.textContent!)![1]));
    expect(counts.reduce((a, b) => a + b)).toBe(120);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
    // Opening a group lists its claims, each headed by its source.
    await act(async () => {
      const d = groups[0].querySelector('details')!;
      d.open = true;
      d.dispatchEvent(new Event('toggle'));
    });
    await waitFor(() => groups[0].querySelectorAll('.claims > li').length === Math.min(counts[0], 50));
    expect(groups[0].querySelector('.claims h3.who')).not.toBeNull();
    await type(labelled<HTMLSelectElement>('اجمع حسب'), 'source');
    await waitFor(() => $$('[data-testid="library-group"]').length > 1);
    await type(labelled<HTMLSelectElement>('اجمع حسب'), 'article');
    await waitFor(() => $$('[data-testid="library-group"]').length > 1);
    const articles = $$('[data-testid="library-group"]').map((g) => g.querySelector('.group-name')!.textContent);
    expect(new Set(articles).size).toBe(articles.length);
  });

  it('exports every format as a download and reports import success and refusal', async () => {
    // One export menu: a format, and a button that exports what the search and filters show.
    for (const [k, f] of ['json', 'csv', 'markdown', 'w3c', 'hypothesis'].entries()) {
      await type(labelled<HTMLSelectElement>('صدّر بصيغة'), f);
      await click(byText('.transfer button', 'صدّر ما يظهر (120)')!);
      await waitFor(() => downloads.length === k + 1);
    }
    expect(downloads.map((d) => d.filename.split('.').pop())).toEqual(['json', 'csv', 'md', 'jsonld', 'json']);
    await type(labelled<HTMLInputElement>('ابحث في الادعاءات'), 'الإتفاقيه ستوقع');
    await type(labelled<HTMLSelectElement>('صدّر بصيغة'), 'json');
    await click((await waitFor(() => byText('.transfer button', 'صدّر ما يظهر (15)')))!);
    await waitFor(() => downloads.length === 6);
    expect(JSON.parse(downloads[5].text).claims).toHaveLength(15);

    const input = labelled<HTMLInputElement>('استورد ملفًا');
    const choose = (text: string) =>
      act(async () => {
        Object.defineProperty(input, 'files', { configurable: true, value: [new File([text], 'x.json')] });
        input.dispatchEvent(new Event('change', { bubbles: true }));
      });
    const fresh = exportFileOf([makeClaim(1000), makeClaim(5)]);
    await choose(fresh);
    await waitFor(() => $('.outcome.ok')!.textContent!.includes('اكتمل الاستيراد'));
    expect($('.outcome.ok')!.textContent).toContain('أُضيف 1');
    expect(await db.claims.count()).toBe(121);

    await choose('{"format":"isnad","version":1,"exportedAt":"2026-01-01T00:00:00Z","claims":[{"id":"x"}]}');
    await waitFor(() => $('[role=alert]')!.textContent!.includes('رُفض الملف'));
    expect($('[role=alert]')!.textContent).toContain('claims[0].claim');
    expect(await db.claims.count()).toBe(121);
  });
});

function exportFileOf(claims: ReturnType<typeof makeClaim>[]) {
  return JSON.stringify({ format: 'isnad', version: 1, exportedAt: '2026-01-01T00:00:00.000Z', claims });
}
