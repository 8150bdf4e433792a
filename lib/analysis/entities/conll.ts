import { type Prf, prf } from '../metrics';
/** CoNLL reading and writing (pure string functions; file access stays in scripts/). */

export interface ConllSentence {
  tokens: string[];
  /** Gold tags when the input has them ('O' otherwise). */
  tags: string[];
}

/** One token per line (first field the token, last field the tag if any), blank line between sentences. */
export function parseConll(input: string): ConllSentence[] {
  const out: ConllSentence[] = [];
  let cur: ConllSentence = { tokens: [], tags: [] };
  for (const line of input.split(/\r?\n/)) {
    const t = line.trim();
    if (!t) {
      if (cur.tokens.length) out.push(cur);
      cur = { tokens: [], tags: [] };
      continue;
    }
    const parts = t.split(/\s+/);
    cur.tokens.push(parts[0]);
    cur.tags.push(parts.length > 1 ? parts[parts.length - 1] : 'O');
  }
  if (cur.tokens.length) out.push(cur);
  return out;
}

/** `token TAG` lines, a blank line after each sentence. */
export function formatConll(sentences: readonly { tokens: readonly string[]; tags: readonly string[] }[]): string {
  const lines: string[] = [];
  for (const s of sentences) {
    for (let i = 0; i < s.tokens.length; i++) lines.push(`${s.tokens[i]} ${s.tags[i]}`);
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}

/** The development split: the last 10% of sentences (training uses the first 90%). */
export function splitDev<T>(sentences: readonly T[]): { train: T[]; dev: T[] } {
  const cut = Math.floor(sentences.length * 0.9);
  return { train: sentences.slice(0, cut), dev: sentences.slice(cut) };
}

/** MISC is not an output type: the scorer counts it as O. */
export function outputTag(tag: string): string {
  return tag.endsWith('-MISC') ? 'O' : tag;
}

export type { Prf };

const SCORED: Record<string, string> = { PERS: 'PERS', PER: 'PERS', LOC: 'LOC', ORG: 'ORG' };

/** Spans `start:end:TYPE` of a BIO sequence; an I- after O or another type opens a span (as the scorer does). */
export function bioSpans(tags: readonly string[]): Set<string> {
  const out = new Set<string>();
  let start = -1;
  let type: string | undefined;
  const close = (i: number) => {
    if (type) out.add(`${start}:${i}:${type}`);
    type = undefined;
  };
  tags.forEach((tag, i) => {
    const bi = tag[0];
    const t = (bi === 'B' || bi === 'I') && tag[1] === '-' ? SCORED[tag.slice(2)] : undefined;
    if (!t) {
      close(i);
      return;
    }
    if (bi === 'B' || t !== type) {
      close(i);
      start = i;
      type = t;
    }
  });
  close(tags.length);
  return out;
}

/** Span-level precision, recall and F1 per type and overall (MISC counts as O), as score.mjs `conll` computes it. */
export function scoreSpans(
  gold: readonly (readonly string[])[],
  pred: readonly (readonly string[])[],
): Record<string, Prf> {
  if (gold.length !== pred.length)
    throw new Error(`sentence counts differ: gold ${gold.length}, predicted ${pred.length}`);
  const acc: Record<string, [number, number, number]> = {
    PERS: [0, 0, 0],
    LOC: [0, 0, 0],
    ORG: [0, 0, 0],
    all: [0, 0, 0],
  };
  gold.forEach((gs, k) => {
    const g = bioSpans(gs);
    const p = bioSpans(pred[k]);
    for (const s of p) {
      const t = s.split(':')[2];
      acc[t][1]++;
      acc.all[1]++;
      if (g.has(s)) {
        acc[t][0]++;
        acc.all[0]++;
      }
    }
    for (const s of g) {
      const t = s.split(':')[2];
      acc[t][2]++;
      acc.all[2]++;
    }
  });
  return Object.fromEntries(Object.entries(acc).map(([t, a]) => [t, prf(...a)]));
}
