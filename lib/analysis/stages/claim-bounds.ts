import type { Token } from '../../arabic/tokens';
import { VERB_FORMS } from '../../lexicon/cue-forms';
import { LEX } from '../lexicon';
import { isParticipleAt, isPrepCueAt, isVerbCueAt } from './cues/words';

/**
 * Claim bounds, precomputed: where a claim must stop. A claim runs to the end of its sentence, or to the start
 * of a trailing attribution (`، حسبما …`, `، وفقا لـ …`, `، مضيفا أن …`, `، وأضاف …`) or a same-speaker tag
 * (`وفق قوله`). Computed for all tokens in one backward pass so that each claim costs O(1) to bound, whatever
 * the text. Also the index of quote marks, so that finding a closing quote costs O(1).
 */

/** Connectives after a comma that return to the outlet's narration. */
const NARRATOR_TURNS = new Set(['ولكن', 'لكن', 'بينما', 'فيما', 'وفيما', 'وبينما']);

/** `boundary[i]` = first index ≥ i where a claim starting at or before i must stop (n when none). */
export function claimBoundaries(toks: Token[], sentEnd: Int32Array): Int32Array {
  const n = toks.length;
  const next = new Int32Array(n + 1);
  next[n] = n;
  for (let i = n - 1; i >= 0; i--) {
    const t = toks[i];
    let stop = false;
    if (!t.word && (t.f === '؛' || t.f === ';')) stop = true;
    else if (!t.word && LEX.commas.has(t.f)) {
      const nx = i + 1 < n ? toks[i + 1] : null;
      if (nx && (isPrepCueAt(toks, i + 1) || isParticipleAt(toks, i + 1))) stop = true;
      // The narrator takes over: `، ولكن التفاصيل …`, `، إذ قال …`, `، بينما …`.
      else if (nx?.word && NARRATOR_TURNS.has(nx.f)) stop = true;
      else if (nx?.word && (nx.f === 'اذ' || nx.f === 'حيث') && isVerbCueAt(toks, i + 2)) stop = true;
      else if (nx?.word && nx.f.startsWith('و') && isVerbCueAt(toks, i + 1) && VERB_FORMS.has(nx.f.slice(1))) {
        stop = true;
      }
    } else if (t.word && isPrepCueAt(toks, i) && i > 0 && !toks[i - 1].word && LEX.commas.has(toks[i - 1].f)) {
      stop = true;
    } else if (t.word && isParticipleAt(toks, i) && i > 0) {
      // A participle of reporting opens its own attribution (`قصف دبابة للموقع مبررا ذلك بـ…`).
      stop = true;
    }
    next[i] = stop ? i : next[i + 1];
    // A sentence end is also a boundary for tokens before it.
    if (sentEnd[i] === i + 1 && next[i] > i + 1) next[i] = i + 1;
  }
  return next;
}

/** Index of the matching closing quote for an opening quote at `i`, within `limit`, or -1. */
export function closingQuote(toks: Token[], i: number, limit: number, nextQuote: Int32Array): number {
  const open = toks[i].f;
  if (open === '«') {
    const j = nextQuote[i + 1];
    return j < limit && toks[j].f === '»' ? j : -1;
  }
  const j = nextQuote[i + 1];
  if (j >= limit) return -1;
  const c = toks[j].f;
  if (open === '“') return c === '”' ? j : -1;
  return c === '"' || c === '”' ? j : -1;
}

/** `nextQuote[i]` = first index ≥ i holding a closing-capable quote mark. */
export function quoteIndex(toks: Token[]): Int32Array {
  const n = toks.length;
  const next = new Int32Array(n + 2);
  next[n] = n;
  next[n + 1] = n;
  for (let i = n - 1; i >= 0; i--) {
    const f = toks[i].f;
    next[i] = !toks[i].word && (f === '"' || f === '»' || f === '”') ? i : next[i + 1];
  }
  return next;
}
