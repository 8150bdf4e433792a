/**
 * Cheap per-element tests used by the DOM walk: is this element page furniture, does its name say
 * "article text"? Reads attributes only (no layout, no computed style), so it runs in jsdom/happy-dom.
 */
import {
  BOILERPLATE_PAIRS,
  BOILERPLATE_TOKENS,
  CONTENT_TOKENS,
  HIDDEN_CLASS_NAMES,
  LAYOUT_TOKENS,
  LAYOUT_WRAPPER_MIN_TEXT,
  SKIP_ROLES,
  SKIP_TAGS,
  TAXONOMY_CLASS_PREFIXES,
} from './boilerplate.ts';

/** Splits class/id text into lower-case tokens at non-letters and camelCase humps. Linear. */
export function nameTokens(s: string): string[] {
  const out: string[] = [];
  let cur = '';
  let prevLower = false;
  for (let i = 0; i < s.length && i < 400; i++) {
    const c = s[i];
    const lower = c >= 'a' && c <= 'z';
    const upper = c >= 'A' && c <= 'Z';
    const digit = c >= '0' && c <= '9';
    if (lower || digit) {
      cur += c;
      prevLower = lower;
    } else if (upper) {
      if (prevLower && cur) {
        out.push(cur);
        cur = '';
      }
      cur += c.toLowerCase();
      prevLower = false;
    } else {
      if (cur) out.push(cur);
      cur = '';
      prevLower = false;
    }
  }
  if (cur) out.push(cur);
  return out;
}

/** A custom element (`<ad-slot>`, `<article-body>`): the name has a hyphen, as the HTML standard requires. */
export function isCustomElement(el: Element): boolean {
  return el.tagName.includes('-');
}

/**
 * The element's class names (without taxonomy classes) and id, as one string to tokenise. A custom
 * element's own name says what it is as a class would (`<ad-slot>`, `<share-bar>`, `<article-body>`),
 * so it is read too.
 */
function classAndId(el: Element): string {
  const own = isCustomElement(el) ? el.tagName.toLowerCase() : '';
  const rest = classAndIdOnly(el);
  return own ? (rest ? `${own} ${rest}` : own) : rest;
}

function classAndIdOnly(el: Element): string {
  const raw = el.getAttribute('class') ?? '';
  let c = raw;
  if (raw.includes('-')) {
    const kept: string[] = [];
    for (const name of raw.split(/\s+/)) {
      const lower = name.toLowerCase();
      if (!TAXONOMY_CLASS_PREFIXES.some((p) => lower.startsWith(p))) kept.push(name);
    }
    c = kept.join(' ');
  }
  const id = el.getAttribute('id') ?? '';
  return id ? `${c} ${id}` : c;
}

/** True when the tokens name furniture (a single boilerplate token or a boilerplate pair). */
export function tokensAreBoilerplate(tokens: string[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    if (BOILERPLATE_TOKENS.has(tokens[i])) return true;
    if (i + 1 < tokens.length && BOILERPLATE_PAIRS.has(`${tokens[i]} ${tokens[i + 1]}`)) return true;
  }
  return false;
}

/** Containers the walk never treats as furniture by name (their names often carry "post", "header"…). */
const NEVER_FURNITURE = new Set(['HTML', 'BODY', 'MAIN']);

/**
 * Why an element (and its subtree) holds no article text, or null if it may. With `byName` false,
 * class/id names are not consulted (the extractor's second try when names misled the first).
 */
export function skipReason(el: Element, byName = true): string | null {
  const tag = el.tagName.toUpperCase();
  if (SKIP_TAGS.has(tag)) return 'tag';
  if (el.hasAttribute('hidden')) return 'hidden';
  // Isnad's own injected UI (hover card, badge hosts) is never page text.
  if (el.hasAttribute('data-isnad-ui')) return 'ours';
  if (el.getAttribute('aria-hidden') === 'true') return 'hidden';
  const role = el.getAttribute('role');
  if (role && SKIP_ROLES.has(role)) return 'role';
  const style = el.getAttribute('style');
  if (style && style.length < 2000) {
    const st = style.replace(/\s+/g, '').toLowerCase();
    if (st.includes('display:none') || st.includes('visibility:hidden')) return 'hidden';
  }
  if (!byName || NEVER_FURNITURE.has(tag)) return null;
  const cls = el.getAttribute('class');
  if (cls && cls.length < 1000) {
    for (const name of cls.split(/\s+/)) if (HIDDEN_CLASS_NAMES.has(name.toLowerCase())) return 'hidden';
  }
  const names = classAndId(el);
  if (!names) return null;
  const tokens = nameTokens(names);
  if (!tokensAreBoilerplate(tokens)) return null;
  // A layout wrapper named after what it sits beside ("content-sidebar-wrap") is furniture only
  // when small. textContent is read only for these rare elements, so the walk stays linear.
  if (tokens.some((t) => LAYOUT_TOKENS.has(t)) && (el.textContent ?? '').length >= LAYOUT_WRAPPER_MIN_TEXT) return null;
  return 'class';
}

/** +1 when the element's class/id names article text, 0 otherwise. */
export function contentHint(el: Element): number {
  const names = classAndId(el);
  if (!names) return 0;
  for (const t of nameTokens(names)) if (CONTENT_TOKENS.has(t)) return 1;
  return 0;
}

/**
 * Whether `el` starts a new block of text. Known tags by BLOCK_TAGS; a custom element (which has no
 * display of its own until the site's CSS gives it one) when it holds a <br>, a block element or
 * another custom element as a child: then it is a component wrapping text, not a word in a sentence.
 * Reads direct children only, so the walk stays linear.
 */
export function isBlockElement(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (BLOCK_TAGS.has(tag)) return true;
  if (!tag.includes('-')) return false;
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    const t = c.tagName.toUpperCase();
    if (t === 'BR' || t.includes('-') || BLOCK_TAGS.has(t)) return true;
  }
  return false;
}

/** Elements that start a new block of text (everything else is inline and joins its block). */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CAPTION',
  'CENTER',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'HTML',
  'LEGEND',
  'LI',
  'MAIN',
  'MENU',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);
