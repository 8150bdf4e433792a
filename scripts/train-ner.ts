/**
 * Trains the entity tagger (averaged structured perceptron, lib/analysis/entities/model.ts) on ANERcorp and
 * writes lib/lexicon/ner/weights.json. Reproducible: fixed sentence order per epoch from a seeded shuffle,
 * no other randomness, so the same data and code give byte-identical weights.
 *
 *   npm run train              train on the first 90% of data/anercorp/train.conll (the shipped weights)
 *   npm run train -- --all     train on all of it (not shipped: the dev figure would then be meaningless)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseConll, splitDev } from '../lib/analysis/entities/conll';
import { contextFeatures, sentenceFeatures } from '../lib/analysis/entities/features';
import {
  LABELS,
  modelFromFile,
  NL,
  type ShippedWeights,
  tagFeatures,
  viterbi,
  type WeightsFile,
} from '../lib/analysis/entities/model';
import { plain } from '../lib/analysis/entities/text';
import { seededRandom } from '../lib/analysis/random';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const EPOCHS = Number(process.env.EPOCHS ?? 12);
const MIN_COUNT = Number(process.env.MINC ?? 2); // features seen once are dropped before training
const SCALE = 1000; // weights are stored as integers of 1/SCALE
const PRUNE = 2; // a stored weight of |w| < PRUNE/SCALE is dropped

/** Trains one perceptron stage on per-token feature lists and gold tags. */
export function trainStage(
  featsAll: readonly string[][][],
  tags: readonly string[][],
  log: (s: string) => void,
  about: string,
): WeightsFile {
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

  // Weights: features (nF*NL), transitions (NL*NL), start (NL). `acc` accumulates c*delta for averaging.
  const W = new Float64Array(nF * NL);
  const A = new Float64Array(nF * NL);
  const T = new Float64Array(NL * NL);
  const TA = new Float64Array(NL * NL);
  const S = new Float64Array(NL);
  const SA = new Float64Array(NL);
  let c = 1;

  const decode = (x: Int32Array[]): number[] => {
    const n = x.length;
    const e = new Float64Array(n * NL);
    for (let i = 0; i < n; i++) for (const f of x[i]) for (let l = 0; l < NL; l++) e[i * NL + l] += W[f * NL + l];
    // The same decoding as at tagging time, over the weights being trained.
    return viterbi({ start: S, trans: T }, e, n);
  };

  // SEED (env) changes the epoch order only: retraining with a few seeds shows how far the dev figure moves by
  // chance (about a point; lib/lexicon/ner/README.md).
  const random = seededRandom(Number(process.env.SEED ?? 20260401));
  const order = featsAll.map((_, i) => i);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let errors = 0;
    for (const si of order) {
      const x = X[si];
      const y = Y[si];
      if (!x.length) continue;
      const z = decode(x);
      for (let i = 0; i < x.length; i++) {
        const prevY = i ? y[i - 1] : -1;
        const prevZ = i ? z[i - 1] : -1;
        if (y[i] === z[i] && prevY === prevZ) continue;
        if (y[i] !== z[i]) {
          errors++;
          for (const f of x[i]) {
            W[f * NL + y[i]] += 1;
            A[f * NL + y[i]] += c;
            W[f * NL + z[i]] -= 1;
            A[f * NL + z[i]] -= c;
          }
        }
        if (i === 0) {
          S[y[0]] += 1;
          SA[y[0]] += c;
          S[z[0]] -= 1;
          SA[z[0]] -= c;
        } else {
          T[prevY * NL + y[i]] += 1;
          TA[prevY * NL + y[i]] += c;
          T[prevZ * NL + z[i]] -= 1;
          TA[prevZ * NL + z[i]] -= c;
        }
      }
      c++;
    }
    log(`epoch ${epoch + 1}: ${errors} token errors`);
  }

  const avg = (w: Float64Array, a: Float64Array, i: number) => Math.round((w[i] - a[i] / c) * SCALE);
  const feats: Record<string, number[]> = {};
  const names = [...ids.keys()].sort();
  for (const name of names) {
    const f = ids.get(name)!;
    const dense = Array.from({ length: NL }, (_, l) => avg(W, A, f * NL + l));
    const nz: number[] = [];
    for (let l = 0; l < NL; l++) if (Math.abs(dense[l]) >= PRUNE) nz.push(l, dense[l]);
    if (!nz.length) continue;
    feats[name] = nz.length < NL ? nz : dense.map((v) => (Math.abs(v) >= PRUNE ? v : 0));
  }
  return {
    about,
    labels: [...LABELS],
    scale: SCALE,
    trans: Array.from({ length: NL * NL }, (_, i) => avg(T, TA, i)),
    start: Array.from({ length: NL }, (_, i) => avg(S, SA, i)),
    feats,
  };
}

