import weights from '../../lexicon/ner/weights.json';
import { outputTag } from './conll';
import { sentenceFeatures } from './features';
import { type Model, modelFromFile, tagFeatures, type WeightsFile } from './model';

/** The shipped tagger, loaded from the bundled weights on first use. */
let model: Model | undefined;

export function shippedModel(): Model {
  if (!model) model = modelFromFile(weights as unknown as WeightsFile);
  return model;
}

/** BIO tags over PERS, LOC, ORG for one sentence of tokens (MISC, which the task does not use, becomes O). */
export function tagSentence(tokens: readonly string[], m: Model = shippedModel()): string[] {
  if (!tokens.length) return [];
  return tagFeatures(m, sentenceFeatures(tokens)).map(outputTag);
}
