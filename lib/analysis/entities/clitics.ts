/**
 * Leading clitics (conjunctions و ف, prepositions ب ل ك, with or before the article) are not part of a name:
 * `والعراق` → `العراق`, `لروسيا` → `روسيا`. These helpers decide how many letters to set aside and map that to
 * UTF-16 units of the raw token.
 */

const isMarkCode = (c: number) =>
  (c >= 0x0610 && c <= 0x061a) || (c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640;

/** Raw UTF-16 length of the first `letters` letters of `raw` (diacritics after them included). */
export function rawPrefixLength(raw: string, letters: number): number {
  let i = 0;
  let seen = 0;
  while (i < raw.length && seen < letters) {
    i++;
    seen++;
    while (i < raw.length && isMarkCode(raw.charCodeAt(i))) i++;
  }
  return i;
}

/**
 * How many leading letters of a name's first token are a clitic, not the name: `والعراق` → 1, `وبالعراق` → 2,
 * `لروسيا` → 1 when `روسيا` is a known name or stands bare elsewhere in the article; `للأمم` keeps its `لل`
 * (the article is fused and cannot be cut off verbatim). `known` tells whether a folded word is a known name
 * or stands bare in the article.
 */
export function cliticLength(folded: string, known: (word: string, whole: boolean) => boolean, person = false): number {
  const f = folded;
  if (f.length < 4) return 0;
  const c0 = f[0];
  const conj = c0 === 'و' || c0 === 'ف';
  const prep = (c: string) => c === 'ب' || c === 'ل' || c === 'ك';
  if (conj && f.startsWith('ال', 1)) return 1;
  if (conj && (f[1] === 'ب' || f[1] === 'ك') && f.startsWith('ال', 2) && f.length > 5) return 2;
  if ((c0 === 'ب' || c0 === 'ك') && f.startsWith('ال', 1)) return 1;
  if (known(f, true)) return 0; // the word as it stands is a name (`واشنطن`, `لبنان`, `فرنسا`)
  if (conj && f.length > 4 && prep(f[1]) && known(f.slice(2), false)) return 2;
  if ((conj || prep(c0)) && known(f.slice(1), false)) return 1;
  // An unknown person's name after `و`, four letters or more: the conjunction is far likelier than a name in و.
  if (person && c0 === 'و' && f.length >= 5) return 1;
  return 0;
}
