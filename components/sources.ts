import type { Attribution, Entity, SourceKind } from '../lib/analysis/schema';
import { foldArabic } from '../lib/arabic/normalize';

/**
 * One source as the reader sees it, however the article spells it. Attributions are grouped by:
 *   1. the reader's own correction (rename or merge, kept in `SourceNames`);
 *   2. the entity the source's words belong to (its mention overlaps an entity mention, or its name is the
 *      entity's name or one of its aliases: «بشير» → «أسامة بشير», «هيومن» → «هيومن رايتس ووتش»);
 *   3. a named source whose words begin exactly one longer named source («هيومن» → «هيومن رايتس ووتش»);
 *   4. the spelling-insensitive name.
 */
export interface SourceGroup {
  key: string;
  name: string;
  kind: SourceKind;
  role?: string;
  items: Attribution[];
  /** Other spellings met in this group (shown as "also written"). */
  spellings: string[];
  /** True when the reader renamed or merged this source. */
  corrected: boolean;
}

/** The reader's corrections: folded original name → the name to show (a merge is a rename into another name). */
export type SourceNames = Record<string, string>;

export const foldName = (s: string) => foldArabic(s).replace(/\s+/g, ' ').trim();

/** Follows renames (a → b → c), stopping on cycles. */
export function resolveName(name: string, names: SourceNames): string {
  let cur = name;
  const seen = new Set<string>();
  for (;;) {
    const k = foldName(cur);
    const next = names[k];
    if (next === undefined || seen.has(k)) return cur;
    seen.add(k);
    cur = next;
  }
}

interface EntityIndex {
  /** Folded name or alias → entity (people and organisations). */
  byName: Map<string, Entity>;
  /** Every person/organisation mention, by start: for the mention-overlap test in logarithmic time. */
  mentions: { start: number; end: number; e: Entity }[];
}

function indexEntities(entities: readonly Entity[]): EntityIndex {
  const byName = new Map<string, Entity>();
  const mentions: EntityIndex['mentions'] = [];
  for (const e of entities) {
    if (e.type === 'location') continue;
    for (const n of [e.name, ...e.aliases]) if (!byName.has(foldName(n))) byName.set(foldName(n), e);
    for (const m of e.mentions) mentions.push({ start: m.start, end: m.end, e });
  }
  mentions.sort((x, y) => x.start - y.start);
  return { byName, mentions };
}

function entityOf(a: Attribution, ix: EntityIndex): Entity | undefined {
  if (a.source.kind === 'anonymous') return undefined;
  const folded = foldName(a.source.name);
  const own = ix.byName.get(folded);
  if (own) return own;
  const type = a.source.kind === 'person' ? 'person' : 'organization';
  // A name that holds an entity's whole name («المتحدث الرسمي باسم الجيش المصري تامر الرفاعي» → تامر الرفاعي):
  // every run of two or more of its words, longest first.
  const words = folded.split(' ').slice(0, 24);
  for (let len = words.length - 1; len >= 2; len--)
    for (let i = 0; i + len <= words.length; i++) {
      const e = ix.byName.get(words.slice(i, i + len).join(' '));
      if (e && e.type === type) return e;
    }
  const m = a.source.mention;
  if (!m) return undefined;
  // An entity mentioned inside the source's words, of the same type and sharing a word with the source's name
  // (the mention may carry a role: «الصحفي السوري في شبكة فرات بوست صهيب الجابر» holds two entities).
  const wordSet = new Set(words);
  let lo = 0;
  let hi = ix.mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ix.mentions[mid].start < m.start - 400) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < ix.mentions.length && ix.mentions[k].start < m.end; k++) {
    const { end, e } = ix.mentions[k];
    if (end <= m.start || e.type !== type) continue;
    if (
      [e.name, ...e.aliases].some((n) =>
        foldName(n)
          .split(' ')
          .some((w) => wordSet.has(w)),
      )
    )
      return e;
  }
  return undefined;
}

export function groupSources(
  attributions: readonly Attribution[],
  entities: readonly Entity[] = [],
  names: SourceNames = {},
): SourceGroup[] {
  const ix = indexEntities(entities);
  // Step 1–2: a display name per attribution.
  const display = attributions.map((a) => {
    const corrected = resolveName(a.source.name, names);
    if (corrected !== a.source.name) return { name: corrected, corrected: true };
    const e = entityOf(a, ix);
    return { name: e ? e.name : a.source.name, corrected: false };
  });
  // Step 3: a one-or-two-word named source that begins exactly one longer named source.
  const named = new Set<string>();
  attributions.forEach((a, i) => {
    if (a.source.kind !== 'anonymous') named.add(display[i].name);
  });
  // Prefixes (first one and first two words) of longer names → those names.
  const byPrefix = new Map<string, Set<string>>();
  for (const n of named) {
    const w = foldName(n).split(' ');
    for (let k = 1; k <= 2 && k < w.length; k++) {
      const p = w.slice(0, k).join(' ');
      const set = byPrefix.get(p) ?? new Set<string>();
      set.add(n);
      byPrefix.set(p, set);
    }
  }
  const longer = new Map<string, string>();
  for (const short of named) {
    const hits = byPrefix.get(foldName(short));
    if (hits?.size === 1) longer.set(short, [...hits][0]);
  }
  const groups = new Map<string, SourceGroup>();
  attributions.forEach((a, i) => {
    const d = display[i];
    const name = (!d.corrected && a.source.kind !== 'anonymous' && longer.get(d.name)) || d.name;
    const key = foldName(name);
    let g = groups.get(key);
    if (!g) {
      g = { key, name, kind: a.source.kind, role: a.source.role, items: [], spellings: [], corrected: false };
      groups.set(key, g);
    }
    g.items.push(a);
    g.corrected ||= d.corrected;
    g.role ??= a.source.role;
    if (a.source.name !== name && !g.spellings.includes(a.source.name)) g.spellings.push(a.source.name);
  });
  for (const g of groups.values()) {
    // The kind most of its claims give (a tie goes to the less checkable kind).
    const n = { person: 0, organization: 0, anonymous: 0 };
    for (const a of g.items) n[a.source.kind]++;
    g.kind = (['anonymous', 'organization', 'person'] as const).reduce((best, k) => (n[k] > n[best] ? k : best));
  }
  // Named sources first, then by number of claims.
  return [...groups.values()].sort(
    (x, y) => Number(x.kind === 'anonymous') - Number(y.kind === 'anonymous') || y.items.length - x.items.length,
  );
}

/** Distinct sources after grouping, as the summary counts them. */
export function distinctSources(groups: readonly SourceGroup[]): { named: number; anonymous: number } {
  let named = 0;
  let anonymous = 0;
  for (const g of groups) g.kind === 'anonymous' ? anonymous++ : named++;
  return { named, anonymous };
}
