// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import type { TabState } from '../../lib/messages';
import type { Lang } from '../strings';
import { DIGIT_LOOKALIKE, fixtureAnalysis } from '../test-articles';
import { Panel } from './Panel';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const ARABIC = /[\u0600-\u06FF]/;

function stateFor(dir: string): TabState {
  const { analysis } = fixtureAnalysis(dir);
  return {
    url: `http://127.0.0.1/${dir}/`,
    title: dir,
    status: 'article',
    detection: { isArticle: true, score: 9, outlet: { id: 'arabi21', nameAr: 'عربي21', nameEn: 'Arabi21' } },
    analysis,
    published: null,
    highlightsOn: true,
    error: null,
    paintMs: 1,
    completeMs: 1,
    omitted: 0,
    skipped: 0,
    unpainted: 0,
    startedAt: 0,
  };
}

async function render(dir: string, lang: Lang, names: Record<string, string> = {}) {
  const host = document.createElement('div');
  document.body.replaceChildren(host);
  const renamed: [string, string][] = [];
  await act(async () =>
    createRoot(host).render(
      <Panel
        lang={lang}
        state={stateFor(dir)}
        send={async () => {}}
        actions={{ save: async () => true }}
        sourceNames={{ names, rename: async (a, b) => void renamed.push([a, b]) }}
        savedClaims={new Set([stateFor(dir).analysis!.attributions[0].claim.text])}
      />,
    ),
  );
  return { host, renamed };
}

/** Text nodes with Arabic letters that are not inside an element marked lang=ar with its own direction. */
function unisolatedArabic(root: Element): string[] {
  const out: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!ARABIC.test(n.textContent ?? '')) continue;
    const iso = n.parentElement?.closest('[lang="ar"][dir="rtl"]');
    if (!iso) out.push(n.textContent!.trim());
  }
  return out;
}

