/**
 * Finds the article on a page and returns its title and body as one text (the shape of the gold
 * files: title, blank line, one paragraph per line) with, for every block, the Text nodes and offset
 * ranges it came from, so analysis offsets can be turned back into DOM Ranges (see offsets.ts).
 *
 * How: one walk cuts the page into text blocks, leaving out furniture by tag, role, hidden state and
 * class/id names (boilerplate.ts). Paragraph-like blocks then vote for their ancestors, Readability
 * style (parent full score, grandparent half, then a third per level; commas and length count; link
 * text does not). The best container and its strong siblings (e.g. a lead paragraph set above the
 * picture) are the article; inside it, link-heavy blocks, "read also" lines, and trailing comment
 * disclaimers are dropped. Everything is linear in the page size and reads no layout.
 */
import { foldArabic } from '../arabic/normalize.ts';
import { collectBlocks, collectBlocksSliced, type RawBlock, type Segment } from './blocks.ts';
import { READ_ALSO_LABELS, TRAILING_CREDITS, TRAILING_DISCLAIMERS } from './boilerplate.ts';
import { contentHint, isCustomElement, skipReason } from './classify.ts';
import { flatParent, liftInto, otherRoots } from './composed.ts';
import { type PageMeta, readMeta } from './meta.ts';

export type { Segment } from './blocks.ts';

export interface ArticleBlock {
  kind: 'title' | 'paragraph' | 'heading';
  /** The block-level element the text sits in. */
  element: Element;
  /** [start, end) of this block in ExtractedArticle.text (UTF-16 code units). */
  start: number;
  end: number;
  /** 1:1 stretches of `text` → Text node offsets; textStart is an offset in ExtractedArticle.text. */
  segments: Segment[];
}

export interface ExtractionStats {
  /** Characters of body text (without the title). */
  bodyChars: number;
  paragraphs: number;
  /** Share of the chosen container's text that is link text. */
  rootLinkDensity: number;
  /** Headings inside the container that are links (teaser lists have many). */
  linkedHeadings: number;
  /** Characters of all non-furniture text on the page. */
  pageChars: number;
  /** Whether the title was found in the DOM (else it came from metadata). */
  titleInDom: boolean;
}

export interface ExtractedArticle {
  title: string;
  byline?: string;
  published?: string;
  /** title + "\n\n" + body blocks joined by "\n" (or the body alone when there is no title). */
  text: string;
  blocks: ArticleBlock[];
  /** The container chosen as the article body. */
  root: Element | null;
  lang: string | null;
  stats: ExtractionStats;
}

const SCORABLE = new Set(['P', 'PRE', 'TD', 'BLOCKQUOTE', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'DD', 'BODY']);
/** Owners that are containers: their own direct text scores them, not their parent. */
const CONTAINERS = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN', 'BODY', 'TD']);
const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/** Scorable: paragraph-like tags, and custom elements (framework components holding the text). */
function isScorable(el: Element, tag: string): boolean {
  return SCORABLE.has(tag) || isCustomElement(el);
}

/** A container's own direct text scores it (not its parent); custom elements are containers. */
function isContainer(el: Element, tag: string): boolean {
  return CONTAINERS.has(tag) || isCustomElement(el);
}
const MIN_PARAGRAPH = 25;

function initialScore(el: Element): number {
  let s = 0;
  switch (el.tagName.toUpperCase()) {
    case 'DIV':
      s = 5;
      break;
    case 'PRE':
    case 'TD':
    case 'BLOCKQUOTE':
      s = 3;
      break;
    case 'ADDRESS':
    case 'OL':
    case 'UL':
    case 'DL':
    case 'DD':
    case 'DT':
    case 'LI':
    case 'FORM':
      s = -3;
      break;
    case 'H1':
    case 'H2':
    case 'H3':
    case 'H4':
    case 'H5':
    case 'H6':
    case 'TH':
      s = -5;
      break;
  }
  return s + 15 * contentHint(el);
}

function countCommas(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x2c || c === 0x60c) n++;
  }
  return n;
}

/** Lower-case folded word tokens, for comparing titles. */
function words(s: string): string[] {
  return foldArabic(s)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1);
}

function similarity(a: string, b: string): number {
  const wa = new Set(words(a));
  const wb = new Set(words(b));
  if (wa.size === 0 || wb.size === 0) return 0;
  let inter = 0;
  for (const w of wa) if (wb.has(w)) inter++;
  return inter / Math.max(wa.size, wb.size);
}

