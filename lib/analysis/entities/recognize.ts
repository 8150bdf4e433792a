import { foldToken } from '../../arabic/tokens';
import { clusterOfFolded } from '../../lexicon/clusters/index';
import { VERB_FORMS } from '../../lexicon/cue-forms';
import { type GazType, gazetteers, isDefinite, matchAt } from '../../lexicon/gazetteers/index';
import { isMinedPersonWord, minedAt } from '../../lexicon/gazetteers/mined';
import {
  ADMIN_HEADS,
  BODY_HEADS,
  COMPASS_ADJECTIVES,
  FACILITY_HEADS,
  PERSON_LINKS as PERSON_LINK_WORDS,
  PLACE_BODY_HEADS,
  SPOKESPERSON as SPOKESPERSON_NOUNS,
  STOP_WORDS as STOP_WORDS_LIST,
  WEAK_ORG_HEADS,
} from '../../lexicon/gazetteers/name-rules';
import { INSTITUTION_NOUNS, STRONG_ORG_HEADS } from '../../lexicon/gazetteers/organizations';
import common from '../../lexicon/ner/common.json';
import { cliticLength, rawPrefixLength } from './clitics';
import { tagSentences } from './tagger';
import { endsSentence, fold, plain, stem, type Token, tokenize } from './text';

/**
 * Mention recognition: the statistical tagger over each sentence, the gazetteers, and a few general rules
 * (institution + nationality adjective is an organisation; titles are not part of a name; a leading clitic
 * is not part of a name; generic nouns and bare nationality adjectives are not entities).
 */

export interface Mention {
  type: GazType;
  /** Token range [first, last) in the document's token array. */
  first: number;
  last: number;
  start: number;
  end: number;
  text: string;
  /** Folded, stemmed keys of the mention's tokens (the first token without its clitic). */
  keys: string[];
  /** Gazetteer alias group, when the whole mention is a gazetteer form. */
  group?: number;
}

/**
 * The half of the ANT word-cluster tree (lib/lexicon/clusters) without names: of its 29,000 words 75 (0.3%) are
 * given names or words of mined names. The other half holds them (subtree `0010`: 14%) and, under `010`, the
 * definite surnames and foreign words (`الخميني`, `هيدالغو`).
 */
const COMMON_CLUSTERS = '1';
/** The subtree of the word clusters that holds verbs (`يرفض`, `تعاقدت`, `أعلن`). */
const VERB_CLUSTERS = '111';

/** A reporting verb (`قالت`, `وكشفت`, `يؤكد`): the word after it is its subject. */
function isCueVerb(word: string): boolean {
  const f = foldToken(word);
  return VERB_FORMS.has(f) || ('وف'.includes(f[0]) && VERB_FORMS.has(f.slice(1)));
}

/** Tanween: fathatan, dammatan, kasratan. */
const TANWEEN = /[\u064B-\u064D]/u;
/** Words that end a person's name they follow (see recognizeTokens). */
const NOT_IN_NAME = new Set(['على', 'أن']);
const MAX_SENTENCE = 120; // tokens; longer runs without a full stop are cut so decoding stays linear

/** Token ranges of sentences: a full stop, ! ? ؟, or a line break ends one. */
export function sentenceRanges(text: string, toks: readonly Token[]): [number, number][] {
  const out: [number, number][] = [];
  let s = 0;
  for (let i = 0; i < toks.length; i++) {
    const brokenBefore = i > s && text.slice(toks[i - 1].end, toks[i].start).includes('\n');
    if (brokenBefore || i - s >= MAX_SENTENCE) {
      out.push([s, i]);
      s = i;
    }
    if (endsSentence(toks[i].text)) {
      out.push([s, i + 1]);
      s = i + 1;
    }
  }
  if (s < toks.length) out.push([s, toks.length]);
  return out;
}

