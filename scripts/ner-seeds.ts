/**
 * How far the ANERcorp dev figure moves by chance: retrains the two-stage tagger on the first 90% once per
 * epoch-order seed (nothing else changes) and scores each on the dev split, then prints the mean. A change to the
 * features or the learner is worth keeping only if it moves the mean by more than the spread. Weights are not
 * written; about a minute per seed.
 *
 *   npx tsx scripts/ner-seeds.ts [seed ...]      (default: 20260401 7 1 2, the seeds of lib/lexicon/ner/README.md)
 */
import { makeTagger } from '../lib/analysis/entities/tagger';
import { anercorp, devScores } from './eval-ner';
import { train } from './train-ner';

const { conll, dev } = anercorp();
const seeds = process.argv.slice(2).map(Number);
const TYPES = ['all', 'PERS', 'LOC', 'ORG'] as const;
const sums = [0, 0, 0, 0];
const list = seeds.length ? seeds : [20260401, 7, 1, 2];
const pct = (x: number) => (100 * x).toFixed(1);
for (const seed of list) {
  process.env.SEED = String(seed); // read by the learners when they shuffle
  const t0 = Date.now();
  const s = devScores(makeTagger(train(conll, false, () => {})), dev).scores;
  TYPES.forEach((t, i) => {
    sums[i] += s[t].f1;
  });
  console.log(
    `seed ${seed}: micro ${pct(s.all.f1)}  PERS ${pct(s.PERS.f1)}  LOC ${pct(s.LOC.f1)}  ORG ${pct(s.ORG.f1)}  (${((Date.now() - t0) / 1000).toFixed(0)} s)`,
  );
}
console.log(
  `mean of ${list.length}: ${TYPES.map((t, i) => `${t === 'all' ? 'micro' : t} ${pct(sums[i] / list.length)}`).join('  ')}`,
);
