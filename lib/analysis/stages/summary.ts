import { foldArabic } from '../../arabic/normalize';
import type { Attribution, Summary } from '../schema';

/** Claims by source kind, distinct sources (by folded name) and the share of claims from anonymous sources. */
export function summarize(attributions: Attribution[]): Summary {
  const claimsByKind = { person: 0, organization: 0, anonymous: 0 };
  const named = new Set<string>();
  const anonymous = new Set<string>();
  for (const a of attributions) {
    claimsByKind[a.source.kind]++;
    (a.source.kind === 'anonymous' ? anonymous : named).add(foldArabic(a.source.name));
  }
  const claims = attributions.length;
  return {
    claims,
    claimsByKind,
    distinctSources: { named: named.size, anonymous: anonymous.size },
    anonymousShare: claims ? claimsByKind.anonymous / claims : 0,
  };
}
