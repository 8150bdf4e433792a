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