describe('side panel, rendered from a real article', () => {
  it('leads with «K من N» and a bar by kind, counts distinct sources second, no digit look-alike beside numbers', async () => {
    const { host } = await render('arabi21-baghouz', 'ar');
    const lead = host.querySelector('[data-testid="summary-line"]')!.textContent!;
    expect(lead).toBe('ادعاءان من 12 ادعاءً يستندان إلى مصادر مجهولة');
    const summary = host.querySelector('.summary')!.textContent!;
    expect(summary).not.toMatch(DIGIT_LOOKALIKE);
    expect(summary).not.toMatch(/[٠-٩]/);
    expect(host.querySelector('[data-testid="sources-line"]')!.textContent).toBe(
      'وتعود هذه الادعاءات إلى 3 مصادر مسمّاة ومصدر مجهول واحد',
    );
    const bar = [...host.querySelectorAll('.kinds li')].map((li) => li.textContent);
    expect(bar).toEqual(['نص شخص مسمّى: 10 ادعاءات', 'نص جهة مسمّاة: لا ادعاءات', 'نص مصدر مجهول: ادعاءان']);
    // Entities are counted in times, not «(3 ذِكر)»; the section is not called «الأعلام» ("flags").
    expect(host.querySelector('#ent-h')!.textContent).toBe('الأشخاص والجهات والأماكن في المقال');
    expect(host.querySelector('[data-testid="entity"] .count')!.textContent).toMatch(
      /^\((مرة واحدة|مرتان|\d+ (مرات|مرة))\)$/,
    );
    // No percentage anywhere in the panel.
    expect(host.textContent).not.toMatch(/[%٪]/);
  });

  it('gives one verdict on the headline on top, and does not copy the claim list into warnings', async () => {
    const { host } = await render('arabi21-baghouz', 'ar');
    expect(host.querySelectorAll('[data-testid="verdict"]')).toHaveLength(1);
    expect(host.querySelector('main > section')!.getAttribute('data-testid')).toBe('verdict');
    expect(host.querySelectorAll('[data-testid="warning"]')).toHaveLength(0);
  });

  it('isolates every Arabic fragment in the English UI', async () => {
    for (const dir of ['arabi21-baghouz', 'bbcarabic-ghouta', 'france24-sinai-hrw']) {
      const { host } = await render(dir, 'en');
      expect(unisolatedArabic(host), dir).toEqual([]);
      expect(host.querySelector('.summary')!.textContent).not.toMatch(DIGIT_LOOKALIKE);
    }
  });

  it('shows the chain behind a claim and groups one source however it is written', async () => {
    const { host } = await render('bbcarabic-ghouta', 'ar');
    const chains = [...host.querySelectorAll('[data-testid="chain"]')].map((c) => c.textContent);
    expect(chains).toContain('سلسلة الإسناد: وكالات أنباء (مصدر مجهول) ← عن وزارة الدفاع الروسية (جهة مسمّاة)');
    const hrw = await render('france24-sinai-hrw', 'ar');
    const names = [...hrw.host.querySelectorAll('[data-testid="source-group"] .src-name')].map((e) => e.textContent);
    expect(names.filter((n) => n?.includes('رايتس'))).toHaveLength(1);
  });

  it('says a claim is already saved instead of offering «احفظ» again', async () => {
    const { host } = await render('arabi21-baghouz', 'ar');
    const saved = host.querySelectorAll<HTMLButtonElement>('button.save[data-saved="true"]');
    expect(saved).toHaveLength(1);
    expect(saved[0].disabled).toBe(true);
    expect(saved[0].textContent).toContain('محفوظ');
  });

  it('lists 50 claims per source at first and the rest on request, so a page of thousands stays light', async () => {
    const dir = 'arabi21-baghouz';
    const state = stateFor(dir);
    const a = state.analysis!;
    const one = a.attributions[0];
    const many = Array.from({ length: 120 }, (_, i) => ({ ...one, id: `a${i}` }));
    const host = document.createElement('div');
    document.body.replaceChildren(host);
    await act(async () =>
      createRoot(host).render(
        <Panel
          lang="ar"
          state={{ ...state, analysis: { ...a, attributions: many, warnings: [] } }}
          send={async () => {}}
        />,
      ),
    );
    const items = () => host.querySelectorAll('[data-testid="claim"]').length;
    const more = () => host.querySelector<HTMLButtonElement>('.claims button.more');
    expect(items()).toBe(50);
    expect(more()!.textContent).toContain('70');
    await act(async () => more()!.click());
    expect(items()).toBe(100);
    await act(async () => more()!.click());
    expect(items()).toBe(120);
    expect(more()).toBeNull();
  });

  it('says why a page is not taken for an article', async () => {
    const host = document.createElement('div');
    document.body.replaceChildren(host);
    const state = { ...stateFor('arabi21-baghouz'), status: 'not-article' as const, analysis: null };
    state.detection = { isArticle: false, score: -3, outlet: null, why: 'listing' };
    await act(async () => createRoot(host).render(<Panel lang="ar" state={state} send={async () => {}} />));
    expect(host.querySelector('[data-testid="not-article"]')!.textContent).toBe(
      'لا تبدو هذه الصفحة مقالًا إخباريًا عربيًا. تبدو صفحةً رئيسية أو قائمةَ روابط لمقالات، لا مقالًا واحدًا.',
    );
  });

  it('lets the reader merge a source into another, through the kept corrections', async () => {
    const { host, renamed } = await render('arabi21-baghouz', 'ar');
    const group = host.querySelectorAll('[data-testid="source-group"]')[2];
    await act(async () => group.querySelector<HTMLButtonElement>('button.correct')!.click());
    const select = group.querySelector('select')!;
    await act(async () => {
      select.value = 'صهيب الجابر';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await act(async () => group.querySelector('form')!.requestSubmit());
    expect(renamed).toEqual([['جيا كرد', 'صهيب الجابر']]);
    // Applied: the merged source's claims are listed under the other name.
    const merged = await render('arabi21-baghouz', 'ar', { 'جيا كرد': 'صهيب الجابر' });
    const groups = [...merged.host.querySelectorAll('[data-testid="source-group"]')];
    expect(groups.map((g) => g.querySelector('.src-name')!.textContent)).toEqual([
      'صهيب الجابر',
      'أسامة بشير',
      'مصادر إعلامية سورية محلية',
    ]);
    expect(groups[0].textContent).toContain('صحّحتَه');
  });
});
