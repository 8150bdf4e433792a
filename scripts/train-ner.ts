/**
 * Trains the entity tagger (lib/analysis/entities/model.ts) on ANERcorp and writes lib/lexicon/ner/weights.json:
 * each stage is a linear-chain CRF trained by L2-regularised SGD over the softmax-margin objective
 * (scripts/ner/crf.ts; `LEARNER=perceptron` trains the former averaged structured perceptron, scripts/ner/perceptron.ts).
 * Reproducible: fixed sentence order per epoch from a seeded shuffle, no other randomness, so the same data and
 * code give byte-identical weights.
 *
 *   npx tsx scripts/train-ner.ts --all   train on all of data/anercorp/train.conll: the shipped weights (issue 11),
 *                                        what `npm run train` runs; `npx tsx scripts/ner-seeds.ts` gives the fair
 *                                        dev figures by retraining on the first 90%
 *   npx tsx scripts/train-ner.ts         train on the first 90% only
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseConll, splitDev } from '../lib/analysis/entities/conll';
import { contextFeatures, sentenceFeatures } from '../lib/analysis/entities/features';
import { modelFromFile, type ShippedWeights, tagFeatures } from '../lib/analysis/entities/model';
import { plain } from '../lib/analysis/entities/text';
import { CRF_ABOUT, trainCrfStage } from './ner/crf';
import { PERCEPTRON_ABOUT, trainPerceptronStage } from './ner/perceptron';
import { compactWeights } from './ner/stage';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const PERCEPTRON = process.env.LEARNER === 'perceptron';
const trainOne = PERCEPTRON ? trainPerceptronStage : trainCrfStage;

/** Stored weights under this are dropped from the shipped file: 4.4 → 2.8 MB, gold-article entities 82.5 → 82.6. */
const SHIP_PRUNE = 30;
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
  const learnerAbout = PERCEPTRON ? PERCEPTRON_ABOUT : CRF_ABOUT;
  const about = `${learnerAbout} NER weights trained by scripts/train-ner.ts on ${all ? 'all of' : 'the first 90% of the sentences of'} data/anercorp/train.conll (ANERcorp, CC BY-SA 4.0; Benajiba, Rosso & Benedí 2007; CAMeL Lab split, Obeid et al. 2020). ${FOLDS}-fold stacking, window ${WINDOW}.`;
  const f1 = data.map((s) => sentenceFeatures(s.tokens));
  const tags = data.map((s) => s.tags);
  const stage1 = trainOne(f1, tags, log, about);
  const jack: string[][] = new Array(data.length);
  for (let k = 0; k < FOLDS; k++) {
    const inFold = (i: number) => i % FOLDS === k;
    const idx = data.map((_, i) => i).filter((i) => !inFold(i));
    const m = modelFromFile(
      trainOne(
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
  const stage2 = trainOne(f2, tags, log, about);
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
  const trained = train(readFileSync(join(root, 'data/anercorp/train.conll'), 'utf8'), all);
  // The shipped form: the smallest weights dropped (|w| < SHIP_PRUNE stored units; scripts/ner/stage.ts).
  const weights = {
    ...trained,
    stage1: compactWeights(trained.stage1, SHIP_PRUNE),
    stage2: compactWeights(trained.stage2, SHIP_PRUNE),
  };
  const out = join(root, 'lib/lexicon/ner/weights.json');
  writeFileSync(out, `${JSON.stringify(weights)}\n`);
  const conll = readFileSync(join(root, 'data/anercorp/train.conll'), 'utf8');
  writeFileSync(join(root, 'lib/lexicon/ner/common.json'), `${JSON.stringify(commonWords(conll, all))}\n`);
  console.log(
    `wrote ${out}: ${Object.keys(weights.stage1.feats).length} + ${Object.keys(weights.stage2.feats).length} features, ${((Date.now() - t0) / 1000).toFixed(1)} s`,
  );
}
