/**
 * Trains the multinomial logistic-regression models of lib/analysis/learned (linear.ts): L2-regularised,
 * full-batch AdaGrad over sparse binary features, a fixed number of epochs, no randomness — the same examples
 * give byte-identical weights. Features seen fewer than `minCount` times are left out.
 */
import type { LinearModel } from '../../lib/analysis/learned/linear';

export interface Example {
  feats: string[];
  label: string;
}

export interface FitOptions {
  epochs?: number;
  l2?: number;
  rate?: number;
  minCount?: number;
}

export function fitLinear(examples: Example[], classes: string[], about: string, o: FitOptions = {}): LinearModel {
  const { epochs = 300, l2 = 0.01, rate = 0.5, minCount = 2 } = o;
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of new Set(e.feats)) counts.set(f, (counts.get(f) ?? 0) + 1);
  const names = [...counts]
    .filter(([, c]) => c >= minCount)
    .map(([f]) => f)
    .sort();
  const index = new Map(names.map((f, i) => [f, i]));
  const K = classes.length;
  const X = examples.map(
    (e) => [...new Set(e.feats)].map((f) => index.get(f)).filter((i) => i !== undefined) as number[],
  );
  const Y = examples.map((e) => classes.indexOf(e.label));
  const W = new Float64Array(names.length * K);
  const b = new Float64Array(K);
  const GW = new Float64Array(names.length * K);
  const Gb = new Float64Array(K);
  const hW = new Float64Array(names.length * K).fill(1e-8);
  const hb = new Float64Array(K).fill(1e-8);
  const n = examples.length;
  const z = new Float64Array(K);
  for (let ep = 0; ep < epochs; ep++) {
    GW.fill(0);
    Gb.fill(0);
    for (let i = 0; i < n; i++) {
      for (let c = 0; c < K; c++) z[c] = b[c];
      for (const f of X[i]) for (let c = 0; c < K; c++) z[c] += W[f * K + c];
      let max = -Infinity;
      for (let c = 0; c < K; c++) max = Math.max(max, z[c]);
      let sum = 0;
      for (let c = 0; c < K; c++) {
        z[c] = Math.exp(z[c] - max);
        sum += z[c];
      }
      for (let c = 0; c < K; c++) {
        const g = (z[c] / sum - (c === Y[i] ? 1 : 0)) / n;
        Gb[c] += g;
        for (const f of X[i]) GW[f * K + c] += g;
      }
    }
    for (let j = 0; j < W.length; j++) {
      const g = GW[j] + l2 * W[j];
      hW[j] += g * g;
      W[j] -= (rate * g) / Math.sqrt(hW[j]);
    }
    for (let c = 0; c < K; c++) {
      hb[c] += Gb[c] * Gb[c];
      b[c] -= (rate * Gb[c]) / Math.sqrt(hb[c]);
    }
  }
  const round = (v: number) => Math.round(v * 1000) / 1000;
  const weights: Record<string, number[]> = {};
  names.forEach((f, i) => {
    const w = Array.from(W.subarray(i * K, i * K + K), round);
    if (w.some((v) => v !== 0)) weights[f] = w;
  });
  return { about, classes, bias: Array.from(b, round), weights };
}
