/**
 * Is this page an Arabic news article? Combines what the page declares (lang/dir, og:type,
 * JSON-LD types), what its text is (share of Arabic script), how it is built (one headline, a body
 * of several real paragraphs, a date, a byline; teaser lists and link-heavy containers count
 * against) and what its address looks like. Works on outlets that are not in outlets.ts; the list
 * only names the outlet. Reads no layout; cost is one extraction (pass one in to reuse it).
 *
 * Two checks veto whatever the score says: the language (Urdu, Persian and other languages share the
 * Arabic script; language.ts tells them apart by words, letters and the declared lang) and listings
 * (the body is one of several look-alike teasers or posts: section fronts, tag pages, forums;
 * listing.ts). The verdict carries a one-word reason (verdict.ts) that the panel puts in words.
 */
import { type ExtractedArticle, extractArticle } from './extract.ts';
import { arabicShare, type ScriptLanguage, scriptLanguage } from './language.ts';
import { type ListingKind, listingKind } from './listing.ts';
import { isArticleType, NON_ARTICLE_TYPES, type PageMeta, readMeta } from './meta.ts';
import { type OutletRef, outletBySiteName, outletByUrl, sameSite } from './outlets.ts';
import { type UrlShape, urlShape } from './url-shape.ts';
import type { VerdictReason } from './verdict.ts';

export { arabicShare } from './language.ts';
export { type UrlShape, urlShape } from './url-shape.ts';
export type { VerdictReason } from './verdict.ts';

export interface DetectionSignals {
  lang: string | null;
  dir: string | null;
  /** Arabic-script letters / all letters in the main text (0..1). */
  arabicShare: number;
  /** The text's language by its words, letters and declared lang (null: not mainly Arabic script). */
  language: ScriptLanguage | null;
  /** The body is one item of a list of look-alike items (teasers, posts), or made of them. */
  listing: ListingKind | null;
  ogType: string | null;
  jsonLdTypes: string[];
  jsonLdArticle: boolean;
  hasHeadline: boolean;
  hasDate: boolean;
  hasByline: boolean;
  paragraphs: number;
  bodyChars: number;
  rootLinkDensity: number;
  linkedHeadings: number;
  searchQuery: boolean;
  urlShape: UrlShape;
}

export interface Detection {
  isArticle: boolean;
  /** Sum of the signal weights below; an article needs Arabic text and a score >= ARTICLE_THRESHOLD. */
  score: number;
  /** Why, in one word: 'article', or what the page is instead ('urdu', 'section-front', 'too-short'…). */
  reason: VerdictReason;
  signals: DetectionSignals;
  outlet: OutletRef | null;
  /** The site name the page declares (og:site_name or JSON-LD publisher), also for unlisted outlets. */
  siteName: string | null;
  lang: string | null;
  /** Human-readable reasons, for debugging and the panel's "why" line. */
  reasons: string[];
}

export const ARTICLE_THRESHOLD = 4;

function declaredArabic(lang: string | null | undefined): boolean {
  return (lang ?? '').trim().toLowerCase().split(/[-_]/)[0] === 'ar';
}

/**
 * The one-word reason a page is not an Arabic article, most telling first: its language, then what
 * kind of page it is (listings, search, home, media), then how little text it has.
 */
function whyNot(s: DetectionSignals, arabicScript: boolean): VerdictReason {
  if (!arabicScript || s.language === null) return 'not-arabic';
  if (s.language === 'ur') return 'urdu';
  if (s.language === 'fa') return 'persian';
  if (s.language === 'other') return 'other-language';
  if (s.urlShape === 'search' || s.searchQuery || s.jsonLdTypes.includes('SearchResultsPage')) return 'search-results';
  if (s.listing === 'forum' || s.jsonLdTypes.includes('DiscussionForumPosting')) return 'forum';
  if (s.urlShape === 'home') return 'home-page';
  if (s.jsonLdTypes.some((t) => t === 'CollectionPage' || t === 'ItemList')) return 'section-front';
  // JSON-LD that describes the site and no page in it (plugins add a WebPage node to every other page).
  if (s.jsonLdTypes.includes('WebSite') && !s.jsonLdArticle && !s.jsonLdTypes.some((t) => /Page$/.test(t)))
    return 'home-page';
  const og = s.ogType ?? '';
  if (
    /^(video|music)/.test(og) ||
    s.jsonLdTypes.some((t) => /^(Video|Audio|Image)(Object|Gallery)$|^MediaGallery$/.test(t))
  )
    return 'media';
  if (s.listing === 'section-front' || s.linkedHeadings >= 3 || s.rootLinkDensity > 0.35 || s.urlShape === 'section')
    return 'section-front';
  if (s.bodyChars < 500) return 'too-short';
  return 'not-article';
}

