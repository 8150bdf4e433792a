/**
 * Trains the learned attribution stages on the whole dev gold (eval/gold) and writes their weights:
 *   lib/lexicon/models/kind.json — the source-kind model (lib/analysis/learned/kind-stage.ts).
 * Deterministic: the same gold gives byte-identical files. `npm run train` runs it after the entity tagger.
 * The figures that judge these models come from the cross-validation in `npm run eval`, not from this fit.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LinearModel } from '../../lib/analysis/learned/linear';
import { type GoldArticle, kindExamples, loadGold } from './gold-set';
import { fitLinear } from './linear-train';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const KIND_CLASSES = ['person', 'organization', 'anonymous'];

export function trainKindModel(articles: GoldArticle[]): LinearModel {
  const about =
    `source-kind model: multinomial logistic regression over rule, lexicon, word and entity features of the source ` +
    `phrase; trained by scripts/attr/train.ts on ${articles.length} dev gold articles`;
  return fitLinear(kindExamples(articles), KIND_CLASSES, about);
}

export function writeModel(path: string, m: LinearModel): void {
  writeFileSync(path, `${JSON.stringify(m)}\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const gold = loadGold(join(root, 'eval', 'gold'));
  const t0 = performance.now();
  const kind = trainKindModel(gold);
  const path = join(root, 'lib', 'lexicon', 'models', 'kind.json');
  writeModel(path, kind);
  console.log(
    `kind model: ${Object.keys(kind.weights).length} features from ${gold.length} articles in ${(performance.now() - t0).toFixed(0)} ms → ${path}`,
  );
}
