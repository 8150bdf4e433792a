import { gazetteers, keyOf } from '../../lexicon/gazetteers/index';
import { FACILITY_HEADS } from '../../lexicon/gazetteers/name-rules';
import type { Entity, EntityType } from '../schema';
import type { Mention } from './recognize';

/**
 * Links an article's mentions into entities: same gazetteer alias group (`داعش` ↔ `تنظيم الدولة`), same
 * folded form, same consonant skeleton (`أمريكا` ↔ `أميركا`), a short form that is part of a longer name of the
 * same type (`الجابر` ↔ `صهيب الجابر`, `فرات بوست` ↔ `شبكة فرات بوست`, `تعز` ↔ `محافظة تعز`), and an
 * acronym given in brackets after a full name (`وكالة الأنباء الروسية (ريا)`).
 */

const TYPE_NAMES: Record<string, EntityType> = { PERS: 'person', ORG: 'organization', LOC: 'location' };

/** Folded key without long vowels after the first letter: spelling variants of foreign names share it. */
export function skeleton(keys: readonly string[]): string {
  return keys.map((k) => k[0] + k.slice(1).replace(/[اوي]/g, '')).join(' ');
}

/** Plural and nisba endings dropped, so `الحوثيين`, `الحوثيون` and `الحوثي` share a root. */
function root(k: string): string {
  for (const suf of ['يين', 'يون', 'ين', 'ون', 'يه', 'ي'])
    if (k.length - suf.length >= 3 && k.endsWith(suf)) return k.slice(0, -suf.length);
  return k;
}

/**
 * A facility is a place of its own (GUIDELINES.md decision 9): `ميناء الحديدة`, `جامعة الحديدة` and `جسر لندن`
 * do not take the bare `الحديدة` or `لندن` as their short form, as `محافظة الحديدة` does.
 */
const FACILITIES = new Set(FACILITY_HEADS.map(keyOf));

/**
 * An organisation's key with its head word's number set aside: `ميليشيا الحوثي`, `ميليشيات الحوثي` and
 * `مليشيات الحوثي` share it. Only for names of two words or more, whose other words must agree.
 */
function headlessKey(keys: readonly string[]): string | undefined {
  if (keys.length < 2) return undefined;
  const h = keys[0].replace(/(ات|ه|ا)$/u, '');
  return h.length < 3 ? undefined : skeleton([h, ...keys.slice(1)]);
}

/**
 * A country's government as an actor, or its army, named by any of its usual nouns: `الحكومة البريطانية`,
 * `السلطات البريطانية` and `الإدارة الأمريكية` / `السلطات الأمريكية` are one entity each (GUIDELINES.md:
 * governments as actors), as are `الجيش المصري` and `القوات المسلحة المصرية`. The name is the noun and a
 * nationality adjective; the key is the kind of body and that adjective's root.
 */
const GOVERNMENT_NOUNS = new Set(['حكومه', 'سلطات', 'اداره']);
const ARMY_NOUNS = new Set(['جيش', 'قوات']);
function governmentKey(keys: readonly string[], nisba: ReadonlySet<string>): string | undefined {
  const last = keys[keys.length - 1];
  if (keys.length < 2 || keys.length > 3 || !nisba.has(last)) return undefined;
  if (keys.length === 2 && GOVERNMENT_NOUNS.has(keys[0])) return `gov:${root(last)}`;
  if (ARMY_NOUNS.has(keys[0]) && (keys.length === 2 || (keys[0] === 'قوات' && keys[1] === 'مسلحه')))
    return `army:${root(last)}`;
  return undefined;
}

interface Group {
  type: Mention['type'];
  mentions: Mention[];
  keys: string[]; // keys of the fullest form
  group?: number;
  firstStart: number;
}

