// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { arabicShare, detectArticle, urlShape } from './detect.ts';
import { extractArticle } from './extract.ts';
import { readJsonLd } from './meta.ts';
import { OUTLETS, outletBySiteName, outletByUrl, sameSite } from './outlets.ts';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const PARA =
  'قال رئيس الوزراء في تصريح صحفي، اليوم الاثنين، إن الحكومة ستعرض مشروع الموازنة على البرلمان الأسبوع المقبل، مضيفا أن الموازنة تتضمن زيادة في الإنفاق على التعليم والصحة.';

function articleHtml({ lang = 'ar', body = PARA, paras = 5, head = '' } = {}): string {
  return `<!DOCTYPE html><html lang="${lang}"><head><title>عنوان</title>${head}</head><body><header><nav><a href="/">الرئيسية</a></nav></header><main><article><h1>الحكومة تعرض الموازنة على البرلمان</h1><time datetime="2026-01-01">1 يناير</time>${Array.from({ length: paras }, () => `<p>${body}</p>`).join('')}</article></main><footer>حقوق</footer></body></html>`;
}

describe('urlShape', () => {
  it.each([
    ['https://www.aljazeera.net/news/2018/6/24/اليمن-المعارك-تقترب', 'article'],
    ['https://www.bbc.com/arabic/middleeast-43587505', 'article'],
    ['https://www.france24.com/ar/20180424-هيومن-رايتس-ووتش', 'article'],
    ['https://arabi21.com/story/1155012/slug', 'article'],
    ['https://www.skynewsarabia.com/world/1042571', 'article'],
    ['https://www.aljazeera.net/', 'home'],
    ['https://www.france24.com/ar/', 'home'],
    ['https://www.bbc.com/arabic/search?q=سوريا', 'search'],
    ['https://example.com/search/سوريا', 'search'],
    ['https://www.skynewsarabia.com/middle-east', 'section'],
    ['https://news.example/ar/index.php', 'home'],
    ['https://old.example/news.asp?id=123456', 'article'],
    ['https://old.example/NewsDetails.aspx?NewsID=88213', 'article'],
    ['https://old.example/index.php?p=4521', 'article'],
    ['https://old.example/Section.aspx?id=12', 'section'],
    ['https://news.example/Default.aspx', 'home'],
    ['https://news.example/tag/الحرب-في-سوريا-والعراق', 'section'],
    ['https://news.example/ar/category/12/page/2', 'section'],
    ['https://news.example/وسم/اليمن', 'section'],
    ['https://news.example/category/politics/2020/01/01/some-story-slug', 'article'],
    ['not a url', 'unknown'],
  ])('%s → %s', (url, shape) => {
    expect(urlShape(url)).toBe(shape);
  });
});

describe('arabicShare', () => {
  it('measures Arabic letters among letters, ignoring digits and punctuation', () => {
    expect(arabicShare('مرحبا 123 !!!')).toBe(1);
    expect(arabicShare('hello')).toBe(0);
    expect(arabicShare('مرحبا hello')).toBeCloseTo(5 / 10);
    expect(arabicShare('')).toBe(0);
  });
});

describe('outlets', () => {
  it('every outlet has names in both languages and at least one host', () => {
    const ids = new Set<string>();
    for (const o of OUTLETS) {
      expect(o.nameAr).toMatch(/[\u0600-\u06FF]/);
      expect(o.nameEn).toMatch(/[A-Za-z]/);
      expect(o.hosts.length).toBeGreaterThan(0);
      expect(ids.has(o.id)).toBe(false);
      ids.add(o.id);
    }
    for (const id of [
      'arabi21',
      'aljazeera',
      'bbcarabic',
      'alarabiya',
      'skynewsarabia',
      'cnnarabic',
      'france24',
      'aawsat',
      'independentarabia',
      'alquds',
      'alaraby',
      'enabbaladi',
      'rtarabic',
      'dwarabic',
      'anadolu',
      'youm7',
      'hespress',
    ]) {
      expect(ids.has(id), id).toBe(true);
    }
  });

  it('matches by host and path, preferring the longer match', () => {
    expect(outletByUrl('https://www.bbc.com/arabic/world-45329700')?.id).toBe('bbcarabic');
    expect(outletByUrl('https://www.bbc.com/news/world-45329700')).toBeNull();
    expect(outletByUrl('https://arabic.cnn.com/middle-east/article/2018/10/13/x')?.id).toBe('cnnarabic');
    expect(outletByUrl('https://edition.cnn.com/2018/10/13/x')).toBeNull();
    expect(outletByUrl('https://www.dw.com/ar/عنوان/a-123')?.id).toBe('dwarabic');
    expect(outletByUrl('https://www.dw.com/en/title/a-123')).toBeNull();
    expect(outletByUrl('https://m.youm7.com/story/2026/1/1/x/123')?.id).toBe('youm7');
    expect(outletByUrl('https://notyoum7.com/')).toBeNull();
  });

  it('matches declared site names loosely (hamza, spacing)', () => {
    expect(outletBySiteName('الجزيرة نت')?.id).toBe('aljazeera');
    expect(outletBySiteName('BBC News عربي')?.id).toBe('bbcarabic');
    expect(outletBySiteName('اندبندنت عربية')?.id).toBe('independentarabia');
    expect(outletBySiteName('Some Blog')).toBeNull();
  });
});

