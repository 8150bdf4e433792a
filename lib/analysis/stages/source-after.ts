import { isDefinite, stripConj } from '../../arabic/clitics';
import { nounBare as bareNoun, isKnownNoun, LEX } from '../lexicon';
import { settingAt, skipSettings } from './settings';
import { MAX_GAP, MAX_SOURCE, type State } from './state';
import {
  closesWord,
  hasOpener,
  isColon,
  isComma,
  isComp,
  isCueWord,
  isPrepComp,
  isQuotation,
  isQuote,
} from './token-tests';

/**
 * Source reading, after the cue: how far the source phrase runs (`قال وزير المالية اللبناني | إن`). It stops at a
 * complementiser, a colon, a setting, a breaker word, another cue or the object of the verb; it takes an
 * apposition (`شتيفان سايبيرت، المتحدث باسم ميركل، إن`) and an anonymity tail (`طلب عدم نشر اسمه`) whole. Also the
 * short noun phrase of verbs with a bare object and the source after a prepositional cue. Returns token indices;
 * what kind of source the phrase names is decided by source-kind.ts.
 */

export interface ReadOpts {
  stopAtAn?: boolean;
  stopAtQawl?: boolean;
}

/** Reads a source phrase from j: stops at a complementiser, colon, setting, breaker, another cue. */
export function readSource(st: State, j: number, limit: number, opts: ReadOpts = {}): number {
  const { toks } = st;
  const lim = Math.min(limit, j + MAX_SOURCE);
  // A preposition (`حذّر من مواجهة…`) or a verbal noun (`أكد وجود…`) starts the object, not a subject.
  const first = toks[j];
  if (first?.word && (LEX.prepositions.has(stripConj(first.f)) || LEX.nonSubject.has(bareNoun(first.f)))) return j;
  let k = j;
  while (k < lim) {
    const t = toks[k];
    if (isComp(t) || isColon(t) || isPrepComp(st, k)) break;
    if (!t.word) {
      if (isComma(t)) {
        // Apposition: `شتيفان سايبيرت، المتحدث باسم ميركل، إن` — take the second part when a clause follows it.
        if (k === j) break;
        const e = appositionEnd(st, k + 1, lim);
        if (e > 0) {
          k = e;
        }
        break;
      }
      if (isQuote(t)) {
        // A quotation, not a source: an opening mark (not the closing one of a quoted name) before a long run.
        if (k === j || (!closesWord(st, k) && !hasOpener(st, j, k, t.f === '"' ? '"' : t.f) && isQuotation(st, k)))
          break;
        k++;
        continue;
      }
      if ((t.f === '%' || t.f === '٪') && k > j && /^[\d٠-٩]/.test(toks[k - 1].f)) {
        k++; // a share: `60% من المشاركين`
        continue;
      }
      if (t.f === '(' || t.f === ')' || t.f === '-' || t.f === '.' || t.f === '/') {
        if (t.f === '.' || t.f === '-') break;
        // A closing bracket the source did not open ends it: `(كما تصفه لوسي) عندما يقول`.
        if (t.f === ')' && !hasOpener(st, j, k, ')')) break;
        k++;
        continue;
      }
      break;
    }
    const w = stripConj(t.f);
    if (k > j && settingAt(st, k, lim)) break;
    if (k > j && LEX.relativeOrNeg.has(t.f) && anonymityTail(st, k, lim) > k) {
      k = anonymityTail(st, k, lim);
      continue;
    }
    if (LEX.breakers.has(t.f) || (k > j && LEX.breakers.has(w) && t.f !== w)) break;
    if (opts.stopAtAn && w === 'عن') break;
    if (opts.stopAtQawl && LEX.qawl.has(w)) break;
    if (k > j && isCueWord(st, k)) break;
    if (k > j && LEX.impersonal.has(t.f)) break;
    if (k > j && LEX.nonSubject.has(bareNoun(t.f))) break; // `وأكد شهود عيان وجود قوات`: the object begins
    k++;
  }
  if (k >= lim && k < limit && !isComp(toks[k]) && !isColon(toks[k])) return j; // ran too long: not a phrase
  // Drop trailing punctuation other than a closing quote that pairs with an opening one.
  while (k > j && !toks[k - 1].word) {
    const f = toks[k - 1].f;
    if ((f === '"' || f === '»' || f === '”' || f === ')') && hasOpener(st, j, k - 1, f)) break;
    k--;
  }
  return k;
}

/** `لم تذكر اسمه`, `لم يكشف عن هويته`: the end of such a tail (an anonymity marker within 4 words), or k. */
export function anonymityTail(st: State, k: number, lim: number): number {
  for (let x = k + 1; x < Math.min(lim, k + 5); x++) {
    const t = st.toks[x];
    if (!t.word) return k;
    if (LEX.anonMarkers.has(t.f)) return x + 1;
  }
  return k;
}

