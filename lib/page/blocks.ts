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
import { isBlockElement, skipReason } from './classify.ts';
import { frameDocument, MAX_NESTING, MAX_SCOPES, nestingOf, openShadowRoot } from './composed.ts';

/** A stretch of a block's text that maps 1:1 onto a stretch of one Text node. */
export interface Segment {
  node: Text;
  /** Offset in node.data where the stretch starts. */
  nodeStart: number;
  /** Offset in the block's text (later: in the whole extracted text) where it starts. */
  textStart: number;
  length: number;
  /**
   * Something left out of the text (furniture, a hidden or excluded element) sits in the DOM between the
   * previous segment of the block and this one, so a Range must not run from one to the other.
   */
  gapBefore?: true;
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
  private wsInLink = false;
  private wsInTime = false;
  // An element was left out after the last segment (and after the pending whitespace run's start), and one
  // was left out before the pending whitespace run: the next segment, and the run's segment, start after a gap.
  private gapPending = false;
  private wsGap = false;

  get length(): number {
    return this.len;
  }

  private emit(
    node: Text,
    start: number,
    length: number,
    piece: string,
    inLink: boolean,
    inTime: boolean,
    afterGap: boolean,
  ): void {
    const last = this.segments[this.segments.length - 1];
    if (afterGap && last) {
      this.segments.push({ node, nodeStart: start, textStart: this.len, length, gapBefore: true });
    } else if (last && last.node === node && last.nodeStart + last.length === start && piece.length === length) {
      last.length += length;
    } else {
      this.segments.push({ node, nodeStart: start, textStart: this.len, length });
    }
    this.pieces.push(piece);
    this.len += piece.length;
    if (inLink) this.linkChars += piece.length;
    if (inTime) this.timeChars += piece.length;
  }

  private flushWs(): void {
    if (!this.wsNode) return;
    if (this.len > 0) {
      const node = this.wsNode;
      // The run counts as link/time text only if it was inside the link/time element itself.
      if (this.wsPlain)
        this.emit(
          node,
          this.wsStart,
          this.wsLen,
          node.data.slice(this.wsStart, this.wsStart + this.wsLen),
          this.wsInLink,
          this.wsInTime,
          this.wsGap,
        );
      else this.emit(node, this.wsStart, 1, ' ', this.wsInLink, this.wsInTime, this.wsGap);
    }
    this.wsNode = null;
  }

  /**
   * Adds a Text node's characters [from, to). A node can be added in pieces (a huge node, read across slices) as
   * long as no piece ends inside a run of white space; a word cut in two joins up again in one segment.
   */
  add(node: Text, inLink: boolean, inTime = false, from = 0, to = node.length): void {
    const s = node.data;
    const n = to;
    let i = from;
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
          this.wsInLink = inLink;
          this.wsInTime = inTime;
          this.wsGap = this.gapPending;
          this.gapPending = false;
        }
      } else {
        const start = i;
        while (i < n && !isWs(s.charCodeAt(i))) i++;
        this.flushWs();
        this.emit(node, start, i - start, s.slice(start, i), inLink, inTime, this.gapPending);
        this.gapPending = false;
      }
    }
  }

  /** A hard break (<br>) inside the block: counts as whitespace. */
  softBreak(): void {
    if (this.wsNode) this.wsPlain = false;
  }

  /** An inline element left out of the text: it separates words, and Ranges must not span it. */
  skip(): void {
    this.gapPending = true;
    this.softBreak();
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
  /** Stop once this many characters of text were collected (a cheap look at a possibly huge subtree). */
  maxChars?: number;
}

/** Huge Text nodes are read this many characters at a time, looking at the clock in between. */
const TEXT_CHUNK = 16_384;

/**
 * Walks `root` and collects its text blocks in document order. Furniture subtrees (see
 * classify.skipReason) are skipped entirely. The walk can be run in slices (`run(deadline)`), so a
 * huge page is read without one long task; `collectBlocks` runs it in one go.
 */
export class BlockWalker {
  readonly blocks: RawBlock[] = [];
  private readonly maxText: number;
  private textNodes = 0;
  private builder: BlockBuilder | null = null;
  private owner: Element;
  // Explicit stack of [node, entering]. Leaving a block element closes its block; the owner of
  // text is the nearest block-level ancestor, tracked on an owner stack.
  private readonly owners: Element[];
  private linkDepth = 0;
  private timeDepth = 0;
  // `block` is decided once on entry (isBlockElement reads children, which the walk may not revisit).
  private readonly stack: { node: Node; leave: boolean; block?: boolean; from?: number }[] = [];
  /** Characters in the blocks closed so far. */
  private chars = 0;
  /** Open shadow roots and same-origin frames entered (at most MAX_SCOPES). */
  private scopes = 0;
  private finished = false;

  constructor(
    root: Element,
    private readonly opts: WalkOptions = {},
  ) {
    this.maxText = opts.maxTextNodes ?? 2_000_000;
    this.owner = root;
    this.owners = [root];
    for (let c = root.lastChild; c; c = c.previousSibling) this.stack.push({ node: c, leave: false });
  }

  get done(): boolean {
    return this.finished;
  }

  private close(): void {
    const b = this.builder;
    if (b && b.length > 0) {
      const r = b.finish();
      this.blocks.push({
        owner: this.owner,
        text: r.text,
        segments: r.segments,
        linkChars: r.linkChars,
        timeChars: r.timeChars,
        index: this.blocks.length,
      });
      this.chars += r.text.length;
    }
    this.builder = null;
  }

