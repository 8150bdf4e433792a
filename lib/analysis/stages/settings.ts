import { stripConj } from '../../arabic/clitics';
import { nounBare as bareNoun, isSettingNoun, LEX, nounForm } from '../lexicon';
import { closingQuote } from './claim-bounds';
import { MAX_GAP, type State } from './state';
import { closesWord, isColon, isComma, isComp, isCueWord, isPrepComp, isQuotation, isQuote } from './token-tests';

/**
 * Settings: the phrases that stand between a cue, its source and its clause and belong to none of them — time
 * (`أمس`, `أول أمس`), place (`بالقرب من الكنيسة`), occasion (`في بيان صحفي`, `في مقابلة مع قناة الجزيرة`),
 * manner (`بشكل منفصل`) and addressee (`لرويترز`, `لـ"عربي21"`). Source reading and claim finding skip them.
 */

/** Place words that open a setting after the verb or the source (`بالقرب من الكنيسة`, `أمام البرلمان`). */
export const LOCATIVES = new Set(['بالقرب', 'قرب', 'امام', 'داخل', 'خارج', 'عند', 'لدي']);

/** Length of a setting phrase at j (`في بيان`, `أمس`, `لـ"عربي21"`, `من جهته`), 0 when there is none. */
export function settingAt(st: State, j: number, limit: number): number {
  const { toks } = st;
  const t = toks[j];
  if (!t || j >= limit) return 0;
  if (!t.word) return 0;
  const w = stripConj(t.f);
  if (LEX.time.has(w) || LEX.time.has(t.f)) return 1;
  if (w === 'اول' && toks[j + 1]?.word && toks[j + 1].f === 'امس') return 2; // `أول أمس`
  if (LEX.notReported.has(t.f)) return 1; // `ولفت جلالته النظر إلى أنه`: the idiom's object, before the clause
  // `صحيفة التايمز الصادرة اليوم`: a description of the paper, not more of its name.
  if ((w === 'الصادره' || w === 'الصادر') && toks[j + 1]?.word) return settingEnd(st, j + 1, limit) - j;
  if (w === 'من' && toks[j + 1]?.word && LEX.time.has(toks[j + 1].f)) return 2;
  if (LEX.manner.has(w) && toks[j + 1]?.word) return 2; // `بشكل منفصل`, `بصورة واضحة`
  if (LOCATIVES.has(w) && toks[j + 1]?.word) return settingEnd(st, j + 1, limit) - j; // `بالقرب من الكنيسة`
  if (LEX.settingPreps.has(w) && toks[j + 1]?.word && isSettingNoun(bareNoun(toks[j + 1].f))) {
    return settingEnd(st, j + 2, limit) - j;
  }
  // Addressee: `لرويترز`, `لوكالة الأنباء`, `لـ"عربي21"`, `لـCNN`, `للصحفيين`.
  const raw = st.text.slice(t.start, t.end);
  if (/^[وف]?ل\u0640/u.test(raw)) return skipTo(st, j + 1, limit, true) - j;
  if ((w.startsWith('ل') && !w.startsWith('لا')) || w === 'لـ') {
    const head = nounForm(w);
    if (w === 'ل' || w === 'لـ' || LEX.addressee.has(head) || LEX.addressee.has(bareNoun(w))) {
      return skipTo(st, j + 1, limit, true) - j;
    }
  }
  return 0;
}

/**
 * End of a setting phrase after its noun (`في بيان صحفي`, `في حديثه لـ"عربي21"`, `في مقابلة مع قناة الجزيرة`):
 * definite words, adjectives, ل-phrases, time words and `مع`/`عبر` continue it; anything else (the object of the
 * verb, `في بيان مقتل جنديين`) ends it. The clause opener is then found by `farOpener` if words remain.
 */
export function settingEnd(st: State, j: number, limit: number): number {
  const { toks } = st;
  const lim = Math.min(limit, j + MAX_GAP, st.n);
  let k = j;
  let afterPrep = false;
  let subjectNext = false;
  while (k < lim) {
    const t = toks[k];
    if (!t.word) {
      // A quoted name inside the setting (`نشرته شبكة "سي إن إن"`): skip it whole, its words are no clause opener.
      if (LEX.openQuotes.has(t.f) && !isQuotation(st, k)) {
        const q = closingQuote(toks, k, Math.min(lim, st.end[k] + 1), st.nextQuote);
        if (q > k) {
          k = q + 1;
          continue;
        }
      }
      if (isQuote(t) && !(LEX.openQuotes.has(t.f) && !closesWord(st, k) && isQuotation(st, k))) {
        k++;
        continue;
      }
      if ((t.f === '/' || t.f === '-') && toks[k + 1]?.word) {
        k++; // `يناير/كانون الثاني`
        continue;
      }
      break;
    }
    // A reporting verb with an object pronoun right after the setting noun is a relative clause (`في مقال نشرته`).
    const relCue = k === j && /(?:ه|ها)$/u.test(st.text.slice(t.start, t.end));
    if (isComp(t) || isPrepComp(st, k) || (isCueWord(st, k) && !relCue)) break;
    const w = stripConj(t.f);
    const prep = LEX.prepositions.has(w) || LEX.settingPreps.has(w);
    const ok =
      prep ||
      afterPrep ||
      w.startsWith('ال') ||
      w.startsWith('ل') ||
      /(?:ي|يه)$/.test(w) ||
      LEX.time.has(w) ||
      w === 'مع' ||
      w === 'عبر' ||
      w === 'في' ||
      /^[a-z0-9]/.test(w) ||
      isQuote(toks[k - 1]) ||
      subjectNext;
    // A relative verb with its pronoun (`عقده`, `نشرته`, `أجرتها`), written with ه, not ة: the noun after it is
    // its subject, still part of the setting (`في مقال نشرته صحيفة …`, `في مقابلة أجرتها معه قناة …`).
    const relVerb = /(?:ه|ها)$/u.test(st.text.slice(t.start, t.end));
    if (!ok && !relVerb) break;
    subjectNext = relVerb || (subjectNext && (w === 'معه' || w === 'معها' || LEX.prepositions.has(w)));
    afterPrep = prep;
    k++;
  }
  return k;
}

/** Skips to the next comma, complementiser, colon or sentence end (at most MAX_GAP tokens). */
export function skipTo(st: State, j: number, limit: number, stopAtHead = false): number {
  const lim = Math.min(limit, j + MAX_GAP, st.n);
  let k = j;
  while (k < lim) {
    const t = st.toks[k];
    if (isComma(t) || isComp(t) || isColon(t) || isPrepComp(st, k) || isCueWord(st, k)) break;
    if (isQuote(t) && LEX.openQuotes.has(t.f) && !closesWord(st, k) && isQuotation(st, k)) break;
    if (stopAtHead && t.word && k > j) {
      const b = bareNoun(t.f);
      if (LEX.anon.has(b) || LEX.titles.has(b)) break;
    }
    k++;
  }
  return k;
}

/** Skips settings and commas after a verb or a source. */
export function skipSettings(st: State, j: number, limit: number): number {
  let k = j;
  for (let guard = 0; guard < 6 && k < limit; guard++) {
    if (isComma(st.toks[k])) {
      k++;
      continue;
    }
    const s = settingAt(st, k, limit);
    if (!s) break;
    k += s;
  }
  return k;
}
