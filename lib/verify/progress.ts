import type { VerificationRecord, VerificationStatus } from '../db/verification-records';
import { effectiveStatus } from './expiry';

/** The key a claim row and its record share: '' version when the page stated none. */
export function verificationKey(supplierKey: string, claimId: string, version: string | undefined): [string, string, string] {
  return [supplierKey, claimId, version ?? ''];
}

export interface ClaimRef {
  id: string;
  version?: string;
}

export interface SupplierProgress {
  total: number;
  confirmed: number;
  /** Claims with any recorded outcome or request (not unchecked). */
  started: number;
  byStatus: Partial<Record<VerificationStatus, number>>;
  text: string;
}

/**
 * "2 of 5 claims confirmed": over the claims on this page, counting a confirmed record only if
 * it has not expired by `today`.
 */
export function supplierProgress(
  claims: readonly ClaimRef[],
  records: readonly Pick<VerificationRecord, 'claimId' | 'version' | 'status' | 'expiryDate' | 'remindedOn'>[],
  today: string,
): SupplierProgress {
  const byKey = new Map(records.map((r) => [`${r.claimId}\u0000${r.version}`, r]));
  const seen = new Set<string>();
  const byStatus: Partial<Record<VerificationStatus, number>> = {};
  let total = 0;
  for (const c of claims) {
    const k = `${c.id}\u0000${c.version ?? ''}`;
    if (seen.has(k)) continue;
    seen.add(k);
    total++;
    const r = byKey.get(k);
    const status = r ? effectiveStatus(r, today) : 'unchecked';
    byStatus[status] = (byStatus[status] ?? 0) + 1;
  }
  const confirmed = byStatus.confirmed ?? 0;
  const started = total - (byStatus.unchecked ?? 0);
  return { total, confirmed, started, byStatus, text: `${confirmed} of ${total} ${total === 1 ? 'claim' : 'claims'} confirmed` };
}
