import type { IsnadDB } from './db';
import {
  ContentToBackgroundStoreSchema,
  isStoreMessage,
  PanelToBackgroundStoreSchema,
  type StoreResponse,
} from './messages';
import {
  type ClaimPatch,
  claimsForUrl,
  deleteClaim,
  exportLibrary,
  getClaim,
  importFile,
  listClaims,
  restoreClaim,
  saveClaim,
  updateClaim,
} from './service';

/**
 * Who sent a store message, as the background established it from `runtime.MessageSender` (never from the
 * message): one of the extension's own pages (panel, library), or a content script in a web page, whose
 * address comes from `sender.url`.
 */
export type StoreCaller = { kind: 'extension' } | { kind: 'page'; url: string };

/** A page's address as saved claims are keyed: the sender's URL without its fragment. */
export function pageUrlOf(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

/** The store messages a content script may send (ContentToBackgroundStoreSchema). */
const PAGE_TYPES = new Set(['store-save', 'store-for-url']);

/**
 * Validates and runs one store message. Returns null for messages that are not for the store (the
 * background's other handlers take them); never throws — failures come back as `{ ok: false, error }`.
 *
 * A content script runs in the page's process and may be compromised by the page, so it gets only what
 * marking its own page needs: save a claim of this page, list this page's saved claims. The page's URL is the caller's, whatever the message says. The library operations (list,
 * export, import, update, delete, restore) answer extension pages only.
 */
export async function handleStoreMessage(
  raw: unknown,
  db: IsnadDB,
  caller: StoreCaller,
): Promise<StoreResponse | null> {
  if (!isStoreMessage(raw)) return null;
  const type = (raw as { type: string }).type;
  if (caller.kind === 'page' && !PAGE_TYPES.has(type))
    return { ok: false, type: 'invalid', error: `${type}: not allowed from a web page` };
  const schema = caller.kind === 'extension' ? PanelToBackgroundStoreSchema : ContentToBackgroundStoreSchema;
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, type: 'invalid', error: `${issue.path.join('.') || 'message'}: ${issue.message}` };
  }
  const msg = parsed.data;
  const pageUrl = caller.kind === 'page' ? caller.url : null;
  try {
    switch (msg.type) {
      case 'store-save': {
        const draft = pageUrl === null ? msg.draft : { ...msg.draft, url: pageUrl };
        return { ok: true, type: msg.type, result: await saveClaim(db, draft) };
      }
      case 'store-for-url':
        return { ok: true, type: msg.type, result: await claimsForUrl(db, pageUrl ?? msg.url) };
      case 'store-get': {
        return { ok: true, type: msg.type, result: await getClaim(db, msg.id) };
      }
      case 'store-update':
        return { ok: true, type: msg.type, result: await updateClaim(db, msg.id, msg.patch as ClaimPatch) };
      case 'store-delete':
        return { ok: true, type: msg.type, result: await deleteClaim(db, msg.id) };
      case 'store-restore':
        return { ok: true, type: msg.type, result: await restoreClaim(db, msg.claim) };
      case 'store-list':
        return { ok: true, type: msg.type, result: await listClaims(db, msg.query) };
      case 'store-export':
        return { ok: true, type: msg.type, result: await exportLibrary(db, msg.format) };
      case 'store-import':
        return { ok: true, type: msg.type, result: await importFile(db, msg.text) };
    }
  } catch (e) {
    return { ok: false, type: msg.type, error: e instanceof Error ? e.message : String(e) };
  }
}
