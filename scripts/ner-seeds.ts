/**
 * How far the ANERcorp dev figure moves by chance: retrains the two-stage tagger on the first 90% once per
 * epoch-order seed (nothing else changes) and scores each on the dev split, then prints the mean. A change to the
 * features or the learner is worth keeping only if it moves the mean by more than the spread. Weights are not
 * written; about a minute per seed.
 *
 *   npx tsx scripts/ner-seeds.ts [seed ...]      (default: 20260401 7 1 2, the seeds of lib/lexicon/ner/README.md)
 * Prints each seed's micro F1 with its block-bootstrap 95% interval, the mean, and the interval of the pooled counts.
 */
import { scoreSpans } from '../lib/analysis/entities/conll';
import { makeTagger } from '../lib/analysis/entities/tagger';
import { bootstrapF1 } from '../lib/analysis/metrics';
import { anercorp, devScores } from './eval-ner';
import { train } from './train-ner';

const { conll, dev } = anercorp();
const seeds = process.argv.slice(2).map(Number);
const TYPES = ['all', 'PERS', 'LOC', 'ORG'] as const;
const sums = [0, 0, 0, 0];
const list = seeds.length ? seeds : [20260401, 7, 1, 2];
const pct = (x: number) => (100 * x).toFixed(1);
// Per dev sentence, [tp, pred, gold] summed over the seeds: the block bootstrap over them gives the interval of
// the pooled (mean) figure.
const pooled = dev.map(() => [0, 0, 0] as [number, number, number]);
const interval = (units: readonly (readonly [number, number, number])[]) => {
  const [lo, hi] = bootstrapF1(units);
  return `${pct(lo)}–${pct(hi)}`;
};
for (const seed of list) {
  process.env.SEED = String(seed); // read by the learners when they shuffle
  const t0 = Date.now();
  const { gold, pred, scores: s } = devScores(makeTagger(train(conll, false, () => {})), dev);
  const units = gold.map((g, i) => {
    const m = scoreSpans([g], [pred[i]]).all;
    pooled[i][0] += m.tp;
    pooled[i][1] += m.pred;
    pooled[i][2] += m.gold;
    return [m.tp, m.pred, m.gold] as const;
  });
  TYPES.forEach((t, i) => {
    sums[i] += s[t].f1;
  });
  console.log(
    `seed ${seed}: micro ${pct(s.all.f1)} (95% ${interval(units)})  PERS ${pct(s.PERS.f1)}  LOC ${pct(s.LOC.f1)}  ORG ${pct(s.ORG.f1)}  (${((Date.now() - t0) / 1000).toFixed(0)} s)`,
  );
}
console.log(
  `pooled over the seeds: micro 95% interval ${interval(pooled)} (block bootstrap: runs of 10 dev sentences, 1,000 resamples)`,
);
console.log(
  `mean of ${list.length}: ${TYPES.map((t, i) => `${t === 'all' ? 'micro' : t} ${pct(sums[i] / list.length)}`).join('  ')}`,
);