/** The page's headline element: the <h1> (or headline-named element) that best matches the declared title. */
function findTitleElement(doc: Document | ShadowRoot, meta: PageMeta): Element | null {
  const ref = meta.jsonLd.headline ?? meta.ogTitle ?? meta.docTitle;
  const h1s = Array.from(doc.querySelectorAll('h1')).slice(0, 50);
  let best: Element | null = null;
  let bestSim = -1;
  for (const h of h1s) {
    const t = (h.textContent ?? '').trim();
    if (t.length < 2 || t.length > 500) continue;
    const sim = ref ? similarity(t, ref) : 0;
    if (sim > bestSim) {
      best = h;
      bestSim = sim;
    }
  }
  if (best && (bestSim >= 0.3 || !ref || h1s.length === 1)) return best;
  if (ref) {
    const others = Array.from(
      // Class names are matched without case: old templates write "newsTitle", "NewsHeadline".
      doc.querySelectorAll('[itemprop="headline"], [class*="headline" i], [class*="title" i], [id*="title" i], h2'),
    ).slice(0, 200);
    for (const h of others) {
      const t = (h.textContent ?? '').trim();
      if (t.length < 8 || t.length > 500) continue;
      if (similarity(t, ref) >= 0.6) return h;
    }
  }
  return best && bestSim > 0 ? best : null;
}

function collapse(s: string, max = 200): string {
  // Cut before collapsing: a page's text can be megabytes long.
  const t = (s.length > max * 4 ? s.slice(0, max * 4) : s).replace(/\s+/g, ' ').trim();
  return t.length > max ? t.slice(0, max) : t;
}

function findByline(doc: Document, meta: PageMeta): string | undefined {
  const el = doc.querySelector('[rel~="author"], [itemprop~="author"], [class*="byline"], [class*="author"]');
  const t = el ? collapse(el.textContent ?? '', 160) : '';
  if (t) return t;
  return meta.author ?? undefined;
}

function findPublished(doc: Document, meta: PageMeta): string | undefined {
  if (meta.publishedTime) return meta.publishedTime;
  const t = doc.querySelector('time[datetime]');
  return t?.getAttribute('datetime') ?? undefined;
}

function startsWithLabel(text: string): boolean {
  const t = text.trimStart();
  for (const l of READ_ALSO_LABELS) if (t.startsWith(l)) return true;
  return false;
}

function startsWithAny(text: string, prefixes: readonly string[]): boolean {
  const t = text.trimStart();
  for (const p of prefixes) if (t.startsWith(p)) return true;
  return false;
}

function hasDisclaimer(text: string): boolean {
  for (const d of TRAILING_DISCLAIMERS) if (text.includes(d)) return true;
  return false;
}

const MEDIA = new Set(['IMG', 'SVG', 'PICTURE', 'VIDEO', 'IFRAME', 'CANVAS', 'svg']);

/** True for a media element, or a wrapper holding media and no text of its own. */
function isMediaBox(el: Element | null): boolean {
  if (!el) return false;
  if (MEDIA.has(el.tagName) || MEDIA.has(el.tagName.toUpperCase())) return true;
  if (el.children.length > 3) return false;
  if ((el.textContent ?? '').trim().length > 0) return false;
  return el.querySelector('img, svg, picture, video, iframe, canvas') !== null;
}

/**
 * A short block placed right after a picture in the same container is that picture's caption
 * (sites that do not use <figcaption>): not article text.
 */
function isCaptionOfMedia(owner: Element): boolean {
  return isMediaBox(owner.previousElementSibling);
}

/** Ends with sentence punctuation (captions usually do not; body paragraphs usually do). */
function endsLikeSentence(text: string): boolean {
  const c = text.trimEnd().slice(-1);
  return c !== '' && '.!؟?…:"»\')'.includes(c);
}

/** True when `inner` is `outer` or inside it. */
function within(outer: Element, inner: Element): boolean {
  return outer === inner || outer.contains(inner);
}

/**
 * No headline in the page's own tree: look for it in the open shadow roots and same-origin frames the walk
 * found text in, and take its blocks out of the body (the walk could not exclude what it did not know).
 */
