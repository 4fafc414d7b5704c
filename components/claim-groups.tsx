import type { Claim, Evidence } from '../lib/scan/page-scan';
import { ClaimRow } from './claim-row';

const GROUPS: ReadonlyArray<{ evidence: Evidence; title: string; about: string; none: string }> = [
  {
    evidence: 'platform',
    title: 'Platform says',
    about: 'Badges and audit tags the marketplace itself shows: a check it had done at one point in time.',
    none: 'The marketplace shows no badge or audit tag here.',
  },
  {
    evidence: 'supplier',
    title: 'Supplier says',
    about: 'What the supplier wrote or uploaded. Nobody has checked it yet: verify it with the issuer.',
    none: 'The supplier names no certification here.',
  },
];

/** Claims in two groups by who says so, never merged into one score (DESIGN.md "Evidence, kept apart"). */
export function ClaimGroups({ owner, claims }: { owner: string; claims: readonly Claim[] }) {
  return (
    <>
      {GROUPS.map((g) => {
        const mine = claims.filter((c) => c.evidence === g.evidence);
        return (
          <section key={g.evidence} className={`certlens-group certlens-group--${g.evidence}`} aria-label={g.title}>
            <h3>
              {g.title} <span className="certlens-count">({mine.length})</span>
            </h3>
            <p className="certlens-muted">{g.about}</p>
            {mine.length === 0 ? (
              <p className="certlens-none">{g.none}</p>
            ) : (
              <ul className="certlens-claims">
                {mine.map((c) => (
                  <ClaimRow key={`${c.id}|${c.version ?? ''}`} owner={owner} claim={c} />
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </>
  );
}
