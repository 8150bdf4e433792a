/**
 * Learning curve of the entity tagger: retrains on the first FRACTIONS of the training part (the first 90% of
 * train.conll) and scores each on the dev split. Weights are not written; about a minute per full retrain.
 * lib/lexicon/ner/README.md ("How far more labelled text would go") has the figures.
 *
 *   npx tsx scripts/ner-curve.ts [--seeds 20260401,7] [--fractions 0.25,0.5,0.75,1]
 */
import { type ConllSentence, formatConll } from '../lib/analysis/entities/conll';
import { makeTagger } from '../lib/analysis/entities/tagger';
import { anercorp, devScores } from './eval-ner';
import { train } from './train-ner';

const { train: part, dev } = anercorp();
const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(name);
  return (i > 0 ? process.argv[i + 1] : fallback).split(',').map(Number);
};
const pct = (x: number) => (100 * x).toFixed(1);

const devF1 = (data: ConllSentence[]) => devScores(makeTagger(train(formatConll(data), true, () => {})), dev).scores;

for (const seed of arg('--seeds', '20260401,7')) {
  process.env.SEED = String(seed); // read by the learners when they shuffle
  for (const f of arg('--fractions', '0.25,0.5,0.75,1')) {
    const data = part.slice(0, Math.floor(part.length * f));
    const s = devF1(data);
    console.log(
      `seed ${seed}, ${f * 100}% of the training part (${data.length} sentences): dev micro ${pct(s.all.f1)}  PERS ${pct(s.PERS.f1)}  LOC ${pct(s.LOC.f1)}  ORG ${pct(s.ORG.f1)}`,
    );
  }
}
