import { isDefinite, stripConj } from '../../arabic/clitics';
import { VERB_FORMS, type VerbForm } from '../../lexicon/cue-forms';
import { nounBare as bareNoun, isKnownNoun, LEX } from '../lexicon';
import type { Attribution } from '../schema';
import { cueBare } from './cues/words';
import { settingAt } from './settings';
import { readSource } from './source-after';
import { plausibleHead, RELATIVE_PRONOUNS } from './source-before';
import type { Gender, SourceInfo } from './source-kind';
import { cleanPhraseOf, type State, sourceOf, tokenAt } from './state';
import { isColon, isComma, isQuote } from './token-tests';

/**
 * Coreference: who is speaking when the text does not say it again. An implicit subject (`وأضاف`, `، مضيفا`,
 * `كما أكد`) is the latest source whose cue agreed in gender and number (`focusFor`, `cueGender`), but only
 * where the verb opens its clause (`clauseStart`) and not after the outlet's own background note
 * (`يذكر أن`). A participle or a second verb in a sentence continues the subject of its first verb
 * (`sentenceSubject`). An office named first takes the name given on second mention (`linkTitlesToNames`).
 * Back-references inside a source phrase (`الصحيفة`, `المصدر نفسه`) are resolved by source-kind.ts.
 */

/** Grammatical gender/number of a cue: 'f' feminine singular, 'p' plural, 'm' masculine singular. */
export function cueGender(st: State, i: number, vf: VerbForm | null): Gender {
  const f = cueBare(st.toks[i].f);
  if (!vf) {
    if (/(?:ه|ات|تين|تان)$/.test(f)) return 'f';
    if (/(?:ين|ون)$/.test(f)) return 'p';
    return 'm';
  }
  const lemma = vf.lemma.endsWith('ي') ? vf.lemma.slice(0, -1) : vf.lemma;
  if (f.startsWith(lemma) && !/^[يت]/.test(lemma)) {
    const rest = f.slice(lemma.length);
    if (rest.startsWith('ت')) return 'f';
    if (rest.startsWith('و')) return 'p';
    if (vf.lemma.endsWith('ي') && (rest.startsWith('ت') || rest === 'ت')) return 'f';
    return 'm';
  }
  if (/^ي.*ون/.test(f)) return 'p';
  if (f.startsWith('ت')) return 'f';
  return 'm';
}

/** The latest source that agrees with the cue (gender from the cue it was first seen with), within reach. */
export function focusFor(st: State, g: Gender): SourceInfo | null {
  const h = st.history;
  const reach = Math.max(0, h.length - 6);
  for (let k = h.length - 1; k >= reach; k--) if (h[k].gender === g) return h[k];
  for (let k = h.length - 1; k >= reach; k--) if (!h[k].gender && !(g === 'p' && h[k].kind === 'person')) return h[k];
  return st.focus;
}

/** An implicit subject needs the verb to open its clause: `وأضاف`, `، مضيفا`, `كما أكد`, sentence start. */
export function clauseStart(st: State, i: number): boolean {
  const t = st.toks[i];
  if (cueBare(t.f) !== t.f) return true;
  if (i === st.start[i]) return true;
  const p = st.toks[i - 1];
  if (!p.word) return isComma(p) || isColon(p) || isQuote(p) || p.f === '.';
  return LEX.conjWords.has(p.f) || LEX.time.has(p.f) || LEX.time.has(stripConj(p.f));
}

/** The outlet's own background (`يذكر أن`, `تجدر الإشارة`) right before the verb's clause. */
export function isBackground(st: State, i: number): boolean {
  const s0 = st.start[i];
  for (let x = Math.max(s0, i - 2); x < i; x++) if (st.toks[x].word && LEX.background.has(st.toks[x].f)) return true;
  return false;
}

/** `هجوما`, `انتقادا`, `بيانا`: an indefinite noun with the accusative alif, not a name (`كوريا`, `روسيا`). */
export function isIndefiniteAccusative(st: State, x: number): boolean {
  const t = st.toks[x];
  const w = stripConj(t.f);
  if (w.length < 4 || !w.endsWith('ا') || w.startsWith('ال') || LEX.states.has(w) || LEX.knownOrgs.has(w)) return false;
  return st.mentions.overlapping(t.start, t.end).length === 0;
}

