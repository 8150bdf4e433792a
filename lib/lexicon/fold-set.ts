import { foldToken } from '../arabic/tokens';

/** Builds a lookup set of folded forms from lexicon words written in ordinary Arabic spelling. */
export function foldedSet(words: readonly string[]): Set<string> {
  return new Set(words.map(foldToken));
}
