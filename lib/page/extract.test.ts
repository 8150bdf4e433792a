// @vitest-environment jsdom
/**
 * Extraction on page shapes the fixture layouts do not cover: paragraphs separated by <br>, a body
 * split in two by a related box, pages without any class names, quotes, links inside paragraphs.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract.ts';
import { tokenF1 } from './token-f1.ts';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

const P = [
  'أعلنت وزارة الصحة، اليوم الأحد، عن افتتاح مستشفى جديد في المدينة، بطاقة استيعابية تصل إلى مئتي سرير، وذلك ضمن خطة لتحسين الخدمات.',
  'وقال وزير الصحة في كلمة خلال الافتتاح إن المستشفى سيخدم أكثر من نصف مليون نسمة، مشيرا إلى أن العمل جار على مشاريع مماثلة في محافظات أخرى.',
  'من جهته، أكد مدير المستشفى أن الطاقم الطبي يضم مئة وعشرين طبيبا وممرضا، وأن الأقسام ستفتح تباعا خلال الأسابيع المقبلة.',
  'ويأتي افتتاح المستشفى بعد سنوات من التأخير، بسبب نقص التمويل، وفق ما ذكرت مصادر في الوزارة طلبت عدم الكشف عن هويتها.',
  'وكانت الحكومة قد أعلنت العام الماضي عن خطة لبناء عشرة مستشفيات جديدة، بتكلفة إجمالية تقدر بمئات الملايين، تمولها قروض دولية.',
];
const TITLE = 'افتتاح مستشفى جديد بطاقة مئتي سرير';
const EXPECTED = `${TITLE}\n\n${P.join('\n')}`;

const page = (inner: string, head = '') =>
  `<!DOCTYPE html><html lang="ar" dir="rtl"><head><title>${TITLE} - موقع</title>${head}</head><body>
  <div id="top"><a href="/">الرئيسية</a> <a href="/a">أخبار</a> <a href="/b">رياضة</a></div>
  ${inner}
  <div class="links"><a href="/1">خبر آخر عن الاقتصاد المحلي والأسعار</a><br><a href="/2">خبر آخر عن الرياضة والملاعب الجديدة</a></div>
  <div id="bottom">© 2026 موقع الأخبار</div></body></html>`;

function f1Of(html: string): number {
  const ex = extractArticle(parse(html));
  return ex ? tokenF1(ex.text, EXPECTED).f1 : 0;
}

describe('extractArticle on other page shapes', () => {
  it('paragraphs separated by <br><br> inside one container', () => {
    const html = page(`<div class="main"><h1>${TITLE}</h1><div class="txt">${P.join('<br><br>\n')}</div></div>`);
    const ex = extractArticle(parse(html))!;
    expect(ex.text).toBe(EXPECTED);
  });

  it('a body split in two by a related-stories box', () => {
    const html = page(
      `<h1>${TITLE}</h1><div class="text">${P.slice(0, 2)
        .map((p) => `<p>${p}</p>`)
        .join(
          '',
        )}</div><div class="related"><h3>أخبار ذات صلة</h3><ul><li><a href="/x">وزير الصحة يتفقد مستشفيات الجنوب ويعد بتحسين الخدمات</a></li></ul></div><div class="text">${P.slice(
        2,
      )
        .map((p) => `<p>${p}</p>`)
        .join('')}</div>`,
    );
    expect(f1Of(html)).toBeGreaterThanOrEqual(0.95);
  });

  it('a page with no class names at all', () => {
    const html = page(`<main><article><h1>${TITLE}</h1><p>${P.join('</p><p>')}</p></article></main>`);
    expect(extractArticle(parse(html))!.text).toBe(EXPECTED);
  });

  it('keeps quotations and inline links, drops a mid-article "read also" line', () => {
    const withLink = P.map((p, i) => (i === 1 ? p.replace('وزير الصحة', '<a href="/minister">وزير الصحة</a>') : p));
    const html = page(
      `<article><h1>${TITLE}</h1><div class="entry-content"><p>${withLink[0]}</p><p>${withLink[1]}</p><p><strong>اقرأ أيضا: </strong><a href="/y">افتتاح مدرسة جديدة في الحي الشرقي</a></p><blockquote><p>${withLink[2]}</p></blockquote><p>${withLink[3]}</p><p>${withLink[4]}</p></div></article>`,
    );
    expect(extractArticle(parse(html))!.text).toBe(EXPECTED);
  });

  it('reads title, byline and date', () => {
    const html = page(
      `<article><h1>${TITLE}</h1><div class="meta"><span class="author">سعاد حسن</span> <time datetime="2026-03-01T10:00:00Z">1 مارس</time></div><div class="body">${P.map((p) => `<p>${p}</p>`).join('')}</div></article>`,
      '<meta property="og:title" content="افتتاح مستشفى جديد">',
    );
    const ex = extractArticle(parse(html))!;
    expect(ex.title).toBe(TITLE);
    expect(ex.byline).toBe('سعاد حسن');
    expect(ex.published).toBe('2026-03-01T10:00:00Z');
    expect(ex.text).toBe(EXPECTED);
  });

  it('takes the title from metadata when the page has no headline element', () => {
    const html = page(
      `<div class="story">${P.map((p) => `<p>${p}</p>`).join('')}</div>`,
      `<meta property="og:title" content="${TITLE}">`,
    );
    const ex = extractArticle(parse(html))!;
    expect(ex.text).toBe(EXPECTED);
    expect(ex.stats.titleInDom).toBe(false);
    expect(ex.blocks[0].segments).toEqual([]);
  });

  it('never returns page furniture from a teaser grid as article paragraphs with high link density', () => {
    const cards = P.map(
      (p, i) => `<div class="card"><a href="/n/${i}"><h3>${p.slice(0, 60)}</h3></a><p>${p.slice(0, 90)}</p></div>`,
    ).join('');
    const ex = extractArticle(parse(page(`<div class="grid">${cards}</div>`)));
    expect(ex?.stats.linkedHeadings ?? 0).toBeGreaterThanOrEqual(3);
  });
});

describe('class names that mislead', () => {
  const paras = P.map((p) => `<p>${p}</p>`).join('');
  const comments = `<div id="comments" class="comments-area"><ol class="comment-list"><li class="comment"><div class="comment-content"><p>${P[4]} تعليق طويل من قارئ لا يجب أن يظهر في نص الخبر أبدا.</p></div></li></ol></div>`;

  it('a WordPress post tagged "comments" and "ads" keeps its text', () => {
    const html = page(
      `<article class="post type-post tag-comments tag-ads category-sidebar hentry"><h1 class="entry-title">${TITLE}</h1><div class="entry-content">${paras}</div></article>${comments}`,
    );
    expect(extractArticle(parse(html))!.text).toBe(EXPECTED);
  });

  it('a theme wrapper named "content-sidebar-wrap" does not hide the article', () => {
    const html = page(
      `<div class="content-sidebar-wrap"><main class="content"><article><h1>${TITLE}</h1><div class="entry-content">${paras}</div></article>${comments}</main><aside class="sidebar">روابط</aside></div>`,
    );
    expect(extractArticle(parse(html))!.text).toBe(EXPECTED);
  });

  it('an article container with a furniture name is found again by structure', () => {
    // Every paragraph sits in a div whose class says "widget": the name rules find nothing, the
    // structural retry finds the text.
    const html = page(`<h1>${TITLE}</h1><div class="widget-area"><div class="widget">${paras}</div></div>`);
    expect(f1Of(html)).toBeGreaterThanOrEqual(0.95);
  });
});

describe('captions without <figcaption>', () => {
  it('drops a short unpunctuated line right after a picture, keeps a paragraph after a picture', () => {
    const html = page(
      `<article><h1>${TITLE}</h1><div class="body"><div class="pic"><img src="data:," alt=""></div><div class="pic-note">مبنى المستشفى الجديد في وسط المدينة</div><p>${P[0]}</p><p>${P[1]}</p><div class="pic"><img src="data:," alt=""></div><p>${P[2]}</p><p>${P[3]}</p><p>${P[4]}</p></div></article>`,
    );
    expect(extractArticle(parse(html))!.text).toBe(EXPECTED);
  });
});
