import { stripConj } from '../../../arabic/clitics';
import { claimFrom } from '../claim-span';
import { RULE } from '../rules';
import { skipSettings } from '../settings';
import { readSource } from '../source-after';
import { emit, type State, sourceOf } from '../state';
import { isComp } from '../token-tests';

/**
 * Noun cues: a verbal noun of reporting with its source and a content clause (`وفي إعلان الجيش أن …`,
 * `تأكيد الوزير أن …`), and report nouns that are their own source (`تقارير إعلامية أن …`, `أنباء عن أن …`).
 */

export function verbalNounCue(st: State, i: number): number {
  const limit = st.end[i];
  const j = i + 1;
  const srcEnd = readSource(st, j, limit);
  if (srcEnd <= j) return i + 1;
  const k = skipSettings(st, srcEnd, limit);
  const t = st.toks[k];
  if (!isComp(t)) return i + 1;
  const claim = claimFrom(st, k + 1);
  if (!claim) return i + 1;
  const src = sourceOf(st, j, srcEnd);
  emit(st, { a: i, b: i + 1 }, src, { a: j, b: srcEnd }, claim, RULE.verbalNoun, 0.7);
  st.history.push(src);
  return srcEnd;
}

export function selfSourceCue(st: State, i: number): number {
  const { toks } = st;
  const limit = st.end[i];
  let k = i + 1;
  while (k < limit && k < i + 4 && toks[k].word && /(?:ي|يه)$/.test(stripConj(toks[k].f))) k++;
  const mentionEnd = k;
  if (toks[k]?.word && stripConj(toks[k].f) === 'عن') k++;
  if (!isComp(toks[k])) return i + 1;
  const claim = claimFrom(st, k + 1);
  if (!claim) return i + 1;
  const src = sourceOf(st, i, mentionEnd);
  emit(st, { a: i, b: i + 1 }, src, { a: i, b: mentionEnd }, claim, RULE.reportNoun, 0.6);
  return k + 1;
}
