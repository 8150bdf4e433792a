import { isDefinite, stripConj } from '../../../arabic/clitics';
import type { VerbForm } from '../../../lexicon/cue-forms';
import { nounBare as bareNoun, isKnownNoun, LEX, prepCueOf } from '../../lexicon';
import { claimFrom, farOpener, objectClaimAt, opener, trimClaim } from '../claim-span';
import { clauseStart, cueGender, focusFor, isBackground, sentenceSubject } from '../coreference';
import { RULE, type RuleName } from '../rules';
import { skipSettings } from '../settings';
import { readSource, shortPhrase } from '../source-after';
import { countsPeople, plausibleHead, sourceBefore } from '../source-before';
import type { Gender, SourceInfo } from '../source-kind';
import { emit, type Range, remember, type State, sourceOf } from '../state';
import { isComma, isComp, isCueWord, isPrepComp } from '../token-tests';
import { cueBare, isParticipleAt, isPrepCueAt, isVerbCueAt } from './words';

/**
 * Verb cues: `قال`, `أكد`, `نفى`, `اتهم`, `وصف`, `نقل` and their conjugations (lib/lexicon/cue-verbs.ts). Decides
 * whether the verb reports (not an impersonal `يُعتقد أن`, not `لفت أنظار العالم`), which construction it is in
 * (source after or before the verb, two layers with `نقل … عن`, an accusation, a description, a bare object)
 * and emits the attribution with the rule that made it.
 */

/** Is the verb at i an impersonal/passive use (`يذكر أن`, `يُعتقد أن`, `قيل`)? */
export function impersonal(st: State, i: number): boolean {
  const t = st.toks[i];
  const raw = st.text.slice(t.start, t.end);
  if (/^[وف]?[يت]\u064F/.test(raw)) return true; // present passive marked with damma: يُعتقد
  // `ويُدعى محمد` ("is called"), `يُروى`: passives spelt with ى where the active ends in ي (`يدعي` "claims").
  if (/^[وف]?(?:يدعى|تدعى|يروى|تروى)$/u.test(raw.replace(/[\u064B-\u065F\u0640]/gu, ''))) return true;
  return LEX.impersonal.has(t.f) && (isComp(st.toks[i + 1]) || isPrepComp(st, i + 1));
}

/** `أحد`/`إحدى` or `من` + a superlative (`من أبرز`, `من أهم`): the predicate of a passive `يعتبر X …`. */
export function passivePredicateAt(st: State, k: number): boolean {
  const t = st.toks[k];
  if (!t?.word) return false;
  if (t.f === 'احد' || t.f === 'احدي') return true;
  const next = st.toks[k + 1];
  return t.f === 'من' && !!next?.word && /^ا[^ا]{2,3}$/u.test(next.f);
}

/** What the verb reader has learnt so far about the verb at `i`; filled in as it reads on. */
interface VerbReading {
  i: number;
  vf: VerbForm;
  /** End of the verb's sentence. */
  limit: number;
  gender: Gender;
  cue: Range;
  /** First token after the verb, its settings and a second cue verb (`ومضى يقول`). */
  j: number;
  /** An ambiguous form (`تابع` "affiliated", `كتب` "books") that counts only when it opens its clause. */
  strict: boolean;
  /** End of the source phrase after the verb (j when there is none), the phrase, and the token after its settings. */
  srcEnd: number;
  mention: Range | null;
  k: number;
}

/**
 * A verb cue at i: reads past the verb, then tries the constructions from the most specific to the plainest; the
 * first that finds an attribution emits it. Returns where the walk resumes.
 */
export function verbCue(st: State, i: number, vf: VerbForm): number {
  if (!reports(st, i)) return i + 1;
  const v = readVerb(st, i, vf);
  const charged = chargeAfterVerb(st, v);
  if (charged !== undefined) return charged;
  if (!readSourceAfter(st, v)) return i + 1;
  return (
    objectAfterKanQad(st, v) ??
    twoLayerNaqala(st, v) ??
    twoLayerPrepositional(st, v) ??
    objectAfterSubject(st, v) ??
    accuserThenAccused(st, v) ??
    describedObject(st, v) ??
    clauseOrObject(st, v)
  );
}

/** Not impersonal (`يُعتقد أن`) and not an idiom whose object is not reported (`لفت أنظار العالم`, `نشر اسمه`). */
function reports(st: State, i: number): boolean {
  if (impersonal(st, i)) return false;
  const nx = st.toks[i + 1];
  return !(nx?.word && (LEX.notReported.has(nx.f) || LEX.anonMarkers.has(nx.f)));
}

