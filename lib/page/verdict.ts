/**
 * Why the detector decided what it did, as one word the panel can put in a sentence. Pure (no DOM),
 * shared by the content script, the message schema and the panel.
 */
export const VERDICT_REASONS = [
  /** An Arabic news article. */
  'article',
  /** Arabic script, but the language is Urdu / Persian / another language written in it (Pashto, Kurdish…). */
  'urdu',
  'persian',
  'other-language',
  /** Mostly another script (an English page, say). */
  'not-arabic',
  /** A home page, a section/category/tag front, search results: lists of headlines and teasers. */
  'home-page',
  'section-front',
  'search-results',
  /** A forum thread or a comment page: posts by several people. */
  'forum',
  /** A video, audio or picture page. */
  'media',
  /** Arabic, but too little running text to be an article. */
  'too-short',
  /** Arabic, but too few of the marks of an article (headline, body, date, article metadata). */
  'not-article',
  /** The page could not be read. */
  'error',
] as const;

export type VerdictReason = (typeof VERDICT_REASONS)[number];
