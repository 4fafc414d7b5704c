import { useId } from 'react';
import type { Claim } from '../lib/scan/page-scan';
import { useEntry } from './catalog-context';
import { ClaimDetails } from './claim-details';
import { FlagNotice } from './flag-badge';
import { explainClaimFlag } from './flag-explanations';
import { formatDay } from './format';
import { usePanelStore } from './store/panel-store';
import { claimRowKey, selectClaimExpanded } from './store/ui-slice';
import { ClaimVerify } from './verify/claim-verify';

/** One claim: its name, the page's own words, flags explained, and a button that opens the details. */
export function ClaimRow({ owner, claim }: { owner: string; claim: Claim }) {
  const entry = useEntry(claim.id);
  const rowKey = claimRowKey(owner, claim);
  const expanded = usePanelStore(selectClaimExpanded(rowKey));
  const toggleClaim = usePanelStore((s) => s.toggleClaim);
  const detailsId = useId();
  const name = entry?.name ?? claim.id;
  const stated = claim.certificateNumber || claim.issuer || claim.validUntil;
  // Two flags on one claim ("ISO approved": vague and misnomer) can point at the same red flag: show it once.
  const shownRedFlags = new Set<string>();
  const explanations = claim.flags.map((f) => {
    const e = explainClaimFlag(f, claim, entry);
    if (e.redFlag && shownRedFlags.has(e.redFlag.pattern)) return { ...e, redFlag: undefined };
    if (e.redFlag) shownRedFlags.add(e.redFlag.pattern);
    return e;
  });

  return (
    <li
      className={`certlens-claim${claim.flags.length ? ' certlens-claim--flagged' : ''}`}
      data-testid="claim"
      data-claim-id={claim.id}
      data-evidence={claim.evidence}
    >
      <button
        type="button"
        className="certlens-claim-toggle"
        aria-expanded={expanded}
        aria-controls={detailsId}
        onClick={() => toggleClaim(rowKey)}
      >
        <span className="certlens-claim-name">{name}</span>
        {claim.version && claim.version !== name && <span className="certlens-claim-version"> {claim.version}</span>}
        {claim.occurrences && claim.occurrences > 1 && (
          <span className="certlens-muted" aria-label={`stated ${claim.occurrences} times`}>
            {' '}
            ×{claim.occurrences}
          </span>
        )}
      </button>
      <p className="certlens-claim-quote">
        <span className="certlens-muted">On the page: </span>“{claim.text}”
      </p>
      {entry && <p className="certlens-claim-summary">{entry.summary}</p>}

      {explanations.length > 0 && (
        <ul className="certlens-flags">
          {explanations.map((e) => (
            <FlagNotice key={e.flag} explanation={e} />
          ))}
        </ul>
      )}

      {stated && (
        <dl className="certlens-stated">
          {claim.certificateNumber && (
            <>
              <dt>Certificate number</dt>
              <dd>{claim.certificateNumber}</dd>
            </>
          )}
          {claim.issuer && (
            <>
              <dt>Issuer</dt>
              <dd>{claim.issuer}</dd>
            </>
          )}
          {claim.validUntil && (
            <>
              <dt>Valid until</dt>
              <dd>{formatDay(claim.validUntil)}</dd>
            </>
          )}
          <dd className="certlens-muted certlens-stated-note">Stated on the page, not verified.</dd>
        </dl>
      )}

      <ClaimVerify claim={claim} entry={entry} />

      {expanded ? <ClaimDetails entry={entry} claim={claim} id={detailsId} /> : <div id={detailsId} hidden />}
    </li>
  );
}
