/**
 * Page metadata as publishers declare it: <html lang/dir>, og: and article: meta tags, and JSON-LD
 * (parsed defensively: bad JSON, huge blocks, @graph arrays, nested arrays of types).
 */

export interface JsonLdInfo {
  /** Every @type seen, flattened (e.g. ["NewsArticle", "BreadcrumbList"]). */
  types: string[];
  /** The first article-like object's fields. */
  headline?: string;
  datePublished?: string;
  author?: string;
  publisher?: string;
  inLanguage?: string;
}

export interface PageMeta {
  lang: string | null;
  dir: string | null;
  ogType: string | null;
  ogTitle: string | null;
  ogSiteName: string | null;
  ogUrl: string | null;
  canonical: string | null;
  ogLocale: string | null;
  publishedTime: string | null;
  author: string | null;
  docTitle: string;
  jsonLd: JsonLdInfo;
}

/** schema.org types that describe one article (any *Article type, blog posts, reports). */
export function isArticleType(t: string): boolean {
  return /Article$/.test(t) || t === 'BlogPosting' || t === 'LiveBlogPosting' || t === 'Report';
}

/** schema.org types of pages that list or play things rather than tell one story. */
export const NON_ARTICLE_TYPES: ReadonlySet<string> = new Set([
  'WebSite',
  'CollectionPage',
  'SearchResultsPage',
  'ItemList',
  'VideoObject',
  'VideoGallery',
  'ImageGallery',
  'ProfilePage',
  'Product',
  'Event',
]);

function metaContent(doc: Document, selector: string): string | null {
  const el = doc.querySelector(selector);
  const v = el?.getAttribute('content') ?? el?.getAttribute('href') ?? null;
  return v?.trim() || null;
}

const MAX_LD_CHARS = 200_000;
const MAX_LD_NODES = 2_000;

function nameOf(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) {
    const names = v.map(nameOf).filter((x): x is string => !!x);
    return names.length ? names.join('، ') : undefined;
  }
  if (v && typeof v === 'object' && typeof (v as { name?: unknown }).name === 'string')
    return (v as { name: string }).name;
  return undefined;
}

/** Reads every <script type="application/ld+json">; never throws. */
export function readJsonLd(doc: Document): JsonLdInfo {
  const info: JsonLdInfo = { types: [] };
  let article: Record<string, unknown> | null = null;
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (const s of Array.from(scripts).slice(0, 20)) {
    const raw = s.textContent ?? '';
    if (raw.length > MAX_LD_CHARS) continue;
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      continue;
    }
    // Breadth-first over objects and arrays (bounded), collecting @type and the first article.
    const queue: unknown[] = [data];
    let seen = 0;
    while (queue.length > 0 && seen++ < MAX_LD_NODES) {
      const v = queue.shift();
      if (Array.isArray(v)) {
        for (const x of v) queue.push(x);
        continue;
      }
      if (!v || typeof v !== 'object') continue;
      const o = v as Record<string, unknown>;
      const t = o['@type'];
      const ts = (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
      for (const x of ts) info.types.push(x);
      if (!article && ts.some(isArticleType)) article = o;
      if (Array.isArray(o['@graph'])) queue.push(o['@graph']);
      for (const k of ['mainEntity', 'mainEntityOfPage', 'hasPart', 'itemListElement']) {
        const child = o[k];
        if (child && typeof child === 'object') queue.push(child);
      }
    }
  }
  if (article) {
    const a = article;
    if (typeof a.headline === 'string') info.headline = a.headline;
    if (typeof a.datePublished === 'string') info.datePublished = a.datePublished;
    info.author = nameOf(a.author);
    info.publisher = nameOf(a.publisher);
    const lang = a.inLanguage;
    if (typeof lang === 'string') info.inLanguage = lang;
    else if (
      lang &&
      typeof lang === 'object' &&
      typeof (lang as { alternateName?: unknown }).alternateName === 'string'
    )
      info.inLanguage = (lang as { alternateName: string }).alternateName;
  }
  return info;
}

/** Reads the page's declared language, direction, og: tags and JSON-LD; never throws. */
export function readMeta(doc: Document): PageMeta {
  const html = doc.documentElement;
  const lang = (
    html?.getAttribute('lang') ||
    html?.getAttribute('xml:lang') ||
    doc.body?.getAttribute('lang') ||
    ''
  ).trim();
  const dir = (html?.getAttribute('dir') || doc.body?.getAttribute('dir') || '').trim();
  let jsonLd: JsonLdInfo = { types: [] };
  try {
    jsonLd = readJsonLd(doc);
  } catch {
    // A hostile page can make even querySelectorAll throw in some DOMs; metadata is optional.
  }
  return {
    lang: lang ? lang.toLowerCase() : null,
    dir: dir ? dir.toLowerCase() : null,
    ogType: metaContent(doc, 'meta[property="og:type"]')?.toLowerCase() ?? null,
    ogTitle: metaContent(doc, 'meta[property="og:title"]'),
    ogSiteName: metaContent(doc, 'meta[property="og:site_name"]'),
    ogUrl: metaContent(doc, 'meta[property="og:url"]'),
    canonical: metaContent(doc, 'link[rel="canonical"]'),
    ogLocale: metaContent(doc, 'meta[property="og:locale"]'),
    publishedTime:
      metaContent(doc, 'meta[property="article:published_time"]') ??
      metaContent(doc, 'meta[itemprop="datePublished"]') ??
      jsonLd.datePublished ??
      null,
    author: metaContent(doc, 'meta[name="author"]') ?? jsonLd.author ?? null,
    docTitle: (doc.title ?? '').trim(),
    jsonLd,
  };
}
