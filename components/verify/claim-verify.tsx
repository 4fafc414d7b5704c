import { useId, useState } from 'react';
import type { ClaimEntry } from '../../lib/claims/schema';
import type { Claim } from '../../lib/scan/page-scan';
import { today as getToday, useVerifications } from './hooks';
import { VerifyStatusBadge } from './status-badge';
import { useVerifySupplier } from './supplier-context';
import { VerifyChecklist } from './verify-checklist';
import './verify.css';

/** The verification part of a claim row: status badge and the Verify button that opens the checklist. */
export function ClaimVerify({ claim, entry }: { claim: Claim; entry: ClaimEntry | undefined }) {
  const supplier = useVerifySupplier();
  if (!supplier || !entry) return null;
  return <ClaimVerifyInner claim={claim} entry={entry} supplier={supplier} />;
}

function ClaimVerifyInner({ claim, entry, supplier }: { claim: Claim; entry: ClaimEntry; supplier: NonNullable<ReturnType<typeof useVerifySupplier>> }) {
  const records = useVerifications(supplier.key);
  const [open, setOpen] = useState(false);
  const id = useId();
  const today = getToday();
  const record = records?.find((r) => r.claimId === claim.id && r.version === (claim.version ?? ''));

  return (
    <div className="certlens-claim-verify">
      <VerifyStatusBadge record={record} today={today} />
      <button
        type="button"
        className="certlens-verify-button"
        data-testid="verify-button"
        aria-expanded={open}
        aria-controls={id}
        disabled={records === undefined}
        onClick={() => setOpen((o) => !o)}
      >
        {open ? 'Close checklist' : 'Verify'}
      </button>
      {open && records !== undefined && (
        <VerifyChecklist id={id} entry={entry} claim={claim} supplier={supplier} record={record} today={today} />
      )}
    </div>
  );
}
