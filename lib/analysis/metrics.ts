import { seededRandom } from './random';
/** Precision, recall and F1 from counts, as the scorers of the project report them. */
export interface Prf {
  p: number;
  r: number;
  f1: number;
  tp: number;
  pred: number;
  gold: number;
}

export function prf(tp: number, pred: number, gold: number): Prf {
  const p = pred ? tp / pred : 0;
  const r = gold ? tp / gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, tp, pred, gold };
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

/** One row of a score table, in the layout of ../shared/eval/score.mjs. */
export function prfLine(name: string, m: Prf): string {
  return `${name.padEnd(22)} P ${pct(m.p)}  R ${pct(m.r)}  F1 ${pct(m.f1)}   (tp ${m.tp}, pred ${m.pred}, gold ${m.gold})`;
}

/**
 * A 95% interval for F1 by block bootstrap: the units (sentences, each with its own tp/pred/gold counts) are
 * cut into runs of `block` neighbours, since neighbouring sentences share an article and its names, and runs are
 * drawn with replacement `resamples` times. Seeded, so the interval is the same on every run.
 */
export function bootstrapF1(
  units: readonly (readonly [number, number, number])[],
  { block = 10, resamples = 1000, seed = 1 } = {},
): [number, number] {
  const blocks: [number, number, number][] = [];
  for (let i = 0; i < units.length; i += block) {
    const b: [number, number, number] = [0, 0, 0];
    for (const u of units.slice(i, i + block)) for (let k = 0; k < 3; k++) b[k] += u[k];
    blocks.push(b);
  }
  if (!blocks.length) return [0, 0];
  const random = seededRandom(seed);
  const f1s: number[] = [];
  for (let r = 0; r < resamples; r++) {
    let tp = 0;
    let pred = 0;
    let gold = 0;
    for (let i = 0; i < blocks.length; i++) {
      const b = blocks[Math.floor(random() * blocks.length)];
      tp += b[0];
      pred += b[1];
      gold += b[2];
    }
    f1s.push(prf(tp, pred, gold).f1);
  }
  f1s.sort((a, b) => a - b);
  return [f1s[Math.floor(resamples * 0.025)], f1s[Math.ceil(resamples * 0.975) - 1]];
}
