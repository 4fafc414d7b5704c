import type { ClaimFlag } from '../../lib/claims/ids';
import type { VerificationStatus } from '../../lib/db/verification-records';

export const FLAG_LABELS: Record<ClaimFlag, string> = {
  obsolete: 'Obsolete',
  misnomer: 'Misnomer',
  vague: 'Vague',
  'not-certifiable': 'Not certifiable',
  expired: 'Expired',
};

export const STATUS_LABELS: Record<VerificationStatus, string> = {
  unchecked: 'Not checked',
  'asked-supplier': 'Asked supplier',
  confirmed: 'Confirmed at issuer',
  'not-found': 'Not found in registry',
  mismatch: 'Registry does not match',
  expired: 'Expired',
  'not-publicly-checkable': 'Not publicly checkable',
};

export const EVIDENCE_LABELS = { platform: 'Platform says', supplier: 'Supplier says' } as const;
