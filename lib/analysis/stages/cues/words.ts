import { stripConj } from '../../../arabic/clitics';
import type { Token } from '../../../arabic/tokens';
import { PARTICIPLE_FORMS, VERB_FORMS } from '../../../lexicon/cue-forms';
import { prepCueOf } from '../../lexicon';

/**
 * Cue finding, the first question: is this token a cue word at all? A reporting verb (`قال`, `وأضافت`), a
 * participle of reporting (`مضيفا`), or a prepositional cue (`بحسب`, `وفقا لـ`, `نقلا عن`), looked up in the
 * lexicons of lib/lexicon with its conjunction removed. Other stages ask this to know where a source or a claim
 * must stop (another cue begins).
 */

export function isPrepCueAt(toks: Token[], i: number): boolean {
  const t = toks[i];
  if (!t?.word) return false;
  const p = prepCueOf(toks, i);
  if (!p) return false;
  // `ليس للسياح فحسب`: فحسب ("only") closes a phrase; it is a cue only with a source after it.
  if (t.f === 'فحسب' && !toks[i + 1]?.word) return false;
  if (t.f === 'فحسب' && /^و?(?:بل|لكن|ولكن|انما|وانما)$/u.test(toks[i + 1].f)) return false;
  if (p.word === 'حسب' && toks[i + 1]?.f === 'الله') return false; // the name `بهاء حسب الله`
  if (p.second) return toks[i + 1]?.f === p.second || (toks[i + 1]?.f === 'حد' && p.word === 'على');
  return true;
}

/**
 * The token without a conjunction, for cue lookup. `ف` is also a root letter (`فرات` is not `ف+رأت`), so after
 * `ف` only remainders of four letters or `قال` forms are tried.
 */
export function cueBare(f: string): string {
  const b = stripConj(f);
  if (b !== f && f.charCodeAt(0) === 0x0641 && b.length < 4 && !b.startsWith('قال')) return f;
  return b;
}

export function isParticipleAt(toks: Token[], i: number): boolean {
  const t = toks[i];
  return !!t?.word && (PARTICIPLE_FORMS.has(t.f) || PARTICIPLE_FORMS.has(cueBare(t.f)));
}

export function isVerbCueAt(toks: Token[], i: number): boolean {
  const t = toks[i];
  return !!t?.word && (VERB_FORMS.has(t.f) || VERB_FORMS.has(cueBare(t.f)));
}
