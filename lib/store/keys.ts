import type { SourceKind } from '../analysis/schema';
import { foldArabic } from '../arabic/normalize';
import { effectiveKind, type SavedClaim } from './schema';

/** A saved claim as stored: the claim plus keys derived from it at save time (never exported). */
export interface StoredClaim extends SavedClaim {
  /** Every searchable field, folded with `foldArabic`, so a search is one `includes` per record. */
  searchKey: string;
  /** url + quote: two saves of the same words on the same page are one claim. */
  dedupeKey: string;
  /** The effective kind (correction or detected), indexed for filtering. */
  kind: SourceKind;
}

// A separator that no folded field contains, so a search term never matches across two fields.
const SEP = '\u0001';

export function searchKeyOf(c: SavedClaim): string {
  return foldArabic(
    [c.claim, c.source.name, c.source.role ?? '', c.cue, c.title, c.outlet, c.note, c.tags.join(' ')].join(SEP),
  );
}

export function dedupeKeyOf(c: Pick<SavedClaim, 'url' | 'quote'>): string {
  return [c.url, c.quote.exact, c.quote.prefix, c.quote.suffix].join('\u0000');
}

export function toStored(c: SavedClaim): StoredClaim {
  return { ...c, searchKey: searchKeyOf(c), dedupeKey: dedupeKeyOf(c), kind: effectiveKind(c) };
}

/** Strips the derived keys, giving back exactly the SavedClaim fields (absent optionals stay absent). */
export function fromStored(s: StoredClaim): SavedClaim {
  const { searchKey: _s, dedupeKey: _d, kind: _k, ...claim } = s;
  return claim;
}
