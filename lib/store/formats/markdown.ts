import type { SourceKind } from '../../analysis/schema';
import { effectiveKind, type SavedClaim } from '../schema';

/**
 * A readable Markdown digest, grouped by page (in first-appearance order). Page text is escaped so it can
 * never become a link, an image, HTML or a heading in a Markdown renderer; only http(s) page URLs are linked.
 */

const KIND: Record<SourceKind, string> = {
  person: 'شخص · person',
  organization: 'جهة · organisation',
  anonymous: 'مجهول · anonymous',
};

/**
 * Escapes every character with a meaning in CommonMark inline or block syntax, and folds line breaks and
 * other control characters into spaces (a line break could start a block: HTML, a link definition).
 */
export function mdEscape(s: string): string {
  let out = '';
  for (const ch of s.replace(/[\p{Cc}\u2028\u2029]+/gu, ' ')) {
    out += '\\`*_{}[]()<>#+-.!|~&'.includes(ch) ? `\\${ch}` : ch;
  }
  return out;
}

function mdLink(title: string, url: string): string {
  const label = mdEscape(title || url);
  if (!/^https?:\/\//i.test(url)) return `${label} (${mdEscape(url)})`;
  // Percent-encode what would end or break a link destination.
  const dest = url.replace(/[\s()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return `[${label}](${dest})`;
}

export function toMarkdown(claims: readonly SavedClaim[], opts: { heading: string; exportedAt: string }): string {
  const pages = new Map<string, SavedClaim[]>();
  for (const c of claims) {
    const list = pages.get(c.url);
    if (list) list.push(c);
    else pages.set(c.url, [c]);
  }
  const out: string[] = [`# ${mdEscape(opts.heading)}`, '', `${claims.length} claims · ${mdEscape(opts.exportedAt)}`];
  for (const [url, list] of pages) {
    const first = list[0];
    out.push('', `## ${mdLink(first.title, url)}`, '');
    const meta = [first.outlet, first.published].filter(Boolean).map((s) => mdEscape(s!));
    if (meta.length) out.push(meta.join(' · '), '');
    for (const c of list) {
      const kind = effectiveKind(c);
      const who = [`**${mdEscape(c.source.name || '—')}**`];
      if (c.source.role) who.push(mdEscape(c.source.role));
      who.push(
        c.kindCorrection && c.kindCorrection !== c.source.kind
          ? `${KIND[kind]} (صُحّح من · corrected from: ${KIND[c.source.kind]})`
          : KIND[kind],
      );
      if (c.cue) who.push(`«${mdEscape(c.cue)}»`);
      out.push(`> ${mdEscape(c.claim)}`, '', `— ${who.join(' · ')}`);
      if (c.note) out.push('', `ملاحظة · Note: ${mdEscape(c.note)}`);
      // Escaped like any page text (a code span would end at a blank line and let the rest through raw).
      if (c.tags.length) out.push('', `الوسوم · Tags: ${c.tags.map((t) => mdEscape(t)).join(' · ')}`);
      out.push('');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}
