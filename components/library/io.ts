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
 * The original page with a hint for the content script to re-anchor and highlight the saved claim
 * (`#isnad=<id>`; the content script reads it, asks the background for the claim and runs lib/store/anchor).
 * Only http(s) pages get a link: an imported file could carry `javascript:` or `data:` URLs.
 */
export function originalHref(url: string, id: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  u.hash = `isnad=${encodeURIComponent(id)}`;
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
