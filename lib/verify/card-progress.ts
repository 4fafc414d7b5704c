import { z } from 'zod';
import { VERIFICATION_STATUSES, VerificationStatusSchema, type VerificationRecord } from '../db/verification-records';
import { effectiveStatus } from './expiry';
import { supplierProgress, type ClaimRef } from './progress';

/**
 * What the hover card and list-page markers may show about verification: statuses (a fixed
 * vocabulary) and counts, never a field the user typed (certificate numbers, notes, holder
 * names stay in extension pages; the page's own scripts could read anything we put there).
 */
export const CardVerificationSchema = z.object({
  supplierKey: z.string().max(200),
  /** "2 of 5 claims confirmed" */
  progress: z.string().max(60),
  confirmed: z.number().int().min(0),
  total: z.number().int().min(0),
  /** Keyed `${claimId}|${version}` ('' when none), as on the claim row. Unchecked claims are left out. */
  statuses: z.record(z.string().max(300), VerificationStatusSchema),
});
export type CardVerification = z.infer<typeof CardVerificationSchema>;

export const cardStatusKey = (claimId: string, version: string | undefined) => `${claimId}|${version ?? ''}`;

/** Pure: builds the card's verification data for one supplier from its records. */
export function cardVerification(
  supplierKey: string,
  claims: readonly ClaimRef[],
  records: readonly Pick<VerificationRecord, 'claimId' | 'version' | 'status' | 'expiryDate' | 'remindedOn'>[],
  today: string,
): CardVerification {
  const p = supplierProgress(claims, records, today);
  const statuses: Record<string, (typeof VERIFICATION_STATUSES)[number]> = {};
  for (const r of records) {
    const s = effectiveStatus(r, today);
    if (s !== 'unchecked') statuses[cardStatusKey(r.claimId, r.version)] = s;
  }
  return { supplierKey, progress: p.text, confirmed: p.confirmed, total: p.total, statuses };
}
