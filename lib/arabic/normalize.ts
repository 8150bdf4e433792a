/**
 * Arabic spelling folds used for matching (search, source linking), never for display.
 * Every function here maps one UTF-16 unit to at most one unit, or drops it, in one linear pass.
 */

const DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED]/g;
const TATWEEL = /\u0640/g;

/** Removes harakat, Quranic marks and tatweel. */
export function stripDiacritics(s: string): string {
  return s.replace(DIACRITICS, '').replace(TATWEEL, '');
}

/**
 * Folds the spelling variants a reader does not distinguish when searching: hamza forms of alef
 * (أ إ آ ٱ → ا), ى → ي, ة → ه, ؤ → و, ئ → ي, diacritics and tatweel removed, Latin lower-cased,
 * NFKC for presentation forms.
 */
export function foldArabic(s: string): string {
  return stripDiacritics(s.normalize('NFKC'))
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/ؤ/g, 'و')
    .replace(/ئ/g, 'ي')
    .toLowerCase();
}
