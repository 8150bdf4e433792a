import type { TextPositionSelector, TextQuoteSelector } from './schema';

/**
 * Building W3C selectors for a span, and finding the span again in a (possibly changed) text.
 * Pure: the content script maps the result to DOM ranges.
 */

/** Characters of context kept on each side of the quote (enough to tell repeated quotes apart). */
export const CONTEXT_CHARS = 32;

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
const MARK = /\p{M}/u;

/**
 * Whether a cut at UTF-16 index i keeps whole characters on both sides: it is not between the two halves of
 * a surrogate pair (an emoji) and not before a combining mark (an Arabic haraka or shadda belongs to the
 * letter before it).
 */
export function isCharBoundary(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return true;
  const c = text.charCodeAt(i);
  if (isLow(c) && isHigh(text.charCodeAt(i - 1))) return false;
  return !MARK.test(String.fromCodePoint(text.codePointAt(i) ?? c));
}

/** Up to `n` code units of context before `start`, shortened so that it begins on a whole character. */
export function contextBefore(text: string, start: number, n = CONTEXT_CHARS): string {
  let from = Math.max(0, start - n);
  while (from < start && !isCharBoundary(text, from)) from++;
  return text.slice(from, start);
}

/** Up to `n` code units of context after `end`, shortened so that it ends on a whole character. */
export function contextAfter(text: string, end: number, n = CONTEXT_CHARS): string {
  let to = Math.min(text.length, end + n);
  while (to > end && !isCharBoundary(text, to)) to--;
  return text.slice(end, to);
}

/**
 * A stored prefix or suffix trimmed to whole characters (claims saved before selectorsFor kept whole
 * characters can hold half an emoji at the cut end: a lone surrogate, or a mark without its letter).
 */
export function wholePrefix(prefix: string): string {
  let from = 0;
  while (from < prefix.length && (isLow(prefix.charCodeAt(from)) || MARK.test(prefix[from]))) from++;
  return prefix.slice(from);
}
export function wholeSuffix(suffix: string): string {
  return isHigh(suffix.charCodeAt(suffix.length - 1)) ? suffix.slice(0, -1) : suffix;
}

export function selectorsFor(
  text: string,
  start: number,
  end: number,
): { quote: TextQuoteSelector; position: TextPositionSelector } {
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: contextBefore(text, start),
      suffix: contextAfter(text, end),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}

export type AnchorMethod = 'position' | 'quote' | 'fuzzy';

export interface Anchor {
  start: number;
  end: number;
  method: AnchorMethod;
  /** 1 for an exact quote; for a fuzzy match 1 − edits / quote length. */
  score: number;
}

export interface AnchorOptions {
  /** Lowest accepted fuzzy score (default 0.8: at most one edit in five characters). */
  threshold?: number;
  /** Upper bound on the fuzzy search's work (text length × quote length); beyond it only a window is searched. */
  maxCells?: number;
}

/** Length of the common suffix of a and b. */
function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}

/** Length of the common prefix of a and b. */
function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
}

/**
 * Finds the best [start, end) for a saved quote in `text`:
 * 1. the exact quote at the saved position;
 * 2. else the occurrence of the exact quote whose surrounding text best matches prefix/suffix (then nearest
 *    to the saved position);
 * 3. else the best approximate match (edit distance), if its score reaches the threshold;
 * 4. else null (the caller tells the reader the claim can no longer be found).
 */
export function reanchor(
  text: string,
  quote: TextQuoteSelector,
  position?: TextPositionSelector | null,
  opts: AnchorOptions = {},
): Anchor | null {
  const { exact, prefix, suffix } = quote;
  if (!exact) return null;
  if (position && text.slice(position.start, position.end) === exact) {
    return { start: position.start, end: position.end, method: 'position', score: 1 };
  }

  let best: { start: number; context: number; distance: number } | null = null;
  for (let i = text.indexOf(exact); i !== -1; i = text.indexOf(exact, i + 1)) {
    const context =
      commonSuffix(text.slice(Math.max(0, i - prefix.length), i), prefix) +
      commonPrefix(text.slice(i + exact.length, i + exact.length + suffix.length), suffix);
    const distance = position ? Math.abs(i - position.start) : 0;
    if (!best || context > best.context || (context === best.context && distance < best.distance)) {
      best = { start: i, context, distance };
    }
  }
  if (best) return { start: best.start, end: best.start + exact.length, method: 'quote', score: 1 };

  return fuzzyAnchor(text, exact, position ?? null, opts);
}

