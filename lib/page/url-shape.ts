/**
 * What kind of page an address looks like, by publishers' URL conventions (not one site's). Pure
 * (no DOM), so a light first-step detector can import it alone.
 */
export type UrlShape = 'article' | 'home' | 'section' | 'search' | 'unknown';

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Path segments of a home page: a language root, an index file, "home". */
const HOME_SEGMENT = /^(ar|arabic|en|fr|index\.(html?|php|aspx?|jsp)|default\.aspx?|home|main)$/i;
/** A taxonomy word followed by one to three segments (the term, perhaps a page number) and nothing else. */
const TAXONOMY_PATH =
  /(^|\/)(tag|tags|category|categories|section|sections|topic|topics|author|authors|keyword|keywords|وسم|وسوم|تصنيف|قسم|أقسام|الكاتب)(\/[^/]+){1,3}\/?$/;

/** What kind of page an address looks like (publishers' URL conventions, not one site's). */
export function urlShape(url: string | null | undefined): UrlShape {
  if (!url) return 'unknown';
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'unknown';
  }
  const path = decodeSafe(u.pathname);
  const lower = path.toLowerCase();
  for (const k of ['q', 's', 'query', 'search', 'keyword', 'keywords', 'text']) {
    if (u.searchParams.get(k)) return 'search';
  }
  if (/(^|\/)(search|بحث)(\/|$|\.)/.test(lower)) return 'search';
  // A script page with a numeric id (news.asp?id=123456, index.php?p=4521, NewsDetails.aspx?NewsID=88213).
  if (/\.(php|aspx?|jsp|cfm)$/.test(lower)) {
    for (const [k, v] of u.searchParams)
      if (/^\d{3,}$/.test(v) && /(^|_)(id|p|nid|aid)$|id$/i.test(k)) return 'article';
  }
  const segs = path.split('/').filter((x) => x.length > 0);
  if (segs.length === 0 || (segs.length <= 2 && segs.every((x) => HOME_SEGMENT.test(x)))) return 'home';
  const last = segs[segs.length - 1];
  const hyphens = (last.match(/-/g) ?? []).length;
  if (
    /\/(19|20)\d\d\/\d{1,2}\/\d{1,2}(\/|$)/.test(path) ||
    /(^|\/)(19|20)\d{6}(-|\/|$)/.test(path) ||
    segs.some((x) => /^\d{5,}(-|$)/.test(x) || /-\d{5,}$/.test(x))
  )
    return 'article';
  // A taxonomy page (/tag/…, /category/…/page/2, /وسم/…) before the slug rule: tag names have hyphens too.
  if (TAXONOMY_PATH.test(lower)) return 'section';
  if (hyphens >= 3 || /\/(story|article|articles|news|post)\/[^/]+/.test(lower)) return 'article';
  if (segs.length <= 2 && segs.every((x) => x.length <= 40 && !/\d/.test(x))) return 'section';
  return 'unknown';
}