function titleInRoots(doc: Document, meta: PageMeta, raw: RawBlock[]): { el: Element | null; raw: RawBlock[] } {
  const roots = otherRoots(
    doc,
    raw.map((b) => b.owner),
  );
  for (const root of roots.slice(0, 16)) {
    const el = findTitleElement(root, meta);
    if (el) return { el, raw: withoutTitle(raw, el) };
  }
  return { el: null, raw };
}

function withoutTitle(raw: RawBlock[], titleEl: Element | null): RawBlock[] {
  if (!titleEl) return raw;
  return raw.filter((b) => !within(titleEl, b.owner));
}

/**
 * Extracts the article; returns null when the page has no body or no text. Never throws.
 */
export function extractArticle(doc: Document): ExtractedArticle | null {
  try {
    return extractUnsafe(doc);
  } catch {
    return null;
  }
}

interface BodyPick {
  picked: { b: RawBlock; kind: 'paragraph' | 'heading' }[];
  top: Element | null;
  bodyChars: number;
  pageChars: number;
  rootLinkDensity: number;
  linkedHeadings: number;
}

/** Below this much body text (nothing found, in effect) a second try without class/id rules is made. */
const RETRY_BELOW_CHARS = 250;

function extractUnsafe(doc: Document): ExtractedArticle | null {
  const body = doc.body;
  if (!body) return null;
  const meta = readMeta(doc);
  const titleEl = findTitleElement(doc, meta);
  const walk = (byName: boolean) => collectBlocks(body, { exclude: titleEl ? new Set([titleEl]) : undefined, byName });
  const first = walk(true);
  const t = titleEl ? { el: titleEl, raw: first } : titleInRoots(doc, meta, first);
  let pick = pickBody(doc, body, t.el, t.raw);
  if (pick.bodyChars < RETRY_BELOW_CHARS) {
    // A site whose article container carries a "furniture" name: look again by structure alone,
    // and keep the second answer only if it finds clearly more text.
    const second = pickBody(doc, body, t.el, withoutTitle(walk(false), t.el));
    if (second.bodyChars >= Math.max(2 * pick.bodyChars, RETRY_BELOW_CHARS)) pick = second;
  }
  return assemble(doc, body, meta, t.el, pick);
}

/**
 * The same as extractArticle, but the DOM walk (the part that grows with the page) runs in slices
 * of `sliceMs`, awaiting `pause()` between them, so a huge page never blocks the main thread for
 * long. Resolves to null instead of rejecting.
 */
export async function extractArticleSliced(
  doc: Document,
  pause: () => Promise<void>,
  sliceMs = 8,
): Promise<ExtractedArticle | null> {
  try {
    const body = doc.body;
    if (!body) return null;
    const meta = readMeta(doc);
    const titleEl = findTitleElement(doc, meta);
    const walk = (byName: boolean) =>
      collectBlocksSliced(body, { exclude: titleEl ? new Set([titleEl]) : undefined, byName }, pause, sliceMs);
    const first = await walk(true);
    await pause();
    const t = titleEl ? { el: titleEl, raw: first } : titleInRoots(doc, meta, first);
    let pick = pickBody(doc, body, t.el, t.raw);
    if (pick.bodyChars < RETRY_BELOW_CHARS) {
      const again = withoutTitle(await walk(false), t.el);
      await pause();
      const second = pickBody(doc, body, t.el, again);
      if (second.bodyChars >= Math.max(2 * pick.bodyChars, RETRY_BELOW_CHARS)) pick = second;
    }
    await pause();
    return assemble(doc, body, meta, t.el, pick);
  } catch {
    return null;
  }
}