  /**
   * Pushes what `el` shows, in the flat tree: an open shadow root's children instead of the light ones, a
   * slot's assigned nodes (else its fallback children), else the element's children.
   */
  private pushChildren(el: Element, tag: string): void {
    const stack = this.stack;
    let from: ParentNode = el;
    if (tag === 'SLOT') {
      const assigned = (el as HTMLSlotElement).assignedNodes?.({ flatten: true }) ?? [];
      if (assigned.length) {
        for (let i = assigned.length - 1; i >= 0; i--) stack.push({ node: assigned[i], leave: false });
        return;
      }
    } else if (this.scopes < MAX_SCOPES) {
      const sr = openShadowRoot(el);
      if (sr && nestingOf(el) < MAX_NESTING) {
        this.scopes++;
        from = sr;
      }
    }
    for (let c = from.lastChild; c; c = c.previousSibling) stack.push({ node: c, leave: false });
  }

  private overChars(): boolean {
    const max = this.opts.maxChars;
    return max !== undefined && this.chars + (this.builder?.length ?? 0) >= max;
  }

  /** Walks until done or until performance.now() passes `deadline`; returns true when done. */
  run(deadline = Number.POSITIVE_INFINITY): boolean {
    if (this.finished) return true;
    const stack = this.stack;
    const byName = this.opts.byName ?? true;
    let count = 0;
    while (stack.length > 0) {
      // Look at the clock every 512 nodes only.
      if ((++count & 511) === 0 && performance.now() > deadline) return false;
      const item = stack.pop()!;
      const node = item.node;
      if (item.leave) {
        const el = node as Element;
        const t = el.tagName.toUpperCase();
        if (item.block) {
          this.close();
          this.owners.pop();
          this.owner = this.owners[this.owners.length - 1];
        }
        if (t === 'A') this.linkDepth--;
        else if (t === 'TIME') this.timeDepth--;
        continue;
      }
      if (node.nodeType === 3) {
        const t = node as Text;
        const n = t.length;
        let from = item.from ?? 0;
        if (from === 0) {
          if (++this.textNodes > this.maxText) {
            stack.length = 0;
            break;
          }
          if (n === 0) continue;
          if (!this.builder) {
            // Whitespace-only text never opens a block (a huge node is looked at in its first chunk only).
            if (isAllWs(n > TEXT_CHUNK ? t.data.slice(0, TEXT_CHUNK) : t.data) && (n <= TEXT_CHUNK || isAllWs(t.data)))
              continue;
            this.builder = new BlockBuilder();
            this.owner = this.owners[this.owners.length - 1];
          }
        }
        if (n <= TEXT_CHUNK) {
          this.builder!.add(t, this.linkDepth > 0, this.timeDepth > 0);
        } else {
          // A huge node (a page's megabyte paragraph): a chunk at a time, never ending inside white space.
          const data = t.data;
          while (from < n) {
            let to = Math.min(n, from + TEXT_CHUNK);
            while (to < n && isWs(data.charCodeAt(to))) to++;
            this.builder!.add(t, this.linkDepth > 0, this.timeDepth > 0, from, to);
            from = to;
            if (from < n && (performance.now() > deadline || this.overChars())) {
              if (this.overChars()) {
                stack.length = 0;
                break;
              }
              stack.push({ node: t, leave: false, from });
              return false;
            }
          }
        }
        if (this.overChars()) {
          stack.length = 0;
          break;
        }
        continue;
      }
      if (node.nodeType !== 1) continue;
      const el = node as Element;
      const tag = el.tagName.toUpperCase();
      if (tag === 'BR') {
        // A line break ends a paragraph-like run (sites that separate paragraphs with <br><br>).
        this.close();
        continue;
      }
      if ((tag === 'IFRAME' || tag === 'FRAME') && !this.opts.exclude?.has(el)) {
        // A same-origin frame's text is read where the frame stands, as a block of its own.
        const inner = this.scopes < MAX_SCOPES ? frameDocument(el) : null;
        if (inner && nestingOf(el) < MAX_NESTING) {
          this.scopes++;
          this.close();
          this.owners.push(el);
          this.owner = el;
          stack.push({ node: el, leave: true, block: true }, { node: inner.body, leave: false });
          continue;
        }
      }
      const block = isBlockElement(el);
      if (this.opts.exclude?.has(el) || skipReason(el, byName)) {
        // Left-out furniture ends the block if it is block-level (the text after it is a new paragraph);
        // inline, it still separates words.
        if (block) this.close();
        else this.builder?.skip();
        continue;
      }
      if (block) {
        this.close();
        this.owners.push(el);
        this.owner = el;
      }
      if (tag === 'A') this.linkDepth++;
      else if (tag === 'TIME') this.timeDepth++;
      stack.push({ node: el, leave: true, block });
      this.pushChildren(el, tag);
    }
    this.close();
    this.finished = true;
    return true;
  }
}

/** Walks `root` in one go and returns its text blocks in document order. */
export function collectBlocks(root: Element, opts: WalkOptions = {}): RawBlock[] {
  const w = new BlockWalker(root, opts);
  w.run();
  return w.blocks;
}

/** Like collectBlocks, but yields (`pause`) whenever a slice has run for `sliceMs`. */
export async function collectBlocksSliced(
  root: Element,
  opts: WalkOptions,
  pause: () => Promise<void>,
  sliceMs = 8,
): Promise<RawBlock[]> {
  const w = new BlockWalker(root, opts);
  while (!w.run(performance.now() + sliceMs)) await pause();
  return w.blocks;
}

function isAllWs(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isWs(s.charCodeAt(i))) return false;
  return true;
}