/**
 * Longest quote searched approximately as a whole. The search costs (window × quote length) and its window is
 * at least a few quote lengths, so a quote of 20,000 characters took 7.5 s on the page's main thread (issue 14).
 * A longer quote is found by its first and last QUOTE_END characters, each searched approximately, and
 * accepted when the span between them has about the quote's length.
 */
const MAX_FUZZY_QUOTE = 1000;
const QUOTE_END = 400;

function fuzzyAnchor(
  text: string,
  exact: string,
  position: TextPositionSelector | null,
  opts: AnchorOptions,
): Anchor | null {
  const { threshold = 0.8, maxCells = 20_000_000 } = opts;
  const m = exact.length;
  if (m > MAX_FUZZY_QUOTE) {
    const head = fuzzyAnchor(text, exact.slice(0, QUOTE_END), position, opts);
    // The tail is looked for where the head says the quote ends.
    const near = head ? head.start + m - QUOTE_END : 0;
    const tailAt: TextPositionSelector = { type: 'TextPositionSelector', start: near, end: near + QUOTE_END };
    const tail = head && fuzzyAnchor(text, exact.slice(-QUOTE_END), tailAt, opts);
    if (!head || !tail || tail.end <= head.start) return null;
    const length = tail.end - head.start;
    if (Math.abs(length - m) > m * (1 - threshold)) return null;
    return { start: head.start, end: tail.end, method: 'fuzzy', score: Math.min(head.score, tail.score) };
  }
  const maxEdits = Math.floor(m * (1 - threshold) + 1e-9); // 1e-9: 10 × (1 − 0.8) is 1.999…
  // Search the whole text when affordable, else a window around the saved position (or the start).
  let from = 0;
  let to = text.length;
  if (text.length * m > maxCells) {
    const half = Math.max(m * 2, Math.floor(maxCells / m / 2));
    const centre = position ? position.start : 0;
    from = Math.max(0, centre - half);
    to = Math.min(text.length, centre + half + m);
  }
  const hit = approximateSearch(text, from, to, exact);
  if (!hit || hit.distance > maxEdits) return null;
  return { start: hit.start, end: hit.end, method: 'fuzzy', score: 1 - hit.distance / m };
}

/**
 * Sellers' approximate substring search: the substring of text[from, to) with the smallest edit distance
 * to `pattern`, O((to − from) × pattern.length) time and O(pattern.length) memory. Each DP cell carries the
 * start of its alignment so the match's start comes out without a second pass.
 */
export function approximateSearch(
  text: string,
  from: number,
  to: number,
  pattern: string,
): { start: number; end: number; distance: number } | null {
  const m = pattern.length;
  if (m === 0 || to <= from) return null;
  let cost = new Int32Array(m + 1);
  let start = new Int32Array(m + 1);
  let nextCost = new Int32Array(m + 1);
  let nextStart = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) {
    cost[i] = i;
    start[i] = from;
  }
  let best: { start: number; end: number; distance: number } | null = null;
  for (let j = from; j < to; j++) {
    const c = text.charCodeAt(j);
    // Row 0: a match may begin anywhere, at no cost.
    nextCost[0] = 0;
    nextStart[0] = j + 1;
    for (let i = 1; i <= m; i++) {
      const sub = cost[i - 1] + (pattern.charCodeAt(i - 1) === c ? 0 : 1);
      const del = cost[i] + 1; // text char not in pattern
      const ins = nextCost[i - 1] + 1; // pattern char missing from text
      if (sub <= del && sub <= ins) {
        nextCost[i] = sub;
        nextStart[i] = start[i - 1];
      } else if (del <= ins) {
        nextCost[i] = del;
        nextStart[i] = start[i];
      } else {
        nextCost[i] = ins;
        nextStart[i] = nextStart[i - 1];
      }
    }
    // Ties: the same start reached again at equal cost extends the match ("abyc" over "ab" for "abc").
    if (!best || nextCost[m] < best.distance || (nextCost[m] === best.distance && nextStart[m] === best.start)) {
      best = { start: nextStart[m], end: j + 1, distance: nextCost[m] };
    }
    [cost, nextCost] = [nextCost, cost];
    [start, nextStart] = [nextStart, start];
  }
  return best;
}