/** Title, byline, date, and the text with its offset map, from the chosen body blocks. */
function assemble(
  doc: Document,
  body: HTMLElement,
  meta: PageMeta,
  titleEl: Element | null,
  pick: BodyPick,
): ExtractedArticle | null {
  const { picked, top } = pick;

  // 5. Title.
  let title = '';
  let titleSegments: Segment[] = [];
  if (titleEl) {
    const tb = collectBlocks(titleEl);
    const parts: string[] = [];
    let off = 0;
    for (const b of tb) {
      if (parts.length > 0) {
        parts.push(' ');
        off += 1;
      }
      // A title in several blocks (a <br>, a left-out element between them): Ranges stop at each joint.
      b.segments.forEach((s, k) => {
        const seg: Segment = { ...s, textStart: s.textStart + off };
        if (k === 0 && off > 0) seg.gapBefore = true;
        titleSegments.push(seg);
      });
      parts.push(b.text);
      off += b.text.length;
    }
    title = parts.join('');
  }
  const titleInDom = title.length > 0;
  if (!title) {
    title = collapse(meta.jsonLd.headline ?? meta.ogTitle ?? '', 500);
    titleSegments = [];
  }

  if (picked.length === 0 && !title) return null;

  // 6. Assemble the text and shift segments to text offsets.
  const blocks: ArticleBlock[] = [];
  const pieces: string[] = [];
  let pos = 0;
  if (title) {
    blocks.push({ kind: 'title', element: titleEl ?? body, start: 0, end: title.length, segments: titleSegments });
    pieces.push(title);
    pos = title.length;
    if (picked.length > 0) {
      pieces.push('\n\n');
      pos += 2;
    }
  }
  picked.forEach(({ b, kind }, i) => {
    if (i > 0) {
      pieces.push('\n');
      pos += 1;
    }
    const start = pos;
    const segments = b.segments.map((s) => ({ ...s, textStart: s.textStart + start }));
    blocks.push({ kind, element: b.owner, start, end: start + b.text.length, segments });
    pieces.push(b.text);
    pos += b.text.length;
  });
  return {
    title,
    byline: findByline(doc, meta),
    published: findPublished(doc, meta),
    text: pieces.join(''),
    blocks,
    root: top,
    lang: meta.lang,
    stats: {
      bodyChars: pick.bodyChars,
      paragraphs: picked.filter((p) => p.kind === 'paragraph').length,
      rootLinkDensity: pick.rootLinkDensity,
      linkedHeadings: pick.linkedHeadings,
      pageChars: pick.pageChars,
      titleInDom,
    },
  };
}

