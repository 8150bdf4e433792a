/**
 * What must hold for any page the extractor accepts, shared by the fixture tests and the random-page property
 * test: every segment maps 1:1 onto its Text node, every character no segment maps is a separator, and a span of
 * the text comes back from rangeFor as Ranges with the same text. Each check returns a problem, or null.
 */
import type { ExtractedArticle } from '../lib/page/extract.ts';
import { rangeFor } from '../lib/page/offsets.ts';

export const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

export function segmentProblem(ex: ExtractedArticle): string | null {
  const mapped = new Uint8Array(ex.text.length);
  for (const b of ex.blocks) {
    if (ex.text.slice(b.start, b.end).includes('\n')) return `block ${b.start}-${b.end} holds a line break`;
    for (const s of b.segments) {
      const dom = s.node.data.slice(s.nodeStart, s.nodeStart + s.length);
      const txt = ex.text.slice(s.textStart, s.textStart + s.length);
      if ((norm(dom) || ' ') !== (norm(txt) || ' ')) return `segment at ${s.textStart}: DOM "${dom}" ≠ text "${txt}"`;
      if (s.textStart < b.start || s.textStart + s.length > b.end) return `segment at ${s.textStart} leaves its block`;
      for (let i = s.textStart; i < s.textStart + s.length; i++) {
        if (mapped[i]) return `two segments map offset ${i}`;
        mapped[i] = 1;
      }
    }
  }
  // Everything else is a separator: between blocks, or where a <br> inside the title became a space.
  const stray = mapped.findIndex((m, i) => !m && !/\s/.test(ex.text[i]));
  return stray < 0 ? null : `offset ${stray} ("${ex.text[stray]}") maps to no Text node`;
}

export function spanProblem(ex: ExtractedArticle, doc: Document, start: number, end: number): string | null {
  const ranges = rangeFor(ex, start, end, doc);
  // Whitespace aside: the text has separators where Ranges break (between blocks, at a left-out element).
  const squash = (x: string) => x.replace(/\s+/g, '');
  const got = squash(ranges.map((r) => r.toString()).join(''));
  const want = squash(ex.text.slice(start, end));
  if (got !== want) return `span ${start}-${end}: Ranges "${got}" ≠ text "${want}"`;
  // One Range per block touched (none for a span made only of separators).
  return ranges.some((r) => r.collapsed) ? `span ${start}-${end}: a collapsed Range` : null;
}
