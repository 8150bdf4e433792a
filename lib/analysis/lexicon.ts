import { bareNoun, stripConj, stripConjNoun, stripLamBa, stripPrep } from '../arabic/clitics';
import { foldToken } from '../arabic/tokens';
import { CUE_PREPS, type CuePrep, PRONOUN_SUFFIXES, SAME_SPEAKER_PHRASES, SPEECH_NOUNS } from '../lexicon/cue-preps';
import { BACKGROUND_HEADS, IMPERSONAL_FORMS } from '../lexicon/cue-verbs';
import { foldedSet } from '../lexicon/fold-set';
import {
  ADDRESSEE_HEADS,
  ANONYMITY_MARKERS,
  ANONYMOUS_HEADS,
  COMPLEMENTIZER_BARE,
  COMPLEMENTIZERS,
  DOCUMENT_HEADS,
  INDEFINITE_ADJECTIVES,
  KNOWN_ORGANIZATIONS,
  MANNER_HEADS,
  NON_SOURCE_NOUNS,
  NON_SUBJECT_NOUNS,
  NON_UNIQUE_ROLES,
  NOT_REPORTED_OBJECTS,
  ORGANIZATION_HEADS,
  PERSON_TITLES,
  QUANTIFIERS,
  SAME_AS_BEFORE,
  SETTING_NOUNS,
  SETTING_PREPS,
  SOURCE_BREAKERS,
  STATES,
  TIME_WORDS,
  UNNAMED_GROUP_HEADS,
} from '../lexicon/source-words';
import { SELF_SOURCE_NOUNS, VERBAL_NOUNS } from '../lexicon/verbal-nouns';

/** The lexicons of lib/lexicon, folded once into lookup sets for the analyser. */
/** Prepositional cues by their first word; one word may open several (`على لسان`, `على ما ذكرت`). */
function groupPreps(list: readonly CuePrep[]): Map<string, CuePrep[]> {
  const m = new Map<string, CuePrep[]>();
  for (const p of list) {
    const k = foldToken(p.word);
    m.set(k, [...(m.get(k) ?? []), { ...p, second: p.second && foldToken(p.second) }]);
  }
  return m;
}

export const LEX = {
  comp: foldedSet(COMPLEMENTIZERS),
  compBare: foldedSet(COMPLEMENTIZER_BARE),
  settingNouns: [...foldedSet(SETTING_NOUNS)],
  settingPreps: foldedSet(SETTING_PREPS),
  time: foldedSet(TIME_WORDS),
  addressee: foldedSet(ADDRESSEE_HEADS),
  anon: foldedSet(ANONYMOUS_HEADS),
  anonMarkers: foldedSet(ANONYMITY_MARKERS),
  unnamedGroups: foldedSet(UNNAMED_GROUP_HEADS),
  indefAdjectives: foldedSet(INDEFINITE_ADJECTIVES),
  nonUniqueRoles: foldedSet(NON_UNIQUE_ROLES),
  titles: foldedSet(PERSON_TITLES),
  orgHeads: foldedSet(ORGANIZATION_HEADS),
  docHeads: foldedSet(DOCUMENT_HEADS),
  quantifiers: foldedSet(QUANTIFIERS),
  knownOrgs: foldedSet(KNOWN_ORGANIZATIONS),
  states: foldedSet(STATES),
  sameAs: foldedSet(SAME_AS_BEFORE),
  breakers: foldedSet(SOURCE_BREAKERS),
  impersonal: foldedSet(IMPERSONAL_FORMS),
  background: foldedSet(BACKGROUND_HEADS),
  verbalNouns: foldedSet(VERBAL_NOUNS),
  selfSource: foldedSet(SELF_SOURCE_NOUNS),
  speechNouns: [...foldedSet(SPEECH_NOUNS)],
  pronouns: foldedSet(PRONOUN_SUFFIXES),
  sameSpeaker: foldedSet(SAME_SPEAKER_PHRASES),
  preps: groupPreps(CUE_PREPS),
  /** Verbal noun of قال with a pronoun, the second layer of `نقل X عن Y قوله`. */
  qawl: foldedSet(['قوله', 'قولها', 'قولهم', 'قولهما']),
  quotes: new Set(['"', '«', '»', '“', '”', '„', "'", '‘', '’']),
  openQuotes: new Set(['"', '«', '“', '„']),
  commas: new Set(['،', ',']),
  notReported: foldedSet(NOT_REPORTED_OBJECTS),
  nonSource: foldedSet(NON_SOURCE_NOUNS),
  nonSubject: foldedSet(NON_SUBJECT_NOUNS),
  manner: foldedSet(MANNER_HEADS),
  relativeOrNeg: foldedSet(['الذي', 'التي', 'الذين', 'لم', 'لا', 'طلب', 'طالبا', 'رفض', 'رافضا', 'مفضلا']),
  prepositions: foldedSet([
    'في',
    'من',
    'على',
    'إلى',
    'الى',
    'عن',
    'مع',
    'ب',
    'ل',
    'حول',
    'منذ',
    'لدى',
    'باسم',
    'تجاه',
    'بشأن',
    'بخصوص',
  ]),
  conjWords: foldedSet([
    'إذ',
    'حيث',
    'لكنه',
    'ولكنه',
    'لكنها',
    'ولكنها',
    'لكنهم',
    'إلا',
    'و',
    'ف',
    'كما',
    'فيما',
    'بينما',
    'لكن',
    'ولكن',
    'ثم',
    'بل',
    'أما',
    'وأما',
    'إلا',
    'لقد',
    'وقد',
    'فقد',
  ]),
};