/** The verb's gender and number, and the first token after its settings and a second cue verb. */
function readVerb(st: State, i: number, vf: VerbForm): VerbReading {
  const { toks } = st;
  const limit = st.end[i];
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
  return { i, vf, limit, gender, cue, j, strict, srcEnd: j, mention: null, k: j };
}

/** `واتهمتهما لاحقا بالتحضير لـ…`: the charge follows at once; the accuser is the subject named before. */
function chargeAfterVerb(st: State, v: VerbReading): number | undefined {
  const { toks } = st;
  const { i, vf, j, limit, gender, cue } = v;
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
      emit(st, cue, src, before, charge, RULE.accusationChargeFirst, 0.6);
      if (before) remember(st, { ...src, gender });
      return i + 1;
    }
  }
  return undefined;
}

/** The source phrase after the verb; false when the verb has none it can have (a number: a passive's object). */
function readSourceAfter(st: State, v: VerbReading): boolean {
  const { toks } = st;
  const { vf, j, limit } = v;
  const two = vf.lemma === 'نقل';
  // A plural verb agrees with a subject before it (`مسؤولون أعلنوا`); after it the verb would be singular.
  const srcEnd =
    v.gender === 'p' ? j : readSource(st, j, limit, { stopAtAn: vf.takes === 'about' || two, stopAtQawl: two });
  // A number starts a source only when it counts people and a clause follows (`وقال 3 دبلوماسيين إن`,
  // `ويرى 60% من المشاركين أن`); otherwise it is an object (`اتهم فيها 19 شخصا`: a passive).
  if (
    srcEnd > j &&
    /^[\d٠-٩]/.test(toks[j].f) &&
    !(countsPeople(st, j, srcEnd) && isComp(toks[skipSettings(st, srcEnd, limit)]))
  )
    return false;
  v.srcEnd = srcEnd;
  v.mention = srcEnd > j ? { a: j, b: srcEnd } : null;
  v.k = skipSettings(st, srcEnd, limit);
  return true;
}

/**
 * `وكانت رايس قد حذرت الحكومة السودانية من …`: with the subject between كان and قد, the phrase after the verb is
 * its object, not its source.
 */
function objectAfterKanQad(st: State, v: VerbReading): number | undefined {
  const { toks } = st;
  const { i, vf, j, k, limit, mention, gender, cue } = v;
  if (mention && toks[i - 1]?.f === 'قد' && /^و?(?:كان|كانت|كانوا)$/.test(toks[st.start[i]].f)) {
    const before = sourceBefore(st, i);
    const claim = before
      ? (opener(st, k, vf.takes === 'about') ?? trimClaim(st, j, Math.min(st.boundary[j], limit)))
      : null;
    if (before && claim) {
      const src = sourceOf(st, before.a, before.b);
      emit(st, cue, src, before, claim, RULE.verbAfterKanQad, 0.8);
      remember(st, { ...src, gender });
      return claim.a;
    }
  }
  return undefined;
}

/** Two layers: `نقلت X عن Y قوله إن …` / `نقل X عن Y أن …`. */
function twoLayerNaqala(st: State, v: VerbReading): number | undefined {
  const { toks } = st;
  const { vf, k, limit, mention, gender, cue } = v;
  if (vf.lemma === 'نقل' && mention && toks[k]?.word && stripConj(toks[k].f) === 'عن') {
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
        emit(st, cue, outer, mention, claim, RULE.naqalaOuter, 0.85);
        emit(st, cue2, inner, { a: y0, b: yEnd }, claim, RULE.naqalaInner, 0.85);
        remember(st, inner);
        return claim.a;
      }
    }
  }
  return undefined;
}

/** Two layers: `وذكرت وكالة الأنباء نقلا عن مصدر دبلوماسي أن …`. */
function twoLayerPrepositional(st: State, v: VerbReading): number | undefined {
  const { toks } = st;
  const { k, limit, mention, gender, cue } = v;
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
        emit(st, cue, outer, mention, claim, RULE.twoLayerOuter, 0.85);
        emit(st, { a: k, b: k + 1 }, inner, { a: y0, b: yEnd }, claim, RULE.twoLayerInner, 0.85);
        st.history.push(inner);
        st.focus = outer;
        return claim.a;
      }
    }
  }
  return undefined;
}

