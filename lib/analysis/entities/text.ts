/**
 * Text helpers for entity recognition: a one-pass Arabic fold, a light stem and a tokenizer that keeps
 * UTF-16 offsets. Pure functions, no DOM and no Node API; every loop is linear in its input.
 */

export interface Token {
  text: string;
  start: number;
  end: number;
}

// One UTF-16 unit in, at most one out: hamza forms of alef → ا, ى → ي, ة → ه, ؤ → و, ئ → ي,
// harakat, Quranic marks and tatweel dropped, Latin lower-cased.
const FOLD: Record<string, string> = { أ: 'ا', إ: 'ا', آ: 'ا', ٱ: 'ا', ى: 'ي', ة: 'ه', ؤ: 'و', ئ: 'ي' };

function isMark(c: number): boolean {
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

/** Letters (any script), combining marks and digits make words; each other non-space character is its own token. */
function isWordChar(c: number): boolean {
  if (c >= 0x30 && c <= 0x39) return true; // ASCII digits
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return true;
  if (c >= 0x0621 && c <= 0x064a) return true; // Arabic letters
  if (isMark(c)) return true;
  if (c >= 0x0660 && c <= 0x0669) return true; // Arabic-Indic digits
  if (c >= 0x0671 && c <= 0x06d3) return true; // extended Arabic letters (پ چ ڤ ک گ ی ...)
  if (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) return true; // Latin-1 and Latin Extended letters
  return false;
}

function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x200f ||
    c === 0x200e ||
    c === 0x200c ||
    c === 0x200d ||
    c === 0xfeff ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x3000 ||
    c === 0x5f || // '_' joins hashtag words: دونالد_ترمب
    c === 0x23 // '#' marks a hashtag: رجب طيب #أردوغان
  );
}

/** Splits text into word tokens and single punctuation tokens, with UTF-16 offsets. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (isWordChar(c)) {
      let j = i + 1;
      while (j < n && isWordChar(text.charCodeAt(j))) j++;
      out.push({ text: text.slice(i, j), start: i, end: j });
      i = j;
      continue;
    }
    // A surrogate pair stays whole so a slice never splits a code point.
    const w = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
    out.push({ text: text.slice(i, i + w), start: i, end: i + w });
    i += w;
  }
  return out;
}

/** True for a token with no letter or digit (punctuation, symbols). */
export function isPunct(tok: string): boolean {
  return tok.length > 0 && !isWordChar(tok.charCodeAt(0));
}

/** True when a sentence ends after this token. */
export function endsSentence(tok: string): boolean {
  return tok === '.' || tok === '!' || tok === '?' || tok === '؟' || tok === '\n';
}
