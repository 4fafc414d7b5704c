import type { VerificationRecord, VerificationStatus } from '../db/verification-records';
import { formatIsoDay } from './dates';

export { VERIFICATION_STATUSES, type VerificationStatus } from '../db/verification-records';

/** Short labels for badges and the status picker. */
export const STATUS_LABELS: Record<VerificationStatus, string> = {
  unchecked: 'Unchecked',
  'asked-supplier': 'Asked supplier',
  confirmed: 'Confirmed at issuer',
  'not-found': 'Not found at registry',
  mismatch: 'Mismatch',
  expired: 'Expired',
  'not-publicly-checkable': 'Not publicly checkable',
};

/** Statuses that count as "done" in the per-supplier progress: the user reached a recorded outcome. */
export const OUTCOME_STATUSES: readonly VerificationStatus[] = [
  'confirmed',
  'not-found',
  'mismatch',
  'expired',
  'not-publicly-checkable',
];

type Described = Pick<
  VerificationRecord,
  'status' | 'registryUsed' | 'checkedOn' | 'askedOn' | 'expiryDate' | 'issuingBody'
>;

/**
 * One sentence for a record, as the panel shows it. A record that was not found is worded as
 * "not found in <registry> on <date>" and never as "fake": registries are incomplete, and the
 * user may say so to the supplier.
 */
export function describeOutcome(r: Described): string {
  const on = (d?: string) => (d ? ` on ${formatIsoDay(d)}` : '');
  switch (r.status) {
    case 'unchecked':
      return 'Not checked yet.';
    case 'asked-supplier':
      return `Asked the supplier${on(r.askedOn)}.`;
    case 'confirmed':
      return `Confirmed${r.registryUsed ? ` in ${r.registryUsed}` : r.issuingBody ? ` with ${r.issuingBody}` : ''}${on(r.checkedOn)}${r.expiryDate ? `, valid until ${formatIsoDay(r.expiryDate)}` : ''}.`;
    case 'not-found':
      return `Not found in ${r.registryUsed || 'the registry'}${on(r.checkedOn)}.`;
    case 'mismatch':
      return `Found${r.registryUsed ? ` in ${r.registryUsed}` : ''}${on(r.checkedOn)}, but it does not match this supplier or product.`;
    case 'expired':
      return `Expired${r.expiryDate ? ` on ${formatIsoDay(r.expiryDate)}` : ''}.`;
    case 'not-publicly-checkable':
      return `No public registry to check it${on(r.checkedOn)}; rely on the documents the supplier shares.`;
  }
}
