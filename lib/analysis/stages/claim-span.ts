import { stripConj } from '../../arabic/clitics';
import type { VerbForm } from '../../lexicon/cue-forms';
import { LEX } from '../lexicon';
import { closingQuote } from './claim-bounds';
import { MAX_CLAIM, MAX_GAP, type Range, type State } from './state';
import { closesWord, isColon, isComma, isComp, isCueWord, isPrepComp, isQuote, prepCompAt } from './token-tests';

/**
 * Claim bounds, per cue: where the claim begins and ends. It opens at a complementiser (`أن`, `إن`, `بأن`), `إلى
 * أن`, a colon, an opening quote or `عن` (verbs of speaking about), and runs to the precomputed boundary
 * (claim-bounds.ts) or, for a quotation, to its closing mark across sentences of its paragraph. Verbs with a bare
 * object (denials, accusations, descriptions) take the object as the claim (`objectClaimAt`). Unbalanced quotes
 * and punctuation at the edges are trimmed.
 */

/** Where the claim starts after a clause opener at k (complementiser, colon, `عن`), and its token range. */
export function claimFrom(st: State, k: number): Range | null {
  const { toks } = st;
  let a = k;
  while (a < st.n && !toks[a].word && !isQuote(toks[a])) a++;
  if (a >= st.n) return null;
  const limit = Math.min(st.n, a + MAX_CLAIM);
  if (isQuote(toks[a]) && LEX.openQuotes.has(toks[a].f)) {
    // A quotation: to its closing mark, across sentences of the same paragraph.
    let para = a + 1;
    while (para < limit && !toks[para].nl) para++;
    const q = closingQuote(toks, a, para, st.nextQuote);
    if (q < 0 && para - a > 2) return trimClaim(st, a + 1, para); // never closed: the rest of the paragraph
    if (q > a + 1) {
      const after = toks[q + 1];
      const endsHere = !after || after.nl || !after.word || st.end[q] === q + 1;
      if (endsHere || st.end[a] <= q) return trimClaim(st, a + 1, q);
    }
  }
  const b = Math.min(st.boundary[a], st.end[a], limit);
  return trimClaim(st, a, b);
}

export function trimClaim(st: State, a0: number, b0: number): Range | null {
  const { toks } = st;
  let a = a0;
  let b = b0;
  while (a < b && !toks[a].word && !LEX.openQuotes.has(toks[a].f) && toks[a].f !== '(') a++;
  while (b > a && !toks[b - 1].word && toks[b - 1].f !== ')') b--;
  // Balance quotes at the edges: a lone opening or closing quote is dropped.
  let q = 0;
  for (let x = a; x < b && x < a + MAX_CLAIM; x++) if (isQuote(toks[x])) q++;
  if (q % 2 === 1) {
    if (isQuote(toks[a])) a++;
    else if (b > a && isQuote(toks[b - 1])) b--;
  }
  while (b > a && !toks[b - 1].word && toks[b - 1].f !== ')' && !isQuote(toks[b - 1])) b--;
  return b > a ? { a, b } : null;
}

/** The claim opened at k: a complementiser, `إلى أن`, a colon, a quotation, or `عن` (about-verbs). */
export function opener(st: State, k: number, about = false): Range | null {
  const { toks } = st;
  const t = toks[k];
  if (!t) return null;
  if (isComp(t)) return claimFrom(st, k + 1);
  if (isPrepComp(st, k)) return claimFrom(st, prepCompAt(st, k) + 1);
  if (isColon(t)) return claimFrom(st, k + 1);
  if (isQuote(t) && LEX.openQuotes.has(t.f) && !closesWord(st, k)) {
    const c = claimFrom(st, k);
    return c && c.b - c.a >= 2 ? c : null;
  }
  if (about && t.word && stripConj(t.f) === 'عن') {
    const c = claimFrom(st, k + 1);
    return c;
  }
  return null;
}

/** Subordinators before أن that make it not a content clause (`بعد أن`, `قبل أن`, `رغم أن`). */
export const SUBORDINATORS = new Set(['بعد', 'قبل', 'منذ', 'حتي', 'رغم', 'بعدما', 'دون', 'لو', 'كي', 'ل', 'مع', 'عن']);

/** The first clause opener within MAX_GAP tokens of k in the sentence, skipping appositions and settings. */
export function farOpener(st: State, k: number, limit: number): number {
  const { toks } = st;
  const lim = Math.min(limit, k + MAX_GAP + 6);
  for (let x = k; x < lim; x++) {
    const t = toks[x];
    if (isColon(t)) return x;
    if (isComp(t)) {
      const p = toks[x - 1];
      if (p?.word && SUBORDINATORS.has(stripConj(p.f))) return -1;
      return x;
    }
    if (isPrepComp(st, x)) return x;
    if (t.word && (isCueWord(st, x) || LEX.breakers.has(t.f))) return -1;
    if (!t.word && !isComma(t) && !isQuote(t) && t.f !== '(' && t.f !== ')' && t.f !== '-') return -1;
  }
  return -1;
}

/** Claim of a bare-object verb whose object starts at `srcEnd`, to the boundary. */
export function objectClaimAt(st: State, srcEnd: number, limit: number, vf: VerbForm): Range | null {
  const { toks } = st;
  if (srcEnd >= limit) return null;
  if (vf.takes === 'accuse') {
    // The accusation needs a `بـ` + verbal noun within the sentence.
    let hasBi = false;
    for (let x = srcEnd; x < Math.min(limit, srcEnd + 12); x++) {
      if (toks[x].word && toks[x].f.startsWith('ب') && toks[x].f.length >= 3 && !isComp(toks[x])) {
        hasBi = true;
        break;
      }
    }
    if (!hasBi) return null;
  }
  if (vf.takes === 'describe') {
    // `وصف X Y بأنه …`, `تعتبر X مشروع القرار "شعبويا"`: the object and what is said of it.
    if (!toks[srcEnd].word) return null;
    return trimClaim(st, srcEnd, Math.min(st.boundary[srcEnd], limit));
  }
  const first = toks[srcEnd];
  if (!first.word) return null;
  const b = Math.min(st.boundary[srcEnd], limit);
  return trimClaim(st, srcEnd, b);
}