/** `رايتس ووتش تتهم الجيش المصري بـ…`: with the subject before the verb, what follows is the object. */
function objectAfterSubject(st: State, v: VerbReading): number | undefined {
  const { toks } = st;
  const { i, vf, j, k, limit, mention, gender, cue } = v;
  if (mention && vf.takes !== 'clause' && vf.takes !== 'about' && i > st.start[i] && cueBare(toks[i].f) === toks[i].f) {
    const before = sourceBefore(st, i);
    const o = before ? objectClaimAt(st, j, limit, vf) : null;
    if (before && o && !isComp(toks[k])) {
      const src = sourceOf(st, before.a, before.b);
      emit(st, cue, src, before, o, RULE.verbSourceBeforeObjectAfter, 0.7);
      remember(st, { ...src, gender });
      return i + 1;
    }
  }
  return undefined;
}

/** `يتهم الرئيس أورتيغا المعارضة بشن "أعمال عدائية"`: the accuser is a short phrase, the rest is the claim. */
function accuserThenAccused(st: State, v: VerbReading): number | undefined {
  const { toks } = st;
  const { vf, j, k, limit, mention, gender, cue } = v;
  if (vf.takes === 'accuse' && mention && !isComp(toks[k]) && !isPrepComp(st, k)) {
    const e = shortPhrase(st, j, limit);
    const o = e > j && e < mention.b ? objectClaimAt(st, e, limit, vf) : null;
    if (o) {
      const src = sourceOf(st, j, e);
      emit(st, cue, src, { a: j, b: e }, o, RULE.accusationAccuserFirst, 0.75);
      remember(st, { ...src, gender });
      return e;
    }
  }
  return undefined;
}

/**
 * `ووصف الوزير الاتفاق بأنه تاريخي`: the described object and what follows are the claim. Not when the source runs
 * on to أن/إن: `واعتبر موقعو النداء أن …` is the clause construction (`بأنه` is not). A passive "is considered"
 * (`وتعتبر المشكلة خطيرة`, `ويعتبر لي أحد أهم المخرجين`) is no attribution at all: the walk moves on.
 */
function describedObject(st: State, v: VerbReading): number | undefined {
  const { toks } = st;
  const { i, vf, j, k, limit, mention, gender, cue } = v;
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
        emit(st, cue, src, { a: j, b: e }, whole, RULE.verbDescription, 0.75);
        remember(st, { ...src, gender });
        return e;
      }
    }
  }
  return undefined;
}

/** The plain construction: a claim (clause or object), then who said it. */
function clauseOrObject(st: State, v: VerbReading): number {
  const { toks } = st;
  const { i } = v;
  const found = findClaim(st, v);
  if (!found) return i + 1;
  const { claim, mention } = found;
  // Ambiguous forms (`تابع` "affiliated", `كتب` "books") count only opening their clause, and without a source
  // only with a conjunction (`وتابع أن`).
  if (v.strict) {
    const conj = cueBare(toks[i].f) !== toks[i].f;
    if (!clauseStart(st, i) || (mention ? mention.b - mention.a > 10 : !conj)) return i + 1;
  }
  return emitWithSource(st, v, mention, claim);
}

/** The clause after the source, else a bare object, else a clause further on past an apposition or setting. */
function findClaim(st: State, v: VerbReading): { claim: Range; mention: Range | null } | null {
  const { vf, k } = v;
  let mention = v.mention;
  let claim = opener(st, k, vf.takes === 'about');
  if (!claim && mention && vf.takes !== 'clause' && !v.strict) {
    const o = bareObject(st, v, mention);
    claim = o.claim;
    mention = o.mention;
  }
  if (!claim && !mention) claim = objectOfSubjectNamedElsewhere(st, v);
  if (!claim && mention) claim = clauseFurtherOn(st, v);
  return claim ? { claim, mention } : null;
}

/**
 * Bare objects: denials, accusations, descriptions. A setting after the source marks where it ends
 * (`اتهمت منظمة هيومن رايتس ووتش في تقرير نشرته، الجيش المصري بفرض…`), and so does a verbal noun that begins the
 * object (`وأكد شهود عيان وجود قوات`); otherwise the source is a short phrase and the object follows it.
 */
