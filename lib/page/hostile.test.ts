// @vitest-environment jsdom
/**
 * Pages built to hurt: no body, very deep nesting, huge pages, broken JSON-LD, only furniture.
 * extractArticle and detectArticle must return (never throw) and stay linear.
 */
import { describe, expect, it } from 'vitest';
import { detectArticle } from './detect.ts';
import { extractArticle } from './extract.ts';
import { rangeFor } from './offsets.ts';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const PARA =
  'وقال المتحدث باسم الوزارة في مؤتمر صحفي، إن الحكومة ستواصل العمل على تنفيذ الخطة خلال الأشهر المقبلة، مضيفا أن اللجنة المختصة سترفع تقريرها إلى البرلمان قبل نهاية العام الجاري، وفق ما نقلته وكالة الأنباء الرسمية عن مصادر مطلعة طلبت عدم الكشف عن هويتها.';

/** A news page of about `words` words: furniture, then the article, then more furniture. */
function bigPage(words: number): string {
  const perPara = PARA.split(' ').length;
  const n = Math.ceil(words / perPara);
  const nav = Array.from({ length: 200 }, (_, i) => `<li><a href="/s/${i}">قسم ${i}</a></li>`).join('');
  const paras = Array.from({ length: n }, (_, i) => `<p>${PARA} (${i})</p>`).join('\n');
  return `<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta property="og:type" content="article"><title>صفحة كبيرة</title></head><body><nav><ul>${nav}</ul></nav><article><h1>عنوان صفحة كبيرة جدا</h1><div class="article-body">${paras}</div></article><footer>${nav}</footer></body></html>`;
}

describe('hostile pages', () => {
  it('a document without a body', () => {
    const doc = document.implementation.createDocument(null, 'root', null) as unknown as Document;
    expect(extractArticle(doc)).toBeNull();
    expect(detectArticle(doc, 'https://example.com/').isArticle).toBe(false);
    const html = parse('<html><head><title>x</title></head></html>');
    html.body?.remove();
    expect(extractArticle(html)).toBeNull();
    expect(detectArticle(html).isArticle).toBe(false);
  });

  it('an empty page and a page of furniture only', () => {
    expect(extractArticle(parse(''))).toBeNull();
    const furniture = parse(
      '<html lang="ar"><body><nav><a href="/">الرئيسية</a></nav><script>var x = "نص داخل سكربت طويل جدا جدا";</script><footer>جميع الحقوق محفوظة</footer></body></html>',
    );
    expect(extractArticle(furniture)).toBeNull();
    expect(detectArticle(furniture).isArticle).toBe(false);
  });

  it('broken, huge and cyclic-looking JSON-LD is ignored safely', () => {
    const ld = [
      '{"@type": "NewsArticle", "headline": ',
      JSON.stringify({ '@graph': [{ '@graph': [{ '@graph': [] }] }], '@type': ['NewsArticle', 5, null] }),
      `{"@type":"WebPage","x":"${'ا'.repeat(300_000)}"}`,
      'null',
      '[[[[[]]]]]',
    ]
      .map((s) => `<script type="application/ld+json">${s}</script>`)
      .join('');
    const doc = parse(
      `<html lang="ar"><head>${ld}</head><body><article><h1>عنوان</h1><p>${PARA}</p><p>${PARA}</p></article></body></html>`,
    );
    const det = detectArticle(doc);
    expect(det.signals.jsonLdArticle).toBe(true);
    expect(extractArticle(doc)?.blocks.length).toBeGreaterThan(1);
  });

  it('very deep nesting does not overflow the stack', () => {
    // jsdom itself recurses when a subtree is attached, so 3,000 levels is what it can build; our
    // walk is iterative and has no depth limit (browsers' parsers stop nesting at 512 levels anyway).
    const doc = parse('<html lang="ar"><body></body></html>');
    const p = doc.createElement('p');
    p.textContent = PARA;
    let el: Element = p;
    for (let i = 0; i < 3000; i++) {
      const d = doc.createElement(i % 2 ? 'div' : 'span');
      d.appendChild(el);
      el = d;
    }
    doc.body.appendChild(el);
    const ex = extractArticle(doc);
    expect(ex?.text).toContain('وقال المتحدث');
    expect(() => detectArticle(doc)).not.toThrow();
    expect(rangeFor(ex!, 0, 10, doc)[0].toString()).toBe(ex!.text.slice(0, 10));
  });

  it('a 200,000-word page is extracted in well under a second (jsdom)', () => {
    const doc = parse(bigPage(200_000));
    const t0 = performance.now();
    const ex = extractArticle(doc)!;
    const ms = performance.now() - t0;
    console.log(
      `200,000-word page: extraction ${ms.toFixed(0)} ms, ${ex.text.length} chars, ${ex.blocks.length} blocks`,
    );
    expect(ex.text.split(/\s+/).length).toBeGreaterThan(190_000);
    expect(ex.text).not.toContain('قسم 5');
    expect(ms).toBeLessThan(1000);
    const t1 = performance.now();
    const det = detectArticle(doc, 'https://news.example/2026/03/10/big-page', ex);
    const detMs = performance.now() - t1;
    expect(det.isArticle).toBe(true);
    expect(detMs).toBeLessThan(500);
    // Offsets anywhere in the page map back (the lookup is a binary search; jsdom's own Range is
    // slow on wide trees, so the time of this loop is not asserted here).
    for (let i = 0; i < 100; i++) {
      const s = Math.floor((i / 100) * (ex.text.length - 50));
      const rs = rangeFor(ex, s, s + 40, doc);
      expect(
        rs
          .map((r) => r.toString())
          .join(' ')
          .replace(/\s+/g, ' '),
      ).toBe(ex.text.slice(s, s + 40).replace(/\s+/g, ' '));
    }
  });

  it('text with no spaces at all and a megabyte in one node', () => {
    const doc = parse(`<html lang="ar"><body><div class="content"><p>${'ب'.repeat(1_000_000)}</p></div></body></html>`);
    const ex = extractArticle(doc)!;
    expect(ex.text.length).toBe(1_000_000);
    expect(rangeFor(ex, 10, 20, doc)[0].toString()).toBe('ب'.repeat(10));
  });
});

describe('extractArticleSliced', () => {
  it('gives the same article as extractArticle and yields on a big page', async () => {
    const { extractArticleSliced } = await import('./extract.ts');
    const doc = parse(bigPage(60_000));
    let pauses = 0;
    const sliced = await extractArticleSliced(
      doc,
      () => {
        pauses++;
        return Promise.resolve();
      },
      1,
    );
    const whole = extractArticle(doc);
    expect(sliced?.text).toBe(whole?.text);
    expect(sliced?.blocks.length).toBe(whole?.blocks.length);
    expect(pauses).toBeGreaterThan(1);
    expect(
      await extractArticleSliced(document.implementation.createDocument(null, 'x', null) as unknown as Document, () =>
        Promise.resolve(),
      ),
    ).toBeNull();
  });
});
