import type { Attribution, SourceKind } from '../lib/analysis/schema';

/**
 * The chain of sources behind one claim («تقول وزارة الدفاع الروسية إن …، حسبما نقلت وكالات أنباء»). The analyser
 * gives one attribution per link; the chain is derived here, in the UI, from the attributions themselves:
 *   - attributions with the same claim span are links of one chain;
 *   - an attribution whose claim contains another's cue is the outer link of that one (تقارير: «… أبلغت جماعة …
 *     أن …»).
 * Order is outer (who the reader hears it from) to inner (who is said to have said it). For links with the same
 * span, the rule that fired says which is outer ("second layer", "outer source"); otherwise the later cue is
 * the outer one (X قال إن …، حسبما نقلت Y).
 */
export interface Chain {
  /** Outer → inner. A claim with one source has a chain of one. */
  links: Attribution[];
  /** The least checkable kind in the chain (anonymous < organisation < person). */
  weakest: SourceKind;
  /** Links whose claim lies inside no other link's claim (one per same span): the page paints only these. */
  top: Set<string>;
}

/** Neighbours (in claim order) compared for containment: bounds the work on hostile pages of thousands of claims. */
const SCAN = 64;

const STRENGTH: Record<SourceKind, number> = { anonymous: 0, organization: 1, person: 2 };

export function weaker(a: SourceKind, b: SourceKind): SourceKind {
  return STRENGTH[a] <= STRENGTH[b] ? a : b;
}

const OUTER_RULE = /second layer|outer source/;
const INNER_RULE = /quoted|inner source/;

function outerFirst(x: Attribution, y: Attribution): number {
  const sx = x.claim.start === y.claim.start && x.claim.end === y.claim.end;
  if (!sx) {
    // Nested: the link whose claim holds the other's cue is outer.
    if (contains(x, y)) return -1;
    if (contains(y, x)) return 1;
  }
  const rx = OUTER_RULE.test(x.why.rule) ? -1 : INNER_RULE.test(x.why.rule) ? 1 : 0;
  const ry = OUTER_RULE.test(y.why.rule) ? -1 : INNER_RULE.test(y.why.rule) ? 1 : 0;
  if (rx !== ry) return rx - ry;
  return y.cue.start - x.cue.start;
}

/** True when `outer`'s claim contains the whole of `inner`'s cue and claim. */
function contains(outer: Attribution, inner: Attribution): boolean {
  return (
    outer.id !== inner.id &&
    outer.claim.start <= inner.cue.start &&
    inner.cue.end <= outer.claim.end &&
    outer.claim.start <= inner.claim.start &&
    inner.claim.end <= outer.claim.end
  );
}

/** Every attribution's chain, by attribution id. Linear in the number of attributions for ordinary articles. */
export function chainsOf(attributions: readonly Attribution[]): Map<string, Chain> {
  // Union-find over "same claim span" and "claim contains the other's cue and claim".
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let r = id;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(id, r);
    return r;
  };
  const union = (a: string, b: string) => parent.set(find(a), find(b));
  for (const a of attributions) parent.set(a.id, a.id);
  const bySpan = new Map<string, string>();
  for (const a of attributions) {
    const key = `${a.claim.start}:${a.claim.end}`;
    const first = bySpan.get(key);
    if (first) union(a.id, first);
    else bySpan.set(key, a.id);
  }
  // Containment: attributions are in reading order; compare each with the few whose claims overlap it.
  const sorted = [...attributions].sort((x, y) => x.claim.start - y.claim.start || y.claim.end - x.claim.end);
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length && j <= i + SCAN && sorted[j].claim.start < sorted[i].claim.end; j++) {
      if (contains(sorted[i], sorted[j]) || contains(sorted[j], sorted[i])) union(sorted[i].id, sorted[j].id);
    }
  }
  const groups = new Map<string, Attribution[]>();
  for (const a of attributions) {
    const r = find(a.id);
    const g = groups.get(r);
    if (g) g.push(a);
    else groups.set(r, [a]);
  }
  const out = new Map<string, Chain>();
  for (const links of groups.values()) {
    if (links.length <= SCAN) links.sort(outerFirst);
    const weakest = links.map((l) => l.source.kind).reduce(weaker);
    // Sweep in claim order (longest first at a start): a link is covered when an earlier one reaches past its end.
    const top = new Set<string>();
    let reach = -1;
    for (const l of [...links].sort((x, y) => x.claim.start - y.claim.start || y.claim.end - x.claim.end)) {
      if (l.claim.end > reach) {
        top.add(l.id);
        reach = l.claim.end;
      }
    }
    const chain = { links, weakest, top };
    for (const l of links) out.set(l.id, chain);
  }
  return out;
}
