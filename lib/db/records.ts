import { z } from 'zod';
import { CLAIM_FLAGS, CLAIM_IDS } from '../claims/ids';
import { EvidenceSchema, MarketplaceSchema } from '../scan/page-scan';
import { BeyondCertificateSchema, SupplierIdentifiersSchema } from './verification-records';

/**
 * Stored record shapes. These are persisted in IndexedDB: a change here needs a new Dexie
 * version in ./database.ts (and an upgrade function when old rows must be rewritten), or a
 * `z.preprocess` on read with a comment naming what it repairs.
 */

/** A supplier the user has seen on some page. Key: `<marketplace>:<its stable id>`. */
export const SupplierRecordSchema = z.object({
  key: z.string().min(3).max(200),
  name: z.string().max(300),
  marketplace: MarketplaceSchema,
  /** The supplier's page (or the page it was seen on when the adapter gave no own URL). */
  url: z.string().max(2000),
  years: z.string().max(60).optional(),
  country: z.string().max(60).optional(),
  businessType: z.string().max(200).optional(),
  badges: z.array(z.string().max(120)),
  /** epoch ms */
  firstSeen: z.number(),
  /** epoch ms; indexed for "suppliers you saw recently" */
  lastSeen: z.number(),
  /** v2 (issue #5): company identifiers the user typed in (USCC, GSTIN, ...). */
  identifiers: SupplierIdentifiersSchema.optional(),
  /** v2 (issue #5): checks beyond certificates the user ticked for this supplier. */
  beyondCertificates: z.array(BeyondCertificateSchema).optional(),
});
export type SupplierRecord = z.infer<typeof SupplierRecordSchema>;

/**
 * One claim seen for one supplier. Key: [supplierKey+claimId+version]; `version` is '' when the
 * page stated none (IndexedDB keys cannot hold undefined).
 */
export const SightingSchema = z.object({
  supplierKey: z.string().min(3).max(200),
  claimId: z.enum(CLAIM_IDS),
  version: z.string().max(40),
  /** The text as the page wrote it, last time it was seen. */
  text: z.string().max(200),
  evidence: EvidenceSchema,
  flags: z.array(z.enum(CLAIM_FLAGS)),
  certificateNumber: z.string().max(80).optional(),
  issuer: z.string().max(80).optional(),
  validUntil: z.string().max(20).optional(),
  firstSeen: z.number(),
  lastSeen: z.number(),
  pageUrl: z.string().max(4000),
});
export type Sighting = z.infer<typeof SightingSchema>;
export type SightingKey = [supplierKey: string, claimId: string, version: string];

/** The user's note on a supplier. Key: supplierKey. */
export const NoteSchema = z.object({
  supplierKey: z.string().min(3).max(200),
  text: z.string().max(100_000),
  /** epoch ms */
  updatedAt: z.number(),
  /**
   * Incremented on every save, so a later writer (a second panel, the dashboard, an import) can
   * tell that the note changed under it.
   */
  rev: z.number().int().min(1),
});
export type Note = z.infer<typeof NoteSchema>;

/**
 * Storage only (schema v4): every claim seen for one supplier, in one row. Key: supplierKey.
 * `claims` are in claimOrder, one per (claimId, version). Nothing outside lib/db reads this
 * shape: ./suppliers.ts turns it into Sightings, and backup files keep a flat `sightings` list.
 */
export interface ClaimSet {
  supplierKey: string;
  claims: Sighting[];
}

/** The order of claims in a ClaimSet (and in exports): claim id, then version. */
export function claimOrder(a: Pick<Sighting, 'claimId' | 'version'>, b: Pick<Sighting, 'claimId' | 'version'>): number {
  return a.claimId === b.claimId ? a.version.localeCompare(b.version) : a.claimId.localeCompare(b.claimId);
}
