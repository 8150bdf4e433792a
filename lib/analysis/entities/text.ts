/**
 * Text helpers for entity recognition: a one-pass Arabic fold, a light stem and a tokenizer that keeps
 * UTF-16 offsets. Pure functions, no DOM and no Node API; every loop is linear in its input.
 */

import { isMark } from '../../arabic/fold';

// The folds live in lib/arabic/fold.ts (the gazetteers in lib/lexicon use them too).
export { fold, plain, stem } from '../../arabic/fold';

export interface Token {
  text: string;
  start: number;
  end: number;
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
