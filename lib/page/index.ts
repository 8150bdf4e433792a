/**
 * lib/page: DOM in, data out. Detection (is this an Arabic news article, which outlet), extraction
 * (title and body text with a map back to Text nodes), and offsets → DOM Ranges.
 */
export { type Detection, type DetectionSignals, detectArticle, urlShape } from './detect.ts';
export { type ArticleBlock, type ExtractedArticle, extractArticle, extractArticleSliced } from './extract.ts';
export { arabicShare, type ScriptLanguage, scriptLanguage } from './language.ts';
export { type ListingKind, listingKind } from './listing.ts';
export { blockAt, rangeFor } from './offsets.ts';
export { OUTLETS, type OutletRef, outletBySiteName, outletByUrl } from './outlets.ts';
export { VERDICT_REASONS, type VerdictReason } from './verdict.ts';