export function linkMentions(text: string, mentions: readonly Mention[]): Entity[] {
  const g = gazetteers();
  const groups: Group[] = [];
  const byGaz = new Map<string, Group>();
  const byKey = new Map<string, Group>();
  const bySkel = new Map<string, Group>();
  const byHead = new Map<string, Group>();
  const ofMention = new Map<Mention, Group>();
  // Groups by each root of their fullest form's words: a short form is only compared with names sharing a word.
  const byRoot = new Map<string, Set<Group>>();
  const indexKeys = (grp: Group) => {
    for (const k of grp.keys) {
      const r = root(k);
      let set = byRoot.get(r);
      if (!set) {
        set = new Set();
        byRoot.set(r, set);
      }
      set.add(grp);
    }
  };

  const register = (grp: Group, m: Mention) => {
    grp.mentions.push(m);
    ofMention.set(m, grp);
    if (m.group !== undefined) byGaz.set(`${m.type}:${m.group}`, grp);
    byKey.set(`${m.type}:${m.keys.join(' ')}`, grp);
    bySkel.set(`${m.type}:${skeleton(m.keys)}`, grp);
    const gk = m.type === 'ORG' ? governmentKey(m.keys, g.nisba) : undefined;
    if (gk !== undefined && !byHead.has(gk)) byHead.set(gk, grp);
    const hk = m.type === 'ORG' ? headlessKey(m.keys) : undefined;
    if (hk !== undefined && !byHead.has(hk)) byHead.set(hk, grp);
    if (m.start < grp.firstStart) grp.firstStart = m.start;
    if (m.keys.length > grp.keys.length) {
      grp.keys = m.keys;
      indexKeys(grp);
    }
  };

  // Longer mentions first, so short forms find the full names they belong to.
  const order = [...mentions].sort((a, b) => b.keys.length - a.keys.length || a.start - b.start);
  for (const m of order) {
    let grp =
      (m.group !== undefined ? byGaz.get(`${m.type}:${m.group}`) : undefined) ??
      byKey.get(`${m.type}:${m.keys.join(' ')}`) ??
      (m.keys.join('').length >= 4 ? bySkel.get(`${m.type}:${skeleton(m.keys)}`) : undefined) ??
      (m.type === 'ORG' ? byHead.get(headlessKey(m.keys) ?? '') : undefined) ??
      (m.type === 'ORG' ? byHead.get(governmentKey(m.keys, g.nisba) ?? '') : undefined);
    if (!grp) grp = partOf(m, byRoot.get(root(m.keys[0])), g.placeHeads);
    if (!grp) {
      grp = { type: m.type, mentions: [], keys: m.keys, group: m.group, firstStart: m.start };
      groups.push(grp);
      indexKeys(grp);
    }
    register(grp, m);
  }

  // Bracketed acronym or short name right after a full name: `وكالة الأنباء الروسية (ريا)`.
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < sorted.length; i++) {
    const a = sorted[i];
    const b = sorted[i + 1];
    const between = text.slice(a.end, b.start).trim();
    const close = text.slice(b.end, b.end + 3).trim()[0];
    const quoted = (between === '"' && close === '"') || (between === '«' && close === '»');
    if ((between === '(' && close === ')') || quoted) {
      const ga = ofMention.get(a)!;
      const gb = ofMention.get(b)!;
      if (ga !== gb && gb.mentions.length <= 2 && b.keys.length < a.keys.length && ga.type !== 'LOC') {
        for (const m of gb.mentions) ofMention.set(m, ga);
        ga.mentions.push(...gb.mentions);
        ga.firstStart = Math.min(ga.firstStart, gb.firstStart);
        groups.splice(groups.indexOf(gb), 1);
      }
    }
  }

  return groups
    .map((grp) => toEntity(grp))
    .sort((a, b) => a.mentions[0].start - b.mentions[0].start)
    .map((e, i) => ({ ...e, id: `e${i + 1}` }));
}

/** The group a short mention belongs to, when its tokens are the tail (or head) of one longer name. */
function partOf(
  m: Mention,
  groups: ReadonlySet<Group> | undefined,
  placeHeads: ReadonlySet<string>,
): Group | undefined {
  if (!groups) return undefined;
  const cands: Group[] = [];
  const mk = m.keys.map(root);
  for (const grp of groups) {
    if (grp.type !== m.type || grp.keys.length <= m.keys.length) continue;
    const gk = grp.keys.map(root);
    const n = mk.length;
    const tail = gk.slice(-n).every((k, i) => k === mk[i]);
    const head = gk.slice(0, n).every((k, i) => k === mk[i]);
    let ok = false;
    if (m.type === 'PERS') ok = tail || head || gk.includes(mk[0]);
    else if (m.type === 'ORG') ok = tail || head || (n === 1 && gk.includes(mk[0]));
    else ok = tail && gk.slice(0, gk.length - n).every((k) => placeHeads.has(k) && !FACILITIES.has(k));
    if (ok) cands.push(grp);
  }
  if (!cands.length) return undefined;
  if (m.type === 'PERS') {
    // Prefer a name ending with this word (a surname), then the earliest.
    const bySurname = cands.filter((c) => root(c.keys[c.keys.length - 1]) === mk[mk.length - 1]);
    if (bySurname.length) return earliest(bySurname);
  }
  return earliest(cands);
}

const earliest = (gs: readonly Group[]) =>
  gs.reduce((a, b) =>
    Math.min(...a.mentions.map((m) => m.start)) <= Math.min(...b.mentions.map((m) => m.start)) ? a : b,
  );

function toEntity(grp: Group): Omit<Entity, 'id'> {
  const ms = [...grp.mentions].sort((a, b) => a.start - b.start);
  // Fullest form: most tokens, then not starting with the fused `لل`, then longest, then first seen.
  const best = [...ms].sort(
    (a, b) =>
      b.keys.length - a.keys.length ||
      Number(a.text.startsWith('لل')) - Number(b.text.startsWith('لل')) ||
      b.text.length - a.text.length ||
      a.start - b.start,
  )[0];
  const seen = new Set([best.text]);
  const aliases: string[] = [];
  for (const m of ms) {
    if (seen.has(m.text)) continue;
    seen.add(m.text);
    aliases.push(m.text);
  }
  return {
    name: best.text,
    type: TYPE_NAMES[grp.type],
    aliases,
    mentions: ms.map((m) => ({ text: m.text, start: m.start, end: m.end })),
  };
}
