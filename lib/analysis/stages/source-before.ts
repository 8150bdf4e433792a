import { stripConj } from '../../arabic/clitics';
import { nounBare as bareNoun, isKnownNoun, LEX, nounForm } from '../lexicon';
import { MAX_SOURCE, type Range, type State } from './state';
import { closesWord, isColon, isComma, isComp, isCueWord, isQuotation, isQuote } from './token-tests';

/**
 * Source reading, before the cue: the subject that stands before its verb in the same clause (`الجيش قال إن`,
 * `المسؤول … كان قد صرح بأن`, `وكان رئيس المجمع، الكاردينال برينيس، قد قال`, `موسكو، التي تنفي …`). Since any
 * noun phrase can precede a verb, the phrase is taken only when its head is plausible: a known source noun, a
 * source seen before, or an entity (`plausibleHead`).
 */

export const RELATIVE_PRONOUNS = new Set(['الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللواتي', 'اللاتي']);

/** Source before the verb in the same clause (`الجيش قال إن`, `المسؤول … كان قد صرح بأن`). */
export function sourceBefore(st: State, i: number): Range | null {
  const { toks } = st;
  const s0 = st.start[i];
  // `وكان رئيس المجمع، الكاردينال برينيس، قد قال`: between كان and قد the subject may hold commas.
  if (
    i - s0 >= 3 &&
    i - s0 <= MAX_SOURCE + 2 &&
    /^و?(?:كان|كانت|كانوا)$/.test(toks[s0].f) &&
    (toks[i - 1].f === 'قد' || isComma(toks[i - 1]))
  ) {
    let a = s0 + 1;
    let b = i - 1;
    while (b > a && !toks[b - 1].word && !isQuote(toks[b - 1])) b--;
    while (a < b && !toks[a].word && !isQuote(toks[a])) a++;
    if (b > a && plausibleHead(st, a, b)) return { a, b };
  }
  // `وردت موسكو، التي تنفي بشدة …`: a verb after a relative pronoun has the noun before it as subject.
  const rel = toks[i - 1]?.word && RELATIVE_PRONOUNS.has(toks[i - 1].f) ? i - 1 : -1;
  if (rel > s0) {
    let e = rel;
    if (isComma(toks[e - 1])) e--;
    let a = e - 1;
    while (a > s0 && e - a < 4 && toks[a - 1].word) {
      const w = toks[a - 1].f;
      if (!(w.startsWith('ال') || isKnownNoun(bareNoun(w)))) break;
      a--;
    }
    if (a >= s0 && e > a && toks[a].word && plausibleHead(st, a, e)) return { a, b: e };
    // A name the lexicon does not know after its title: `الوزيرة كوندوليزا رايس التي قالت`. Reach back over
    // up to five words (not past a cue, a preposition or a breaker) and start at the first plausible head.
    let far = e;
    while (far > s0 && e - far < 5 && toks[far - 1].word && !isCueWord(st, far - 1)) {
      const w = stripConj(toks[far - 1].f);
      if (LEX.prepositions.has(w) || LEX.breakers.has(w)) break;
      far--;
    }
    for (let x = far; x < a; x++)
      if (plausibleHead(st, x, e) && isKnownNoun(bareNoun(toks[x].f))) return { a: x, b: e };
  }
  // `جيري سميث، وهو مفتش سابق …، حذّر من أن`: a name, an apposition between commas, then the verb.
  if (isComma(toks[i - 1]) && i - s0 <= 24) {
    let c = s0;
    while (c < i - 1 && !isComma(toks[c])) c++;
    let h = s0;
    while (h < c && toks[h].word && LEX.conjWords.has(toks[h].f)) h++;
    // `، وهو …` / `، وهي …` marks the apposition itself, so the phrase before it is the subject.
    const marked = /^و(?:هو|هي|هم)$/.test(toks[c + 1]?.f ?? '');
    if (c < i - 1 && c - h >= 1 && c - h <= 6 && (marked || plausibleHead(st, h, c))) {
      let ok = true;
      for (let x = c; x < i; x++)
        if (isComp(toks[x]) || isColon(toks[x]) || (toks[x].word && isCueWord(st, x))) ok = false;
      if (ok) return { a: h, b: c };
    }
  }
  let a = i;
  while (a > s0 && i - a < MAX_SOURCE) {
    const t = toks[a - 1];
    if (isComma(t) || isComp(t) || isColon(t) || (t.word && isCueWord(st, a - 1))) break;
    if (isQuote(t) && LEX.openQuotes.has(t.f) && !closesWord(st, a - 1) && isQuotation(st, a - 1)) break;
    if (!t.word && !isQuote(t) && t.f !== '(' && t.f !== ')') break;
    a--;
  }
  if (i - a >= MAX_SOURCE) return null;
  let b = i;
  // Trailing `كان قد`, `قد`, and time or manner words (`لاريجاني بالمقابل أعلن`).
  while (
    b > a &&
    toks[b - 1].word &&
    (/^(?:قد|كان|كانت|كانوا|لقد|وقد|فقد)$/.test(toks[b - 1].f) || LEX.time.has(toks[b - 1].f))
  )
    b--;
  // Leading connectives and `كان`.
  while (a < b && toks[a].word && (LEX.conjWords.has(toks[a].f) || /^و?(?:كان|كانت|كانوا)$/.test(toks[a].f))) a++;
  while (a < b && !toks[a].word && !isQuote(toks[a])) a++;
  while (b > a && !toks[b - 1].word && !isQuote(toks[b - 1])) b--;
  if (b <= a || b - a > 10) return null;
  const first = toks[a].word ? toks[a] : toks[a + 1];
  if (!first?.word) return null;
  const w = stripConj(first.f);
  if (LEX.prepositions.has(w) || LEX.breakers.has(w) || LEX.settingPreps.has(w) || /^\d/.test(w)) return null;
  if (LEX.time.has(w) || LEX.impersonal.has(first.f) || LEX.background.has(first.f)) return null;
  for (let x = a; x < b; x++) {
    const t = toks[x];
    if (t.word && (/^\d/.test(t.f) || LEX.breakers.has(t.f))) return null;
  }
  // Drop unbalanced quotes at the edges.
  if (isQuote(toks[a]) && !isQuote(toks[b - 1])) a++;
  if (isQuote(toks[b - 1]) && !isQuote(toks[a])) b--;
  if (isQuote(toks[a]) && isQuote(toks[b - 1]) && b - a <= 2) return null;
  if (isQuote(toks[a]) && isQuote(toks[b - 1])) {
    a++;
    b--;
  }
  if (b <= a || !plausibleHead(st, a, b)) return null;
  return { a, b };
}

