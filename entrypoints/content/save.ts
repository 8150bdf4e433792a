import type { Attribution, SourceKind } from '../../lib/analysis/schema';

export interface PageMeta {
  url: string;
  title: string;
  outlet: string;
  published: string | null;
  text: string;
}

// Filled in when the store lands (issue 6): sends the claim to the background, which owns the database.
export async function saveAttribution(_a: Attribution, _page: PageMeta): Promise<boolean> {
  return false;
}

export async function saveManualClaim(
  _claim: string,
  _name: string,
  _kind: SourceKind,
  _text: string,
  _page: PageMeta,
): Promise<boolean> {
  return false;
}