/** The shadow root or frame document `el` lives in, when it is not the page's own tree. */
function ownTree(doc: Document, el: Element | null | undefined): ParentNode | null {
  const root = el?.getRootNode();
  return root && root !== doc && (root.nodeType === 9 || root.nodeType === 11) ? (root as unknown as ParentNode) : null;
}

function hasFilledSearch(doc: Document): boolean {
  const inputs = doc.querySelectorAll('input[type="search"], input[name="q"], input[name="s"], input[name="query"]');
  for (const el of Array.from(inputs).slice(0, 20)) {
    if ((el.getAttribute('value') ?? '').trim().length > 0) return true;
  }
  return false;
}

/**
 * The known outlet of the page. Canonical / og:url and declared site names are the page's own words (a page on
 * 127.0.0.1 could call itself «الجزيرة نت»), so each counts only when it agrees with the page's own host.
 */
function pickOutlet(url: string | undefined, meta: PageMeta): OutletRef | null {
  const own = outletByUrl(url);
  if (own) return own;
  for (const link of [meta.canonical, meta.ogUrl]) if (sameSite(url, link)) return outletByUrl(link);
  return null;
}

/** The site name the page declares, unless it names a listed outlet other than the page's own (impersonation). */
export function trustedSiteName(declared: string | null, outlet: OutletRef | null): string | null {
  if (!declared) return null;
  const claimed = outletBySiteName(declared);
  return claimed && claimed.id !== outlet?.id ? null : declared;
}

/**
 * Decides whether `doc` is an Arabic news article. `url` is the page's address (location.href);
 * `extracted` may be passed to reuse an extraction already made. Never throws.
 */
export function detectArticle(doc: Document, url?: string, extracted?: ExtractedArticle | null): Detection {
  try {
    return detectUnsafe(doc, url, extracted === undefined ? extractArticle(doc) : extracted);
  } catch {
    return {
      isArticle: false,
      score: 0,
      reason: 'error',
      signals: emptySignals(),
      outlet: null,
      siteName: null,
      lang: null,
      reasons: ['error while reading the page'],
    };
  }
}

function emptySignals(): DetectionSignals {
  return {
    lang: null,
    dir: null,
    arabicShare: 0,
    language: null,
    listing: null,
    ogType: null,
    jsonLdTypes: [],
    jsonLdArticle: false,
    hasHeadline: false,
    hasDate: false,
    hasByline: false,
    paragraphs: 0,
    bodyChars: 0,
    rootLinkDensity: 0,
    linkedHeadings: 0,
    searchQuery: false,
    urlShape: 'unknown',
  };
}

