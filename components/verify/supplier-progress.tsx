import type { Claim } from '../../lib/scan/page-scan';
import { supplierProgress } from '../../lib/verify/progress';
import { today, useVerifications } from './hooks';

/** "2 of 5 claims confirmed" for the claims on this page. */
export function SupplierProgressLine({ supplierKey, claims }: { supplierKey: string; claims: readonly Claim[] }) {
  const records = useVerifications(supplierKey);
  if (!records || claims.length === 0) return null;
  const p = supplierProgress(claims, records, today());
  return (
    <p className="certlens-verify-progress" data-testid="verify-progress" data-confirmed={p.confirmed} data-total={p.total}>
      {p.text}
      {p.started > p.confirmed && <span className="certlens-muted"> · {p.started - p.confirmed} other outcomes or requests</span>}
    </p>
  );
}
