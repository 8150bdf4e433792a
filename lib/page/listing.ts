/**
 * Is the chosen "body" really one teaser, post or summary among look-alike items? Section fronts,
 * tag pages and forum threads hold long text too (a whole first paragraph under each headline, long
 * posts), so length and paragraphs alone take them for articles. What they have and an article has
 * not: the text sits in three or more sibling items built alike (same tag and first class), each its
 * own unit, and no one item holds most of it. Items whose title is a link (a headline on its own line)
 * make a list of stories; items without one, named as posts or replies, make a forum thread.
 * DOM in, a word out; reads no layout; linear in the size of the page times a small depth.
 */
import { collectBlocks } from './blocks.ts';
import { nameTokens } from './classify.ts';

export type ListingKind = 'section-front' | 'forum';

/** Items a listing is made of; a paragraph or heading is a piece of an item, not an item. */
const NOT_ITEMS = new Set([
  'P',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'PRE',
  'BR',
  'A',
  'SPAN',
  'B',
  'STRONG',
  'EM',
  'I',
  'TIME',
  'IMG',
  'SCRIPT',
  'STYLE',
  // Row groups are never items; a TABLE may be (vBulletin 3 writes each post as a table with id="post123").
  'TBODY',
  'THEAD',
  'TFOOT',
]);
/** Class/id tokens of forum posts and replies (vBulletin postbit, phpBB post, XenForo message, Discourse topic-post…). */
const FORUM_TOKENS = new Set([
  'post',
  'postbit',
  'postcontainer',
  'reply',
  'replies',
  'message',
  'thread',
  'topic',
  'answer',
]);
/** Addresses of forum software (showthread.php, viewtopic.php, /threads/, /topic/). */
const FORUM_URL = /(showthread|viewtopic|showtopic|viewthread)\.php|\/(threads?|topics?|t)\/[^/]+/i;

/** The minimum number of look-alike items. */
const MIN_ITEMS = 3;
/** A title link: a block of at least this many characters that is mostly link text. */
const TITLE_MIN_CHARS = 15;
/** Siblings looked at per element, and levels climbed above the body. */
const MAX_SIBLINGS = 300;
const MAX_LEVELS = 5;

interface ItemInfo {
  chars: number;
  titleLink: boolean;
  link: boolean;
}

function signature(el: Element): string {
  const cls = (el.getAttribute('class') ?? '').trim().split(/\s+/)[0] ?? '';
  return `${el.tagName}.${cls.replace(/\d+/g, '#').toLowerCase()}`;
}

function itemInfo(el: Element): ItemInfo {
  let chars = 0;
  let titleLink = false;
  // Any link, furniture included (a poster's name sits in a box named "author" or "user").
  const link = el.querySelector('a[href]') !== null;
  // At most 30,000 characters: a teaser or a post is far shorter, and the article item may be megabytes long.
  for (const b of collectBlocks(el, { maxTextNodes: 5000, maxChars: 30_000 })) {
    chars += b.text.length;
    if (b.text.length >= TITLE_MIN_CHARS && b.linkChars / b.text.length > 0.6) titleLink = true;
  }
  return { chars, titleLink, link };
}

interface Group {
  items: Element[];
  infos: ItemInfo[];
}

/** The siblings of `el` (itself included) built like it, or null when there are too few to be a list. */
function lookAlikes(el: Element): Group | null {
  const sig = signature(el);
  const items: Element[] = [];
  const parent = el.parentElement;
  if (!parent) return null;
  let n = 0;
  for (let s = parent.firstElementChild; s && n < MAX_SIBLINGS; s = s.nextElementSibling, n++) {
    if (s === el || signature(s) === sig) items.push(s);
  }
  return items.length >= MIN_ITEMS ? { items, infos: items.map(itemInfo) } : null;
}

function verdictOf(g: Group, forumHint: boolean, focus: Element | null): ListingKind | null {
  const n = g.items.length;
  if (n < MIN_ITEMS) return null;
  let total = 0;
  let titled = 0;
  let linked = 0;
  let withText = 0;
  let biggest = 0;
  let focusChars = 0;
  g.infos.forEach((x, i) => {
    total += x.chars;
    if (x.titleLink) titled++;
    if (x.link) linked++;
    if (x.chars >= 20) withText++;
    biggest = Math.max(biggest, x.chars);
    if (g.items[i] === focus) focusChars = x.chars;
  });
  if (total === 0) return null;
  // A list of stories: most items carry a headline link, and none holds most of the text.
  if (titled >= MIN_ITEMS && titled >= 0.6 * n && biggest < 0.5 * total && focusChars < 0.5 * total)
    return 'section-front';
  // A thread: look-alike posts, each with text and a link (the poster's name), named as posts or on forum software.
  if (titled < 0.3 * n && withText >= MIN_ITEMS && linked >= 0.8 * n) {
    const tokens = nameTokens(`${g.items[0].getAttribute('class') ?? ''} ${g.items[0].getAttribute('id') ?? ''}`);
    // Ids carry numbers ("post123", "post_message_123"): compare the words without them.
    if (forumHint || tokens.some((t) => FORUM_TOKENS.has(t.replace(/\d+/g, '')))) return 'forum';
  }
  return null;
}

/** Children of `el` grouped by how they are built; the biggest group of items. */
function childGroup(el: Element): Group | null {
  const bySig = new Map<string, Element[]>();
  let n = 0;
  for (let c = el.firstElementChild; c && n < MAX_SIBLINGS; c = c.nextElementSibling, n++) {
    if (NOT_ITEMS.has(c.tagName.toUpperCase())) continue;
    const sig = signature(c);
    const list = bySig.get(sig);
    if (list) list.push(c);
    else bySig.set(sig, [c]);
  }
  let best: Element[] | null = null;
  for (const list of bySig.values()) if (list.length >= MIN_ITEMS && (!best || list.length > best.length)) best = list;
  return best ? { items: best, infos: best.map(itemInfo) } : null;
}

/**
 * Whether the article body the extractor chose (`root`) is part of a listing: one of several look-alike
 * items, or made of them. `url` and `jsonLdTypes` add forum hints (forum software addresses,
 * DiscussionForumPosting).
 */
export function listingKind(
  root: Element | null,
  url?: string | null,
  jsonLdTypes: readonly string[] = [],
): ListingKind | null {
  if (!root) return null;
  const forumHint =
    (!!url && FORUM_URL.test(url)) || jsonLdTypes.some((t) => t === 'DiscussionForumPosting' || t === 'QAPage');
  // The body is inside an item: climb, and at each level look at the siblings built alike.
  let el: Element | null = root;
  for (let level = 0; el && level <= MAX_LEVELS; level++, el = el.parentElement) {
    const tag = el.tagName.toUpperCase();
    if (tag === 'BODY' || tag === 'HTML') break;
    if (NOT_ITEMS.has(tag)) continue;
    const g = lookAlikes(el);
    const v = g && verdictOf(g, forumHint, el);
    if (v) return v;
  }
  // The body is made of items: look at its children, and down the child that holds most of its text.
  el = root;
  for (let level = 0; el && level < 3; level++) {
    const g = childGroup(el);
    if (g) {
      const v = verdictOf(g, forumHint, null);
      if (v) return v;
    }
    let next: Element | null = null;
    let nextLen = 0;
    const all: number = (el.textContent ?? '').length;
    for (let c: Element | null = el.firstElementChild; c; c = c.nextElementSibling) {
      const len = (c.textContent ?? '').length;
      if (len > nextLen) {
        next = c;
        nextLen = len;
      }
    }
    el = next && nextLen >= 0.6 * all ? next : null;
  }
  return null;
}