/** Chooses the article container and its body blocks (one walk, one scoring pass). */
function pickBody(doc: Document, body: HTMLElement, titleEl: Element | null, raw: RawBlock[]): BodyPick {
  let pageChars = 0;
  for (const b of raw) pageChars += b.text.length;

  // 1. Paragraphs vote for their containers.
  const scores = new Map<Element, number>();
  for (const b of raw) {
    const len = b.text.length;
    if (len < MIN_PARAGRAPH) continue;
    const tag = b.owner.tagName.toUpperCase();
    if (!isScorable(b.owner, tag)) continue;
    const ld = b.linkChars / len;
    if (ld > 0.5) continue;
    const score = (1 + countCommas(b.text) + Math.min(Math.floor(len / 100), 3)) * (1 - ld);
    // Up the flat tree: a paragraph in an open shadow root or a same-origin frame votes for its host too.
    let el: Element | null = isContainer(b.owner, tag) ? b.owner : flatParent(b.owner);
    for (let level = 0; level < 5 && el && el !== doc.documentElement; level++) {
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(el, (scores.get(el) ?? initialScore(el)) + score / divider);
      el = flatParent(el);
    }
  }

  // 2. The best container, its score lowered by its share of link text.
  const density = linkDensities(raw, scores);
  const ranked = Array.from(scores.entries())
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8);
  let top: Element | null = null;
  let topScore = Number.NEGATIVE_INFINITY;
  for (const [el, s] of ranked) {
    const final = s * (1 - (density.get(el) ?? 0));
    if (final > topScore) {
      top = el;
      topScore = final;
    }
  }

  // 3. Roots: the container plus siblings that score well or are substantial paragraphs.
  const roots: Element[] = [];
  // No paragraph long enough to vote (a very short page): take all the page's non-furniture text.
  if (!top) roots.push(body);
  else {
    const parent = top.parentElement;
    const threshold = Math.max(10, topScore * 0.2);
    if (!parent) roots.push(top);
    else {
      for (let s = parent.firstElementChild; s; s = s.nextElementSibling) {
        if (s === top) {
          roots.push(s);
          continue;
        }
        if (s === titleEl || skipReason(s)) continue;
        const sc = scores.get(s);
        if (sc !== undefined && sc * (1 - (density.get(s) ?? 0)) >= threshold) {
          roots.push(s);
          continue;
        }
        if (s.tagName.toUpperCase() === 'P') {
          const text = collapse(s.textContent ?? '', 100_000);
          const ld = linkDensityOf(s);
          if ((text.length > 80 && ld < 0.25) || (text.length > 0 && ld === 0 && /[.؟!]\s|[.؟!]$/.test(text)))
            roots.push(s);
        }
      }
    }
  }

  // 4. Body blocks inside the roots, without link lists, "read also" lines and headline repeats.
  const picked: { b: RawBlock; kind: 'paragraph' | 'heading' }[] = [];
  let rootChars = 0;
  let rootLinkChars = 0;
  let linkedHeadings = 0;
  let r = 0;
  // The roots are siblings, in one tree; a block in another (a shadow root, a frame) is placed by its host there.
  const tree = roots[0]?.getRootNode();
  for (const b of raw) {
    if (roots.length === 0) break;
    const owner = b.owner.getRootNode() === tree ? b.owner : tree ? liftInto(b.owner, tree) : null;
    if (!owner) continue;
    // Blocks and roots are both in document order: advance to the root that may hold this block.
    while (r < roots.length && !within(roots[r], owner) && precedes(roots[r], owner)) r++;
    if (r >= roots.length) break;
    if (!within(roots[r], owner)) continue;
    const len = b.text.length;
    const ld = b.linkChars / len;
    rootChars += len;
    rootLinkChars += b.linkChars;
    const tag = b.owner.tagName.toUpperCase();
    const heading = HEADINGS.has(tag);
    if (heading && ld > 0.5) linkedHeadings++;
    if (ld > 0.5) continue;
    if (startsWithLabel(b.text) && (len < 300 || ld > 0.3)) continue;
    // A date line (a block that is mostly a <time>, or a short "author · <time>" line that is no sentence),
    // e.g. under the headline inside the container.
    if (len < 100 && b.timeChars / len > 0.6) continue;
    if (len < 120 && b.timeChars / len >= 0.3 && !endsLikeSentence(b.text)) continue;
    if (tag === 'H1' && titleEl && similarity(b.text, titleEl.textContent ?? '') > 0.8) continue;
    if (!heading && len < 200 && !endsLikeSentence(b.text) && isCaptionOfMedia(b.owner)) continue;
    picked.push({ b, kind: heading ? 'heading' : 'paragraph' });
  }
  // Trailing furniture that slipped through: headings with nothing after them, comment disclaimers.
  while (picked.length > 0) {
    const last = picked[picked.length - 1];
    const t = last.b.text;
    if (
      last.kind === 'heading' ||
      (t.length < 600 && hasDisclaimer(t)) ||
      (t.length < 100 && startsWithAny(t, TRAILING_CREDITS))
    )
      picked.pop();
    else break;
  }
  let bodyChars = 0;
  for (const p of picked) bodyChars += p.b.text.length;
  return {
    picked,
    top,
    bodyChars,
    pageChars,
    rootLinkDensity: rootChars > 0 ? rootLinkChars / rootChars : 0,
    linkedHeadings,
  };
}

/**
 * Share of link text among the text blocks inside each scored element (furniture already left
 * out), in one pass: every block adds its characters to its scored ancestors. O(blocks × depth).
 */
function linkDensities(raw: RawBlock[], scored: Map<Element, number>): Map<Element, number> {
  const chars = new Map<Element, number>();
  const links = new Map<Element, number>();
  for (const b of raw) {
    for (let el: Element | null = b.owner; el; el = flatParent(el)) {
      if (!scored.has(el)) continue;
      chars.set(el, (chars.get(el) ?? 0) + b.text.length);
      links.set(el, (links.get(el) ?? 0) + b.linkChars);
    }
  }
  const out = new Map<Element, number>();
  for (const [el, c] of chars) out.set(el, c > 0 ? (links.get(el) ?? 0) / c : 0);
  return out;
}

/** Share of link text in `el` (textContent lengths; linear in the subtree, no layout). */
function linkDensityOf(el: Element): number {
  const total = (el.textContent ?? '').length;
  if (total === 0) return 0;
  let links = 0;
  const anchors = el.getElementsByTagName('a');
  for (let i = 0; i < anchors.length; i++) {
    const a = anchors[i];
    // Nested anchors (invalid but possible) would count twice; the outer one is enough.
    if (a.parentElement?.closest('a')) continue;
    links += (a.textContent ?? '').length;
  }
  return Math.min(1, links / total);
}

/** True when `a` comes before `b` in document order (and does not contain it). */
function precedes(a: Element, b: Element): boolean {
  // DOCUMENT_POSITION_FOLLOWING = 4
  return (a.compareDocumentPosition(b) & 4) !== 0;
}
