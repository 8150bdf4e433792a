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

/**
 * Drops a conjunction only where the rest cannot be the start of a noun that itself begins with و/ف:
 * before the article, a fused preposition + article, or a second و (`والجيش`, `وللمصادر`, `ووزارة`).
 * `وزارة`, `وكالة`, `وقت`, `فرانس` keep their first letter.
 */
export function stripConjNoun(f: string): string {
  const c = f.charCodeAt(0);
  if (f.length > 3 && (c === 0x0648 || c === 0x0641)) {
    const r = f.slice(1);
    if (r.startsWith('ال') || r.startsWith('لل') || r.startsWith('بال') || r.startsWith('و') || r.startsWith('لـ')) {
      return r;
    }
  }
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
  let w = stripConjNoun(f);
  if (w.startsWith('لل') && w.length > 3) return `ال${w.slice(2)}`;
  if ((w.startsWith('بال') || w.startsWith('كال')) && w.length > 4) return w.slice(1);
  if (w.startsWith('لـ')) w = w.slice(2);
  return w;
}

/** The noun without conjunction, fused preposition or article: `وللمصادر` → `مصادر`. */
export function bareNoun(f: string): string {
  const w = stripPrep(f);
  return w.startsWith('ال') && w.length > 3 ? w.slice(2) : w;
}

/**
 * A fused ل/ب before an indefinite noun (`لبيان`, `لمركز`, `بمحافظة`): ambiguous with names (`لافروف`, `باير`),
 * so callers use it only when the stripped word is a known noun.
 */
export function stripLamBa(f: string): string {
  const w = stripConjNoun(f);
  const c = w.charCodeAt(0);
  if ((c === 0x0644 || c === 0x0628) && w.length > 3 && !w.startsWith('ال')) return w.slice(1);
  return w;
}

/** Definite: carries the article (after any conjunction or fused preposition). */
export function isDefinite(f: string): boolean {
  const w = stripConjNoun(f);
  return w.startsWith('ال') || (w.startsWith('لل') && w.length > 3) || w.startsWith('بال') || w.startsWith('كال');
}
