/**
 * Tokeniser for Arabic news text. One linear pass over the UTF-16 units; a token is either a word (a run of
 * letters, digits, combining marks, tatweel, `#` and `_`) or a single punctuation/symbol unit. Whitespace is
 * skipped, but a token remembers whether a line break came before it (paragraphs end sentences).
 * Each token carries `f`, its folded form (see `foldToken`), used for every lexicon lookup.
 */

export interface Token {
  /** Offsets in UTF-16 units; `text.slice(start, end)` is the token. */
  start: number;
  end: number;
  /** Folded form ('' for runs longer than MAX_WORD): no diacritics or tatweel, alef/yeh/teh-marbuta/hamza seats folded, Latin lower-cased. */
  f: string;
  /** True for a word (letters/digits), false for a punctuation or symbol unit. */
  word: boolean;
  /** A line break occurs between the previous token and this one. */
  nl: boolean;
}

const OTHER_LETTER = /[\p{L}\p{N}\p{M}]/u;

/** Longest word folded for lexicon lookups, in UTF-16 units. */
export const MAX_WORD = 64;

/** Word characters: ASCII letters/digits, the Arabic blocks, `#`, `_`; other scripts through a Unicode test. */
export function isWordUnit(c: number): boolean {
  if (c < 0x80) {
    return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x23 || c === 0x5f;
  }
  if (c >= 0x0610 && c <= 0x061a) return true; // Arabic marks
  if (c >= 0x0620 && c <= 0x0669) return true; // letters, harakat, Arabic-Indic digits
  if (c >= 0x066e && c <= 0x06d3) return true;
  if (c >= 0x06d5 && c <= 0x06ff) return c !== 0x06d4;
  if (c >= 0x0750 && c <= 0x077f) return true;
  if (c >= 0xfb50 && c <= 0xfdff) return true; // presentation forms A
  if (c >= 0xfe70 && c <= 0xfeff) return c !== 0xfeff; // presentation forms B
  if (c >= 0xd800 && c <= 0xdfff) return false; // surrogates: treated as symbols
  if (c === 0x200c || c === 0x200d) return true; // ZWNJ/ZWJ inside words
  return OTHER_LETTER.test(String.fromCharCode(c));
}

function isSpace(c: number): boolean {
  return (
    c === 0x20 ||
    c === 0x09 ||
    c === 0x0a ||
    c === 0x0d ||
    c === 0x0b ||
    c === 0x0c ||
    c === 0xa0 ||
    c === 0x2028 ||
    c === 0x2029 ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0x200e ||
    c === 0x200f
  );
}

/** Folds one UTF-16 unit for matching; returns '' for units that are dropped (diacritics, tatweel, joiners). */
function foldUnit(c: number): string {
  if (c >= 0x41 && c <= 0x5a) return String.fromCharCode(c + 32);
  if ((c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640) return '';
  if (c >= 0x0610 && c <= 0x061a) return '';
  if (c >= 0x06d6 && c <= 0x06ed) return '';
  if (c === 0x200c || c === 0x200d) return '';
  switch (c) {
    case 0x0623: // أ
    case 0x0625: // إ
    case 0x0622: // آ
    case 0x0671: // ٱ
      return 'ا';
    case 0x0649: // ى
      return 'ي';
    case 0x0629: // ة
      return 'ه';
    case 0x0624: // ؤ
      return 'و';
    case 0x0626: // ئ
      return 'ي';
    case 0x06cc: // Farsi yeh
      return 'ي';
    case 0x06a9: // keheh
      return 'ك';
    default:
      return String.fromCharCode(c);
  }
}

/** Folds a word the same way as the tokeniser (presentation forms through NFKC first). */
export function foldToken(s: string): string {
  let needNfkc = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xfb50) {
      needNfkc = true;
      break;
    }
  }
  const src = needNfkc ? s.normalize('NFKC') : s;
  let out = '';
  for (let i = 0; i < src.length; i++) out += foldUnit(src.charCodeAt(i));
  return out;
}

/** Splits `text` into tokens in one pass. Cost is linear in the length of the text. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  let nl = false;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      if (c === 0x0a || c === 0x0d || c === 0x2029) nl = true;
      i++;
      continue;
    }
    if (isWordUnit(c)) {
      const s = i;
      let plain = true;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (!isWordUnit(d)) break;
        if (d >= 0xfb50) plain = false;
        i++;
      }
      // No word of any lexicon is longer than MAX_WORD units; longer runs (hostile input, URLs) are not folded.
      const raw = i - s > MAX_WORD ? '' : text.slice(s, i);
      out.push({ start: s, end: i, f: plain ? foldPlain(raw) : foldToken(raw), word: true, nl });
    } else {
      // A surrogate pair is one symbol token so offsets never split a character.
      const len = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
      out.push({ start: i, end: i + len, f: text.slice(i, i + len), word: false, nl });
      i += len;
    }
    nl = false;
  }
  return out;
}

function foldPlain(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += foldUnit(s.charCodeAt(i));
  return out;
}
