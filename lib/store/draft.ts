import type { Attribution, SourceKind } from '../analysis/schema';
import { selectorsFor } from './anchor';
import type { Origin, SavedClaimDraft, TextPositionSelector } from './schema';

/** What a saver knows about the page: `text` is the analysed text the offsets point into. */
export interface PageMeta {
  url: string;
  title: string;
  outlet: string;
  published: string | null;
  text: string;
  /**
   * Where [start, end) of `text` is in the page's text as other annotation tools count it (document.body's
   * textContent, code points), or null; given by the content script (lib/page/page-position.ts).
   */
  pagePosition?(start: number, end: number, exact: string): TextPositionSelector | null;
}

function pagePositionField(page: PageMeta, start: number, end: number, exact: string) {
  const p = page.pagePosition?.(start, end, exact);
  return p ? { pagePosition: p } : {};
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
    ...pagePositionField(page, a.claim.start, a.claim.end, quote.exact),
    note: '',
    tags: [],
    origin,
  };
}

/**
 * Where `words` occur in `text` when runs of white space may differ (a DOM selection joins paragraphs with
 * other line breaks than the analysed text): [start, end) in `text`, or null. Linear: both strings are
 * collapsed once, with a map from collapsed offsets back to the text's.
 */
export function findLoosely(text: string, words: string): [number, number] | null {
  const exact = text.indexOf(words);
  if (exact >= 0) return [exact, exact + words.length];
  const collapse = (s: string) => {
    let out = '';
    const at: number[] = [];
    let inSpace = false;
    for (let i = 0; i < s.length; i++) {
      const space = /\s/.test(s[i]);
      if (space && inSpace) continue;
      out += space ? ' ' : s[i];
      at.push(i);
      inSpace = space;
    }
    at.push(s.length);
    return { out, at };
  };
  const t = collapse(text);
  const w = collapse(words.trim()).out;
  if (!w) return null;
  const i = t.out.indexOf(w);
  if (i < 0) return null;
  // End: just after the last matched character in the original text.
  return [t.at[i], t.at[i + w.length - 1] + 1];
}

/**
 * A draft for words the reader selected and attributed by hand (context menu). The selection is looked up
 * in the analysed text (first occurrence, white space loosely) for its selectors; when it is not there
 * (outside the article), the quote carries no context and the position is null.
 */
export function draftFromSelection(
  claim: string,
  source: { kind: SourceKind; name: string; role?: string },
  page: PageMeta,
): SavedClaimDraft {
  const words = claim.trim();
  const found = findLoosely(page.text, words);
  const sel = found
    ? selectorsFor(page.text, found[0], found[1])
    : { quote: { type: 'TextQuoteSelector' as const, exact: words, prefix: '', suffix: '' }, position: null };
  return {
    // The page's own spelling of the words when found (so claim === quote.exact, as for detected claims).
    claim: sel.quote.exact,
    source: {
      kind: source.kind,
      name: source.name.trim(),
      ...(source.role ? { role: source.role } : {}),
      mention: null,
    },
    cue: '',
    ...pageFields(page),
    ...sel,
    ...(found ? pagePositionField(page, found[0], found[1], sel.quote.exact) : {}),
    note: '',
    tags: [],
    origin: 'selection',
  };
}
