/**
 * A multinomial logistic-regression model over sparse binary features, as shipped in lib/lexicon/models/*.json
 * and trained by scripts/attr/train.ts. Prediction only: a sum of the weights of the features that fire, then a
 * softmax. Pure and linear in the number of features.
 */
export interface LinearModel {
  /** What the model decides and how it was made (data file provenance). */
  about: string;
  classes: string[];
  bias: number[];
  /** feature → one weight per class (features with only zero weights are left out). */
  weights: Record<string, number[]>;
}

export function classProbs(model: LinearModel, feats: readonly string[]): number[] {
  const z = model.bias.slice();
  for (const f of feats) {
    const w = Object.hasOwn(model.weights, f) ? model.weights[f] : undefined;
    if (!w) continue;
    for (let c = 0; c < z.length; c++) z[c] += w[c];
  }
  let max = Number.NEGATIVE_INFINITY;
  for (const v of z) max = Math.max(max, v);
  let sum = 0;
  const p = z.map((v) => {
    const e = Math.exp(v - max);
    sum += e;
    return e;
  });
  return p.map((v) => v / sum);
}

/** The most probable class and its probability. */
export function decide(model: LinearModel, feats: readonly string[]): { label: string; p: number } {
  const p = classProbs(model, feats);
  let best = 0;
  for (let c = 1; c < p.length; c++) if (p[c] > p[best]) best = c;
  return { label: model.classes[best], p: p[best] };
}
