import { stripConj } from '../../arabic/clitics';
import type { Token } from '../../arabic/tokens';
import { LEX } from '../lexicon';
import { closingQuote } from './claim-bounds';
import { isParticipleAt, isPrepCueAt, isVerbCueAt } from './cues/words';
import type { State } from './state';

/**
 * Questions about single tokens that every rule asks: is it a comma, a quote, a colon, a complementiser
 * (`أن`, `إن`, `بأن`; not the letters of `سي إن إن`), a preposition + complementiser (`إلى أن`), a cue word,
 * an opening quote that starts a quotation rather than a quoted name? No decision about attributions is made
 * here.
 */

export const isComma = (t: Token | undefined) => !!t && !t.word && LEX.commas.has(t.f);
export const isQuote = (t: Token | undefined) => !!t && !t.word && LEX.quotes.has(t.f);
export const isColon = (t: Token | undefined) => !!t && !t.word && (t.f === ':' || t.f === '：');

/** Tokens that look like a complementiser but are not (`إن` in `سي إن إن`), marked once per text. */
export const NOT_COMP = new WeakSet<Token>();

export function markNonComplementizers(toks: Token[]): void {
  for (let i = 2; i < toks.length; i++) {
    if (toks[i - 2].f === 'سي' && toks[i - 1].f === 'ان' && toks[i].f === 'ان') {
      NOT_COMP.add(toks[i - 1]);
      NOT_COMP.add(toks[i]);
    }
  }
}

export function isComp(t: Token | undefined): boolean {
  return !!t && t.word && !NOT_COMP.has(t) && (LEX.comp.has(t.f) || LEX.comp.has(stripConj(t.f)));
}

/** A preposition directly followed by a complementiser: `إلى أن`, `من أن`, `على أن`. */
export function isPrepComp(st: State, j: number): boolean {
  return prepCompAt(st, j) > 0;
}

/** Index of the complementiser after a preposition at j (`إلى أن`, or `إلى "أنه` with a quote between), else -1. */
export function prepCompAt(st: State, j: number): number {
  const t = st.toks[j];
  if (!t?.word) return -1;
  const w = stripConj(t.f);
  if (!(w === 'الي' || w === 'من' || w === 'علي' || w === 'في' || w === 'ب')) return -1;
  if (isComp(st.toks[j + 1])) return j + 1;
  const q = st.toks[j + 1];
  return q && !q.word && LEX.openQuotes.has(q.f) && isComp(st.toks[j + 2]) ? j + 2 : -1;
}

export function isCueWord(st: State, j: number): boolean {
  return isVerbCueAt(st.toks, j) || isParticipleAt(st.toks, j) || isPrepCueAt(st.toks, j);
}

/** A quote mark glued to the word before it and not to the word after it closes a quotation. */
export function closesWord(st: State, k: number): boolean {
  const p = st.toks[k - 1];
  const n = st.toks[k + 1];
  return !!p?.word && p.end === st.toks[k].start && !(n?.word && n.start === st.toks[k].end);
}

export function hasOpener(st: State, a: number, b: number, close: string): boolean {
  const open = close === '»' ? '«' : close === '”' ? '“' : close === ')' ? '(' : '"';
  let c = 0;
  for (let x = a; x < b; x++) if (!st.toks[x].word && st.toks[x].f === open) c++;
  return open === '"' ? c % 2 === 1 : c > 0;
}

/** An opening quote at k that starts a quotation (long, or unclosed in its sentence), not a quoted name. */
export function isQuotation(st: State, k: number): boolean {
  const t = st.toks[k];
  if (!LEX.openQuotes.has(t.f)) return false;
  const q = closingQuote(st.toks, k, Math.min(st.n, st.end[k] + 1), st.nextQuote);
  if (q < 0) return true;
  let words = 0;
  for (let x = k + 1; x < q; x++) if (st.toks[x].word) words++;
  return words > 3;
}
