import type { Attribution, SourceKind } from '../analysis/schema';
import { selectorsFor } from './anchor';
import type { Origin, SavedClaimDraft } from './schema';

/** What a saver knows about the page: `text` is the analysed text the offsets point into. */
export interface PageMeta {
  url: string;
  title: string;
  outlet: string;
  published: string | null;
  text: string;
}

function pageFields(page: PageMeta) {
  return {
    url: page.url,
    title: page.title,
    outlet: page.outlet,
    ...(page.published ? { published: page.published } : {}),
  };
}

/** A draft for a detected attribution (saved from the hover card or the side panel). */
export function draftFromAttribution(a: Attribution, page: PageMeta, origin: Origin): SavedClaimDraft {
  const { quote, position } = selectorsFor(page.text, a.claim.start, a.claim.end);
  return {
    claim: a.claim.text,
    source: { ...a.source },
    cue: a.cue.text,
    ...pageFields(page),
    quote,
    position,
    note: '',
    tags: [],
    origin,
  };
}

/**
 * A draft for words the reader selected and attributed by hand (context menu). The selection is looked up
 * in the analysed text (first occurrence) for its selectors; when it is not there (outside the article), the
 * quote carries no context and the position is null.
 */
export function draftFromSelection(
  claim: string,
  source: { kind: SourceKind; name: string; role?: string },
  page: PageMeta,
): SavedClaimDraft {
  const words = claim.trim();
  const at = page.text.indexOf(words);
  const sel =
    at >= 0
      ? selectorsFor(page.text, at, at + words.length)
      : { quote: { type: 'TextQuoteSelector' as const, exact: words, prefix: '', suffix: '' }, position: null };
  return {
    claim: words,
    source: {
      kind: source.kind,
      name: source.name.trim(),
      ...(source.role ? { role: source.role } : {}),
      mention: null,
    },
    cue: '',
    ...pageFields(page),
    ...sel,
    note: '',
    tags: [],
    origin: 'selection',
  };
}