/**
 * A participle continues the subject of its sentence (`ندد المتحدث … تامر الرفاعي بالتقرير، مؤكدا أن`): when no
 * attribution was found earlier in the sentence, the phrase after the sentence's first verb is that subject.
 */
export function sentenceSubject(st: State, i: number): SourceInfo | null {
  const { toks } = st;
  const s0 = st.start[i];
  const last = st.out.at(-1);
  if (last && last.cue.start >= toks[s0].start) return null;
  let v = s0;
  for (let guard = 0; guard < 6 && v < i; guard++) {
    const t = toks[v];
    if (!t.word || LEX.conjWords.has(t.f)) v++;
    else if (settingAt(st, v, i)) v += settingAt(st, v, i);
    else break;
  }
  if (v >= i - 1 || !toks[v].word) return null;
  const w = stripConj(toks[v].f);
  if (LEX.prepositions.has(w) || LEX.breakers.has(w) || isDefinite(toks[v].f)) return null;
  const a = v + 1;
  let b = readSource(st, a, i);
  // Stop before a `بـ` object (`بالتقرير`, `بتقرير المنظمة`), a relative pronoun (`رايس التي`) or an indefinite
  // accusative, the verb's object (`شنت كوريا الشمالية هجوما`, `وجه الرئيس انتقادا`).
  for (let x = a + 1; x < b; x++) {
    const f = toks[x].f;
    if (
      toks[x].word &&
      ((f.startsWith('ب') && f !== 'باسم' && !isKnownNoun(bareNoun(f))) ||
        RELATIVE_PRONOUNS.has(f) ||
        isIndefiniteAccusative(st, x))
    ) {
      b = x;
      break;
    }
  }
  // A person's name ends the subject: `رفضت المستشارة أنجيلا ميركل التعليق …` (the rest is the object).
  const from = toks[a].start;
  const to = toks[b - 1].end;
  for (const m of st.mentions.overlapping(from, to)) {
    if (m.type !== 'person' || m.start < from || m.end >= to) continue;
    let x = a;
    while (x < b && toks[x].end <= m.end) x++;
    if (x < b && x > a) b = x;
  }
  if (b <= a || b - a > 12 || !plausibleHead(st, a, b)) return null;
  return sourceOf(st, a, b);
}

/**
 * Title back-references (`قالت المتحدثة باسم الخارجية الروسية …` then `وقالت ماريا زاخاروفا …`): news writing
 * names an office first and the person on second mention. A person source given only by its office takes the
 * full name of the next named person source (within two attributions) whose cue agrees in gender and who has no
 * office of their own and was not named before.
 */
export function linkTitlesToNames(st: State): void {
  const { out, toks } = st;
  const genderOf = (a: Attribution): Gender => {
    const i = tokenAt(st, a.cue.start);
    const vf = VERB_FORMS.get(toks[i].f) ?? VERB_FORMS.get(cueBare(toks[i].f)) ?? null;
    return cueGender(st, i, vf);
  };
  const titleOnly = (a: Attribution) => {
    const m = a.source.mention;
    if (a.source.kind !== 'person' || !m || a.source.role) return false;
    const h = st.toks[tokenAt(st, m.start)];
    return LEX.titles.has(bareNoun(h.f)) && isDefinite(h.f) && a.source.name === cleanPhraseOf(st, m);
  };
  for (let k = 0; k < out.length && k < 400; k++) {
    const a = out[k];
    if (!titleOnly(a)) continue;
    const g = genderOf(a);
    for (let q = k + 1; q < out.length && q <= k + 2; q++) {
      const b = out[q];
      const m = b.source.mention;
      if (b.source.kind !== 'person' || !m || b.source.role || titleOnly(b)) continue;
      // A full name (two words or more) in the next sentence, not another person named in passing.
      if (b.source.name.split(/\s+/u).length < 2 || b.cue.start < a.claim.end) continue;
      const h = st.toks[tokenAt(st, m.start)];
      if (LEX.titles.has(bareNoun(h.f)) || genderOf(b) !== g) continue;
      if (st.text.lastIndexOf(b.source.name, a.cue.start) >= 0) break; // named before: someone else
      const title = a.source.name;
      for (const x of out) {
        if (x.source.kind === 'person' && x.source.name === title) {
          x.source.name = b.source.name;
          x.source.role = title;
        }
      }
      b.source.role = title;
      break;
    }
  }
}