function bareObject(st: State, v: VerbReading, mention: Range): { claim: Range | null; mention: Range } {
  const { toks } = st;
  const { vf, j, k, limit, srcEnd } = v;
  const objectNoun = srcEnd < limit && toks[srcEnd].word && LEX.nonSubject.has(bareNoun(toks[srcEnd].f));
  if (objectNoun) return { claim: objectClaimAt(st, srcEnd, limit, vf), mention };
  if (k > srcEnd && k < limit && toks[k].word && !isCueWord(st, k)) {
    // Skip a name in apposition (`الممثل البريطاني، بيتر ويلسون، الإثنين، كلاً من …`).
    let o = k;
    if (isComma(toks[srcEnd])) {
      let e = k;
      while (e < limit && e < k + 5 && toks[e].word) e++;
      if (e > k && isComma(toks[e]) && e < k + 5) o = skipSettings(st, e, limit);
    }
    return { claim: objectClaimAt(st, o, limit, vf), mention };
  }
  const e = shortPhrase(st, j, limit);
  const claim = objectClaimAt(st, e, limit, vf);
  return { claim, mention: claim ? { a: j, b: e } : mention };
}

/**
 * No source after the verb: `كما أكد إدانته للمحرقة` (the subject is the source in focus), `واتهمتهما السلطات
 * بالتحضير…`, `أعلنوا التوصل إلى اتفاق` (the subject stands before the verb): the object is the claim.
 */
function objectOfSubjectNamedElsewhere(st: State, v: VerbReading): Range | null {
  const { toks } = st;
  const { i, vf, j, limit, gender, strict } = v;
  const pluralFocus = gender === 'p' && clauseStart(st, i) && focusFor(st, 'p')?.gender === 'p';
  if (vf.takes === 'object' && !strict && clauseStart(st, i) && toks[j]?.word) {
    const w = stripConj(toks[j].f);
    if (!LEX.prepositions.has(w) && !LEX.breakers.has(w) && !LEX.settingPreps.has(w)) {
      const claim = trimClaim(st, j, Math.min(st.boundary[j], limit));
      if (claim) return claim;
    }
  }
  if ((vf.takes === 'accuse' || vf.takes === 'object' || gender === 'p') && (sourceBefore(st, i) || pluralFocus)) {
    const b = Math.min(st.boundary[j] ?? limit, limit);
    if (j < b && toks[j].word) return trimClaim(st, j, b);
  }
  return null;
}

/**
 * `وأشار مسؤولون إلى إصابة نحو 20 شخصا`; `قال روبرت باير، المحلل الأمني…، في مقابلة مع…، إنه`: an apposition or
 * setting before the clause.
 */
function clauseFurtherOn(st: State, v: VerbReading): Range | null {
  const { toks } = st;
  const { vf, k, limit } = v;
  if ((vf.lemma === 'اشار' || vf.lemma === 'لفت') && toks[k]?.word && stripConj(toks[k].f) === 'الي') {
    const claim = claimFrom(st, k + 1);
    if (claim) return claim;
  }
  const far = farOpener(st, k, limit);
  return far >= 0 ? opener(st, far, vf.takes === 'about') : null;
}

/**
 * Who said it: the phrase after the verb; else the subject before it; else, for a verb that opens its clause, the
 * source in focus (coreference); else the subject of the sentence's first verb (`وأصدر الجيش بيانا أكد فيه أن`).
 */
function emitWithSource(st: State, v: VerbReading, found: Range | null, claim: Range): number {
  const { i, vf, k, gender, cue } = v;
  let mention = found;
  let src: SourceInfo | null = null;
  let rule: RuleName = RULE.verbSourceAfter;
  let conf = 0.9;
  if (mention) {
    src = sourceOf(st, mention.a, mention.b);
  } else {
    const before = sourceBefore(st, i);
    if (before) {
      mention = before;
      src = sourceOf(st, before.a, before.b);
      rule = RULE.verbSourceBefore;
      conf = 0.8;
    } else if (vf.takes !== 'clause' && gender !== 'p' && !opener(st, k, vf.takes === 'about')) {
      return i + 1; // an object verb with neither source nor clause
    } else if (clauseStart(st, i) && !isBackground(st, i)) {
      src = focusFor(st, gender);
      rule = RULE.verbImplicitSubject;
      conf = 0.7;
    } else if (!isBackground(st, i)) {
      // `وأصدر الجيش بيانا أكد فيه أن`: the subject of the sentence's first verb.
      src = sentenceSubject(st, i);
      rule = RULE.verbSentenceSubject;
      conf = 0.6;
    }
  }
  if (!src) return i + 1;
  emit(st, cue, src, mention, claim, rule, conf);
  if (mention) remember(st, { ...src, gender });
  return Math.max(i + 1, mention && mention.a > i ? mention.b : i + 1);
}
