// @vitest-environment jsdom
/**
 * The light first step must never turn away a page the full detector accepts: both run over every fixture page
 * (test/fixtures/pages, ../shared/fixtures, the dynamic pages) and over random pages that put Arabic articles under
 * English menus, other declared languages and long furniture; and it must turn away plainly non-Arabic pages.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadFixtures } from '../../test/fixtures/fixtures.ts';
import { detectArticle } from './detect.ts';
import { lightVerdict, MAX_NODES, readLightSignals, SAMPLE_CHARS } from './light.ts';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const light = (html: string) => lightVerdict(readLightSignals(parse(html)));

const PARA =
  'قال رئيس الوزراء في تصريح صحفي، اليوم الاثنين، إن الحكومة ستعرض مشروع الموازنة على البرلمان الأسبوع المقبل، مضيفا أن الموازنة تتضمن زيادة في الإنفاق على التعليم والصحة.';
const EN =
  'The prime minister said on Monday that the government would put the budget to parliament next week, adding that it raised spending on schools and hospitals.';

/** Every HTML page the repository keeps as a fixture. */
function allPages(): { name: string; html: string; url: string; kind?: string }[] {
  const out: { name: string; html: string; url: string; kind?: string }[] = loadFixtures().map((f) => ({
    name: f.folder,
    html: f.html,
    url: `https://example.com${f.url}`,
    kind: f.meta.kind,
  }));
  const shared = join(process.cwd(), '..', 'shared', 'fixtures');
  if (existsSync(shared))
    for (const d of readdirSync(shared)) {
      const f = join(shared, d, 'page.html');
      if (existsSync(f))
        out.push({ name: `shared/${d}`, html: readFileSync(f, 'utf8'), url: `https://example.com/${d}` });
    }
  const dyn = join(process.cwd(), 'test', 'fixtures', 'dynamic');
  for (const f of readdirSync(dyn).filter((x) => x.endsWith('.html')))
    out.push({ name: `dynamic/${f}`, html: readFileSync(join(dyn, f), 'utf8'), url: `https://example.com/${f}` });
  return out;
}

describe('light first step', () => {
  const pages = allPages();

  it('has the fixture pages to check against', () => {
    expect(pages.length).toBeGreaterThanOrEqual(30);
  });

  it.each(pages)('never turns away what the full detector accepts: $name', ({ html, url, kind }) => {
    const doc = parse(html);
    const full = detectArticle(doc, url);
    const verdict = lightVerdict(readLightSignals(doc));
    if (full.isArticle) expect(verdict).toBe('maybe');
    // Arabic pages that are not articles load the rest too (the full detector tells them apart); pages that
    // are not Arabic at all stop here.
    if (kind === 'english-article' || kind === 'persian-article' || kind === 'urdu-article')
      expect(verdict).toBe('not-arabic');
  });

  it('turns away English and Persian pages, waits on empty ones', () => {
    expect(light(`<html lang="en"><body><main>${`<p>${EN}</p>`.repeat(8)}</main></body></html>`)).toBe('not-arabic');
    const fa =
      'این گزارش می‌گوید که دولت برای سال آینده بودجه را به مجلس خواهد برد و هزینه‌های آموزش و بهداشت را افزایش داده است.';
    expect(light(`<html dir="rtl"><body><article>${`<p>${fa}</p>`.repeat(8)}</article></body></html>`)).toBe(
      'not-arabic',
    );
    expect(light('<html><body><div id="app"></div></body></html>')).toBe('unsure');
  });

  it('sees an Arabic article inside an open shadow root under English furniture (issue 15, 4)', () => {
    const doc = parse(
      `<html lang="en"><body><nav>${`<p>${EN}</p>`.repeat(6)}</nav><news-story></news-story></body></html>`,
    );
    const host = doc.querySelector('news-story')!;
    const root = host.attachShadow({ mode: 'open' });
    for (let i = 0; i < 6; i++) root.append(Object.assign(doc.createElement('p'), { textContent: PARA }));
    expect(lightVerdict(readLightSignals(doc))).toBe('maybe');
    // The same article in a closed root is not Isnad's to read, and the English page stays turned away.
    const closed = parse(`<html lang="en"><body><nav>${`<p>${EN}</p>`.repeat(6)}</nav><x-s></x-s></body></html>`);
    const croot = closed.querySelector('x-s')!.attachShadow({ mode: 'closed' });
    croot.append(Object.assign(closed.createElement('p'), { textContent: PARA }));
    expect(lightVerdict(readLightSignals(closed))).toBe('not-arabic');
  });

  it('reads a bounded sample of a huge page', () => {
    const huge = `<html><body>${'<span>x</span>'.repeat(MAX_NODES * 3)}<p>${'x'.repeat(500_000)}</p></body></html>`;
    const s = readLightSignals(parse(huge));
    expect(s.sample.length + s.paragraphs.length).toBeLessThanOrEqual(2 * SAMPLE_CHARS + 50);
    expect(s.composed).toBe('');
  });

  it('keeps Arabic articles under English menus, other declared languages and long furniture', () => {
    const arb = fc.record({
      lang: fc.constantFrom('ar', 'en', 'en-US', 'fr', '', 'ar-EG'),
      dir: fc.constantFrom('rtl', 'ltr', ''),
      menu: fc.nat({ max: 60 }),
      paras: fc.integer({ min: 1, max: 12 }),
      wrap: fc.constantFrom('article', 'main', 'div', 'section'),
      og: fc.boolean(),
      title: fc.constantFrom('الحكومة تعرض الموازنة على البرلمان', 'Budget news', ''),
    });
    fc.assert(
      fc.property(arb, (p) => {
        const menu = Array.from({ length: p.menu }, (_, i) => `<li><a href="/s${i}">${EN.slice(0, 40)}</a></li>`);
        const html = `<!DOCTYPE html><html${p.lang ? ` lang="${p.lang}"` : ''}${p.dir ? ` dir="${p.dir}"` : ''}><head><title>${p.title}</title>${p.og ? '<meta property="og:type" content="article">' : ''}</head><body><header><nav><ul>${menu.join('')}</ul></nav></header><${p.wrap}><h1>الحكومة تعرض الموازنة على البرلمان</h1><time datetime="2026-01-01">1 يناير</time>${`<p>${PARA}</p>`.repeat(p.paras)}</${p.wrap}><footer>${EN}</footer></body></html>`;
        const doc = parse(html);
        if (detectArticle(doc, 'https://example.com/news/2026/01/01/budget').isArticle)
          expect(lightVerdict(readLightSignals(doc))).toBe('maybe');
      }),
      { numRuns: 150 },
    );
  });
});
