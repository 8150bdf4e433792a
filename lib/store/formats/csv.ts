import { effectiveKind, type SavedClaim } from '../schema';

/**
 * CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel and LibreOffice read Arabic correctly),
 * CRLF line ends and RFC 4180 quoting (a field with a comma, quote, CR or LF is wrapped in quotes, inner
 * quotes doubled). One row per claim; tags are joined with " | ".
 *
 * Spreadsheet formula guard: a cell that starts with = + - @ (or a tab / CR) would be run as a formula by
 * spreadsheet programs, so it gets a leading apostrophe (OWASP's advice). The same goes after a semicolon, a
 * tab or a line break inside a cell, where a spreadsheet that splits on them would start a new cell
 * (`x;=1+1`). Page text is data, never a formula.
 */
export const CSV_COLUMNS = [
  'id',
  'claim',
  'source_name',
  'source_role',
  'source_kind',
  'kind_correction',
  'effective_kind',
  'cue',
  'mention',
  'mention_start',
  'mention_end',
  'url',
  'title',
  'outlet',
  'published',
  'saved_at',
  'quote_exact',
  'quote_prefix',
  'quote_suffix',
  'position_start',
  'position_end',
  'note',
  'tags',
  'origin',
] as const;

export const CSV_TAG_SEPARATOR = ' | ';

export function csvCell(value: string): string {
  const inner = value.replace(/([;\t\r\n])(\s*)(?=[=+\-@])/g, "$1$2'");
  const guarded = /^[=+\-@\t\r]/.test(inner) ? `'${inner}` : inner;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

function row(c: SavedClaim): string[] {
  const n = (v: number | undefined) => (v === undefined ? '' : String(v));
  return [
    c.id,
    c.claim,
    c.source.name,
    c.source.role ?? '',
    c.source.kind,
    c.kindCorrection ?? '',
    effectiveKind(c),
    c.cue,
    c.source.mention?.text ?? '',
    n(c.source.mention?.start),
    n(c.source.mention?.end),
    c.url,
    c.title,
    c.outlet,
    c.published ?? '',
    c.savedAt,
    c.quote.exact,
    c.quote.prefix,
    c.quote.suffix,
    n(c.position?.start),
    n(c.position?.end),
    c.note,
    c.tags.join(CSV_TAG_SEPARATOR),
    c.origin,
  ];
}

export function toCsv(claims: readonly SavedClaim[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const c of claims) lines.push(row(c).map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
