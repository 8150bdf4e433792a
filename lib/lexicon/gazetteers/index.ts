import { fold, stem } from '../../arabic/fold';
import { PLACE_ALIASES } from './aliases';
import { CLUBS, COMPANIES } from './companies';
import { COUNTRIES, COUNTRY_VARIANTS, NISBA_STEMS } from './countries';
import mined from './mined.json';
import { ORG_HEADS, ORGANIZATIONS } from './organizations';
import { FIRST_NAMES, PEOPLE } from './persons';
import { CITIES, PLACE_HEADS, REGIONS } from './places';
import { AMBIGUOUS_FORMS, GENERIC_NOUNS, TITLES } from './words';

/**
 * The gazetteers compiled into lookup structures, keyed by folded, lightly stemmed tokens (`stem(fold(w))`),
 * so `والعراق`, `بالعراق` and `العراق` share a key. Built once, on first use.
 */
export type GazType = 'PERS' | 'LOC' | 'ORG';

export interface GazEntry {
  type: GazType;
  /** Alias group: forms with the same group name one entity (`قسد` and `قوات سوريا الديمقراطية`). */
  group: number;
  /** A form that is also a common word: a tagger feature, never an entity on its own. */
  ambiguous: boolean;
  /** Number of tokens of the form. */
  length: number;
  /** The form's first word carries the article (`السعودية`); `السورية` must not match `سورية`. */
  definite: boolean;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  /** Entries for the definite and the bare form: `الدوما` (the Duma) and `دوما` (the town) share a node. */
  definite?: GazEntry;
  bare?: GazEntry;
}

export const keyOf = (token: string): string => stem(fold(token));

/**
 * Trie key of a folded word: the article (with a fused preposition) dropped, a leading `و`/`ف` kept, so
 * `فسرت` ("and explained") never reaches `سرت`; a conjunction is tried separately, with a length rule.
 */
export function artKey(f: string): string {
  for (const p of ['بال', 'كال', 'لل', 'ال']) if (f.startsWith(p) && f.length - p.length >= 2) return f.slice(p.length);
  return f;
}

export function splitForm(form: string): string[] {
  return form.split(/\s+/).filter(Boolean);
}

export interface Gazetteers {
  root: TrieNode;
  /** Single-token keys of every gazetteer name part, with the type of the entry it came from. */
  tokenTypes: Map<string, GazType>;
  firstNames: Set<string>;
  titles: Set<string>;
  /** Titles folded but not stemmed: `الإمام` is a title, `إمام` may be a name. */
  titleForms: Set<string>;
  generic: Set<string>;
  orgHeads: Set<string>;
  placeHeads: Set<string>;
  /** Keys of nationality adjectives in all their forms (الروسي، الروسية، روسية، الروس...). */
  nisba: Set<string>;
  /** Fullest form of each alias group, by group number. */
  groupNames: string[];
  /** Every gazetteer word and given name, folded but not stemmed (`واشنطن` keeps its `و`). */
  forms: Set<string>;
}

/** True when a folded word, once a conjunction and a preposition are set aside, starts with the article. */
export function isDefinite(f: string): boolean {
  let w = f;
  if ((w[0] === 'و' || w[0] === 'ف') && w.length > 3 && !w.startsWith('ال')) w = w.slice(1);
  if (w.startsWith('لل')) return true;
  if ((w[0] === 'ب' || w[0] === 'ك') && w.startsWith('ال', 1)) return true;
  return w.startsWith('ال');
}

let cached: Gazetteers | undefined;

