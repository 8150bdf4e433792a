import type { IsnadDB } from './db';
import { isStoreMessage, PanelToBackgroundStoreSchema, type StoreResponse } from './messages';
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
 * Validates and runs one store message. Returns null for messages that are not for the store (the
 * background's other handlers take them); never throws — failures come back as `{ ok: false, error }`.
 */
export async function handleStoreMessage(raw: unknown, db: IsnadDB): Promise<StoreResponse | null> {
  if (!isStoreMessage(raw)) return null;
  const parsed = PanelToBackgroundStoreSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, type: 'invalid', error: `${issue.path.join('.') || 'message'}: ${issue.message}` };
  }
  const msg = parsed.data;
  try {
    switch (msg.type) {
      case 'store-save':
        return { ok: true, type: msg.type, result: await saveClaim(db, msg.draft) };
      case 'store-for-url':
        return { ok: true, type: msg.type, result: await claimsForUrl(db, msg.url) };
      case 'store-get':
        return { ok: true, type: msg.type, result: await getClaim(db, msg.id) };
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