const STRONG_HEADS = new Set(STRONG_ORG_HEADS.map((f) => fold(f)));
const WEAK_HEADS = new Set(WEAK_ORG_HEADS.map((w) => stem(fold(w))));
const INSTITUTIONS = new Set(INSTITUTION_NOUNS.filter((f) => !f.includes(' ')).map((f) => stem(fold(f))));
/** Singular nationality adjective with the article (`الروسية`, `الروسي`), the form that qualifies an institution. */
function definiteSingularNisba(f: string, key: string, nisba: ReadonlySet<string>): boolean {
  return nisba.has(key) && isDefinite(f) && !key.endsWith('ين') && !key.endsWith('ون') && !key.endsWith('ان');
}

const STOP_WORDS = new Set(STOP_WORDS_LIST);
/**
 * A definite verbal noun (التفعيل, الافتعال/الانفعال, الاستفعال: `التعليق`, `الاجتماع`, `الاستقرار`) is the
 * object after a name, never its last part: `رفضت أنجيلا ميركل التعليق`. Folded forms.
 */
const DEFINITE_MASDAR = /^ال(?:ت\p{L}{2}ي\p{L}|ا\p{L}{3}ا\p{L}|است\p{L}{2}ا\p{L})$/u;
const FACILITIES = new Set(FACILITY_HEADS.map(fold));
const ADMIN = new Set(ADMIN_HEADS.map(fold));
const COMPASS = new Set(COMPASS_ADJECTIVES.map(fold));
const PERSON_LINKS = new Set(PERSON_LINK_WORDS.map(fold));
/** Heads that, right before a name the tagger or the gazetteers found, belong to it (folded). */
const HEAD_BEFORE_NAME = new Set(BODY_HEADS.map(fold));
/** Of those, the ones that before a place name a body of that place. */
const BODY_OF_PLACE = new Set(PLACE_BODY_HEADS.map(fold));
const SPOKESPERSON = new Set(SPOKESPERSON_NOUNS.map((w) => stem(fold(w))));

let commonCache: Set<string> | undefined;
/** Words frequent in the training text and never part of a name there (made by scripts/train-ner.ts). */
function commonSet(): Set<string> {
  if (!commonCache) commonCache = new Set((common as { words: string[] }).words);
  return commonCache;
}

export function recognize(text: string): Mention[] {
  const toks = tokenize(text);
  // The whole article is one document for the tagger's second stage.
  return recognizeTokens(text, toks, sentenceRanges(text, toks), Number.POSITIVE_INFINITY);
}

/**
 * Mentions over given tokens (offsets into `text`) split into sentence ranges; `window` is the tagger's
 * second-stage sentence window. recognize() tokenises running text; the CoNLL path passes its own tokens.
 */
