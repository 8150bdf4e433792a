/**
 * The one-pass fold of entity recognition and the gazetteers (lib/lexicon/gazetteers): one UTF-16 unit in, at
 * most one out, no NFKC (unlike `foldArabic` in normalize.ts, which search uses). Pure, linear in its input.
 */

// Hamza forms of alef → ا, ى → ي, ة → ه, ؤ → و, ئ → ي,
// harakat, Quranic marks and tatweel dropped, Latin lower-cased.
const FOLD: Record<string, string> = { أ: 'ا', إ: 'ا', آ: 'ا', ٱ: 'ا', ى: 'ي', ة: 'ه', ؤ: 'و', ئ: 'ي' };

export function isMark(c: number): boolean {
  return (
    (c >= 0x0610 && c <= 0x061a) ||
    (c >= 0x064b && c <= 0x065f) ||
    c === 0x0670 ||
    (c >= 0x06d6 && c <= 0x06ed) ||
    c === 0x0640
  );
}

/** Folds spelling variants a reader does not distinguish (same folds as the scorer's `normalize`). */
export function fold(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isMark(c)) continue;
    const ch = s[i];
    const f = FOLD[ch];
    if (f !== undefined) out += f;
    else if (c >= 65 && c <= 90) out += String.fromCharCode(c + 32);
    else out += ch;
  }
  return out;
}

/** Removes diacritics and tatweel only: `على` (the preposition) stays apart from `علي` (the name). */
export function plain(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) if (!isMark(s.charCodeAt(i))) out += s[i];
  return out;
}

/** Drops a leading conjunction (و ف) and then the article with its fused preposition (بال كال لل ال). */
export function stem(folded: string): string {
  let w = folded;
  if ((w[0] === 'و' || w[0] === 'ف') && w.length > 3) w = w.slice(1);
  for (const p of ['بال', 'كال', 'لل', 'ال']) {
    if (w.startsWith(p) && w.length - p.length >= 2) return w.slice(p.length);
  }
  return w;
}
