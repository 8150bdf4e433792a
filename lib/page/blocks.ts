/**
 * One linear walk over the DOM that cuts the visible text into blocks (paragraph-like runs of text
 * between block-level boundaries and <br>), with whitespace collapsed the way a reader sees it and a
 * 1:1 map from every character of a block's text back to a Text node offset.
 *
 * Whitespace: a run of spaces, tabs and line breaks that contains anything but U+0020, or that
 * spans two Text nodes, is source formatting and becomes one space (mapped to its first character);
 * a run made only of U+0020 inside one Text node is kept as written, so an article whose text has a
 * double space keeps it (and the analyser's offsets match the source text). Leading and trailing
 * whitespace of a block is dropped.
 *
 * The walk is iterative (no recursion), so very deep pages cannot overflow the stack.
 */
import { BLOCK_TAGS, skipReason } from './classify.ts';

/** A stretch of a block's text that maps 1:1 onto a stretch of one Text node. */
export interface Segment {
  node: Text;
  /** Offset in node.data where the stretch starts. */
  nodeStart: number;
  /** Offset in the block's text (later: in the whole extracted text) where it starts. */
  textStart: number;
  length: number;
}

export interface RawBlock {
  /** Nearest block-level ancestor of the text. */
  owner: Element;
  text: string;
  segments: Segment[];
  /** Characters of `text` that sit inside <a> elements. */
  linkChars: number;
  /** Characters of `text` that sit inside <time> elements (date lines). */
  timeChars: number;
  /** Document order index. */
  index: number;
}

const isWs = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 12;

/** Builds one block's text and segments from the Text nodes given, in order. */
export class BlockBuilder {
  private pieces: string[] = [];
  private len = 0;
  segments: Segment[] = [];
  linkChars = 0;
  timeChars = 0;
  // Pending whitespace run: where it started and whether it can be kept verbatim.
  private wsNode: Text | null = null;
  private wsStart = 0;
  private wsLen = 0;
  private wsPlain = true;

  get length(): number {
    return this.len;
  }

  private emit(node: Text, start: number, length: number, piece: string, inLink: boolean, inTime = false): void {
    const last = this.segments[this.segments.length - 1];
    if (last && last.node === node && last.nodeStart + last.length === start && piece.length === length) {
      last.length += length;
    } else {
      this.segments.push({ node, nodeStart: start, textStart: this.len, length });
    }
    this.pieces.push(piece);
    this.len += piece.length;
    if (inLink) this.linkChars += piece.length;
    if (inTime) this.timeChars += piece.length;
  }

  private flushWs(inLink: boolean): void {
    if (!this.wsNode) return;
    if (this.len > 0) {
      const node = this.wsNode;
      if (this.wsPlain)
        this.emit(node, this.wsStart, this.wsLen, node.data.slice(this.wsStart, this.wsStart + this.wsLen), inLink);
      else this.emit(node, this.wsStart, 1, ' ', inLink);
    }
    this.wsNode = null;
  }

  /** Adds a Text node's characters. */
  add(node: Text, inLink: boolean, inTime = false): void {
    const s = node.data;
    const n = s.length;
    let i = 0;
    while (i < n) {
      if (isWs(s.charCodeAt(i))) {
        const start = i;
        let plain = true;
        while (i < n && isWs(s.charCodeAt(i))) {
          if (s.charCodeAt(i) !== 32) plain = false;
          i++;
        }
        if (this.wsNode) {
          // The run continues from an earlier Text node: source formatting, one space.
          this.wsPlain = false;
        } else {
          this.wsNode = node;
          this.wsStart = start;
          this.wsLen = i - start;
          this.wsPlain = plain;
        }
      } else {
        const start = i;
        while (i < n && !isWs(s.charCodeAt(i))) i++;
        this.flushWs(inLink);
        this.emit(node, start, i - start, s.slice(start, i), inLink, inTime);
      }
    }
  }

  /** A hard break (<br>) inside the block: counts as whitespace. */
  softBreak(): void {
    if (this.wsNode) this.wsPlain = false;
  }

  finish(): { text: string; segments: Segment[]; linkChars: number; timeChars: number } {
    this.wsNode = null;
    return {
      text: this.pieces.join(''),
      segments: this.segments,
      linkChars: this.linkChars,
      timeChars: this.timeChars,
    };
  }
}

export interface WalkOptions {
  /** Elements whose subtree is left out (besides furniture), e.g. the headline. */
  exclude?: ReadonlySet<Element>;
  /** Stop after this many Text nodes (protects against absurd pages). */
  maxTextNodes?: number;
  /** Skip furniture by class/id names too (default true). */
  byName?: boolean;
}

/**
 * Walks `root` and returns its text blocks in document order. Furniture subtrees (see
 * classify.skipReason) are skipped entirely; `skipped` receives every skipped element.
 */
export function collectBlocks(root: Element, opts: WalkOptions = {}): RawBlock[] {
  const blocks: RawBlock[] = [];
  const maxText = opts.maxTextNodes ?? 2_000_000;
  let textNodes = 0;
  let builder: BlockBuilder | null = null;
  let owner: Element = root;

  const close = () => {
    if (builder && builder.length > 0) {
      const r = builder.finish();
      blocks.push({
        owner,
        text: r.text,
        segments: r.segments,
        linkChars: r.linkChars,
        timeChars: r.timeChars,
        index: blocks.length,
      });
    }
    builder = null;
  };

  // Explicit stack of [node, entering]. Leaving a block element closes its block; the owner of
  // text is the nearest block-level ancestor, tracked on an owner stack.
  const owners: Element[] = [root];
  let linkDepth = 0;
  let timeDepth = 0;
  const stack: { node: Node; leave: boolean }[] = [];
  for (let c = root.lastChild; c; c = c.previousSibling) stack.push({ node: c, leave: false });

  while (stack.length > 0) {
    const item = stack.pop()!;
    const node = item.node;
    if (item.leave) {
      const el = node as Element;
      if (BLOCK_TAGS.has(el.tagName.toUpperCase())) {
        close();
        owners.pop();
        owner = owners[owners.length - 1];
      }
      const t = el.tagName.toUpperCase();
      if (t === 'A') linkDepth--;
      else if (t === 'TIME') timeDepth--;
      continue;
    }
    if (node.nodeType === 3) {
      if (++textNodes > maxText) break;
      const t = node as Text;
      if (t.data.length === 0) continue;
      if (!builder) {
        // Whitespace-only text never opens a block.
        if (isAllWs(t.data)) continue;
        builder = new BlockBuilder();
        owner = owners[owners.length - 1];
      }
      builder.add(t, linkDepth > 0, timeDepth > 0);
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (tag === 'BR') {
      // A line break ends a paragraph-like run (sites that separate paragraphs with <br><br>).
      close();
      continue;
    }
    if (opts.exclude?.has(el) || skipReason(el, opts.byName ?? true)) {
      // Furniture between two runs of inline text still separates words.
      if (builder) (builder as BlockBuilder).softBreak();
      continue;
    }
    const isBlock = BLOCK_TAGS.has(tag);
    if (isBlock) {
      close();
      owners.push(el);
      owner = el;
    }
    if (tag === 'A') linkDepth++;
    else if (tag === 'TIME') timeDepth++;
    stack.push({ node: el, leave: true });
    for (let c = el.lastChild; c; c = c.previousSibling) stack.push({ node: c, leave: false });
  }
  close();
  return blocks;
}

function isAllWs(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isWs(s.charCodeAt(i))) return false;
  return true;
}