/** Words between a number and the counted noun: `60 في المئة من`, `45 بالمئة من`. */
const SHARE_WORDS = new Set(['في', 'الميه', 'الماييه', 'بالميه', 'بالماييه', 'من']);

/** `3 دبلوماسيين`, `60% من المشاركين`, `45 في المئة من الناخبين`: a number, then a plural of people. */
export function countsPeople(st: State, a: number, b: number): boolean {
  let k = a + 1;
  while (k < b && k < a + 5 && (!st.toks[k].word || SHARE_WORDS.has(st.toks[k].f))) k++;
  if (k >= b || !st.toks[k].word) return false;
  const bare = bareNoun(st.toks[k].f);
  return LEX.anon.has(bare) || LEX.titles.has(bare) || (bare.length > 4 && /(?:ين|ون)$/u.test(bare));
}

/**
 * A source before its verb must look like one, since any noun phrase can precede a verb: its head is a known
 * source noun (office, organisation, document, anonymous group, state), a source seen before, or an entity.
 */
export function plausibleHead(st: State, a: number, b: number): boolean {
  let h = a;
  while (h < b && !st.toks[h].word) h++;
  if (h >= b) return false;
  // Numbers of people and shares (`3 دبلوماسيين`, `60% من المشاركين`, `45 في المئة من الناخبين`): the noun counts.
  if (/^[0-9٠-٩]/.test(st.toks[h].f)) {
    let k = h + 1;
    while (k < b && k < h + 5 && (!st.toks[k].word || SHARE_WORDS.has(st.toks[k].f))) k++;
    if (k < b && st.toks[k].word) h = k;
  }
  const bare = bareNoun(st.toks[h].f);
  if (isKnownNoun(bare) || isKnownNoun(nounForm(st.toks[h].f))) return true;
  for (let k = st.history.length - 1; k >= 0 && k >= st.history.length - 60; k--) {
    if (st.history[k].bare.includes(bare)) return true;
  }
  const s = st.toks[a].start;
  const e = st.toks[b - 1].end;
  return st.mentions
    .overlapping(s, e)
    .some((m) => m.type !== 'location' && m.start >= s && m.end <= e && m.start <= st.toks[h].start);
}
