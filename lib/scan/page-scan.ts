import { z } from 'zod';
import { CLAIM_FLAGS, CLAIM_IDS, SUPPLIER_FLAGS } from '../claims/ids';
import { MARKETPLACES } from '../sites/hosts';

/**
 * PageScan: what CertLens found on one page. This is a fixed interface (issue #2):
 * `npm run scan` prints it, the content script sends it to the background, tools outside the
 * project read it. Only add optional fields; never rename or remove one.
 */

export const MarketplaceSchema = z.enum([...MARKETPLACES, 'generic']);
export const PageKindSchema = z.enum(['supplier', 'product', 'search', 'blocked', 'other']);
export type PageKind = z.infer<typeof PageKindSchema>;

export const EvidenceSchema = z.enum(['platform', 'supplier']);
export type Evidence = z.infer<typeof EvidenceSchema>;

export const ClaimSchema = z.object({
  id: z.enum(CLAIM_IDS),
  /** The text as the page wrote it (first occurrence), trimmed, at most 200 characters. */
  text: z.string().max(200),
  evidence: EvidenceSchema,
  flags: z.array(z.enum(CLAIM_FLAGS)),
  certificateNumber: z.string().max(80).optional(),
  issuer: z.string().max(80).optional(),
  /** YYYY-MM-DD */
  validUntil: z.string().max(20).optional(),
  /** Normalised version when the page states one, e.g. "ISO 9001:2008" (matches the catalog's obsoleteVersions[].version). */
  version: z.string().max(40).optional(),
  /** How many times the page states it. */
  occurrences: z.number().int().min(1).optional(),
});
export type Claim = z.infer<typeof ClaimSchema>;

export const SupplierScanSchema = z.object({
  /** `<marketplace>:<its stable id>`, e.g. `alibaba:zhenbenchina`. */
  key: z.string().min(3).max(200),
  name: z.string().max(300),
  flags: z.array(z.enum(SUPPLIER_FLAGS)),
  /** Why a supplier flag was raised (e.g. "claims 38 unrelated standards"). */
  flagReasons: z.array(z.string().max(300)).optional(),
  claims: z.array(ClaimSchema),
  url: z.string().max(2000).optional(),
  /** e.g. "6 yrs", "Since 2011" as shown. */
  years: z.string().max(60).optional(),
  country: z.string().max(60).optional(),
  businessType: z.string().max(200).optional(),
  /** Badge labels as the marketplace shows them ("Audited Supplier", "Diamond Member"). */
  badges: z.array(z.string().max(120)).optional(),
  /** Official identifiers the page shows (e.g. IndiaMART's GSTIN): identity data, not claims. */
  identifiers: z.array(z.object({ type: z.string().max(40), value: z.string().max(80) })).max(20).optional(),
});
export type SupplierScan = z.infer<typeof SupplierScanSchema>;

export const PageScanSchema = z.object({
  url: z.string().max(4000),
  marketplace: MarketplaceSchema,
  pageKind: PageKindSchema,
  suppliers: z.array(SupplierScanSchema).max(500),
  claims: z.array(ClaimSchema).max(2000),
  /** Set on blocked pages: what the site showed ("captcha", "access denied"). */
  blockedReason: z.string().max(200).optional(),
});
export type PageScan = z.infer<typeof PageScanSchema>;

/** The badge number: distinct claims on the page, over all suppliers and the page itself. */
export function countClaims(scan: PageScan): number {
  return scan.suppliers.reduce((n, s) => n + s.claims.length, scan.claims.length);
}
