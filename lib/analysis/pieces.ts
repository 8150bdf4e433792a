import type { Analysis, Attribution, Entity, Span, Warning } from './schema';
import { summarize } from './stages/summary';

/**
 * A long text analysed piece by piece, so that whoever runs the analyser can let other work in between pieces
 * (the background answers every tab; one hostile page's megabytes must not make the others wait). Pieces end at
 * paragraph breaks; a text no longer than `max` is one piece, so ordinary articles are analysed whole, exactly
 * as before. What a split loses: a claim or a back-reference across a piece boundary (only on texts over `max`).
 */
export function splitPieces(text: string, max: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  while (text.length - start > max) {
    const limit = start + max;
    // The last paragraph break in the window, else the last white space, else a hard cut.
    let cut = text.lastIndexOf('\n', limit - 1) + 1;
    if (cut <= start + max / 4) cut = Math.max(text.lastIndexOf(' ', limit - 1) + 1, 0);
    if (cut <= start + max / 4) cut = limit;
    // Never cut between the two halves of a surrogate pair.
    if (/[\uD800-\uDBFF]/.test(text[cut - 1] ?? '')) cut--;
    out.push({ start, end: cut });
    start = cut;
  }
  out.push({ start, end: text.length });
  return out;
}

const shift = (s: Span, by: number): Span => ({ ...s, start: s.start + by, end: s.end + by });

/** Joins the analyses of consecutive pieces into one analysis of the whole text (offsets, ids, summary). */
export function mergeAnalyses(parts: { offset: number; analysis: Analysis }[]): Analysis {
  if (parts.length === 1 && parts[0].offset === 0) return parts[0].analysis;
  const attributions: Attribution[] = [];
  const warnings: Warning[] = [];
  const entities = new Map<string, Entity>();
  for (const { offset, analysis } of parts) {
    const ids = new Map<string, string>();
    for (const a of analysis.attributions) {
      const id = `a${attributions.length}`;
      ids.set(a.id, id);
      attributions.push({
        ...a,
        id,
        cue: shift(a.cue, offset),
        claim: shift(a.claim, offset),
        source: { ...a.source, mention: a.source.mention ? shift(a.source.mention, offset) : null },
      });
    }
    for (const w of analysis.warnings)
      warnings.push({
        ...w,
        span: shift(w.span, offset),
        attributionIds: w.attributionIds.map((id) => ids.get(id) ?? id),
      });
    // The same entity named in several pieces is one entity with all its mentions.
    for (const e of analysis.entities) {
      const key = `${e.type}\u0000${e.name}`;
      const mentions = e.mentions.map((m) => shift(m, offset));
      const seen = entities.get(key);
      if (!seen) entities.set(key, { ...e, id: `e${entities.size + 1}`, mentions });
      else {
        seen.mentions.push(...mentions);
        for (const alias of e.aliases) if (!seen.aliases.includes(alias)) seen.aliases.push(alias);
      }
    }
  }
  return { version: 1, attributions, entities: [...entities.values()], warnings, summary: summarize(attributions) };
}
