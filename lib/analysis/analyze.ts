import { isDefinite, stripConj, stripPrep } from '../arabic/clitics';
import { splitSentences } from '../arabic/sentences';
import { type Token, tokenize } from '../arabic/tokens';
import { PARTICIPLE_FORMS, VERB_FORMS, type VerbForm } from '../lexicon/cue-forms';
import {
  claimBoundaries,
  closingQuote,
  cueBare,
  isParticipleAt,
  isPrepCueAt,
  isVerbCueAt,
  quoteIndex,
} from './claim-bounds';
import { findEntities } from './entities/index';
import { headlineWarnings } from './headline';
import { applyKindModel } from './learned/kind-stage';
import {
  nounBare as bareNoun,
  isKnownNoun,
  isSettingNoun,
  isSpeechNounWithPronoun,
  LEX,
  nounForm,
  prepCueOf,
} from './lexicon';
import { MentionIndex } from './mention-index';
import type { Analysis, AnalyzeOptions, Attribution, Span, Warning } from './schema';
import { sourcePeople } from './source-entities';
import { cleanPhrase, describeSource, type Gender, type KindContext, type SourceInfo } from './source-kind';
import { summarize } from './summary';

/** Longest source phrase, in tokens; longer runs are not a source. */
const MAX_SOURCE = 16;
/** Longest claim, in tokens (keeps hostile input linear: no claim is longer than this). */
const MAX_CLAIM = 400;
/** How far a complementiser may stand after the source (settings such as `في بيان صحفي` between). */
const MAX_GAP = 14;

interface Range {
  a: number;
  b: number;
}

interface State extends KindContext {
  n: number;
  start: Int32Array;
  end: Int32Array;
  boundary: Int32Array;
  nextQuote: Int32Array;
  out: Attribution[];
  focus: SourceInfo | null;
}

/**
 * Finds the attributed claims of an Arabic news text (title, blank line, body) with their sources, the
 * entities (from `findEntities`), warnings about anonymous sourcing, and a summary. Pure and deterministic;
 * linear in the length of the text. Rules and their lexicons: GUIDELINES.md, lib/lexicon/.
 */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const entities = options.entities === false ? [] : findEntities(text);
  const toks = tokenize(text);
  markNonComplementizers(toks);
  const sents = splitSentences(toks);
  const st: State = {
    text,
    toks,
    n: toks.length,
    start: sents.start,
    end: sents.end,
    boundary: claimBoundaries(toks, sents.end),
    nextQuote: quoteIndex(toks),
    history: [],
    mentions: new MentionIndex(entities),
    out: [],
    focus: null,
  };
  let i = 0;
  while (i < st.n) {
    const next = tryCue(st, i);
    i = next > i ? next : i + 1;
  }
  linkTitlesToNames(st);
  applyKindModel(st.out, st, options.kindModel);
  st.out.forEach((a, k) => {
    a.id = `a${k}`;
  });
  const warnings: Warning[] = [];
  for (const a of st.out) {
    if (a.source.kind !== 'anonymous') continue;
    warnings.push({
      kind: 'anonymous-claim',
      attributionIds: [a.id],
      span: a.claim,
      message: {
        ar: `هذا الادعاء منسوب إلى مصدر مجهول: ${a.source.name}`,
        en: `This claim rests on an anonymous source: ${a.source.name}`,
      },
    });
  }
  warnings.push(...headlineWarnings(text, toks, st.out, options.headlineEnd));
  if (options.entities !== false) entities.push(...sourcePeople(text, st.out, entities));
  return { version: 1, attributions: st.out, entities, warnings, summary: summarize(st.out) };
}

/**
 * Title back-references (`قالت المتحدثة باسم الخارجية الروسية …` then `وقالت ماريا زاخاروفا …`): news writing
 * names an office first and the person on second mention. A person source given only by its office takes the
 * full name of the next named person source (within two attributions) whose cue agrees in gender and who has no
 * office of their own and was not named before.
 */
