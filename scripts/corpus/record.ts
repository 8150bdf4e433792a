/**
 * One JSON Lines article in, one output line out (pure: no I/O, no threads).
 * Input: `{id, title?, text, outlet?, category?, url?, published?, …}` as in ../shared/data/ant/articles.jsonl.gz.
 * Output: the article's Analysis with the input's `id`, its metadata (everything but title and text) and its
 * word count (whitespace tokens of title and text), which scripts/report.ts needs for claims per 1,000 words.
 */
import { analyze } from '../../lib/analysis/index';

/** Longest input line accepted, in UTF-16 units (the longest ANT article is ≈ 60,000). */
export const MAX_LINE = 4_000_000;
/** Metadata copied through to the output, when present and a string. */
const META = ['outlet', 'category', 'url', 'published'] as const;

export type LineResult =
  | { ok: true; id: string; line: string; words: number }
  | { ok: false; ref: string; message: string; words: 0 };

export function countWords(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const space = c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x200f || c === 0x200e;
    if (space) inWord = false;
    else if (!inWord) {
      inWord = true;
      n++;
    }
  }
  return n;
}

/** `lineNo` (1-based) names the record in an error when it has no usable id. */
export function analyzeLine(raw: string, lineNo: number, entities: boolean): LineResult {
  const fail = (ref: string, message: string): LineResult => ({ ok: false, ref, message, words: 0 });
  const where = `line ${lineNo}`;
  if (raw.length > MAX_LINE) return fail(where, `record longer than ${MAX_LINE.toLocaleString('en-US')} characters`);
  let rec: unknown;
  try {
    rec = JSON.parse(raw);
  } catch (e) {
    return fail(where, `not JSON (${(e as Error).message.split('\n')[0]})`);
  }
  if (!rec || typeof rec !== 'object' || Array.isArray(rec)) return fail(where, 'not a JSON object');
  const r = rec as Record<string, unknown>;
  const id = typeof r.id === 'string' && r.id ? r.id : typeof r.id === 'number' ? String(r.id) : null;
  if (!id) return fail(where, 'no "id" (string or number)');
  if (typeof r.text !== 'string' || !r.text.trim()) return fail(id, 'no "text"');
  if (r.title != null && typeof r.title !== 'string') return fail(id, '"title" is not a string');
  // The analyser's text format: title, blank line, body; the headline is then known exactly.
  const title = typeof r.title === 'string' ? r.title.replace(/\s+/g, ' ').trim() : '';
  const text = title ? `${title}\n\n${r.text}` : r.text;
  let analysis: ReturnType<typeof analyze>;
  try {
    analysis = analyze(text, { entities, headlineEnd: title ? title.length : undefined });
  } catch (e) {
    return fail(id, `analyser failed: ${(e as Error).message.split('\n')[0]}`);
  }
  const words = countWords(text);
  const out: Record<string, unknown> = { id };
  for (const k of META) if (typeof r[k] === 'string') out[k] = r[k];
  out.words = words;
  Object.assign(out, analysis);
  return { ok: true, id, line: JSON.stringify(out), words };
}