/** Is `f` (bare, folded) a speech noun with a pronoun suffix: `قوله`, `تعبيره`, `كلامها`? */
export function isSpeechNounWithPronoun(f: string): boolean {
  for (const n of LEX.speechNouns) {
    if (f.length > n.length && f.startsWith(n) && LEX.pronouns.has(f.slice(n.length))) return true;
  }
  return false;
}

/** Does bare `f` open with a setting noun (`حديثه`, `بيان`, `تصريحات`)? */
export function isSettingNoun(f: string): boolean {
  for (const n of LEX.settingNouns) if (f.startsWith(n) && f.length <= n.length + 3) return true;
  return false;
}

/** Is bare (no clitics, no article) `b` a noun of the source lexicons? */
export function isKnownNoun(b: string): boolean {
  return (
    LEX.titles.has(b) ||
    LEX.orgHeads.has(b) ||
    LEX.docHeads.has(b) ||
    LEX.anon.has(b) ||
    LEX.states.has(b) ||
    LEX.knownOrgs.has(b) ||
    LEX.addressee.has(b)
  );
}

/**
 * The token with its clitics removed, as far as the lexicons confirm them: `وللمصادر` → `المصادر`,
 * `لمركز` → `مركز`, `وكالة` stays, `لافروف` stays. Returns the form with its article.
 */
const nounCache = new Map<string, string>();

export function nounForm(f: string): string {
  let v = nounCache.get(f);
  if (v === undefined) {
    v = computeNounForm(f);
    // Bounded: hostile input with millions of distinct words must not grow memory without end.
    if (nounCache.size > 50_000) nounCache.clear();
    nounCache.set(f, v);
  }
  return v;
}

function computeNounForm(f: string): string {
  const safe = stripPrep(f);
  if (isKnownNoun(bareNoun(safe)) || isKnownNoun(safe)) return safe;
  for (const cand of [stripLamBa(f), stripPrep(stripConj(f)), stripLamBa(stripConj(f))]) {
    if (cand !== safe && (isKnownNoun(bareNoun(cand)) || isKnownNoun(cand))) return cand;
  }
  // A possessive pronoun on a known noun: `مصادرها`, `مسؤوليها`.
  // (Not `ه`: folded, it is also the feminine ending, `صورة` → `صوره`.)
  for (const suf of ['ها', 'هم', 'هما']) {
    if (safe.length >= suf.length + 4 && safe.endsWith(suf) && isKnownNoun(safe.slice(0, -suf.length))) {
      return safe.slice(0, -suf.length);
    }
  }
  return safe;
}

/** `nounForm` without the article. */
export function nounBare(f: string): string {
  const w = nounForm(f);
  return w.startsWith('ال') && w.length > 3 ? w.slice(2) : w;
}

export { stripConjNoun };

/** The prepositional cue opened by the token at i: the one whose second word follows, else the one without. */
export function prepCueOf(toks: readonly { f: string }[], i: number): CuePrep | undefined {
  const t = toks[i];
  if (!t) return undefined;
  const list = LEX.preps.get(stripConj(t.f)) ?? LEX.preps.get(t.f);
  if (!list) return undefined;
  const next = toks[i + 1]?.f;
  return list.find((p) => p.second && p.second === next) ?? list.find((p) => !p.second) ?? list[0];
}
