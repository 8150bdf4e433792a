import { stripConj } from '../../../arabic/clitics';
import { nounBare as bareNoun, isSpeechNounWithPronoun, LEX, nounForm, prepCueOf } from '../../lexicon';
import { claimFrom, trimClaim } from '../claim-span';
import { RULE } from '../rules';
import { skipSettings } from '../settings';
import { readSourceForPrep } from '../source-after';
import { emit, type Range, remember, type State, sourceOf, tokenAt } from '../state';
import { isComma, isComp, isQuote } from '../token-tests';
import { isVerbCueAt } from './words';

/**
 * Prepositional cues: `بحسب`, `وفقا لـ`, `نقلا عن`, `على لسان`, `حسبما أفاد`. The source follows the cue; the
 * claim follows the phrase (`وفقا للمصادر فإن …`) or, when the cue trails its sentence, is the sentence before it
 * or the claim of the attribution just made (a second layer: `قال X …، بحسب Y`). Same-speaker tags (`وفق قوله`,
 * `على حد تعبيره`) and non-sources (`بحسب القانون`) are not attributions.
 */

export function prepCue(st: State, i: number): number {
  const { toks } = st;
  const p = prepCueOf(toks, i);
  if (!p) return i + 1;
  const limit = st.end[i];
  let j = i + 1;
  if (p.second) {
    if (toks[j]?.f !== p.second) return i + 1;
    j++;
  }
  if (p.kind === 'lam') {
    const w = toks[j];
    if (!w?.word || !stripConj(w.f).startsWith('ل')) return i + 1; // `وفقا لـ`, `طبقا للمصادر`
  }
  if (p.kind === 'an') {
    if (!toks[j]?.word || stripConj(toks[j].f) !== 'عن') return i + 1;
    j++;
  }
  let cueEnd = j;
  // `بحسب ما أفاد`, `وفقا لما ذكرته`: a reporting verb, then the source.
  if (p.kind === 'verb' || (p.kind === 'direct' && toks[j]?.f === 'ما') || (p.kind === 'lam' && toks[j]?.f === 'لما')) {
    if (toks[j]?.f === 'ما' || toks[j]?.f === 'لما') j++;
    if (isVerbCueAt(toks, j)) {
      j++;
      cueEnd = j;
    } else return i + 1; // `بحسب ما قيل`: no source
  }
  // After `وفقا` the ل-word is the source itself, not an addressee.
  if (p.kind !== 'lam') j = skipSettings(st, j, limit);
  const first = toks[j];
  if (!first?.word && !isQuote(first)) return i + 1;
  // Same-speaker tags: `وفق قوله`, `على حد تعبيره`, `حسب كلامه`.
  if (first?.word && (isSpeechNounWithPronoun(nounForm(first.f)) || first.f === 'حد')) return i + 2;
  if (first?.word && LEX.nonSource.has(bareNoun(first.f))) return i + 1; // `بحسب القانون الدولي`
  // A preposition opens no source (`على ما وصفها بـ"الأزمة"`, `حسبما قال في …`).
  if (
    first?.word &&
    (LEX.prepositions.has(stripConj(first.f)) || /^[وف]?[بل]\u0640/u.test(st.text.slice(first.start, first.end)))
  )
    return i + 1;
  const srcEnd = readSourceForPrep(st, j, limit);
  if (srcEnd <= j) return i + 1;
  const mention: Range = { a: j, b: srcEnd };
  // `وفق ما نقله المركز الإعلامي عن المصدر العسكري`: a reporting verb with `عن` names a second source.
  let inner: Range | null = null;
  if (cueEnd > i + 1) {
    for (let x = j + 1; x < srcEnd - 1; x++) {
      if (toks[x].word && toks[x].f === 'عن') {
        inner = { a: x + 1, b: srcEnd };
        mention.b = x;
        break;
      }
    }
  }
  const src = sourceOf(st, mention.a, mention.b);
  // Where is the claim? After the phrase (`وفقا للمصادر فإن …`, `وبحسب البيان، …`) or before it.
  const s0 = st.start[i];
  let before = i;
  while (before > s0 && (!toks[before - 1].word || LEX.conjWords.has(toks[before - 1].f))) before--;
  let claim: Range | null = null;
  let layered = false;
  if (before > s0) {
    // Trailing: the claim of an attribution ending here (two layers), or the sentence so far.
    const prev = st.out.at(-1);
    if (prev && prev.claim.end <= toks[i].start && prev.claim.end >= toks[Math.max(s0, i - 2)].start - 1) {
      claim = { a: tokenAt(st, prev.claim.start), b: tokenAt(st, prev.claim.end - 1) + 1 };
      layered = true;
    } else {
      let a = s0;
      while (a < i && toks[a].word && LEX.conjWords.has(toks[a].f)) a++;
      let b = i;
      const after = skipSettings(st, srcEnd, limit);
      if (after < limit && limit - after > 3 && isComma(toks[srcEnd])) b = Math.min(st.boundary[after], limit);
      claim = trimClaim(st, a, b);
    }
  } else {
    let k = skipSettings(st, srcEnd, limit);
    if (toks[k]?.word && (toks[k].f === 'فقد' || toks[k].f === 'فان')) k++;
    else if (toks[k]?.word && /^ف/.test(toks[k].f) && isComp(toks[k])) k++;
    else if (isComp(toks[k])) k++;
    claim = claimFrom(st, k);
  }
  if (!claim) return i + 1;
  emit(st, { a: i, b: cueEnd }, src, mention, claim, layered ? RULE.prepositionSecondLayer : RULE.preposition, 0.85);
  if (inner) {
    const second = sourceOf(st, inner.a, inner.b);
    emit(st, { a: i, b: cueEnd }, second, inner, claim, RULE.prepositionQuoted, 0.8);
    st.history.push(second);
  }
  if (!layered) remember(st, src);
  else st.history.push(src);
  return srcEnd;
}
