import { foldArabic } from '../arabic/normalize';
import type { Analysis, AnalyzeOptions, Attribution, Entity, Span, Summary } from './schema';

/**
 * Analyses a long text in paragraph-aligned chunks, awaiting `pause()` between chunks, so that a page's main
 * thread never runs one long task (DESIGN.md: no task over 50 ms). Short texts take one chunk and give exactly
 * `analyze(text)`. The cost of chunking: an implicit source ("وأوضح أن…") cannot reach back across a chunk
 * boundary, and entities are linked across chunks by their folded name only.
 */
export async function analyzeInSlices(
  text: string,
  analyze: (text: string, options?: AnalyzeOptions) => Analysis,
  pause: () => Promise<void>,
  maxChunk = 12_000,
  options: AnalyzeOptions = {},
): Promise<Analysis> {
  if (text.length <= maxChunk) return analyze(text, options);
  const parts: { offset: number; analysis: Analysis }[] = [];
  for (const [start, end] of paragraphChunks(text, maxChunk)) {
    const opts = start === 0 ? options : { ...options, headlineEnd: 0 };
    parts.push({ offset: start, analysis: analyze(text.slice(start, end), opts) });
    await pause();
  }
  return mergeAnalyses(parts);
}

/** [start, end) ranges of at most ~maxChunk units, cut after a newline where one exists (linear). */
export function paragraphChunks(text: string, maxChunk: number): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + maxChunk);
    if (end < text.length) {
      const nl = text.lastIndexOf('\n', end - 1);
      if (nl > start + maxChunk / 4) end = nl + 1;
      else {
        const sp = text.lastIndexOf(' ', end - 1);
        if (sp > start + maxChunk / 4) end = sp + 1;
      }
    }
    out.push([start, end]);
    start = end;
  }
  return out;
}

const shift = (s: Span, by: number): Span => ({ text: s.text, start: s.start + by, end: s.end + by });

export function mergeAnalyses(parts: { offset: number; analysis: Analysis }[]): Analysis {
  const attributions: Attribution[] = [];
  const entities = new Map<string, Entity>();
  const warnings: Analysis['warnings'] = [];
  parts.forEach(({ offset, analysis }, k) => {
    const idOf = (id: string) => `c${k}-${id}`;
    for (const a of analysis.attributions) {
      attributions.push({
        ...a,
        id: idOf(a.id),
        cue: shift(a.cue, offset),
        claim: shift(a.claim, offset),
        source: { ...a.source, mention: a.source.mention ? shift(a.source.mention, offset) : null },
      });
    }
    for (const w of analysis.warnings) {
      warnings.push({ ...w, attributionIds: w.attributionIds.map(idOf), span: shift(w.span, offset) });
    }
    for (const e of analysis.entities) {
      const key = `${e.type}:${foldArabic(e.name)}`;
      const seen = entities.get(key);
      const mentions = e.mentions.map((m) => shift(m, offset));
      if (!seen) entities.set(key, { ...e, id: `e${entities.size}`, mentions, aliases: [...e.aliases] });
      else {
        seen.mentions.push(...mentions);
        for (const al of e.aliases) if (!seen.aliases.includes(al)) seen.aliases.push(al);
      }
    }
  });
  return { version: 1, attributions, entities: [...entities.values()], warnings, summary: summarize(attributions) };
}

/** Claims by source kind, distinct sources (by folded name) and the anonymous share. */
export function summarize(attributions: Attribution[]): Summary {
  const claimsByKind = { person: 0, organization: 0, anonymous: 0 };
  const named = new Set<string>();
  const anonymous = new Set<string>();
  for (const a of attributions) {
    claimsByKind[a.source.kind]++;
    (a.source.kind === 'anonymous' ? anonymous : named).add(foldArabic(a.source.name));
  }
  const claims = attributions.length;
  return {
    claims,
    claimsByKind,
    distinctSources: { named: named.size, anonymous: anonymous.size },
    anonymousShare: claims ? claimsByKind.anonymous / claims : 0,
  };
}