/** After `، X` in a source: the end of X when X is followed by a comma and a clause, or by a clause; else 0. */
export function appositionEnd(st: State, j: number, lim: number): number {
  const { toks } = st;
  let k = j;
  while (k < lim && k < j + 10) {
    const t = toks[k];
    if (isComp(t) || isPrepComp(st, k) || isColon(t)) return k > j ? k : 0;
    if (isComma(t)) {
      const after = toks[k + 1];
      return k > j && (isComp(after) || isPrepComp(st, k + 1)) ? k : 0;
    }
    if (!t.word && !isQuote(t) && t.f !== '(' && t.f !== ')') return 0;
    if (t.word && settingAt(st, k, lim)) {
      const after = skipSettings(st, k, Math.min(st.n, lim + MAX_GAP));
      return k > j && (isComp(toks[after]) || isColon(toks[after]) || isPrepComp(st, after)) ? k : 0;
    }
    if (t.word && (LEX.breakers.has(t.f) || isCueWord(st, k))) return 0;
    k++;
  }
  return 0;
}

/** A short noun phrase for verbs with a bare object (`نفى الروس هذه الاتهامات`, `اتهم الجيش الفصائل بـ…`). */
export const PARTITIVE_HEADS = new Set(['كثير', 'عدد', 'العديد', 'عشرات', 'مئات', 'الكثير']);

export function shortPhrase(st: State, j: number, limit: number): number {
  const { toks } = st;
  if (j >= limit || !toks[j].word) return j;
  let k = j + 1;
  let prev = toks[j];
  while (k < limit && k < j + 6) {
    const t = toks[k];
    if (!t.word) break;
    const w = stripConj(t.f);
    const prevBare = bareNoun(prev.f);
    const needsComplement =
      LEX.titles.has(prevBare) ||
      LEX.orgHeads.has(prevBare) ||
      LEX.docHeads.has(prevBare) ||
      LEX.quantifiers.has(prevBare) || // `بعض النقاد`, `أحد المسؤولين`
      (prevBare.length >= 4 && prevBare.endsWith('و') && !isDefinite(prev.f)); // a plural in construct: `موقعو النداء`
    const nisba = w.startsWith('ال') && /(?:ي|يه)$/.test(w) && w.length > 4;
    const indefNisba = !w.startsWith('ال') && /(?:ي|يه)$/.test(w) && !isDefinite(prev.f) && w.length > 3;
    const coordinated = t.f.startsWith('و') && (LEX.states.has(w) || LEX.knownOrgs.has(w));
    const officeName =
      LEX.titles.has(bareNoun(prev.f)) &&
      isDefinite(prev.f) &&
      !w.startsWith('ال') &&
      !isKnownNoun(bareNoun(w)) &&
      !LEX.prepositions.has(w) &&
      !LEX.breakers.has(w); // an indefinite word after a definite office cannot be its adjective: a name
    // A partitive: `كثير من البريطانيين`, `عدد من المسؤولين`, `بعض من الخبراء`.
    const partitive =
      w === 'من' && (LEX.quantifiers.has(prevBare) || PARTITIVE_HEADS.has(prevBare)) && !!toks[k + 1]?.word;
    if (partitive) {
      k += 2;
      prev = toks[k - 1];
      continue;
    }
    if (coordinated || officeName) {
      k++; // `الحوثيون وطهران`
    } else if (needsComplement && !isDefinite(prev.f) && !LEX.breakers.has(w)) {
      k++;
    } else if (nisba && isDefinite(prev.f)) k++;
    else if (indefNisba) k++;
    else if (needsComplement && w.startsWith('ال') && !LEX.breakers.has(w) && k === j + 1 && isDefinite(prev.f)) {
      // `الخارجية الروسية` handled by nisba; `وزارة الصحة` by the indefinite rule.
      break;
    } else break;
    prev = t;
  }
  return k;
}

/** Source after a prepositional cue: to the comma, complementiser or sentence end. */
export function readSourceForPrep(st: State, j: number, limit: number): number {
  const { toks } = st;
  const lim = Math.min(limit, j + MAX_SOURCE);
  let k = j;
  while (k < lim) {
    const t = toks[k];
    if (isComma(t) || isComp(t) || isColon(t) || isPrepComp(st, k)) break;
    if (t.word && /^ف/.test(t.f) && (isComp(t) || t.f === 'فقد')) break;
    if (k > j && t.word && (isCueWord(st, k) || LEX.breakers.has(t.f))) break;
    if (!t.word && !isQuote(t) && t.f !== '(' && t.f !== ')') break;
    k++;
  }
  if (k >= lim && k < limit && !isComma(toks[k])) {
    // No clear end: keep the first few words.
    k = Math.min(k, j + 4);
  }
  while (k > j && !toks[k - 1].word) {
    const f = toks[k - 1].f;
    if ((f === '"' || f === '»' || f === '”' || f === ')') && hasOpener(st, j, k - 1, f)) break;
    k--;
  }
  return k;
}