const FOLDS = 5; // jackknife folds for the second stage's training features
export const WINDOW = 15; // sentences either side whose first-stage labels feed the second stage

/**
 * Two stages: the first tags each sentence from its own words; the second adds what the first said about the
 * same words in neighbouring sentences (features.ts `contextFeatures`). The second stage is trained on
 * first-stage labels of held-out folds (jackknifing), so it sees labels as noisy as at tagging time.
 */
export function train(conll: string, all = false, log: (s: string) => void = console.log): ShippedWeights {
  const sentences = parseConll(conll);
  const data = all ? sentences : splitDev(sentences).train;
  const about = `Averaged perceptron NER weights trained by scripts/train-ner.ts on ${all ? 'all of' : 'the first 90% of the sentences of'} data/anercorp/train.conll (ANERcorp, CC BY-SA 4.0; Benajiba, Rosso & Benedí 2007; CAMeL Lab split, Obeid et al. 2020). ${EPOCHS} epochs, ${FOLDS}-fold stacking, window ${WINDOW}.`;
  const f1 = data.map((s) => sentenceFeatures(s.tokens));
  const tags = data.map((s) => s.tags);
  const stage1 = trainStage(f1, tags, log, about);
  const jack: string[][] = new Array(data.length);
  for (let k = 0; k < FOLDS; k++) {
    const inFold = (i: number) => i % FOLDS === k;
    const idx = data.map((_, i) => i).filter((i) => !inFold(i));
    const m = modelFromFile(
      trainStage(
        idx.map((i) => f1[i]),
        idx.map((i) => tags[i]),
        () => {},
        '',
      ),
    );
    for (let i = k; i < data.length; i += FOLDS) jack[i] = tagFeatures(m, f1[i]);
    log(`fold ${k + 1}/${FOLDS} done`);
  }
  const ctx = contextFeatures(
    data.map((s) => s.tokens),
    jack,
    WINDOW,
  );
  const f2 = f1.map((s, i) => s.map((fs, j) => [...fs, ...ctx[i][j]]));
  const stage2 = trainStage(f2, tags, log, about);
  return { version: 2, about, window: WINDOW, stage1, stage2 };
}

/**
 * Common words: words (diacritics removed, spelling kept: `على` is not `علي`) seen at least COMMON_MIN times in the training sentences and rarely inside a name.
 * The recogniser will not carry a person's name over them (`أشرف القدرة` yes, `أشرف قال` no).
 */
const COMMON_MIN = 2;
const COMMON_MAX_NAME_SHARE = 0.1; // label noise and homographs (`على`/`علي`) put a few common words in names
export function commonWords(conll: string, all = false): { about: string; words: string[] } {
  const sentences = parseConll(conll);
  const data = all ? sentences : splitDev(sentences).train;
  const count = new Map<string, number>();
  const inName = new Map<string, number>();
  for (const s of data)
    s.tokens.forEach((t, i) => {
      const f = plain(t);
      count.set(f, (count.get(f) ?? 0) + 1);
      if (s.tags[i] !== 'O') inName.set(f, (inName.get(f) ?? 0) + 1);
    });
  const words = [...count]
    .filter(([w, c]) => c >= COMMON_MIN && (inName.get(w) ?? 0) <= c * COMMON_MAX_NAME_SHARE && w.length > 1)
    .map(([w]) => w);
  return {
    about: `Words (diacritics removed, spelling kept) seen ${COMMON_MIN}+ times and at most ${COMMON_MAX_NAME_SHARE * 100}% of the time inside a name in ${all ? 'all of' : 'the first 90% of'} data/anercorp/train.conll (ANERcorp, CC BY-SA 4.0). Made by scripts/train-ner.ts.`,
    words: words.sort(),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const all = process.argv.includes('--all');
  const t0 = Date.now();
  const weights = train(readFileSync(join(root, 'data/anercorp/train.conll'), 'utf8'), all);
  const out = join(root, 'lib/lexicon/ner/weights.json');
  writeFileSync(out, `${JSON.stringify(weights)}\n`);
  const conll = readFileSync(join(root, 'data/anercorp/train.conll'), 'utf8');
  writeFileSync(join(root, 'lib/lexicon/ner/common.json'), `${JSON.stringify(commonWords(conll, all))}\n`);
  console.log(
    `wrote ${out}: ${Object.keys(weights.stage1.feats).length} + ${Object.keys(weights.stage2.feats).length} features, ${((Date.now() - t0) / 1000).toFixed(1)} s`,
  );
}