export function recognizeTokens(
  text: string,
  toks: readonly Token[],
  ranges: readonly [number, number][],
  window: number,
): Mention[] {
  const g = gazetteers();
  const n = toks.length;
  const folded = toks.map((t) => fold(t.text));
  const keys = folded.map(stem);
  const bare = new Set(folded);
  // The word as it stands is always in `bare`, so only lexicon forms can vouch for it; its rest can be vouched
  // for by the article too.
  const known = (w: string, whole: boolean) =>
    (!whole && bare.has(w)) ||
    g.forms.has(w) ||
    g.forms.has(`ال${w}`) ||
    STRONG_HEADS.has(w) ||
    g.orgHeads.has(w) ||
    g.placeHeads.has(w) ||
    (whole && g.titleForms.has(w));
  const isTitle = (j: number) => {
    const f = folded[j];
    return g.titleForms.has(f) || ((f[0] === 'و' || f[0] === 'ف') && g.titleForms.has(f.slice(1)));
  };
  const plainToks = toks.map((t) => plain(t.text));
  const commonWords = commonSet();
  const isCommon = (j: number) => commonWords.has(plainToks[j]);
  /** Common once a fused conjunction or preposition is set aside too (`بالهجوم`, `وسلمي`). */
  const isCommonLoose = (j: number) => {
    const p = plainToks[j];
    if (commonWords.has(p)) return true;
    if (p.length > 3 && 'وفبلك'.includes(p[0]) && commonWords.has(p.slice(1))) return true;
    return p.length > 4 && 'وف'.includes(p[0]) && 'بلك'.includes(p[1]) && commonWords.has(p.slice(2));
  };

  /**
   * A name's last word that is a common word behind a fused preposition (`بتقرير`, `بالتقرير`, `لمكافحة`) or
   * before an object pronoun (`أكدها`): the tagger and the name carrying run over them (`تامر الرفاعي بالتقرير`,
   * `شي جينبينغ أكدها`). A word of a name seen in the news stays, short remainders stay (`بيومي`, `كفوري`), and
   * nothing is split behind `و`/`ف` (`ويتسن` is a surname, not `و` + `يتسن`).
   */
  const fusedCommon = (j: number) => {
    const p = plainToks[j];
    if (commonWords.has(p) || isMinedPersonWord(keys[j])) return false;
    if (p.length > 5 && 'بلك'.includes(p[0]) && commonWords.has(p.slice(1))) return true;
    const m = /^(.{3,}?)(ها|هما|هم|هن|ه)$/u.exec(p);
    return m !== null && commonWords.has(m[1]);
  };

  /**
   * Whether a word may be a one-word person: a given name or a word of a name mined from the news, or a word
   * outside the nameless half of the ANT word clusters. A word of that half alone is a misfire: `متجر`, `مشروبات`, `يستجوب`, `ذوي`. Rare words stay.
   */
  const nameLikeWord = (j: number) => {
    if (g.firstNames.has(folded[j]) || g.firstNames.has(keys[j]) || isMinedPersonWord(keys[j])) return true;
    const c = clusterOfFolded(folded[j]) ?? clusterOfFolded(keys[j]);
    return c === undefined || !c.startsWith(COMMON_CLUSTERS);
  };

  /**
   * A verb right after a name, which the tagger ran the name over (`حسين فهمي يرفض`, `شيرين تعاقدت`): a word of
   * the ANT word clusters' verb subtree (`111`), indefinite, with a verb's prefix (ي ت ن س) or a feminine
   * perfect's `ت`, and not a given name or a word of a mined name (`عبد الحليم حافظ` keeps `حافظ`: no prefix).
   * On the first 1,500 ANT articles it trimmed 75 names, 74 rightly (the other, `رايت`, led to the `يت`
   * exception below); on the next 1,500, read after, 43 of 47 rightly (wrong: `لي كه تشيانغ`, `إدوارد دي ستوكل`:
   * foreign surnames that look like verbs).
   */
  const verbAfterName = (j: number) => {
    const f = folded[j];
    if (f.length < 4 || isDefinite(f) || !/^[\p{L}]+$/u.test(f)) return false;
    if (g.firstNames.has(f) || g.firstNames.has(keys[j]) || isMinedPersonWord(keys[j])) return false;
    const c = clusterOfFolded(f) ?? clusterOfFolded(keys[j]);
    if (c === undefined || !c.startsWith(VERB_CLUSTERS)) return false;
    // `يت` ends foreign surnames too (`جوناثان رايت`), not a feminine perfect.
    return 'يتنس'.includes(f[0]) || (f.endsWith('ت') && !f.endsWith('يت')) || isCueVerb(toks[j].text);
  };

  // 1. Tagger spans.
  type Span = { first: number; last: number; type: GazType; group?: number; from: 'tag' | 'gaz' | 'rule' | 'mined' };
  const tagged: Span[] = [];
  const allTags = tagSentences(
    ranges.map(([s, e]) => toks.slice(s, e).map((t) => t.text)),
    undefined,
    window,
  );
  ranges.forEach(([s], ri) => {
    const tags = allTags[ri];
    let cur: Span | undefined;
    for (let i = 0; i <= tags.length; i++) {
      const tag = i < tags.length ? tags[i] : 'O';
      const type = tag.length > 2 ? (tag.slice(2) as GazType) : undefined;
      if (cur && (tag === 'O' || tag[0] === 'B' || type !== cur.type)) {
        tagged.push(cur);
        cur = undefined;
      }
      if (type && !cur) cur = { first: s + i, last: s + i + 1, type, from: 'tag' };
      else if (type && cur) cur.last = s + i + 1;
    }
  });

  // 2. Gazetteer spans (unambiguous forms), longest match left to right.
  const gaz: Span[] = [];
  const gazSkip = new Map<number, number>();
  for (let i = 0; i < n; ) {
    const m = matchAt(folded, i);
    if (m && !m.entry.ambiguous) {
      gaz.push({ first: i, last: m.end, type: m.entry.type, group: m.entry.group, from: 'gaz' });
      if (m.skip) gazSkip.set(i, m.skip);
      i = m.end;
    } else i++;
  }

  // 2b. Names mined from unlabelled news (lib/lexicon/gazetteers/mined.ts): they only fill gaps the tagger and
  // the gazetteers leave, or widen a shorter span they cover (`راضي` → `بسام راضي`).
  const mined: Span[] = [];
  for (let i = 0; i < n; ) {
    const m = minedAt(keys, i);
    if (m) {
      mined.push({ first: i, last: m.end, type: m.type === 'P' ? 'PERS' : 'ORG', from: 'mined' });
      i = m.end;
    } else i++;
  }

  // 3. Institution + nationality adjective: `الحكومة السورية`, `وزارة الدفاع الروسية`, `الخارجية الروسية`.
  const rules: Span[] = [];
  // Not after a title: `وزير الخارجية الروسي` names a person's office, not the ministry.
  for (let j = 1; j < n; j++) {
    if (!definiteSingularNisba(folded[j], keys[j], g.nisba) || !INSTITUTIONS.has(keys[j - 1])) continue;
    if (!isDefinite(folded[j - 1])) continue;
    let first = j - 1;
    if (first > 0 && g.orgHeads.has(keys[first - 1]))
      first--; // وزارة الخارجية الروسية
    else if (first > 0 && g.titles.has(keys[first - 1])) continue;
    rules.push({ first, last: j + 1, type: 'ORG', from: 'rule' });
  }
  // Place head + name. An administrative head before a known place stays out (`مدينة حرستا` → `حرستا`, the
  // bare name is the place's form, decision 9); before an unknown name it is kept (`مديرية كعيدنة`). Other heads
  // are part of the name (`مخيم الهول`, `مطار سياتل`); a facility keeps even a common word (`مدرسة النجاح`,
  // `مستشفى الثورة`): facilities are places.
  const locAt = new Map<number, Span>();
  for (const sp of [...tagged, ...gaz])
    if (sp.type === 'LOC' && (locAt.get(sp.first)?.last ?? -1) < sp.last) locAt.set(sp.first, sp);
  for (let j = 0; j + 1 < n; j++) {
    const h = folded[j];
    const hk = g.placeHeads.has(h) ? h : 'وفبل'.includes(h[0]) && g.placeHeads.has(h.slice(1)) ? h.slice(1) : '';
    if (!hk) continue;
    const next = j + 1;
    const f = folded[next];
    const k = keys[next];
    const loc = locAt.get(next);
    if (loc) {
      if (!ADMIN.has(hk)) rules.push({ first: j, last: loc.last, type: 'LOC', from: 'rule' });
      continue;
    }
    const lexical =
      g.titles.has(k) || g.nisba.has(k) || g.generic.has(k) || INSTITUTIONS.has(k) || STOP_WORDS.has(toks[next].text);
    if (!/^[\p{L}]+$/u.test(f) || f.length < 3 || lexical || f[0] === 'و' || f.startsWith('لل')) continue;
    const definite = isDefinite(f);
    const adjectiveLike = !definite && (f.endsWith('ي') || f.endsWith('يه')); // `مستشفى ميداني`
    if (ADMIN.has(hk)) {
      if (!isCommonLoose(next) && !adjectiveLike) rules.push({ first: j, last: next + 1, type: 'LOC', from: 'rule' });
    } else if (definite && (FACILITIES.has(hk) || !isCommonLoose(next)))
      rules.push({ first: j, last: next + 1, type: 'LOC', from: 'rule' });
  }

  // Indefinite organisation head + definite noun: `وزارة الصحة`, `وكالة الأنباء الروسية`, `جيش الإسلام`.
  for (let j = 0; j + 1 < n; j++) {
    const h = folded[j];
    const head =
      STRONG_HEADS.has(h) ||
      ((h[0] === 'و' || h[0] === 'ف' || h[0] === 'ل' || h[0] === 'ب') && STRONG_HEADS.has(h.slice(1)));
    if (!head || !isDefinite(folded[j + 1]) || folded[j + 1].startsWith('لل') || g.generic.has(keys[j + 1])) continue;
    if (!/^[\p{L}]+$/u.test(folded[j + 1]) || g.nisba.has(keys[j + 1]) || g.titles.has(keys[j + 1])) continue;
    if (g.tokenTypes.get(keys[j + 1]) === 'LOC') continue; // `قوات الإمارات`: the country, not a body's name
    if (WEAK_HEADS.has(keys[j]) && isCommon(j + 1)) continue; // `حركة الأشخاص`
    rules.push({ first: j, last: j + 2, type: 'ORG', from: 'rule' });
  }

  // A given name, or a title, followed by a word that is neither common nor in a lexicon starts a person's name
  // the tagger missed (`علي شمخاني`, `النائبة رشيدة طليب`, `اللاعب نيمار`); the span grows below.
  const commonWordsSet = commonSet();
  const plainWord = (j: number) => {
    if (j >= n) return false;
    const f = folded[j];
    const k = keys[j];
    return (
      /^[\p{L}]+$/u.test(f) &&
      f.length >= 3 &&
      !STOP_WORDS.has(toks[j].text) &&
      !commonWordsSet.has(plainToks[j]) &&
      !g.titles.has(k) &&
      !g.nisba.has(k) &&
      !g.generic.has(k) &&
      !INSTITUTIONS.has(k) &&
      !g.tokenTypes.has(k) &&
      !g.orgHeads.has(k) &&
      !g.placeHeads.has(k)
    );
  };
  for (let j = 0; j + 1 < n; j++) {
    const given = (g.firstNames.has(folded[j]) || g.firstNames.has(keys[j])) && !commonWordsSet.has(plainToks[j]);
    if (given && (j === 0 || !SPOKESPERSON.has(keys[j - 1])) && (plainWord(j + 1) || g.firstNames.has(folded[j + 1])))
      rules.push({ first: j, last: j + 2, type: 'PERS', from: 'rule' });
    // After a title only an indefinite bare word: `الخامس`, `بجريمة` are not names.
    else if (
      isTitle(j) &&
      plainWord(j + 1) &&
      !g.firstNames.has(folded[j + 1]) &&
      !isDefinite(folded[j + 1]) &&
      !'وفبلك'.includes(folded[j + 1][0])
    )
      rules.push({ first: j + 1, last: j + 2, type: 'PERS', from: 'rule' });
  }

  // Merge: rules first, then gazetteer, then tagger; a span overlapping a kept one is dropped unless it is
  // longer and covers it (then it replaces it).
  // `owner[j]` is the span holding token j: placing a span costs its length, so merging stays linear.
  const owner: (Span | undefined)[] = new Array(n);
  const place = (sp: Span) => {
    const clash = new Set<Span>();
    for (let j = sp.first; j < sp.last; j++) {
      const o = owner[j];
      if (o) clash.add(o);
    }
    // The tagger may not overrule a gazetteer name of another type (`متحدث باسم قسد` is not a person).
    const covers = (c: Span) =>
      sp.first <= c.first &&
      sp.last >= c.last &&
      sp.last - sp.first > c.last - c.first &&
      !((sp.from === 'tag' || sp.from === 'mined') && c.from === 'gaz' && c.type !== sp.type);
    for (const c of clash) if (!covers(c)) return;
    for (let j = sp.first; j < sp.last; j++) owner[j] = sp;
  };
  for (const sp of rules) if (sp.type !== 'PERS') place(sp);
  for (const sp of gaz) place(sp);
  for (const sp of tagged) place(sp);
  for (const sp of mined) place(sp);
  for (const sp of rules) if (sp.type === 'PERS') place(sp);
  const chosen: Span[] = [];
  for (let j = 0; j < n; j++) if (owner[j] && owner[j] !== chosen[chosen.length - 1]) chosen.push(owner[j]!);
  chosen.sort((a, b) => a.first - b.first);
  // `سنان نارين وأيوب يلديريم`: a given name behind `و` inside a person span starts a second person.
  for (let i = 0; i < chosen.length; i++) {
    const sp = chosen[i];
    if (sp.type !== 'PERS') continue;
    for (let k = sp.first + 1; k < sp.last; k++) {
      const f = folded[k];
      if (f[0] === 'و' && f.length > 3 && g.firstNames.has(f.slice(1))) {
        chosen.splice(i + 1, 0, { ...sp, first: k });
        sp.last = k;
        break;
      }
    }
  }
  // A tagger-only person starting with a common word is a misfire (`الهجوم الكيماوي`, `أنا أعتذر`).
  for (let i = chosen.length - 1; i >= 0; i--) {
    const sp = chosen[i];
    if (sp.type !== 'PERS' || sp.from !== 'tag') continue;
    let f0 = sp.first;
    while (f0 < sp.last - 1 && isTitle(f0)) f0++;
    // `المتحدث باسم الوزارة`: here `باسم` is "on behalf of", not the given name.
    if (f0 > 0 && folded[f0] === 'باسم' && SPOKESPERSON.has(keys[f0 - 1])) {
      chosen.splice(i, 1);
      continue;
    }
    if (isCommonLoose(f0) && !g.firstNames.has(folded[f0]) && !g.firstNames.has(keys[f0])) chosen.splice(i, 1);
  }
  // Adjacent person spans, or two joined by a link word (`بن`, `آل`), are one name: `رجب طيب` + `أردوغان`.
  for (let i = 0; i + 1 < chosen.length; i++) {
    const a = chosen[i];
    const b = chosen[i + 1];
    if (a.type !== 'PERS' || b.type !== 'PERS') continue;
    if (folded[b.first][0] === 'و' && b.first === a.last) continue; // `سنان نارين` + `وأيوب يلديريم`: two people
    if (b.first === a.last || (b.first === a.last + 1 && PERSON_LINKS.has(folded[a.last]))) {
      a.last = b.last;
      chosen.splice(i + 1, 1);
      i--;
    }
  }

  const held: (Span | undefined)[] = new Array(n);
  for (const sp of chosen) for (let j = sp.first; j < sp.last; j++) held[j] = sp;
  /** Words of the article's person spans of two words or more: in how many such spans each is. */
  const namesWords = new Map<string, number>();
  const wordsOf = (sp: Span) => new Set(keys.slice(sp.first, sp.last));
  for (const sp of chosen)
    if (sp.type === 'PERS' && sp.last - sp.first > 1)
      for (const k of wordsOf(sp)) namesWords.set(k, (namesWords.get(k) ?? 0) + 1);
  /** Whether the word is in another span's longer name (its own span may be a misfire trimmed to it). */
  const inOtherName = (j: number, sp: Span) => {
    const own = sp.type === 'PERS' && sp.last - sp.first > 1 && wordsOf(sp).has(keys[j]) ? 1 : 0;
    return (namesWords.get(keys[j]) ?? 0) > own;
  };
  const out: Mention[] = [];
  /** Spans an organisation took over (`السعودية` in `شركة الاتصالات السعودية`). */
  const absorbed = new Set<Span>();
  /** A one-word place span that is a nationality adjective (`السعودية`, `الروسية`) may end an organisation. */
  const nisbaPlace = (j: number) => {
    const o = held[j];
    return o !== undefined && o.type === 'LOC' && o.last - o.first === 1 && !absorbed.has(o);
  };
  for (const sp of chosen) {
    if (absorbed.has(sp)) continue;
    let { first, last } = sp;
    let type = sp.type;
    const free = (j: number) => j < n && (held[j] === undefined || held[j] === sp);
    // A body's head word right before a name is part of the body's name: `صحيفة لو باريزيان`, `حزب فاين غايل`;
    // before a place it names the place's body: `حكومة دبي`, `بلدية باريس`, `منتخب الصين` (GUIDELINES.md).
    if (first > 0 && held[first - 1] === undefined && (type === 'ORG' || type === 'LOC')) {
      const h = folded[first - 1];
      const hk = HEAD_BEFORE_NAME.has(h)
        ? h
        : 'وفبل'.includes(h[0]) && HEAD_BEFORE_NAME.has(h.slice(1))
          ? h.slice(1)
          : '';
      if (hk && (type === 'ORG' || BODY_OF_PLACE.has(hk))) {
        first--;
        type = 'ORG';
      }
    }
    // A trailing nationality adjective belongs to an organisation's name (`وزارة التوحيد الكورية الجنوبية`), but
    // not to a known name, where it says where the body is from (`مانشستر سيتي الإنكليزي`).
    if (type === 'ORG' && sp.from !== 'gaz')
      while (
        (free(last) || (last < n && nisbaPlace(last))) &&
        last - first < 8 &&
        folded[last][0] !== 'و' &&
        (definiteSingularNisba(folded[last], keys[last], g.nisba) || (last > first + 1 && COMPASS.has(folded[last])))
      ) {
        if (!free(last)) absorbed.add(held[last]!);
        last++;
      }
    if (sp.type === 'PERS') {
      // `سلمان بن عبدالعزيز آل سعود`, `عبد الله غول`, `مارتن جريفيث`: carry a name over its links and over
      // words that are neither common words nor other lexicon entries.
      // Only an unfinished name is carried on: one ending in a given name or a link word.
      while (free(last) && last - first < 6) {
        const k = keys[last];
        const f = folded[last];
        const prev = folded[last - 1];
        const linkBefore = PERSON_LINKS.has(prev) || PERSON_LINKS.has(keys[last - 1]);
        const givenBefore =
          g.firstNames.has(prev) ||
          g.firstNames.has(keys[last - 1]) ||
          (last - 2 >= first && folded[last - 2] === 'عبد');
        const word = /^[\p{L}]+$/u.test(f) && !STOP_WORDS.has(toks[last].text) && !isCommon(last);
        const plain =
          word &&
          !g.titles.has(k) &&
          !g.nisba.has(k) &&
          !g.generic.has(k) &&
          !INSTITUTIONS.has(k) &&
          !g.tokenTypes.has(k) &&
          f.length >= 3 &&
          f[0] !== 'و' &&
          !/^(بال|كال|لل|فال)/u.test(f); // `بالتدخل`: a preposition with the article never continues a name
        // A name that opened with a given name may run over a second unknown word (`سارة ليا ويتسن`).
        const openedByGiven = last - first === 2 && (g.firstNames.has(folded[first]) || g.firstNames.has(keys[first]));
        if (
          (linkBefore && word) ||
          PERSON_LINKS.has(f) ||
          ((givenBefore || openedByGiven) && (plain || g.firstNames.has(f)))
        )
          last++;
        else break;
      }
      // `على` (spelt with ى: `علي` is the name) and `أن` never stand inside a name: `تامر حسني على نفاد`,
      // `شاكر أن شيرين` (on 3,000 ANT articles, 66 person mentions ran over one, every one a misfire).
      for (let k = first + 1; k < last; k++)
        if (NOT_IN_NAME.has(plainToks[k])) {
          last = k;
          break;
        }
      while (last - first > 1 && verbAfterName(last - 1)) last--;
      if (last - first > 1 && fusedCommon(last - 1) && !g.firstNames.has(keys[last - 1])) last--;
      while (
        last - first > 1 &&
        (STOP_WORDS.has(toks[last - 1].text) ||
          (commonWordsSet.has(plainToks[last - 1]) && !g.firstNames.has(folded[last - 1])) ||
          DEFINITE_MASDAR.test(folded[last - 1]))
      )
        last--;
      if (PERSON_LINKS.has(folded[last - 1]) && last - first > 1) last--;
    }
    // A word written with tanween (`باحثاً`, `دوماً`, `مغنٍ`) is an indefinite common word, never part of a name:
    // the name ends before it (on 1,500 ANT articles every such mention was a misfire).
    for (let j = first; j < last; j++)
      if (TANWEEN.test(toks[j].text)) {
        last = j;
        break;
      }
    // Titles and roles are not part of a person's name.
    if (sp.type === 'PERS') while (first < last && isTitle(first)) first++;
    while (first < last && /^[^\p{L}\p{N}]+$/u.test(toks[first].text)) first++;
    while (last > first && /^[^\p{L}\p{N}]+$/u.test(toks[last - 1].text)) last--;
    if (first >= last) continue;
    const ks = keys.slice(first, last);
    if (ks.length === 1) {
      const k = ks[0];
      if (g.generic.has(k) || g.titles.has(k) || INSTITUTIONS.has(k)) continue;
      if (g.nisba.has(k) && sp.from !== 'gaz') continue; // `الروسية` alone is an adjective, not Russia
      if (k.length < 2) continue;
      // Unless the article vouches for it: the word in a longer name, after a given name (`أمل رزق`) or after a
      // reporting verb (`وكشفت كرم`). A
      // title is no warrant: `مدير متجر`, `الطفل يستجوب`.
      if (
        type === 'PERS' &&
        sp.from !== 'gaz' &&
        !nameLikeWord(first) &&
        !inOtherName(first, sp) &&
        !(first > 0 && (isCueVerb(toks[first - 1].text) || g.firstNames.has(keys[first - 1])))
      )
        continue;
    }
    // A person span, trimmed, that is all of an unambiguous gazetteer name of another type is that name
    // (`الهند تدرس` → `الهند`, `الرياض`, `رويترز`): the tagger read the verb after it as a name's word.
    let group: number | undefined;
    if (type === 'PERS' && sp.from !== 'gaz') {
      const m = matchAt(folded, first);
      if (m && !m.entry.ambiguous && m.end === last && m.entry.type !== 'PERS') {
        type = m.entry.type;
        group = m.entry.group;
      }
    }
    const skip =
      first === sp.first && gazSkip.has(first)
        ? gazSkip.get(first)!
        : cliticLength(folded[first], known, sp.type === 'PERS');
    const raw = toks[first].text;
    const start = toks[first].start + rawPrefixLength(raw, skip);
    const end = toks[last - 1].end;
    if (start >= end) continue;
    const firstKey = skip ? stem(folded[first].slice(skip)) : ks[0];
    out.push({
      type,
      first,
      last,
      start,
      end,
      text: text.slice(start, end),
      keys: [firstKey, ...ks.slice(1)],
      group: sp.from === 'gaz' && first === sp.first && last === sp.last ? sp.group : group,
    });
  }
  return out;
}
