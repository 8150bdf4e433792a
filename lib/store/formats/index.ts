import type { Analysis } from '../../analysis/schema';
import type { PageMeta } from '../draft';
import type { ReadRecord } from '../profile-schema';
import type { SavedClaim } from '../schema';
import { type ExportFormat, libraryOrder } from './common';
import { toCsv } from './csv';
import { toHypothesis } from './hypothesis';
import { type ParseResult, parseIsnadJson, toIsnadJson } from './json';
import { toMarkdown } from './markdown';
import { claimsFromAnalysis } from './page';
import { looksLikeW3c, parseW3c, toW3c } from './w3c';

export type { ExportFormat } from './common';
export type { ParseResult } from './json';

export const EXPORT_FORMATS: readonly ExportFormat[] = ['json', 'csv', 'markdown', 'w3c', 'hypothesis'];

export interface ExportFile {
  filename: string;
  mime: string;
  text: string;
}

const EXT: Record<ExportFormat, [string, string]> = {
  json: ['json', 'application/json'],
  csv: ['csv', 'text/csv;charset=utf-8'],
  markdown: ['md', 'text/markdown;charset=utf-8'],
  w3c: ['jsonld', 'application/ld+json'],
  hypothesis: ['hypothesis.json', 'application/json'],
};

/**
 * Serialises claims in one format. `scope: 'library'` sorts by saved time (a total order, so the output is
 * the same whatever order the database returned); `scope: 'page'` keeps the given (reading) order.
 */
export function exportClaims(
  claims: readonly SavedClaim[],
  format: ExportFormat,
  opts: { exportedAt: string; scope: 'library' | 'page'; name?: string; reads?: readonly ReadRecord[] },
): ExportFile {
  const list = opts.scope === 'library' ? libraryOrder(claims) : [...claims];
  const heading = opts.scope === 'library' ? 'إسناد · Isnad — saved claims' : `إسناد · Isnad — ${opts.name ?? 'page'}`;
  let text: string;
  switch (format) {
    case 'json':
      text = toIsnadJson(list, opts.exportedAt, opts.reads);
      break;
    case 'csv':
      text = toCsv(list);
      break;
    case 'markdown':
      text = toMarkdown(list, { heading, exportedAt: opts.exportedAt });
      break;
    case 'w3c':
      text = toW3c(list, { exportedAt: opts.exportedAt, label: heading });
      break;
    case 'hypothesis':
      text = toHypothesis(list, { exportedAt: opts.exportedAt });
      break;
  }
  return { ...exportFileMeta(format, opts.scope, opts.exportedAt), text };
}

/**
 * An export's file name and MIME type, from its format alone. The panel derives them itself for a page's
 * export (the content script, which makes the text, runs in the page's process and must not choose them).
 */
export function exportFileMeta(
  format: ExportFormat,
  scope: 'library' | 'page',
  exportedAt: string,
): { filename: string; mime: string } {
  const [ext, mime] = EXT[format];
  return { filename: `isnad-${scope}-${exportedAt.slice(0, 10)}.${ext}`, mime };
}

/**
 * A page's claim list (every detected claim, saved or not) as a file. Needs the analysed text for the
 * selectors' prefix/suffix, so it runs where the text is (the content script), or wherever the text is sent.
 */
export function exportPageClaims(
  analysis: Analysis,
  page: PageMeta,
  format: ExportFormat,
  opts: { exportedAt: string; saved?: readonly SavedClaim[] },
): ExportFile {
  const claims = claimsFromAnalysis(analysis, page, opts);
  return exportClaims(claims, format, { exportedAt: opts.exportedAt, scope: 'page', name: page.title || page.url });
}

/**
 * Largest import accepted: a 10,000-claim export is about 15 MB. The library checks a file's size in bytes
 * before reading it (MAX_IMPORT_BYTES), and the parser its length in characters.
 */
export const MAX_IMPORT_CHARS = 60_000_000;
export const MAX_IMPORT_BYTES = 60 * 1024 * 1024;

/** Reads an Isnad JSON export or W3C Web Annotation JSON; a refusal says what is wrong and where. */
export function parseImport(text: string, now?: string): ParseResult {
  if (text.length > MAX_IMPORT_CHARS) return { ok: false, errors: ['file: too large to import'] };
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    return { ok: false, errors: [`file: not valid JSON (${(e as Error).message})`] };
  }
  if (data && typeof data === 'object' && !Array.isArray(data) && 'format' in data) {
    const format = (data as { format: unknown }).format;
    if (format !== 'isnad') return { ok: false, errors: [`format: expected "isnad", got ${JSON.stringify(format)}`] };
    return parseIsnadJson(data);
  }
  if (looksLikeW3c(data)) return parseW3c(data, now);
  return {
    ok: false,
    errors: ['file: neither an Isnad export (format: "isnad") nor W3C Web Annotation JSON (type: Annotation…)'],
  };
}
