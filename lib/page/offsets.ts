/**
 * From offsets in ExtractedArticle.text back to the page: DOM Ranges for any [start, end).
 * A span that crosses blocks (paragraphs) gives one Range per block, so a highlight never covers
 * the page furniture between two paragraphs. A binary search finds the span's first block and segment, then
 * the span's own segments are walked: O(log n + segments in the span).
 */
import type { ArticleBlock, ExtractedArticle, Segment } from './extract.ts';

/** Index of the last item whose key is <= x (or -1). */
function lastAtOrBefore<T>(items: readonly T[], x: number, key: (t: T) => number): number {
  let lo = 0;
  let hi = items.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]) <= x) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}

interface Point {
  node: Text;
  offset: number;
  /** Index of the segment the point is in. */
  index: number;
}

/** DOM point for a text offset `pos` in a block; `side` says which neighbour to take inside a gap. */
function pointIn(segments: readonly Segment[], pos: number, side: 'start' | 'end'): Point | null {
  if (segments.length === 0) return null;
  const i = lastAtOrBefore(segments, pos, (s) => s.textStart);
  if (side === 'start') {
    // Inside segment i, or in the gap after it: move to the next segment's start.
    if (i >= 0) {
      const s = segments[i];
      if (pos < s.textStart + s.length) return { node: s.node, offset: s.nodeStart + (pos - s.textStart), index: i };
    }
    const next = segments[i + 1];
    return next ? { node: next.node, offset: next.nodeStart, index: i + 1 } : null;
  }
  // End point: pos is exclusive; it belongs to the segment holding pos - 1.
  const j = lastAtOrBefore(segments, pos - 1, (s) => s.textStart);
  if (j < 0) return null;
  const s = segments[j];
  const inside = Math.min(pos - s.textStart, s.length);
  return { node: s.node, offset: s.nodeStart + inside, index: j };
}

function clampPoint(p: Point): Point {
  const len = p.node.length; // not .data.length: reading .data copies the whole string each time
  return p.offset > len ? { ...p, offset: len } : p;
}

function pushRange(out: Range[], doc: Document, a: Point, z: Point): void {
  if (!a.node.isConnected || !z.node.isConnected) return;
  try {
    // The node's own document makes the Range: text in a same-origin frame is painted by that frame's registry.
    const r = (a.node.ownerDocument ?? doc).createRange();
    const pa = clampPoint(a);
    const pz = clampPoint(z);
    r.setStart(pa.node, pa.offset);
    r.setEnd(pz.node, pz.offset);
    if (!r.collapsed) out.push(r);
  } catch {
    // The page changed the node under us; skip this piece.
  }
}

/**
 * DOM Ranges covering [start, end) of `extracted.text`, one per block the span touches (in order), split
 * further where the block's text skips an element (an ad or a hidden span inside a paragraph).
 * Returns [] for an empty span, a span outside the text, or text whose nodes left the document.
 */
export function rangeFor(extracted: ExtractedArticle, start: number, end: number, doc: Document): Range[] {
  const out: Range[] = [];
  if (!(end > start)) return out;
  const blocks: readonly ArticleBlock[] = extracted.blocks;
  let bi = Math.max(
    0,
    lastAtOrBefore(blocks, start, (b) => b.start),
  );
  for (; bi < blocks.length; bi++) {
    const b = blocks[bi];
    if (b.start >= end) break;
    const s = Math.max(start, b.start);
    const e = Math.min(end, b.end);
    if (e <= s) continue;
    const a = pointIn(b.segments, s, 'start');
    const z = pointIn(b.segments, e, 'end');
    if (!a || !z) continue;
    // One Range per run of segments with nothing left out between them (see Segment.gapBefore).
    let from = a;
    for (let k = a.index + 1; k <= z.index; k++) {
      const seg = b.segments[k];
      if (!seg.gapBefore) continue;
      const prev = b.segments[k - 1];
      pushRange(out, doc, from, { node: prev.node, offset: prev.nodeStart + prev.length, index: k - 1 });
      from = { node: seg.node, offset: seg.nodeStart, index: k };
    }
    pushRange(out, doc, from, z);
  }
  return out;
}

/** The block that holds text offset `pos`, or null (between blocks, or out of range). */
export function blockAt(extracted: ExtractedArticle, pos: number): ArticleBlock | null {
  const i = lastAtOrBefore(extracted.blocks, pos, (b) => b.start);
  const b = i >= 0 ? extracted.blocks[i] : null;
  return b && pos < b.end ? b : null;
}
