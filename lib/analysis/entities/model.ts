/**
 * Linear sequence tagger: per-token feature weights for each BIO label plus label-to-label transition weights,
 * decoded exactly with Viterbi (first order). The weights come from a linear-chain CRF trained by
 * scripts/train-ner.ts (or, with LEARNER=perceptron, an averaged structured perceptron); decoding is the same.
 */

export const LABELS = ['O', 'B-PERS', 'I-PERS', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG', 'B-MISC', 'I-MISC'] as const;
export type Label = (typeof LABELS)[number];
export const NL = LABELS.length;

/** I-X may only follow B-X or I-X. */
export const ALLOWED: boolean[][] = LABELS.map((prev) =>
  LABELS.map((cur) => !cur.startsWith('I-') || prev.slice(2) === cur.slice(2)),
);
/** A sentence may not open with I-X. */
export const START_ALLOWED: boolean[] = LABELS.map((l) => !l.startsWith('I-'));

/** The shipped weights file (lib/lexicon/ner/weights.json). Weights are integers; divide by `scale`. */
export interface WeightsFile {
  about: string;
  labels: string[];
  scale: number;
  /** NL*NL transition weights, row = previous label. */
  trans: number[];
  /** NL start weights. */
  start: number[];
  /** Feature → NL weights, or [labelIndex, weight, labelIndex, weight, ...] when sparse (odd-free pairs). */
  feats: Record<string, number[]>;
}

/** lib/lexicon/ner/weights.json: the two stages of the tagger (see scripts/train-ner.ts). */
export interface ShippedWeights {
  version: 2;
  about: string;
  /** Sentences either side whose first-stage labels feed the second stage. */
  window: number;
  stage1: WeightsFile;
  stage2: WeightsFile;
}

export interface Model {
  trans: Float64Array;
  start: Float64Array;
  feats: Map<string, Float64Array>;
}

export function modelFromFile(w: WeightsFile): Model {
  const s = 1 / w.scale;
  const feats = new Map<string, Float64Array>();
  for (const [name, arr] of Object.entries(w.feats)) {
    const v = new Float64Array(NL);
    if (arr.length === NL) for (let i = 0; i < NL; i++) v[i] = arr[i] * s;
    else for (let i = 0; i + 1 < arr.length; i += 2) v[arr[i]] = arr[i + 1] * s;
    feats.set(name, v);
  }
  return {
    trans: Float64Array.from(w.trans, (x) => x * s),
    start: Float64Array.from(w.start, (x) => x * s),
    feats,
  };
}

/** Per-token label scores: emissions[i*NL + l]. */
export function emissions(model: Model, feats: readonly (readonly string[])[]): Float64Array {
  const n = feats.length;
  const e = new Float64Array(n * NL);
  for (let i = 0; i < n; i++) {
    const base = i * NL;
    for (const f of feats[i]) {
      const v = model.feats.get(f);
      if (!v) continue;
      for (let l = 0; l < NL; l++) e[base + l] += v[l];
    }
  }
  return e;
}

/** Viterbi decoding over emissions and transitions with the BIO constraint. Returns label indices. */
export function viterbi(model: Pick<Model, 'start' | 'trans'>, e: Float64Array, n: number): number[] {
  const out = new Int8Array(n);
  viterbiAt(model, e, 0, n, out);
  return Array.from(out);
}

/** For each label, the labels that may precede it (ALLOWED), in index order. */
const PREVIOUS: number[][] = LABELS.map((_, l) => LABELS.map((_, p) => p).filter((p) => ALLOWED[p][l]));

/** Scratch for viterbiAt, grown to the longest sentence seen (one decoder runs at a time). */
let score = new Float64Array(0);
let back = new Int8Array(0);

/**
 * Viterbi over the `n` tokens whose emissions start at token `first` of `e` (e[(first+i)*NL + l]); writes the
 * label indices to out[first .. first+n).
 */
export function viterbiAt(
  model: Pick<Model, 'start' | 'trans'>,
  e: Float64Array,
  first: number,
  n: number,
  out: Int8Array,
): void {
  if (n === 0) return;
  if (score.length < n * NL) {
    score = new Float64Array(n * NL * 2);
    back = new Int8Array(n * NL * 2);
  }
  const { start, trans } = model;
  const e0 = first * NL;
  for (let l = 0; l < NL; l++) score[l] = START_ALLOWED[l] ? start[l] + e[e0 + l] : Number.NEGATIVE_INFINITY;
  for (let i = 1; i < n; i++) {
    const prev = (i - 1) * NL;
    for (let l = 0; l < NL; l++) {
      let best = Number.NEGATIVE_INFINITY;
      let arg = 0;
      const ps = PREVIOUS[l];
      for (let k = 0; k < ps.length; k++) {
        const p = ps[k];
        const s = score[prev + p] + trans[p * NL + l];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[i * NL + l] = best + e[e0 + i * NL + l];
      back[i * NL + l] = arg;
    }
  }
  let arg = 0;
  let best = Number.NEGATIVE_INFINITY;
  for (let l = 0; l < NL; l++) {
    if (score[(n - 1) * NL + l] > best) {
      best = score[(n - 1) * NL + l];
      arg = l;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    out[first + i] = arg;
    arg = back[i * NL + arg];
  }
}

export function tagFeatures(model: Model, feats: readonly (readonly string[])[]): Label[] {
  return viterbi(model, emissions(model, feats), feats.length).map((l) => LABELS[l]);
}
