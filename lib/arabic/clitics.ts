/**
 * Proclitics on folded tokens (see tokens.ts `foldToken`). Arabic writes conjunctions (و، ف) and some
 * prepositions (ب، ل، ك) and the article (ال) fused to the word; lexicon lookups try the bare word and the
 * word without them. Every function returns folded strings and never looks further than the token itself.
 */

/** Drops one leading conjunction و/ف when what remains is still a word (`وقال` → `قال`). */
export function stripConj(f: string): string {
  if (f.length > 2 && (f.charCodeAt(0) === 0x0648 || f.charCodeAt(0) === 0x0641)) return f.slice(1);
  return f;
}

/** Candidate bare forms of a token: itself, without a conjunction. */
export function conjVariants(f: string): string[] {
  const s = stripConj(f);
  return s === f ? [f] : [f, s];
}

/**
 * Drops a leading preposition fused to the noun: `للمصادر` → `المصادر`, `لبيان` → `بيان`, `بالبرلمان` →
 * `البرلمان`, `وللمصادر` → `المصادر`. Used on nouns only (source heads), after a conjunction is removed.
 */
export function stripPrep(f: string): string {
  let w = stripConj(f);
  if (w.startsWith('لل') && w.length > 3) return `ال${w.slice(2)}`;
  if ((w.startsWith('بال') || w.startsWith('كال')) && w.length > 4) return w.slice(1);
  if (w.startsWith('لـ')) w = w.slice(2);
  if ((w.charCodeAt(0) === 0x0644 || w.charCodeAt(0) === 0x0628) && w.length > 3 && !w.startsWith('ال')) {
    return w.slice(1);
  }
  return w;
}

/** The noun without conjunction, fused preposition or article: `وللمصادر` → `مصادر`. */
export function bareNoun(f: string): string {
  const w = stripPrep(f);
  return w.startsWith('ال') && w.length > 3 ? w.slice(2) : w;
}

/** Definite: carries the article (after any conjunction or fused preposition). */
export function isDefinite(f: string): boolean {
  const w = stripConj(f);
  return w.startsWith('ال') || (w.startsWith('لل') && w.length > 3) || w.startsWith('بال') || w.startsWith('كال');
}
