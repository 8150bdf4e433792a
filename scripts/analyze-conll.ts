// CoNLL in, `token TAG` out: BIO over PERS, LOC, ORG from the shipped entity tagger, same sentences and tokens.
import { formatConll, parseConll } from '../lib/analysis/entities/conll';
import { tagSentences } from '../lib/analysis/entities/tagger';

/** Reads CoNLL text (one token per line, any tags ignored, blank line between sentences). */
export function runConll(input: string): string {
  const sentences = parseConll(input);
  const tags = tagSentences(sentences.map((s) => s.tokens));
  return formatConll(sentences.map((s, i) => ({ tokens: s.tokens, tags: tags[i] })));
}