function linkTitlesToNames(st: State): void {
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

function cleanPhraseOf(st: State, m: Span): string {
  return cleanPhrase(st, tokenAt(st, m.start), tokenAt(st, m.end - 1) + 1);
}

// ---------------------------------------------------------------------------------------------------------
// Cue dispatch

function tryCue(st: State, i: number): number {
  const t = st.toks[i];
  if (!t.word) return i + 1;
  const f = t.f;
  const bare = cueBare(f);
  if (isPrepCueAt(st.toks, i)) return prepCue(st, i);
  const vf = VERB_FORMS.get(f) ?? VERB_FORMS.get(bare);
  if (vf) return verbCue(st, i, vf);
  const pf = PARTICIPLE_FORMS.get(f) ?? PARTICIPLE_FORMS.get(bare);
  if (pf) return participleCue(st, i, pf.strict);
  const noun = stripPrep(f);
  const nb = noun.startsWith('ال') ? noun.slice(2) : noun;
  if (LEX.verbalNouns.has(noun) || LEX.verbalNouns.has(nb)) return verbalNounCue(st, i);
  if (LEX.selfSource.has(noun) || LEX.selfSource.has(nb)) return selfSourceCue(st, i);
  return i + 1;
}

// ---------------------------------------------------------------------------------------------------------
// Token helpers

const isComma = (t: Token | undefined) => !!t && !t.word && LEX.commas.has(t.f);
const isQuote = (t: Token | undefined) => !!t && !t.word && LEX.quotes.has(t.f);
const isColon = (t: Token | undefined) => !!t && !t.word && (t.f === ':' || t.f === '：');

/** Tokens that look like a complementiser but are not (`إن` in `سي إن إن`), marked once per text. */
const NOT_COMP = new WeakSet<Token>();

function markNonComplementizers(toks: Token[]): void {
  for (let i = 2; i < toks.length; i++) {
    if (toks[i - 2].f === 'سي' && toks[i - 1].f === 'ان' && toks[i].f === 'ان') {
      NOT_COMP.add(toks[i - 1]);
      NOT_COMP.add(toks[i]);
    }
  }
}

function isComp(t: Token | undefined): boolean {
  return !!t && t.word && !NOT_COMP.has(t) && (LEX.comp.has(t.f) || LEX.comp.has(stripConj(t.f)));
}

/** A preposition directly followed by a complementiser: `إلى أن`, `من أن`, `على أن`. */
function isPrepComp(st: State, j: number): boolean {
  return prepCompAt(st, j) > 0;
}

/** Index of the complementiser after a preposition at j (`إلى أن`, or `إلى "أنه` with a quote between), else -1. */
function prepCompAt(st: State, j: number): number {
  const t = st.toks[j];
  if (!t?.word) return -1;
  const w = stripConj(t.f);
  if (!(w === 'الي' || w === 'من' || w === 'علي' || w === 'في' || w === 'ب')) return -1;
  if (isComp(st.toks[j + 1])) return j + 1;
  const q = st.toks[j + 1];
  return q && isQuote(q) && LEX.openQuotes.has(q.f) && isComp(st.toks[j + 2]) ? j + 2 : -1;
}

function isCueWord(st: State, j: number): boolean {
  return isVerbCueAt(st.toks, j) || isParticipleAt(st.toks, j) || isPrepCueAt(st.toks, j);
}

/** Place words that open a setting after the verb or the source (`بالقرب من الكنيسة`, `أمام البرلمان`). */
const LOCATIVES = new Set(['بالقرب', 'قرب', 'امام', 'داخل', 'خارج', 'عند', 'لدي']);

/** Length of a setting phrase at j (`في بيان`, `أمس`, `لـ"عربي21"`, `من جهته`), 0 when there is none. */
function settingAt(st: State, j: number, limit: number): number {
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
function settingEnd(st: State, j: number, limit: number): number {
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
function skipTo(st: State, j: number, limit: number, stopAtHead = false): number {
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
function skipSettings(st: State, j: number, limit: number): number {
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

// ---------------------------------------------------------------------------------------------------------
// Source phrases

interface ReadOpts {
  stopAtAn?: boolean;
  stopAtQawl?: boolean;
}

/** Reads a source phrase from j: stops at a complementiser, colon, setting, breaker, another cue. */
function readSource(st: State, j: number, limit: number, opts: ReadOpts = {}): number {
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
function anonymityTail(st: State, k: number, lim: number): number {
  for (let x = k + 1; x < Math.min(lim, k + 5); x++) {
    const t = st.toks[x];
    if (!t.word) return k;
    if (LEX.anonMarkers.has(t.f)) return x + 1;
  }
  return k;
}

/** An opening quote at k that starts a quotation (long, or unclosed in its sentence), not a quoted name. */
function isQuotation(st: State, k: number): boolean {
  const t = st.toks[k];
  if (!LEX.openQuotes.has(t.f)) return false;
  const q = closingQuote(st.toks, k, Math.min(st.n, st.end[k] + 1), st.nextQuote);
  if (q < 0) return true;
  let words = 0;
  for (let x = k + 1; x < q; x++) if (st.toks[x].word) words++;
  return words > 3;
}

function hasOpener(st: State, a: number, b: number, close: string): boolean {
  const open = close === '»' ? '«' : close === '”' ? '“' : close === ')' ? '(' : '"';
  let c = 0;
  for (let x = a; x < b; x++) if (!st.toks[x].word && st.toks[x].f === open) c++;
  return open === '"' ? c % 2 === 1 : c > 0;
}

/** After `، X` in a source: the end of X when X is followed by a comma and a clause, or by a clause; else 0. */
function appositionEnd(st: State, j: number, lim: number): number {
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

/** `أحد`/`إحدى` or `من` + a superlative (`من أبرز`, `من أهم`): the predicate of a passive `يعتبر X …`. */
function passivePredicateAt(st: State, k: number): boolean {
  const t = st.toks[k];
  if (!t?.word) return false;
  if (t.f === 'احد' || t.f === 'احدي') return true;
  const next = st.toks[k + 1];
  return t.f === 'من' && !!next?.word && /^ا[^ا]{2,3}$/u.test(next.f);
}

/** A short noun phrase for verbs with a bare object (`نفى الروس هذه الاتهامات`, `اتهم الجيش الفصائل بـ…`). */
const PARTITIVE_HEADS = new Set(['كثير', 'عدد', 'العديد', 'عشرات', 'مئات', 'الكثير']);

function shortPhrase(st: State, j: number, limit: number): number {
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

const RELATIVE_PRONOUNS = new Set(['الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللواتي', 'اللاتي']);

/** Source before the verb in the same clause (`الجيش قال إن`, `المسؤول … كان قد صرح بأن`). */
function sourceBefore(st: State, i: number): Range | null {
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

/**
 * A source before its verb must look like one, since any noun phrase can precede a verb: its head is a known
 * source noun (office, organisation, document, anonymous group, state), a source seen before, or an entity.
 */
/** Words between a number and the counted noun: `60 في المئة من`, `45 بالمئة من`. */
const SHARE_WORDS = new Set(['في', 'الميه', 'الماييه', 'بالميه', 'بالماييه', 'من']);

/** `3 دبلوماسيين`, `60% من المشاركين`, `45 في المئة من الناخبين`: a number, then a plural of people. */
function countsPeople(st: State, a: number, b: number): boolean {
  let k = a + 1;
  while (k < b && k < a + 5 && (!st.toks[k].word || SHARE_WORDS.has(st.toks[k].f))) k++;
  if (k >= b || !st.toks[k].word) return false;
  const bare = bareNoun(st.toks[k].f);
  return LEX.anon.has(bare) || LEX.titles.has(bare) || (bare.length > 4 && /(?:ين|ون)$/u.test(bare));
}

function plausibleHead(st: State, a: number, b: number): boolean {
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

// ---------------------------------------------------------------------------------------------------------
// Claims

/** Where the claim starts after a clause opener at k (complementiser, colon, `عن`), and its token range. */
function claimFrom(st: State, k: number): Range | null {
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

function trimClaim(st: State, a0: number, b0: number): Range | null {
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

function span(st: State, a: number, b: number): Span {
  const start = st.toks[a].start;
  const end = st.toks[b - 1].end;
  return { text: st.text.slice(start, end), start, end };
}

// ---------------------------------------------------------------------------------------------------------
// Emitting

function emit(
  st: State,
  cue: Range,
  src: SourceInfo,
  mention: Range | null,
  claim: Range,
  rule: string,
  confidence: number,
): void {
  st.out.push({
    id: '',
    cue: span(st, cue.a, cue.b),
    source: {
      kind: src.kind,
      name: src.name,
      ...(src.role ? { role: src.role } : {}),
      mention: mention ? span(st, mention.a, mention.b) : null,
    },
    claim: span(st, claim.a, claim.b),
    why: { rule, cue: st.text.slice(st.toks[cue.a].start, st.toks[cue.b - 1].end) },
    confidence,
  });
}

function remember(st: State, src: SourceInfo): void {
  st.history.push(src);
  st.focus = src;
}

function sourceOf(st: State, a: number, b: number): SourceInfo {
  return describeSource(st, a, b);
}

// ---------------------------------------------------------------------------------------------------------
// Verb cues

/** Is the verb at i an impersonal/passive use (`يذكر أن`, `يُعتقد أن`, `قيل`)? */
function impersonal(st: State, i: number): boolean {
  const t = st.toks[i];
  const raw = st.text.slice(t.start, t.end);
  if (/^[وف]?[يت]\u064F/.test(raw)) return true; // present passive marked with damma: يُعتقد
  // `ويُدعى محمد` ("is called"), `يُروى`: passives spelt with ى where the active ends in ي (`يدعي` "claims").
  if (/^[وف]?(?:يدعى|تدعى|يروى|تروى)$/u.test(raw.replace(/[\u064B-\u065F\u0640]/gu, ''))) return true;
  return LEX.impersonal.has(t.f) && (isComp(st.toks[i + 1]) || isPrepComp(st, i + 1));
}

function verbCue(st: State, i: number, vf: VerbForm): number {
  const { toks } = st;
  const limit = st.end[i];
  if (impersonal(st, i)) return i + 1;
  const nx = toks[i + 1];
  // `لفت أنظار العالم`, `نشر اسمه`: the verb is not reporting here.
  if (nx?.word && (LEX.notReported.has(nx.f) || LEX.anonMarkers.has(nx.f))) return i + 1;
  const gender = cueGender(st, i, vf);
  const cue: Range = { a: i, b: i + 1 };
  let j = skipSettings(st, i + 1, limit);
  // `وتابع قائلا:`, `ومضى يقول`: the second word belongs to the cue.
  let strict = vf.strict;
  if (j < limit && toks[j].word && (isParticipleAt(toks, j) || isVerbCueAt(toks, j))) {
    j = skipSettings(st, j + 1, limit);
    strict = false; // `ومضى يقول`, `وختم قائلا`: the second verb makes the first a reporting one
  }
  // `وجاء في التقرير أن`: the document after في is the source.
  if (vf.lemma === 'جاء' && toks[j]?.f === 'في') j++;
  // `واتهمتهما لاحقا بالتحضير لـ…`: the charge follows at once; the accuser is the subject named before.
  if (
    vf.takes === 'accuse' &&
    toks[j]?.word &&
    toks[j].f.startsWith('ب') &&
    toks[j].f.length >= 3 &&
    !isComp(toks[j])
  ) {
    const charge = trimClaim(st, j, Math.min(st.boundary[j], limit));
    const before = sourceBefore(st, i);
    const src = before ? sourceOf(st, before.a, before.b) : (sentenceSubject(st, i) ?? focusFor(st, gender));
    if (charge && src) {
      emit(st, cue, src, before, charge, 'accusation: charge after the verb, accuser named before', 0.6);
      if (before) remember(st, { ...src, gender });
      return i + 1;
    }
  }
  const two = vf.lemma === 'نقل';
  // A plural verb agrees with a subject before it (`مسؤولون أعلنوا`); after it the verb would be singular.
  const srcEnd =
    gender === 'p' ? j : readSource(st, j, limit, { stopAtAn: vf.takes === 'about' || two, stopAtQawl: two });
  // A number starts a source only when it counts people and a clause follows (`وقال 3 دبلوماسيين إن`,
  // `ويرى 60% من المشاركين أن`); otherwise it is an object (`اتهم فيها 19 شخصا`: a passive).
  if (
    srcEnd > j &&
    /^[\d٠-٩]/.test(toks[j].f) &&
    !(countsPeople(st, j, srcEnd) && isComp(toks[skipSettings(st, srcEnd, limit)]))
  )
    return i + 1;
  let mention: Range | null = srcEnd > j ? { a: j, b: srcEnd } : null;
  const k = skipSettings(st, srcEnd, limit);

  // `وكانت رايس قد حذرت الحكومة السودانية من …`: with the subject between كان and قد, the phrase after the
  // verb is its object, not its source.
  if (mention && toks[i - 1]?.f === 'قد' && /^و?(?:كان|كانت|كانوا)$/.test(toks[st.start[i]].f)) {
    const before = sourceBefore(st, i);
    const claim = before
      ? (opener(st, k, vf.takes === 'about') ?? trimClaim(st, j, Math.min(st.boundary[j], limit)))
      : null;
    if (before && claim) {
      const src = sourceOf(st, before.a, before.b);
      emit(st, cue, src, before, claim, 'reporting verb after كان … قد: the subject stands before it', 0.8);
      remember(st, { ...src, gender });
      return claim.a;
    }
  }

  // Two layers: `نقلت X عن Y قوله إن …` / `نقل X عن Y أن …`.
  if (two && mention && toks[k]?.word && stripConj(toks[k].f) === 'عن') {
    const y0 = k + 1;
    const yEnd = readSource(st, y0, limit, { stopAtQawl: true });
    if (yEnd > y0) {
      let c = skipSettings(st, yEnd, limit);
      let cue2: Range = { a: k, b: k + 1 };
      if (toks[c]?.word && LEX.qawl.has(stripConj(toks[c].f))) {
        cue2 = { a: c, b: c + 1 };
        c = skipSettings(st, c + 1, limit);
      }
      const claim = opener(st, c);
      if (claim) {
        const outer = { ...sourceOf(st, mention.a, mention.b), gender };
        st.history.push(outer);
        const inner = sourceOf(st, y0, yEnd);
        emit(st, cue, outer, mention, claim, 'two-layer: outer source (نقل … عن)', 0.85);
        emit(st, cue2, inner, { a: y0, b: yEnd }, claim, 'two-layer: inner source (نقل … عن … قوله)', 0.85);
        remember(st, inner);
        return claim.a;
      }
    }
  }

  // Two layers: `وذكرت وكالة الأنباء نقلا عن مصدر دبلوماسي أن …`.
  if (mention && isPrepCueAt(toks, k)) {
    const p = prepCueOf(toks, k);
    let y0 = k + 1;
    if (p?.second || (p?.kind === 'an' && toks[y0]?.word && stripConj(toks[y0].f) === 'عن')) y0++;
    const yEnd = readSource(st, y0, limit, { stopAtQawl: true });
    if (yEnd > y0) {
      const c = skipSettings(st, yEnd, limit);
      const claim = opener(st, c);
      if (claim) {
        const outer = { ...sourceOf(st, mention.a, mention.b), gender };
        st.history.push(outer);
        const inner = sourceOf(st, y0, yEnd);
        emit(st, cue, outer, mention, claim, 'two-layer: outer source', 0.85);
        emit(
          st,
          { a: k, b: k + 1 },
          inner,
          { a: y0, b: yEnd },
          claim,
          'two-layer: source quoted by the outer one',
          0.85,
        );
        st.history.push(inner);
        st.focus = outer;
        return claim.a;
      }
    }
  }

  // `رايتس ووتش تتهم الجيش المصري بـ…`: with the subject before the verb, what follows is the object.
  if (mention && vf.takes !== 'clause' && vf.takes !== 'about' && i > st.start[i] && cueBare(toks[i].f) === toks[i].f) {
    const before = sourceBefore(st, i);
    const o = before ? objectClaimAt(st, j, limit, vf) : null;
    if (before && o && !isComp(toks[k])) {
      const src = sourceOf(st, before.a, before.b);
      emit(st, cue, src, before, o, 'reporting verb, source before the verb, object after it', 0.7);
      remember(st, { ...src, gender });
      return i + 1;
    }
  }

  // `يتهم الرئيس أورتيغا المعارضة بشن "أعمال عدائية"`: the accuser is a short phrase, the rest is the claim.
  if (vf.takes === 'accuse' && mention && !isComp(toks[k]) && !isPrepComp(st, k)) {
    const e = shortPhrase(st, j, limit);
    const o = e > j && e < mention.b ? objectClaimAt(st, e, limit, vf) : null;
    if (o) {
      const src = sourceOf(st, j, e);
      emit(st, cue, src, { a: j, b: e }, o, 'accusation: accuser, then the accused and the charge', 0.75);
      remember(st, { ...src, gender });
      return e;
    }
  }

  // `ووصف الوزير الاتفاق بأنه تاريخي`: the described object and what follows are the claim.
  // Not when the source runs on to أن/إن: `واعتبر موقعو النداء أن …` is the clause construction (`بأنه` is not).
  if (vf.takes === 'describe' && mention && !(isComp(toks[k]) && !stripConj(toks[k].f).startsWith('ب'))) {
    const e = shortPhrase(st, j, limit);
    // Present `يعتبر`/`تعتبر` with no object pronoun and one noun phrase before an indefinite predicate is the
    // passive "is considered": `وتعتبر المشكلة خطيرة`, `ويعتبر ثورة في المواصلات`, `وهي تعتبر وعاء للشعر`.
    // Not with a quantified or anonymous subject: `ويعتبر كثير من البريطانيين X بمثابة …`.
    const counted =
      LEX.quantifiers.has(bareNoun(toks[j].f)) || LEX.anon.has(bareNoun(toks[j].f)) || toks[j + 1]?.f === 'من';
    if (/^[وف]?[يت]عتبر$/u.test(toks[i].f) && !counted) {
      const pred = isDefinite(toks[j].f) || plausibleHead(st, j, j + 1) ? e : j;
      const p = toks[pred];
      if (p?.word && !isDefinite(p.f) && !isKnownNoun(bareNoun(p.f)) && !plausibleHead(st, pred, pred + 1))
        return i + 1;
    }
    // `ويعتبر لي أحد أهم المخرجين`: a passive ("is considered"), with no one doing the considering.
    if (e > j && passivePredicateAt(st, e)) return i + 1;
    const o = objectClaimAt(st, e, limit, vf);
    if (e > j && e < mention.b && o) {
      const whole = trimClaim(st, e, Math.min(st.boundary[e], limit));
      if (whole) {
        const src = sourceOf(st, j, e);
        emit(st, cue, src, { a: j, b: e }, whole, 'reporting verb, description of an object', 0.75);
        remember(st, { ...src, gender });
        return e;
      }
    }
  }

  // The clause after the source.
  let claim = opener(st, k, vf.takes === 'about');
  if (!claim && mention && vf.takes !== 'clause' && !strict) {
    // Bare objects: denials, accusations, descriptions. A setting after the source marks where it ends
    // (`اتهمت منظمة هيومن رايتس ووتش في تقرير نشرته، الجيش المصري بفرض…`), and so does a verbal noun that
    // begins the object (`وأكد شهود عيان وجود قوات`); otherwise a short phrase.
    const objectNoun = srcEnd < limit && toks[srcEnd].word && LEX.nonSubject.has(bareNoun(toks[srcEnd].f));
    if (objectNoun) {
      claim = objectClaimAt(st, srcEnd, limit, vf);
    } else if (k > srcEnd && k < limit && toks[k].word && !isCueWord(st, k)) {
      // Skip a name in apposition (`الممثل البريطاني، بيتر ويلسون، الإثنين، كلاً من …`).
      let o = k;
      if (isComma(toks[srcEnd])) {
        let e = k;
        while (e < limit && e < k + 5 && toks[e].word) e++;
        if (e > k && isComma(toks[e]) && e < k + 5) o = skipSettings(st, e, limit);
      }
      claim = objectClaimAt(st, o, limit, vf);
    } else {
      const e = shortPhrase(st, j, limit);
      claim = objectClaimAt(st, e, limit, vf);
      if (claim) mention = { a: j, b: e };
    }
  }
  const pluralFocus = gender === 'p' && clauseStart(st, i) && focusFor(st, 'p')?.gender === 'p';
  if (!claim && !mention && vf.takes === 'object' && !strict && clauseStart(st, i) && toks[j]?.word) {
    // `كما أكد إدانته للمحرقة`: an object after a verb whose subject is the source in focus.
    const w = stripConj(toks[j].f);
    if (!LEX.prepositions.has(w) && !LEX.breakers.has(w) && !LEX.settingPreps.has(w)) {
      claim = trimClaim(st, j, Math.min(st.boundary[j], limit));
    }
  }
  if (
    !claim &&
    !mention &&
    (vf.takes === 'accuse' || vf.takes === 'object' || gender === 'p') &&
    (sourceBefore(st, i) || pluralFocus)
  ) {
    // `واتهمتهما السلطات بالتحضير…`, `أعلنوا التوصل إلى اتفاق`: subject before the verb, object after it.
    const b = Math.min(st.boundary[j] ?? limit, limit);
    if (j < b && toks[j].word) claim = trimClaim(st, j, b);
  }
  if (
    !claim &&
    mention &&
    (vf.lemma === 'اشار' || vf.lemma === 'لفت') &&
    toks[k]?.word &&
    stripConj(toks[k].f) === 'الي'
  ) {
    claim = claimFrom(st, k + 1); // `وأشار مسؤولون إلى إصابة نحو 20 شخصا`
  }
  if (!claim && mention) {
    // `قال روبرت باير، المحلل الأمني…، في مقابلة مع…، إنه`: an apposition or setting before the clause.
    const far = farOpener(st, k, limit);
    if (far >= 0) claim = opener(st, far, vf.takes === 'about');
  }
  if (!claim) return i + 1;
  // Ambiguous forms (`تابع` "affiliated", `كتب` "books") count only opening their clause, and without a source
  // only with a conjunction (`وتابع أن`).
  if (strict) {
    const conj = cueBare(toks[i].f) !== toks[i].f;
    if (!clauseStart(st, i) || (mention ? mention.b - mention.a > 10 : !conj)) return i + 1;
  }

  let src: SourceInfo | null = null;
  let rule = 'reporting verb, source after the verb';
  let conf = 0.9;
  if (mention) {
    src = sourceOf(st, mention.a, mention.b);
  } else {
    const before = sourceBefore(st, i);
    if (before) {
      mention = before;
      src = sourceOf(st, before.a, before.b);
      rule = 'reporting verb, source before the verb';
      conf = 0.8;
    } else if (vf.takes !== 'clause' && gender !== 'p' && !opener(st, k, vf.takes === 'about')) {
      return i + 1; // an object verb with neither source nor clause
    } else if (clauseStart(st, i) && !isBackground(st, i)) {
      src = focusFor(st, gender);
      rule = 'reporting verb, implicit subject (last source in focus)';
      conf = 0.7;
    } else if (!isBackground(st, i)) {
      // `وأصدر الجيش بيانا أكد فيه أن`: the subject of the sentence's first verb.
      src = sentenceSubject(st, i);
      rule = 'reporting verb, subject of the sentence';
      conf = 0.6;
    }
  }
  if (!src) return i + 1;
  emit(st, cue, src, mention, claim, rule, conf);
  if (mention) remember(st, { ...src, gender });
  return Math.max(i + 1, mention && mention.a > i ? mention.b : i + 1);
}

/** Grammatical gender/number of a cue: 'f' feminine singular, 'p' plural, 'm' masculine singular. */
function cueGender(st: State, i: number, vf: VerbForm | null): Gender {
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
function focusFor(st: State, g: Gender): SourceInfo | null {
  const h = st.history;
  const reach = Math.max(0, h.length - 6);
  for (let k = h.length - 1; k >= reach; k--) if (h[k].gender === g) return h[k];
  for (let k = h.length - 1; k >= reach; k--) if (!h[k].gender && !(g === 'p' && h[k].kind === 'person')) return h[k];
  return st.focus;
}

/** An implicit subject needs the verb to open its clause: `وأضاف`, `، مضيفا`, `كما أكد`, sentence start. */
function clauseStart(st: State, i: number): boolean {
  const t = st.toks[i];
  if (cueBare(t.f) !== t.f) return true;
  if (i === st.start[i]) return true;
  const p = st.toks[i - 1];
  if (!p.word) return isComma(p) || isColon(p) || isQuote(p) || p.f === '.';
  return LEX.conjWords.has(p.f) || LEX.time.has(p.f) || LEX.time.has(stripConj(p.f));
}

/** Subordinators before أن that make it not a content clause (`بعد أن`, `قبل أن`, `رغم أن`). */
const SUBORDINATORS = new Set(['بعد', 'قبل', 'منذ', 'حتي', 'رغم', 'بعدما', 'دون', 'لو', 'كي', 'ل', 'مع', 'عن']);

/** The first clause opener within MAX_GAP tokens of k in the sentence, skipping appositions and settings. */
function farOpener(st: State, k: number, limit: number): number {
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

/** The outlet's own background (`يذكر أن`, `تجدر الإشارة`) right before the verb's clause. */
function isBackground(st: State, i: number): boolean {
  const s0 = st.start[i];
  for (let x = Math.max(s0, i - 2); x < i; x++) if (st.toks[x].word && LEX.background.has(st.toks[x].f)) return true;
  return false;
}

/** The claim opened at k: a complementiser, `إلى أن`, a colon, a quotation, or `عن` (about-verbs). */
function opener(st: State, k: number, about = false): Range | null {
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

/** A quote mark glued to the word before it and not to the word after it closes a quotation. */
function closesWord(st: State, k: number): boolean {
  const p = st.toks[k - 1];
  const n = st.toks[k + 1];
  return !!p?.word && p.end === st.toks[k].start && !(n?.word && n.start === st.toks[k].end);
}

/** Claim of a bare-object verb whose object starts at `srcEnd`, to the boundary. */
function objectClaimAt(st: State, srcEnd: number, limit: number, vf: VerbForm): Range | null {
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

// ---------------------------------------------------------------------------------------------------------
// Participles, prepositions, verbal nouns

function participleCue(st: State, i: number, strict: boolean): number {
  const limit = st.end[i];
  const j = skipSettings(st, i + 1, limit);
  let claim = opener(st, j);
  if (!claim && !strict) {
    const t = st.toks[j];
    // `مؤكدا ضرورة …` has no clause; `متهمين X بـ…` is an accusation.
    // `، متهما X بـ…` continues a clause; `اعتقال 5 متهمين بالإرهاب` ("suspects") does not.
    const afterComma = i > 0 && isComma(st.toks[i - 1]);
    if (t?.word && afterComma && /^متهم/.test(stripConj(st.toks[i].f))) {
      claim = objectClaimAt(st, j, limit, { lemma: 'اتهم', takes: 'accuse', strict: false });
    }
  }
  if (!claim) return i + 1;
  const subject = sentenceSubject(st, i);
  const src = subject ?? focusFor(st, cueGender(st, i, null));
  if (!src) return i + 1;
  emit(st, { a: i, b: i + 1 }, src, null, claim, 'participle continuing the last source', 0.75);
  // A subject first met here (`وجه الشيخ X بتعيين …، مشيرا إلى أن`) is who the next `وقال`/`وأضاف` refers to.
  if (subject && subject !== st.focus) remember(st, { ...subject, gender: subject.gender ?? cueGender(st, i, null) });
  return i + 1;
}

/** `هجوما`, `انتقادا`, `بيانا`: an indefinite noun with the accusative alif, not a name (`كوريا`, `روسيا`). */
function isIndefiniteAccusative(st: State, x: number): boolean {
  const t = st.toks[x];
  const w = stripConj(t.f);
  if (w.length < 4 || !w.endsWith('ا') || w.startsWith('ال') || LEX.states.has(w) || LEX.knownOrgs.has(w)) return false;
  return st.mentions.overlapping(t.start, t.end).length === 0;
}

/**
 * A participle continues the subject of its sentence (`ندد المتحدث … تامر الرفاعي بالتقرير، مؤكدا أن`): when no
 * attribution was found earlier in the sentence, the phrase after the sentence's first verb is that subject.
 */
function sentenceSubject(st: State, i: number): SourceInfo | null {
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

function prepCue(st: State, i: number): number {
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
  emit(
    st,
    { a: i, b: cueEnd },
    src,
    mention,
    claim,
    layered ? 'prepositional attribution, second layer' : 'prepositional attribution',
    0.85,
  );
  if (inner) {
    const second = sourceOf(st, inner.a, inner.b);
    emit(st, { a: i, b: cueEnd }, second, inner, claim, 'prepositional attribution, quoted source (عن)', 0.8);
    st.history.push(second);
  }
  if (!layered) remember(st, src);
  else st.history.push(src);
  return srcEnd;
}

/** Source after a prepositional cue: to the comma, complementiser or sentence end. */
function readSourceForPrep(st: State, j: number, limit: number): number {
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

function tokenAt(st: State, offset: number): number {
  // Binary search over token starts.
  let lo = 0;
  let hi = st.n - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (st.toks[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function verbalNounCue(st: State, i: number): number {
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
  emit(st, { a: i, b: i + 1 }, src, { a: j, b: srcEnd }, claim, 'verbal noun with a content clause', 0.7);
  st.history.push(src);
  return srcEnd;
}

function selfSourceCue(st: State, i: number): number {
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
  emit(st, { a: i, b: i + 1 }, src, { a: i, b: mentionEnd }, claim, 'reports with a content clause', 0.6);
  return k + 1;
}

export { cleanPhrase };
