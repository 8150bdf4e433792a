/** Real fixture pages, extracted and analysed as the extension does (for the components' tests). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { analyze } from '../lib/analysis/index';
import type { Analysis } from '../lib/analysis/schema';
import { extractArticle } from '../lib/page/extract';

const cache = new Map<string, { text: string; analysis: Analysis }>();

export function fixtureAnalysis(dir: string): { text: string; analysis: Analysis } {
  let r = cache.get(dir);
  if (!r) {
    const html = readFileSync(join(process.cwd(), 'test/fixtures/pages', dir, 'index.html'), 'utf8');
    const doc = new JSDOM(html).window.document as unknown as Document;
    const art = extractArticle(doc);
    if (!art) throw new Error(`${dir}: no article`);
    r = { text: art.text, analysis: analyze(art.text) };
    cache.set(dir, r);
  }
  return r;
}

/**
 * A separator beside a number that a reader can take for a digit: the middle dot and the bullet read as the
 * Arabic-Indic zero ٠ («١٧ · ٦» reads «١٧٠٦»); a full stop or Arabic decimal sign between numbers reads as a
 * decimal point. Used on the rendered summary and the badge.
 */
export const DIGIT_LOOKALIKE = /[\d٠-٩۰-۹]\s*[·•∙⋅٠.٫]\s*\S|[·•∙⋅٠٫]\s*[\d٠-٩۰-۹]/;