export function gazetteers(): Gazetteers {
  if (cached) return cached;
  const root: TrieNode = { next: new Map() };
  const tokenTypes = new Map<string, GazType>();
  const formKey = (words: readonly string[]) =>
    `${words.map((w) => artKey(fold(w))).join(' ')}|${isDefinite(fold(words[0]))}`;
  const ambiguous = new Set(AMBIGUOUS_FORMS.map((f) => formKey(splitForm(f))));
  const groupNames: string[] = [];
  const groupOf = new Map<string, number>();

  const forms = new Set<string>();
  const add = (form: string, type: GazType, group: number) => {
    const words = splitForm(form);
    const keys = words.map((w) => artKey(fold(w)));
    if (!keys.length) return;
    if (keys.length === 1 && keys[0].length < 3) return; // `بالاو` loses its article-like `بال`: too short to trust
    for (const w of words) {
      forms.add(fold(w));
      const k = keyOf(w);
      if (!tokenTypes.has(k)) tokenTypes.set(k, type);
    }
    let node = root;
    for (const k of keys) {
      let n = node.next.get(k);
      if (!n) {
        n = { next: new Map() };
        node.next.set(k, n);
      }
      node = n;
    }
    // The first list to claim a form keeps it (curated alias groups are added first).
    const definite = isDefinite(fold(words[0]));
    const slot = definite ? 'definite' : 'bare';
    if (!node[slot])
      node[slot] = { type, group, ambiguous: ambiguous.has(formKey(words)), length: keys.length, definite };
  };
  const addGroup = (forms: readonly string[], type: GazType) => {
    const key = `${type}:${splitForm(forms[0]).map(keyOf).join(' ')}`;
    let g = groupOf.get(key);
    if (g === undefined) {
      g = groupNames.length;
      groupNames.push(forms[0]);
      groupOf.set(key, g);
    }
    for (const f of forms) add(f, type, g);
  };

  for (const forms of PLACE_ALIASES) addGroup(forms, 'LOC');
  for (const forms of ORGANIZATIONS) addGroup(forms, 'ORG');
  // Organisations with the acronym news gives them in brackets, mined from ANT (mined.json): after the curated
  // groups, so a curated form keeps its group and a mined acronym joins the curated full name's group.
  const existing = (form: string): GazEntry | undefined => {
    let node: TrieNode | undefined = root;
    for (const w of splitForm(form)) node = node?.next.get(artKey(fold(w)));
    return node?.definite ?? node?.bare;
  };
  for (const [full, acronym] of mined.organizations as [string, string][]) {
    const known = existing(acronym) ?? existing(full);
    if (known?.type === 'ORG') {
      add(full, 'ORG', known.group); // `أوبك` is curated (`منظمة أوبك`): the mined full name joins its group
      add(acronym, 'ORG', known.group);
    } else addGroup([full, acronym], 'ORG');
  }
  for (const forms of PEOPLE) addGroup(forms, 'PERS');
  for (const f of [...COUNTRIES, ...COUNTRY_VARIANTS, ...CITIES, ...REGIONS]) addGroup([f], 'LOC');
  // After the places: a club named after its city (`روما`, `الكويت`) leaves the city a location.
  for (const forms of [...COMPANIES, ...CLUBS]) addGroup(forms, 'ORG');

  const nisba = new Set<string>();
  const countryKeys = new Set([...COUNTRIES, ...COUNTRY_VARIANTS].map(keyOf));
  for (const s of NISBA_STEMS) {
    const base = fold(s);
    if (countryKeys.has(base)) continue; // `مالي`, `جيبوتي`: the country wins
    for (const suffix of ['', 'ه', 'ين', 'ون', 'يه', 'ان', 'تين']) {
      nisba.add(stem(`ال${base}${suffix}`));
      nisba.add(stem(`${base}${suffix}`)); // indefinite: `فلسطينية` (stem drops its `ف` as it would a conjunction)
    }
    // Broken plurals and the people's names used as adjectives (الروس، الأكراد) are not derivable; a few:
  }
  for (const w of ['روس', 'اكراد', 'اتراك', 'عرب', 'امريكان', 'امريكيين', 'فرنسيين', 'بريطانيين']) nisba.add(w);

  cached = {
    root,
    tokenTypes,
    firstNames: new Set(FIRST_NAMES.map(keyOf)),
    titles: new Set(TITLES.map(keyOf)),
    titleForms: new Set(TITLES.map(fold)),
    generic: new Set(GENERIC_NOUNS.map(keyOf)),
    orgHeads: new Set(ORG_HEADS.map(keyOf)),
    placeHeads: new Set(PLACE_HEADS.map(keyOf)),
    nisba,
    groupNames,
    forms: new Set([...forms, ...FIRST_NAMES.map(fold)]),
  };
  return cached;
}

export interface GazMatch {
  start: number;
  /** Exclusive token index. */
  end: number;
  entry: GazEntry;
  /** UTF-16 units to skip at the start of the first token (a fused clitic: `ل` of `لروسيا`). */
  skip: number;
}

const CLITIC_LETTERS = new Set(['و', 'ف', 'ب', 'ل', 'ك']);

/**
 * Longest gazetteer match starting at token `i`, trying the first token as it stands and then without one or
 * two fused clitic letters (`لروسيا`, `وبريطانيا`). `keys[j]` is `keyOf(tokens[j])`, `folded[j]` is `fold(tokens[j])`.
 */
export function matchAt(folded: readonly string[], i: number): GazMatch | undefined {
  const g = gazetteers();
  let best: GazMatch | undefined;
  const tryFrom = (first: string, skip: number) => {
    let node = g.root.next.get(artKey(first));
    let j = i + 1;
    const slot = isDefinite(first) ? 'definite' : 'bare';
    while (node) {
      const entry = node[slot];
      if (entry && (!best || j - i > best.end - best.start)) best = { start: i, end: j, entry, skip };
      if (j >= folded.length) break;
      node = node.next.get(artKey(folded[j]));
      j++;
    }
  };
  const f = folded[i];
  tryFrom(f, 0);
  // A conjunction before a 3-letter name is too often part of a word (`فسرت` "and explained", not `سرت`).
  const conj = f[0] === 'و' || f[0] === 'ف';
  if (!best && f.length > (conj ? 4 : 3) && CLITIC_LETTERS.has(f[0])) {
    tryFrom(f.slice(1), 1);
    if (!best && f.length > 4 && conj && CLITIC_LETTERS.has(f[1])) tryFrom(f.slice(2), 2);
  }
  return best;
}
