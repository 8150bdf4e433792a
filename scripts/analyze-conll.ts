// CoNLL in, `token TAG` out: BIO over PERS, LOC, ORG from the shipped entity tagger, same sentences and tokens.
import { formatConll, parseConll } from '../lib/analysis/entities/conll';
import { tagSentence } from '../lib/analysis/entities/tagger';

/** Reads CoNLL text (one token per line, any tags ignored, blank line between sentences). */
export function runConll(input: string): string {
  return formatConll(parseConll(input).map((s) => ({ tokens: s.tokens, tags: tagSentence(s.tokens) })));
}
