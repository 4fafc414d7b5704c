import { z } from 'zod';
import { CLAIM_IDS } from '../claims/ids';
import { MarketSchema } from '../claims/schema';

/**
 * Record shapes added with schema v2 (issue #5, one-click verification). Persisted in IndexedDB:
 * a change here needs a new Dexie version in ./database.ts.
 */

/** Where a claim stands after the user checked it. Never "fake": "not-found" means not found *there, then*. */
export const VERIFICATION_STATUSES = [
  'unchecked',
  'asked-supplier',
  'confirmed',
  'not-found',
  'mismatch',
  'expired',
  'not-publicly-checkable',
] as const;
export const VerificationStatusSchema = z.enum(VERIFICATION_STATUSES);
export type VerificationStatus = z.infer<typeof VerificationStatusSchema>;

const day = z.union([z.iso.date(), z.literal('')]).optional();

/**
 * The user's verification of one claim of one supplier. Key: [supplierKey+claimId+version], the
 * same key as a sighting, so the record shows on every page of that supplier.
 */
export const VerificationRecordSchema = z.object({
  supplierKey: z.string().min(3).max(200),
  claimId: z.enum(CLAIM_IDS),
  /** '' when the page stated no version (IndexedDB keys cannot hold undefined). */
  version: z.string().max(40),
  status: VerificationStatusSchema,
  certificateNumber: z.string().max(120).optional(),
  issuingBody: z.string().max(200).optional(),
  holderName: z.string().max(300).optional(),
  scope: z.string().max(2000).optional(),
  /** YYYY-MM-DD */
  issueDate: day,
  /** YYYY-MM-DD; a confirmed record turns `expired` once this day has passed. */
  expiryDate: day,
  /** The registry's name as the user used it (for "not found in <registry> on <date>"). */
  registryUsed: z.string().max(200).optional(),
  /** YYYY-MM-DD, the day the user looked at the registry. */
  checkedOn: day,
  note: z.string().max(10_000).optional(),
  /** YYYY-MM-DD, the day the request was copied for the supplier. */
  askedOn: day,
  /** YYYY-MM-DD of the last expiry reminder shown, so one is shown once. */
  remindedOn: day,
  /** epoch ms */
  updatedAt: z.number(),
});
export type VerificationRecord = z.infer<typeof VerificationRecordSchema>;
export type VerificationKey = [supplierKey: string, claimId: string, version: string];

export const ATTACHMENT_MAX_BYTES = 5 * 1024 * 1024;
export const ATTACHMENT_TYPES = /^(image\/[a-z0-9.+-]+|application\/pdf)$/;

/** The certificate image or PDF the supplier sent, one per verification record (same key). */
export interface AttachmentRecord {
  supplierKey: string;
  claimId: string;
  version: string;
  name: string;
  type: string;
  size: number;
  blob: Blob;
  /** epoch ms */
  addedAt: number;
}

/** The options page's settings; a single row with key 'user'. */
export const SettingsSchema = z.object({
  key: z.literal('user'),
  markets: z.array(MarketSchema),
  /** Days before an expiry date to show a reminder. */
  reminderDays: z.number().int().min(0).max(365),
});
export type Settings = z.infer<typeof SettingsSchema>;
export const DEFAULT_SETTINGS: Settings = { key: 'user', markets: [], reminderDays: 30 };

/** Identifiers of the company the user can add on a supplier (kept on the supplier record). */
export const SupplierIdentifiersSchema = z.object({
  uscc: z.string().max(40).optional(),
  gstin: z.string().max(40).optional(),
  iec: z.string().max(40).optional(),
  vat: z.string().max(40).optional(),
  duns: z.string().max(40).optional(),
});
export type SupplierIdentifiers = z.infer<typeof SupplierIdentifiersSchema>;

/** What tells about product quality beyond certificates; ticked per supplier. */
export const BEYOND_CERTIFICATES = ['sample-tests', 'pre-shipment-inspection', 'order-record', 'nnn-agreement'] as const;
export const BeyondCertificateSchema = z.enum(BEYOND_CERTIFICATES);
export type BeyondCertificate = z.infer<typeof BeyondCertificateSchema>;
