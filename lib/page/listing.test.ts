// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { detectArticle } from './detect.ts';
import { extractArticle } from './extract.ts';
import { listingKind } from './listing.ts';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const S =
  'وقال المتحدث باسم الوزارة في بيان صحفي إن الحكومة ستواصل العمل على تنفيذ الخطة خلال الأشهر المقبلة، مضيفا أن اللجنة المختصة سترفع تقريرها إلى البرلمان قبل نهاية العام الجاري، وأن الأولوية ستكون للمناطق الأكثر تضررا.';
const page = (body: string, head = '') =>
  `<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>صفحة</title>${head}</head><body>${body}</body></html>`;
const kindOf = (html: string, url?: string) => {
  const doc = parse(html);
  const ex = extractArticle(doc);
  return { kind: listingKind(ex?.root ?? null, url), det: detectArticle(doc, url, ex) };
};

describe('listingKind', () => {
  it('a category front with one very long summary is a section front, and not an article', () => {
    const items = Array.from(
      { length: 8 },
      (_, i) =>
        `<li class="story"><h3><a href="/news/${i}">عنوان الخبر رقم ${i} عن تطورات الأوضاع</a></h3><div class="lead">${i === 2 ? `${S} ${S} ${S} ${S}` : S}</div></li>`,
    ).join('');
    const { kind, det } = kindOf(
      page(`<h1>أخبار محلية</h1><ul class="stories">${items}</ul>`, '<meta property="og:type" content="article">'),
    );
    expect(kind).toBe('section-front');
    expect(det.isArticle).toBe(false);
    expect(det.reason).toBe('section-front');
  });

  it('a WordPress archive of article.post items, titles as links outside headings, is a section front', () => {
    const items = Array.from(
      { length: 5 },
      (_, i) =>
        `<article class="post-${100 + i} post type-post"><a class="title" href="/2020/01/0${i + 1}/x-${i}/">تقرير موسع عن الانتخابات البلدية رقم ${i}</a><p>${S}</p><p>${S}</p></article>`,
    ).join('');
    expect(kindOf(page(`<main>${items}</main>`)).kind).toBe('section-front');
  });

  it('a forum thread of posts (name link, date, text) is a forum', () => {
    const posts = Array.from(
      { length: 4 },
      (_, i) =>
        `<div class="post" id="p${i}"><div class="author"><a href="/memberlist.php?u=${i}">عضو${i}</a></div><div class="content">${S}<br><br>${i === 0 ? S : ''}</div></div>`,
    ).join('');
    const { kind, det } = kindOf(page(`<h1>موضوع للنقاش</h1><div id="page-body">${posts}</div>`));
    expect(kind).toBe('forum');
    expect(det.reason).toBe('forum');
  });

  it('an article with a related-stories box inside its body stays an article', () => {
    const related = `<div class="box"><div class="card"><a href="/a/1">خبر ذو صلة عن الموازنة العامة للدولة</a></div><div class="card"><a href="/a/2">خبر ذو صلة عن البرلمان والحكومة</a></div><div class="card"><a href="/a/3">خبر ذو صلة عن اللجنة المختصة</a></div></div>`;
    const body = `<article><h1>الحكومة تعرض خطتها على البرلمان</h1><div class="body"><p>${S}</p><p>${S}</p>${related}<p>${S}</p><p>${S}</p><p>${S}</p></div></article>`;
    const { kind, det } = kindOf(page(body), 'https://news.example/2026/01/01/plan');
    expect(kind).toBeNull();
    expect(det.isArticle).toBe(true);
    expect(det.reason).toBe('article');
  });

  it('a live blog of timed updates (no headline links, not named as posts) is not taken for a list', () => {
    const updates = Array.from(
      { length: 8 },
      (_, i) =>
        `<div class="update"><time datetime="2026-01-01T1${i}:00">1${i}:00</time><div class="update-text">${S}</div></div>`,
    ).join('');
    const { kind, det } = kindOf(
      page(`<main><h1>تغطية مباشرة لجلسة البرلمان</h1><div class="updates">${updates}</div></main>`),
      'https://news.example/2026/01/01/live',
    );
    expect(kind).toBeNull();
    expect(det.signals.listing).toBeNull();
  });

  it('three look-alike columns where the article column holds most of the text are not a list', () => {
    const col = (inner: string) => `<div class="col">${inner}</div>`;
    const article = `<h1>الحكومة تعرض خطتها على البرلمان</h1>${Array.from({ length: 6 }, () => `<p>${S}</p>`).join('')}<p><a href="/x">اقرأ أيضا: الحكومة تناقش الموازنة الجديدة مع النواب</a></p>`;
    const rail = `<h3>الأكثر قراءة</h3><ul>${Array.from({ length: 5 }, (_, i) => `<li><a href="/r/${i}">عنوان خبر من الأكثر قراءة رقم ${i}</a></li>`).join('')}</ul>`;
    const { det } = kindOf(
      page(`<div class="row">${col(article)}${col(rail)}${col(rail)}</div>`),
      'https://news.example/2026/01/01/plan',
    );
    expect(det.signals.listing).toBeNull();
    expect(det.isArticle).toBe(true);
  });
});

describe('listingKind on old table layouts', () => {
  it('a vBulletin 3 thread (each post a table with id="post…") is a forum', () => {
    const posts = Array.from(
      { length: 4 },
      (_, i) =>
        `<table class="tborder" id="post${9000 + i}"><tr><td class="alt2"><a class="bigusername" href="member.php?u=${i}">عضو ${i}</a></td><td class="alt1"><div id="post_message_${9000 + i}">${S}<br><br>${i === 0 ? S : ''}</div></td></tr></table>`,
    ).join('');
    expect(kindOf(page(`<div class="page"><h1>سؤال عن الموازنة</h1>${posts}</div>`)).kind).toBe('forum');
  });

  it('an old article laid out in stacked tables (header, content, footer) is no list', () => {
    const table = (inner: string) => `<table width="100%"><tr><td>${inner}</td></tr></table>`;
    const header = table(
      '<a href="/">الرئيسية</a> | <a href="/a">أخبار محلية ودولية</a> | <a href="/b">مقالات الرأي والتحليل</a>',
    );
    const content = table(
      `<h1>الحكومة تعرض خطتها على البرلمان</h1>${Array.from({ length: 5 }, () => `${S}<br><br>`).join('')}`,
    );
    const footer = table(
      '<a href="/c">اتصل بنا عبر البريد الإلكتروني</a> | <a href="/d">سياسة الخصوصية وشروط الاستخدام</a>',
    );
    const { det } = kindOf(page(`${header}${content}${footer}`), 'https://old.example/news.asp?id=123456');
    expect(det.signals.listing).toBeNull();
    expect(det.isArticle, det.reasons.join('; ')).toBe(true);
  });
});
