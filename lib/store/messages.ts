/**
 * Messages for the saved-claims store, validated with zod and discriminated by `type`. The content script
 * (hover card, context-menu selection) and the side panel send them to the background script, which owns the
 * database and answers with `handleStoreMessage` (handler.ts). (The library page opens the database
 * directly: it is an extension page, same origin as the background.)
 * This file holds schemas and types only, so the content script can import it without bundling Dexie.
 */
import { z } from 'zod';
import { SourceKindSchema } from '../analysis/schema';
import type { ExportFile } from './formats';
import { type SavedClaim, SavedClaimDraftSchema, SavedClaimSchema, TagSchema } from './schema';
import { ClaimQuerySchema } from './search';
import type { ImportResult } from './service';

export const ExportFormatSchema = z.enum(['json', 'csv', 'markdown', 'w3c', 'hypothesis']);

const Save = z.object({ type: z.literal('store-save'), draft: SavedClaimDraftSchema });
const ForUrl = z.object({ type: z.literal('store-for-url'), url: z.string() });
/** One claim by id: extension pages only (a page re-finds a claim through lib/store/reveal.ts). */
const Get = z.object({ type: z.literal('store-get'), id: z.string() });
const Update = z.object({
  type: z.literal('store-update'),
  id: z.string(),
  patch: z.object({
    note: z.string().max(100_000).optional(),
    tags: z.array(TagSchema).max(200).optional(),
    kindCorrection: SourceKindSchema.nullable().optional(),
  }),
});
const Delete = z.object({ type: z.literal('store-delete'), id: z.string() });
const Restore = z.object({ type: z.literal('store-restore'), claim: SavedClaimSchema });
const List = z.object({ type: z.literal('store-list'), query: ClaimQuerySchema.optional() });
const Export = z.object({ type: z.literal('store-export'), format: ExportFormatSchema });
const Import = z.object({ type: z.literal('store-import'), text: z.string() });

/**
 * content script → background: save from the hover card or a selection; which claims of this page are saved.
 */
export const ContentToBackgroundStoreSchema = z.discriminatedUnion('type', [Save, ForUrl]);
export type ContentToBackgroundStore = z.infer<typeof ContentToBackgroundStoreSchema>;

/** side panel → background: everything the panel (and any other extension page) may ask of the store. */
export const PanelToBackgroundStoreSchema = z.discriminatedUnion('type', [
  Save,
  ForUrl,
  Get,
  Update,
  Delete,
  Restore,
  List,
  Export,
  Import,
]);
export type PanelToBackgroundStore = z.infer<typeof PanelToBackgroundStoreSchema>;
/** What callers construct (defaults of the query and draft may be left out). */
export type StoreRequest = z.input<typeof PanelToBackgroundStoreSchema>;

export interface StoreResults {
  'store-save': { claim: SavedClaim; created: boolean };
  'store-for-url': SavedClaim[];
  'store-get': SavedClaim | null;
  'store-update': SavedClaim | null;
  'store-delete': SavedClaim | null;
  'store-restore': boolean;
  'store-list': { total: number; items: SavedClaim[] };
  'store-export': ExportFile;
  'store-import': ImportResult;
}

export type StoreResponse<K extends keyof StoreResults = keyof StoreResults> =
  | { ok: true; type: K; result: StoreResults[K] }
  | { ok: false; type: K | 'invalid'; error: string };

/** True when `raw` claims to be a store message (its type starts with `store-`), valid or not. */
export function isStoreMessage(raw: unknown): boolean {
  return (
    !!raw &&
    typeof raw === 'object' &&
    typeof (raw as { type?: unknown }).type === 'string' &&
    (raw as { type: string }).type.startsWith('store-')
  );
}

// Kept for callers that import the handler from here (lib/messages.ts). The background can import it from
// handler.ts instead, which keeps Dexie out of bundles that only need the schemas (the content script).
