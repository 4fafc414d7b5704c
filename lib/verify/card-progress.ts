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
  /**
   * Same keys: the day that status dates from (checked on; asked on; for an expired
   * certificate, the last day it was valid), when the record has it. A date, not a typed field.
   */
  dates: z.record(z.string().max(300), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)).optional(),
});
export type CardVerification = z.infer<typeof CardVerificationSchema>;

export const cardStatusKey = (claimId: string, version: string | undefined) => `${claimId}|${version ?? ''}`;

/** The day a status dates from, as the card words it: "checked on", "asked on", "valid until". */
function statusDay(
  status: (typeof VERIFICATION_STATUSES)[number],
  r: Pick<VerificationRecord, 'checkedOn' | 'askedOn' | 'expiryDate'>,
): string | undefined {
  if (status === 'asked-supplier') return r.askedOn;
  if (status === 'expired') return r.expiryDate;
  return r.checkedOn;
}

/** Pure: builds the card's verification data for one supplier from its records. */
export function cardVerification(
  supplierKey: string,
  claims: readonly ClaimRef[],
  records: readonly Pick<VerificationRecord, 'claimId' | 'version' | 'status' | 'expiryDate' | 'remindedOn' | 'checkedOn' | 'askedOn'>[],
  today: string,
): CardVerification {
  const p = supplierProgress(claims, records, today);
  const statuses: Record<string, (typeof VERIFICATION_STATUSES)[number]> = {};
  const dates: Record<string, string> = {};
  for (const r of records) {
    const s = effectiveStatus(r, today);
    if (s === 'unchecked') continue;
    const key = cardStatusKey(r.claimId, r.version);
    statuses[key] = s;
    const day = statusDay(s, r);
    if (day) dates[key] = day;
  }
  return { supplierKey, progress: p.text, confirmed: p.confirmed, total: p.total, statuses, dates };
}
