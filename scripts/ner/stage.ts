/**
 * What both learners of the entity tagger share (scripts/ner/perceptron.ts, scripts/ner/crf.ts): features
 * numbered once, and the shipped weights file (lib/analysis/entities/model.ts `WeightsFile`) written from
 * trained numbers.
 */
import { LABELS, NL, type WeightsFile } from '../../lib/analysis/entities/model';
import { seededRandom } from '../../lib/analysis/random';

const MIN_COUNT = Number(process.env.MINC ?? 2); // features seen once are dropped before training
const SCALE = 1000; // weights are stored as integers of 1/SCALE

/** One stage's training data: each kept feature numbered, sentences as feature numbers, gold labels as indices. */
export function indexStage(
  featsAll: readonly string[][][],
  tags: readonly string[][],
  log: (s: string) => void,
): { ids: Map<string, number>; X: Int32Array[][]; Y: number[][] } {
  const labelIndex = new Map<string, number>(LABELS.map((l, i) => [l, i]));
  const counts = new Map<string, number>();
  for (const fs of featsAll) for (const tokFs of fs) for (const f of tokFs) counts.set(f, (counts.get(f) ?? 0) + 1);
  const ids = new Map<string, number>();
  for (const [f, c] of counts) if (c >= MIN_COUNT) ids.set(f, ids.size);
  const nF = ids.size;
  log(`${featsAll.length} sentences, ${counts.size} features, ${nF} kept`);
  const X = featsAll.map((fs) =>
    fs.map((tokFs) => Int32Array.from(tokFs.filter((f) => ids.has(f)).map((f) => ids.get(f)!))),
  );
  const Y = tags.map((ts) => ts.map((t) => labelIndex.get(t) ?? 0));
  return { ids, X, Y };
}

/** The weights file of a trained stage: integers over SCALE, |w| < prune/SCALE dropped, sparse where shorter. */
export function weightsFile(
  about: string,
  ids: ReadonlyMap<string, number>,
  feat: (i: number) => number,
  trans: (i: number) => number,
  start: (i: number) => number,
  prune: number,
): WeightsFile {
  const q = (v: number) => Math.round(v * SCALE);
  const feats: Record<string, number[]> = {};
  for (const name of [...ids.keys()].sort()) {
    const f = ids.get(name)!;
    const dense = Array.from({ length: NL }, (_, l) => q(feat(f * NL + l)));
    const nz: number[] = [];
    for (let l = 0; l < NL; l++) if (Math.abs(dense[l]) >= prune) nz.push(l, dense[l]);
    if (!nz.length) continue;
    feats[name] = nz.length < NL ? nz : dense.map((v) => (Math.abs(v) >= prune ? v : 0));
  }
  return {
    about,
    labels: [...LABELS],
    scale: SCALE,
    trans: Array.from({ length: NL * NL }, (_, i) => q(trans(i))),
    start: Array.from({ length: NL }, (_, i) => q(start(i))),
    feats,
  };
}

/**
 * The sentence order of successive epochs: each `next()` reshuffles the previous order with a seeded generator,
 * so training is the same on every machine. SEED (env) changes the order only: retraining with a few seeds shows
 * how far the dev figure moves by chance (about a point; scripts/ner-seeds.ts, lib/lexicon/ner/README.md).
 */
export function epochOrders(n: number): { next(): readonly number[] } {
  const random = seededRandom(Number(process.env.SEED ?? 20260401));
  const order = Array.from({ length: n }, (_, i) => i);
  return {
    next() {
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [order[i], order[j]] = [order[j], order[i]];
      }
      return order;
    },
  };
}

/**
 * The shipped form of a trained stage: weights with |w| < `min` (in stored integers) dropped, encoded as
 * `weightsFile` does. Applied by scripts/train-ner.ts after training, so `npm run train` still rebuilds the
 * shipped file byte for byte; dropping the smallest weights keeps the background script under the 5 MB that
 * Firefox's add-on linter can parse (SHIP_PRUNE, lib/lexicon/ner/README.md has the measured cost).
 */
export function compactWeights(file: WeightsFile, min: number): WeightsFile {
  const feats: Record<string, number[]> = {};
  for (const [name, w] of Object.entries(file.feats)) {
    const dense = new Array<number>(NL).fill(0);
    if (w.length === NL)
      w.forEach((v, l) => {
        dense[l] = v;
      });
    else for (let i = 0; i < w.length; i += 2) dense[w[i]] = w[i + 1];
    const nz: number[] = [];
    for (let l = 0; l < NL; l++) if (Math.abs(dense[l]) >= min) nz.push(l, dense[l]);
    if (!nz.length) continue;
    feats[name] = nz.length < NL ? nz : dense.map((v) => (Math.abs(v) >= min ? v : 0));
  }
  return { ...file, feats };
}
