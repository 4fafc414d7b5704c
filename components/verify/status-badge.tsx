import type { VerificationRecord } from '../../lib/db';
import { effectiveStatus } from '../../lib/verify/expiry';
import { STATUS_LABELS, describeOutcome } from '../../lib/verify/status';

/** The claim's verification status as a badge, with the outcome sentence beside it. */
export function VerifyStatusBadge({ record, today }: { record: VerificationRecord | undefined; today: string }) {
  const status = record ? effectiveStatus(record, today) : 'unchecked';
  const sentence = record ? describeOutcome({ ...record, status }) : describeOutcome({ status });
  return (
    <span className="certlens-verify-badge-line">
      <span className={`certlens-verify-badge certlens-verify-badge--${status}`} data-testid="verify-status" data-status={status}>
        {STATUS_LABELS[status]}
      </span>
      {status !== 'unchecked' && (
        <span className="certlens-muted" data-testid="verify-outcome">
          {' '}
          {sentence}
        </span>
      )}
    </span>
  );
}
