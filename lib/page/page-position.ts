/**
 * Where a claim sits in "the page's text" as other annotation tools count it, for the W3C
 * TextPositionSelector (issue 17).
 *
 * The page's text is `document.body.textContent`: every Text node under <body> in document order, script
 * and style text included, shadow roots excluded — the text Hypothesis-style tools anchor selectors in (their
 * HTML root is document.body). Offsets count Unicode code points, as the Web Annotation model requires
 * (https://www.w3.org/TR/annotation-model/#text-position-selector), not UTF-16 units.
 *
 * Isnad's own offsets are in the analysed text (title + body, whitespace collapsed, furniture left out), so a
 * span is mapped to DOM Ranges (offsets.ts) and from their ends to the page's text. A position is returned only
 * when the page's text between those ends is exactly the quote: a claim that spans left-out furniture (an ad
 * inside a paragraph) or whitespace the extractor collapsed (a line break in the source) gets none, and
 * the export then carries the quote alone, which every tool can anchor.
 *
 * DOM in, data out; no browser APIs beyond the DOM.
 */
import type { ExtractedArticle } from './extract.ts';
import { rangeFor } from './offsets.ts';

export interface PagePosition {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

// NodeFilter.SHOW_TEXT | NodeFilter.SHOW_CDATA_SECTION (a CDATA section is a Text node and in textContent).
const SHOW_TEXT_NODES = 0x4 | 0x8;

/** root.textContent with the offset of every Text node in it, and a UTF-16 → code point conversion. */
export class PageText {
  readonly text: string;
  private readonly nodeStart = new Map<Node, number>();
  /** Indices of the high halves of surrogate pairs, ascending. */
  private readonly pairs: number[] = [];

  constructor(root: Node) {
    const doc = root.ownerDocument ?? (root as Document);
    const walker = doc.createTreeWalker(root, SHOW_TEXT_NODES);
    const parts: string[] = [];
    let at = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const data = (n as Text).data;
      this.nodeStart.set(n, at);
      parts.push(data);
      at += data.length;
    }
    this.text = parts.join('');
    for (let i = 0; i < this.text.length - 1; i++) {
      const c = this.text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff) {
        const d = this.text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) this.pairs.push(i++);
      }
    }
  }

  /** UTF-16 offset in `text` of a DOM point inside a Text node under the root, else null. */
  unitOffset(node: Node, offset: number): number | null {
    const start = this.nodeStart.get(node);
    return start === undefined ? null : start + offset;
  }

  /** Code points before UTF-16 offset u (a pair counts once when both halves are before u). */
  codePoints(u: number): number {
    let lo = 0;
    let hi = this.pairs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.pairs[mid] + 2 <= u) lo = mid + 1;
      else hi = mid;
    }
    return u - lo;
  }

  /** The TextPositionSelector for the span from the first range's start to the last's end, if it reads `exact`. */
  positionOf(ranges: readonly Range[], exact: string): PagePosition | null {
    if (ranges.length === 0) return null;
    const first = ranges[0];
    const last = ranges[ranges.length - 1];
    const s = this.unitOffset(first.startContainer, first.startOffset);
    const e = this.unitOffset(last.endContainer, last.endOffset);
    if (s === null || e === null || e <= s || this.text.slice(s, e) !== exact) return null;
    return { type: 'TextPositionSelector', start: this.codePoints(s), end: this.codePoints(e) };
  }
}

/**
 * For a save or an export: maps [start, end) of the analysed text to the page's text. The page's text is read
 * once, at the first call (a save is one call; a page export calls it for every claim).
 */
export function pagePositioner(
  article: ExtractedArticle,
  doc: Document,
): (start: number, end: number, exact: string) => PagePosition | null {
  let page: PageText | null = null;
  return (start, end, exact) => {
    if (!doc.body) return null;
    page ??= new PageText(doc.body);
    return page.positionOf(rangeFor(article, start, end, doc), exact);
  };
}
