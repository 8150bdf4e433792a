import type { SourceKind } from '../../analysis/schema';
import { wholePrefix, wholeSuffix } from '../anchor';
import { effectiveKind, type SavedClaim } from '../schema';
import { mdEscape } from './markdown';
import { iriSafe, utc } from './w3c';

/**
 * Saved claims in the shape of Hypothesis's API (https://h.readthedocs.io/en/latest/api-reference/v1/), as
 * the Hypothesis client's own "Export annotations" writes it and its "Import" reads it:
 * `{ export_date, export_userid, client_version, annotations: [...] }`. Each annotation has the fields that
 * client keeps on import — `uri`, `target` (a list of `{ source, selector }`), `text`, `tags`, `document` —
 * plus `id`, `created` and `updated`. There is no Hypothesis account on the reader's device, so
 * `export_userid` is empty and `user`, `group` and `permissions` are left to the importing client.
 *
 * Hypothesis has no field for who a claim is attributed to, so `text` (Markdown) is the reader's note and then
 * a line naming the source and its kind, the source's name escaped (it is page text). The selectors are the
 * W3C export's: TextQuoteSelector, and the TextPositionSelector in document.body.textContent when the claim
 * has one. Hypothesis counts that text in UTF-16 units where the W3C model counts code points; the two differ
 * only after an astral character (an emoji), and then Hypothesis, which checks the quote at the position,
 * falls back to finding the quote.
 */

const KIND: Record<SourceKind, string> = {
  person: 'شخص · person',
  organization: 'جهة · organisation',
  anonymous: 'مجهول · anonymous',
};

function textOf(c: SavedClaim): string {
  const source = c.source.name
    ? `**المصدر · Source:** ${mdEscape(c.source.name)} (${KIND[effectiveKind(c)]})`
    : `**المصدر · Source:** ${KIND[effectiveKind(c)]}`;
  return c.note ? `${c.note}\n\n${source}` : source;
}

export function hypothesisAnnotationOf(c: SavedClaim): Record<string, unknown> {
  const uri = iriSafe(c.url);
  const selector: Record<string, unknown>[] = [
    {
      type: 'TextQuoteSelector',
      exact: c.quote.exact,
      prefix: wholePrefix(c.quote.prefix),
      suffix: wholeSuffix(c.quote.suffix),
    },
  ];
  if (c.pagePosition) {
    selector.push({ type: 'TextPositionSelector', start: c.pagePosition.start, end: c.pagePosition.end });
  }
  return {
    id: `urn:isnad:claim:${encodeURIComponent(c.id)}`,
    created: utc(c.savedAt),
    updated: utc(c.modified ?? c.savedAt),
    uri,
    text: textOf(c),
    tags: [...c.tags],
    target: [{ source: uri, selector }],
    document: c.title ? { title: [c.title] } : {},
  };
}

export function toHypothesis(claims: readonly SavedClaim[], opts: { exportedAt: string }): string {
  const file = {
    export_date: utc(opts.exportedAt),
    export_userid: '',
    client_version: 'Isnad',
    annotations: claims.map(hypothesisAnnotationOf),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
