import { z } from 'zod';
import { canonicalRead, type ReadRecord, ReadRecordSchema, readsInOrder } from '../profile-schema';
import { type SavedClaim, SavedClaimSchema } from '../schema';
import { canonicalClaim, formatIssues } from './common';

/** Isnad's own export file, version 1. Import accepts exactly this (validated field by field). */
export const IsnadExportSchema = z.object({
  format: z.literal('isnad'),
  version: z.literal(1),
  exportedAt: z.iso.datetime({ offset: true }),
  claims: z.array(SavedClaimSchema),
  /** The outlet profile (profile-schema.ts): present when the library export had records. */
  reads: z.array(ReadRecordSchema).optional(),
});
export type IsnadExport = z.infer<typeof IsnadExportSchema>;

export function toIsnadJson(claims: readonly SavedClaim[], exportedAt: string, reads?: readonly ReadRecord[]): string {
  const file: IsnadExport = { format: 'isnad', version: 1, exportedAt, claims: claims.map(canonicalClaim) };
  if (reads?.length) file.reads = readsInOrder(reads).map(canonicalRead);
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type ParseResult = { ok: true; claims: SavedClaim[]; reads?: ReadRecord[] } | { ok: false; errors: string[] };

/** Validates a parsed Isnad file; the errors name the failing field's path. */
export function parseIsnadJson(data: unknown): ParseResult {
  const r = IsnadExportSchema.safeParse(data);
  if (r.success) return { ok: true, claims: r.data.claims, reads: r.data.reads };
  return { ok: false, errors: formatIssues(r.error) };
}