describe('readJsonLd', () => {
  it('finds article types inside @graph and arrays of types', () => {
    const doc = parse(
      `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":["ReportageNewsArticle"],"headline":"ع","author":[{"name":"أ"},{"name":"ب"}],"publisher":{"name":"ن"}}]}</script>`,
    );
    const ld = readJsonLd(doc);
    expect(ld.types).toEqual(['WebPage', 'ReportageNewsArticle']);
    expect(ld.headline).toBe('ع');
    expect(ld.author).toBe('أ، ب');
    expect(ld.publisher).toBe('ن');
  });
});

describe('detectArticle', () => {
  it('an Arabic article on an unknown site with no metadata at all', () => {
    const det = detectArticle(parse(articleHtml()), 'https://unknown-news.example/2026/01/01/budget');
    expect(det.isArticle).toBe(true);
    expect(det.outlet).toBeNull();
    expect(det.signals.arabicShare).toBeGreaterThan(0.9);
  });

  it('the same article with lang="en" declared by mistake is still Arabic', () => {
    expect(detectArticle(parse(articleHtml({ lang: 'en' })), 'https://x.example/2026/01/01/a').isArticle).toBe(true);
  });

  it('a Persian page (Arabic script, lang fa) is left alone', () => {
    const fa =
      'رئیس جمهور در یک نشست خبری گفت که دولت برنامه بودجه را هفته آینده به مجلس ارائه خواهد کرد، و افزود که بودجه شامل افزایش هزینه‌ها در آموزش است.';
    const det = detectArticle(parse(articleHtml({ lang: 'fa', body: fa })), 'https://x.example/2026/01/01/a');
    expect(det.isArticle).toBe(false);
  });

  it('a short Arabic page (one sentence) is not an article', () => {
    expect(detectArticle(parse(articleHtml({ paras: 1, body: 'خبر قصير.' }))).isArticle).toBe(false);
  });

  it('og:type website and a home-page address count against', () => {
    const html = articleHtml({ head: '<meta property="og:type" content="website">' });
    const det = detectArticle(parse(html), 'https://news.example/');
    expect(det.isArticle).toBe(false);
    expect(det.reasons.some((r) => r.includes('home page'))).toBe(true);
  });

  it('does not take an outlet from a canonical address or site name on another host (issue 14, 6)', () => {
    const head =
      '<link rel="canonical" href="https://www.hespress.com/politique/123456.html">' +
      '<meta property="og:url" content="https://www.aljazeera.net/news/1">' +
      '<meta property="og:site_name" content="الجزيرة نت">';
    const det = detectArticle(parse(articleHtml({ head })), 'http://127.0.0.1:8080/page/');
    expect(det.isArticle).toBe(true);
    expect(det.outlet).toBeNull();
    expect(det.siteName).toBeNull();
    // A look-alike host is another host too.
    expect(detectArticle(parse(articleHtml({ head })), 'https://hespress.com.example/a/1').outlet).toBeNull();
  });

  it('takes the canonical address on the same site, and an unlisted site its own name', () => {
    const head = '<link rel="canonical" href="https://www.bbc.com/arabic/world-1">';
    expect(detectArticle(parse(articleHtml({ head })), 'https://m.bbc.com/a/1').outlet?.id).toBe('bbcarabic');
    const own = '<meta property="og:site_name" content="أخبار الحي">';
    const det = detectArticle(parse(articleHtml({ head: own })), 'https://hay.example/2026/01/01/a');
    expect(det.outlet).toBeNull();
    expect(det.siteName).toBe('أخبار الحي');
    const aj = '<meta property="og:site_name" content="الجزيرة نت">';
    expect(detectArticle(parse(articleHtml({ head: aj })), 'https://www.aljazeera.net/news/1').siteName).toBe(
      'الجزيرة نت',
    );
  });

  it('sameSite compares hosts, ignoring www and subdomains of one another', () => {
    expect(sameSite('https://www.hespress.com/a', 'https://hespress.com/b')).toBe(true);
    expect(sameSite('https://m.youm7.com/a', 'https://www.youm7.com/b')).toBe(true);
    expect(sameSite('http://127.0.0.1:8080/a', 'https://aljazeera.net/b')).toBe(false);
    expect(sameSite('https://aljazeera.net.evil.example/a', 'https://aljazeera.net/b')).toBe(false);
    expect(sameSite('file:///tmp/a.html', 'https://aljazeera.net/b')).toBe(false);
    expect(sameSite('https://x.example/a', 'not a url')).toBe(false);
  });
});