function detectUnsafe(doc: Document, url: string | undefined, ex: ExtractedArticle | null): Detection {
  const meta = readMeta(doc);
  const sample = ex && ex.stats.bodyChars > 0 ? ex.text : (doc.body?.textContent ?? '').slice(0, 200_000);
  // The publisher's own address (canonical / og:url) says more than a saved copy's or a local server's.
  const shapeUrl = meta.canonical ?? meta.ogUrl ?? url;
  // The language the body declares (a lang on the article's container) says more than the page's.
  const declared = ex?.root?.closest('[lang]')?.getAttribute('lang') ?? meta.lang;
  const share = arabicShare(sample);
  const signals: DetectionSignals = {
    lang: meta.lang,
    dir: meta.dir,
    arabicShare: share,
    language: share >= 0.3 || declaredArabic(declared) ? scriptLanguage(sample, declared) : null,
    listing: ex && ex.stats.bodyChars > 0 ? listingKind(ex.root, shapeUrl, meta.jsonLd.types) : null,
    ogType: meta.ogType,
    jsonLdTypes: meta.jsonLd.types.slice(0, 20),
    jsonLdArticle: meta.jsonLd.types.some(isArticleType),
    hasHeadline: !!ex?.stats.titleInDom,
    // The article may sit in an open shadow root or a same-origin frame: its own tree is searched too.
    hasDate: !!(meta.publishedTime || doc.querySelector('time') || ownTree(doc, ex?.root)?.querySelector('time')),
    hasByline: !!ex?.byline,
    paragraphs: ex?.stats.paragraphs ?? 0,
    bodyChars: ex?.stats.bodyChars ?? 0,
    rootLinkDensity: ex?.stats.rootLinkDensity ?? 0,
    linkedHeadings: ex?.stats.linkedHeadings ?? 0,
    searchQuery: hasFilledSearch(doc),
    urlShape: urlShape(shapeUrl),
  };

  const reasons: string[] = [];
  let score = 0;
  const add = (w: number, why: string) => {
    score += w;
    reasons.push(`${w > 0 ? '+' : ''}${w} ${why}`);
  };

  // Arabic script over most of the text (or over enough of it on a page that declares Arabic), in Arabic.
  const arabicScript = signals.arabicShare >= 0.6 || (declaredArabic(declared) && signals.arabicShare >= 0.3);
  const arabic = arabicScript && signals.language === 'ar';
  reasons.push(
    arabic
      ? 'Arabic text'
      : `not Arabic (lang=${declared ?? '?'}, script share ${signals.arabicShare.toFixed(2)}, language ${signals.language ?? '?'})`,
  );
  if (signals.listing) reasons.push(`the body is one of several look-alike items (${signals.listing})`);

  const og = signals.ogType ?? '';
  if (og === 'article' || og.endsWith('article')) add(2, 'og:type article');
  else if (/^(website|video|music|profile|book)/.test(og)) add(-2, `og:type ${og}`);
  if (signals.jsonLdArticle) add(3, 'JSON-LD article type');
  else if (signals.jsonLdTypes.some((t) => NON_ARTICLE_TYPES.has(t))) add(-2, 'JSON-LD page type is not an article');
  if (signals.hasHeadline) add(1, 'headline');
  if (signals.bodyChars >= 500) add(2, 'body of 500+ characters');
  if (signals.bodyChars >= 1500) add(1, 'body of 1500+ characters');
  if (signals.bodyChars < 300) add(-3, 'little body text');
  if (signals.paragraphs >= 3) add(1, '3+ paragraphs');
  if (signals.paragraphs >= 5 && signals.bodyChars / signals.paragraphs < 100) add(-1, 'short paragraphs');
  if (signals.hasDate) add(0.5, 'date');
  if (signals.hasByline) add(0.5, 'byline');
  if (signals.rootLinkDensity > 0.35) add(-3, 'link-heavy container');
  else if (signals.rootLinkDensity > 0.2) add(-1, 'many links in container');
  if (signals.linkedHeadings >= 3) add(-3, 'list of linked headlines');
  if (signals.searchQuery) add(-2, 'search box with a query');
  switch (signals.urlShape) {
    case 'article':
      add(1, 'article-like address');
      break;
    case 'home':
      add(-3, 'home page address');
      break;
    case 'search':
      add(-3, 'search address');
      break;
    case 'section':
      add(-1, 'section-like address');
      break;
  }

  const outlet = pickOutlet(url, meta);
  const isArticle = arabic && !signals.listing && score >= ARTICLE_THRESHOLD;
  return {
    isArticle,
    score,
    reason: isArticle ? 'article' : whyNot(signals, arabicScript),
    signals,
    outlet,
    siteName: trustedSiteName(meta.ogSiteName ?? meta.jsonLd.publisher ?? null, outlet),
    lang: meta.lang,
    reasons,
  };
}
