/**
 * What is not article text, as data. Generalisations from the page structures of Arabic news sites
 * (WordPress themes, the big outlets' own systems) and from Readability's lists; none is specific to
 * one page. Class and id names are split into tokens at `-`, `_`, spaces and camelCase humps, so
 * "ad" matches `ad-slot` and `inlineAd` but not `shadow` or `header-ads-free` word parts.
 */

/** Elements that never hold article text. */
export const SKIP_TAGS: ReadonlySet<string> = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'VIDEO',
  'AUDIO',
  'PICTURE',
  'IMG',
  'MAP',
  'SELECT',
  'TEXTAREA',
  'INPUT',
  'BUTTON',
  'FORM',
  'NAV',
  'FOOTER',
  'ASIDE',
  'FIGURE',
  'FIGCAPTION',
  'DIALOG',
  'MENU',
  'HEAD',
  'TITLE',
  'MATH',
]);

/** ARIA roles of page furniture. */
export const SKIP_ROLES: ReadonlySet<string> = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'search',
  'menu',
  'menubar',
  'toolbar',
  'dialog',
  'alert',
  'tablist',
]);

/**
 * Class/id tokens that mark furniture: navigation, share bars, related and "read also" boxes,
 * comments, ads, tags, captions, bylines and credits, newsletters, pop-ups.
 * Compared against whole tokens (lower-cased).
 */
export const BOILERPLATE_TOKENS: ReadonlySet<string> = new Set([
  // navigation and page chrome
  'nav',
  'navbar',
  'navigation',
  'menu',
  'breadcrumb',
  'breadcrumbs',
  'header',
  'masthead',
  'footer',
  'colophon',
  'sidebar',
  'rail',
  'aside',
  'widget',
  'pagination',
  'pager',
  'skip',
  'topbar',
  'ticker',
  'breaking',
  // sharing and social
  'share',
  'sharing',
  'sharer',
  'sharedaddy',
  'social',
  'interactions',
  'print',
  'follow',
  // related, recommended, read also, most read
  'related',
  'relatedposts',
  'recommended',
  'recommendations',
  'readmore',
  'popular',
  'trending',
  'mostread',
  'promo',
  'outbrain',
  'taboola',
  'teaser',
  'teasers',
  'embed',
  // comments
  'comment',
  'comments',
  'respond',
  'disqus',
  // advertising
  'ad',
  'ads',
  'adv',
  'advert',
  'advertisement',
  'adslot',
  'dfp',
  'gpt',
  'sponsor',
  'sponsored',
  'banner',
  // tags, captions, credits, bylines, dates
  'tags',
  'tag',
  'keywords',
  'caption',
  'credit',
  'credits',
  'copyright',
  'byline',
  'author',
  'signature',
  'meta',
  'date',
  'timestamp',
  'time',
  // newsletters, pop-ups, screen-reader-only text
  'newsletter',
  'subscribe',
  'subscription',
  'popup',
  'modal',
  'cookie',
  'consent',
  'invisible',
  'sr',
  'visually',
  'screenreader',
]);

/**
 * Two-token names that are boilerplate together though each token alone is not
 * (`screen-reader-text`, `more-on`, `read-also`, `most-read`, `post-navigation`).
 */
export const BOILERPLATE_PAIRS: ReadonlySet<string> = new Set([
  'screen reader',
  'read also',
  'read more',
  'more on',
  'most read',
  'see also',
  'also read',
  'post navigation',
  'entry footer',
  'entry meta',
  'inline related',
  'inline article',
  'more stories',
  'more news',
  'more from',
  'see more',
  'd none',
  'cover title',
  'img title',
  'image title',
  'photo title',
  'image desc',
  'is hidden',
  'u hidden',
  'hidden xs',
  'hidden sm',
  'hidden mobile',
]);

/**
 * Whole class names that hide an element. "hidden" is matched only as a whole class name, since
 * Drupal writes `field--label-hidden` on the body field itself (the label is hidden, not the text).
 */
export const HIDDEN_CLASS_NAMES: ReadonlySet<string> = new Set([
  'hidden',
  'hide',
  'd-none',
  'sr-only',
  'visually-hidden',
  'screen-reader-text',
]);

/**
 * Class names that describe the post's taxonomy rather than the element (WordPress writes
 * `tag-<slug>`, `category-<slug>`, `author-<name>` … on the article and body elements). They are
 * ignored before tokenising, so a post tagged "comments" or "ads" is not mistaken for furniture.
 */
export const TAXONOMY_CLASS_PREFIXES: readonly string[] = [
  'tag-',
  'category-',
  'format-',
  'status-',
  'type-',
  'postid-',
  'author-',
  'section-',
  'topic-',
];

/**
 * Tokens of layout wrappers ("content-sidebar-wrap", "main-ads-container"). An element named with
 * one of these and a furniture token is only furniture when it holds little text (an ad container),
 * not when it wraps the page (a theme's content-and-sidebar wrapper).
 */
export const LAYOUT_TOKENS: ReadonlySet<string> = new Set(['wrap', 'wrapper', 'container', 'layout', 'outer']);

/** Text length above which a layout wrapper is not treated as furniture by its name. */
export const LAYOUT_WRAPPER_MIN_TEXT = 2000;

/**
 * Class/id tokens that mark the article text container (a bonus in scoring, never a requirement).
 */
export const CONTENT_TOKENS: ReadonlySet<string> = new Set([
  'article',
  'body',
  'content',
  'story',
  'text',
  'entry',
  'post',
  'main',
  'wysiwyg',
  'articlebody',
  'prose',
  'detail',
  'details',
  'news',
  'blog',
]);

/**
 * Labels that open a "read also" link inside the article body (Arabic outlets put one or more of
 * these mid-article). A short block starting with one of them, mostly a link, is not article text.
 */
export const READ_ALSO_LABELS: readonly string[] = [
  'اقرأ أيضا',
  'اقرأ أيضاً',
  'إقرأ أيضا',
  'إقرأ أيضاً',
  'اقرأ ايضا',
  'اقرأ المزيد',
  'إقرأ المزيد',
  'اقرأ كذلك',
  'شاهد أيضا',
  'شاهد أيضاً',
  'شاهد ايضا',
  'طالع أيضا',
  'طالع أيضاً',
  'مواضيع ذات صلة',
  'أخبار ذات صلة',
  'ذات صلة',
  'للمزيد',
  'Read more',
  'Read also',
  'See also',
  'Related',
];

/**
 * Phrases of comment-policy disclaimers and copyright lines that sites append after the text.
 * Only trailing blocks are checked (a quotation of such a phrase mid-article is kept).
 */
export const TRAILING_DISCLAIMERS: readonly string[] = [
  'لا تعبر عن رأي',
  'لا تعبّر عن رأي',
  'لا تعبر بالضرورة عن',
  'تعكس وجهات نظر أصحابها',
  'مراجعة التعليقات',
  'جميع الحقوق محفوظة',
  'حقوق النشر محفوظة',
  'All rights reserved',
  'تابعونا على',
  'تابعوا آخر الأخبار',
  'للاشتراك في',
];

/**
 * Credit lines some outlets put after the text ("المصدر : الجزيرة + وكالات"). A short trailing block
 * starting with one of these is metadata, not article text.
 */
export const TRAILING_CREDITS: readonly string[] = ['المصدر', 'المصادر', 'مصدر الخبر', 'Source:', 'Sources:'];