describe('detectArticle: Arabic-script languages (issue 16)', () => {
  const UR =
    'صوبائی حکومت نے اعلان کیا ہے کہ شہر میں پانی کی فراہمی کا نیا منصوبہ اگلے ماہ سے شروع کیا جائے گا، جس پر تقریباً دو ارب روپے لاگت آئے گی۔ حکام کے مطابق اس منصوبے سے لاکھوں شہریوں کو فائدہ ہوگا۔';
  const FA =
    'شهرداری اعلام کرد که طرح تازه آبرسانی شهر از ماه آینده آغاز می‌شود و هزینه آن نزدیک به دو هزار میلیارد ریال است. به گفته مسئولان این طرح برای صدها هزار نفر از شهروندان سودمند خواهد بود.';

  it('an Urdu article is "urdu", also when the page declares lang="ar"', () => {
    for (const lang of ['ur', 'ar']) {
      const det = detectArticle(parse(articleHtml({ lang, body: UR })), 'https://x.example/2026/01/01/a');
      expect(det.isArticle).toBe(false);
      expect(det.reason).toBe('urdu');
    }
  });

  it('a Persian article is "persian", with lang="fa", lang="ar" or none', () => {
    for (const lang of ['fa', 'ar', '']) {
      const det = detectArticle(parse(articleHtml({ lang, body: FA })), 'https://x.example/2026/01/01/a');
      expect(det.isArticle).toBe(false);
      expect(det.reason).toBe('persian');
    }
  });

  it('an English article is "not-arabic"; a one-sentence Arabic page is "too-short"', () => {
    const en = 'The council said on Monday that the new water plan would start next month and cost about two billion.';
    expect(detectArticle(parse(articleHtml({ lang: 'en', body: en }))).reason).toBe('not-arabic');
    expect(detectArticle(parse(articleHtml({ paras: 1, body: 'خبر قصير.' }))).reason).toBe('too-short');
  });

  it('an Arabic article says "article"; a home page says "home-page"', () => {
    expect(detectArticle(parse(articleHtml()), 'https://x.example/2026/01/01/a').reason).toBe('article');
    const home = articleHtml({ head: '<meta property="og:type" content="website">' });
    expect(detectArticle(parse(home), 'https://news.example/').reason).toBe('home-page');
  });
});

describe('detectArticle: bodies without <p> (issue 16)', () => {
  const paras = [
    PARA,
    PARA.replace('الاثنين', 'الثلاثاء'),
    PARA.replace('التعليم', 'النقل'),
    PARA.replace('الصحة', 'الزراعة'),
  ];
  const brBody = (wrap: (inner: string) => string, lang: string | null) =>
    `<!DOCTYPE html><html${lang === null ? '' : ` lang="${lang}"`}><head><title>الحكومة تعرض الموازنة</title></head><body><div class="menu"><a href="/">الرئيسية</a> <a href="/x">أخبار</a></div><h1>الحكومة تعرض الموازنة على البرلمان</h1>${wrap(
      `${paras[0]}<br><br><ad-slot data-slot="1"></ad-slot>${paras[1]}<br><br><ad-placeholder>إعلان</ad-placeholder><br><br>${paras[2]}<br><br><related-card><a href="/r">اقرأ أيضا: البرلمان يناقش الموازنة</a></related-card><br><br>${paras[3]}`,
    )}<div class="footer">حقوق النشر</div></body></html>`;

  it.each([
    ['one div, no lang', (s: string) => `<div class="txt">${s}</div>`, null],
    ['one div, lang="en-US"', (s: string) => `<div>${s}</div>`, 'en-US'],
    ['text directly in a custom element', (s: string) => `<story-body>${s}</story-body>`, 'ar'],
    [
      'custom elements all the way down',
      (s: string) => `<app-root><news-page><news-text>${s}</news-text></news-page></app-root>`,
      null,
    ],
  ])('%s: detected, and every paragraph extracted without the ad labels', (_name, wrap, lang) => {
    const doc = parse(brBody(wrap, lang));
    const ex = extractArticle(doc);
    const det = detectArticle(doc, 'https://unknown.example/news/details/123456', ex);
    expect(det.isArticle, det.reasons.join('; ')).toBe(true);
    expect(ex?.text).toBe(`الحكومة تعرض الموازنة على البرلمان\n\n${paras.join('\n')}`);
  });
});
