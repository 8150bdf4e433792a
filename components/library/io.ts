import type { ExportFile } from '../../lib/store/formats';

/** Saves a generated file on the reader's device: a Blob URL and `a.download`, no network. */
export function downloadFile(file: ExportFile, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.mime }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = file.filename;
  a.rel = 'noopener';
  a.style.display = 'none';
  doc.body.append(a);
  a.click();
  a.remove();
  // Revoke later: some browsers start reading the Blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/**
 * The original page's address, for the "open original" link (http(s) pages only: an imported file could carry
 * `javascript:` or `data:` URLs). The link carries no claim id: a plain click asks the background to open the
 * page and show the claim there (lib/store/reveal.ts); a page cannot read which claim from its own address.
 */
export function originalHref(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  return u.href;
}

/** The host an http(s) address points to (punycode as the browser shows it), for showing before a link. */
export function hostOf(href: string): string {
  try {
    return new URL(href).host;
  } catch {
    return '';
  }
}

/** Splits what the reader typed into tags: commas (Latin or Arabic), semicolons or new lines. */
export function parseTags(input: string): string[] {
  const out: string[] = [];
  for (const part of input.split(/[,،;؛\n]/)) {
    const tag = part.trim();
    if (tag && !out.includes(tag)) out.push(tag.slice(0, 100));
  }
  return out;
}
