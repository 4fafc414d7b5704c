import type { ClaimEntry, Registry } from '../lib/claims/schema';
import type { Claim } from '../lib/scan/page-scan';
import { formatDay } from './format';

const ACCESS: Record<Registry['access'], string> = {
  open: 'open to anyone',
  login: 'needs a free account',
  captcha: 'asks for a captcha',
  'members-only': 'members only',
  none: 'no public registry',
};

const KIND: Record<ClaimEntry['kind'], string> = {
  'management-system': 'Management-system certificate',
  'social-audit': 'Social audit',
  'audit-platform': 'Audit platform',
  'product-certification': 'Product certification',
  'self-declared-marking': 'Marking the manufacturer applies itself',
  regulation: 'Regulation (a law, not a certificate)',
  registration: 'Registration with an authority',
  'marketplace-badge': 'Marketplace badge',
  accreditation: 'Accreditation',
  'certification-body': 'Certification, testing or inspection company',
  'not-a-certification': 'Not something that can be certified',
};

const MARKETS: Record<ClaimEntry['markets'][number], string> = {
  eu: 'EU',
  uk: 'UK',
  us: 'USA',
  canada: 'Canada',
  china: 'China',
  japan: 'Japan',
  korea: 'South Korea',
  'australia-nz': 'Australia and New Zealand',
  india: 'India',
  gulf: 'Gulf states',
  eaeu: 'Eurasian Economic Union',
  amazon: 'Amazon',
  'eu-retail': 'EU retailers',
  'us-retail': 'US retailers',
  'b2b-industrial': 'industrial buyers',
  automotive: 'automotive',
  aerospace: 'aerospace',
  medical: 'medical devices',
  food: 'food',
  'toys-children': 'toys and children’s products',
  'textiles-apparel': 'textiles and apparel',
  electronics: 'electronics',
  cosmetics: 'cosmetics',
  'furniture-wood': 'furniture and wood',
  global: 'buyers worldwide',
};

/** Prefills a registry's public URL pattern with the number the page stated, when both exist. */
function lookupUrl(registry: Registry, number: string | undefined): string | undefined {
  if (!registry.urlTemplate || !number) return undefined;
  return registry.urlTemplate.replace('{number}', encodeURIComponent(number));
}

/** Everything the catalog knows about a claim. All text is rendered as text. */
export function ClaimDetails({ entry, claim, id }: { entry: ClaimEntry | undefined; claim: Claim; id: string }) {
  if (!entry) {
    return (
      <div className="certlens-claim-details" data-testid="claim-details" id={id}>
        <p>CertLens has no explanation for “{claim.id}” yet. Ask the supplier for the certificate and who issued it.</p>
      </div>
    );
  }
  return (
    <div className="certlens-claim-details" data-testid="claim-details" id={id}>
      <p className="certlens-kind">{KIND[entry.kind]}</p>
      {entry.aliases.length > 0 && (
        <p className="certlens-muted">Also written as: {entry.aliases.join(', ')}</p>
      )}
      <dl>
        <dt>What it certifies</dt>
        <dd>{entry.certifies}</dd>
        <dt>What it does not</dt>
        <dd>{entry.doesNotCertify}</dd>
        <dt>Who owns it</dt>
        <dd>{entry.owner}</dd>
        <dt>Who issues it</dt>
        <dd>{entry.issuer}</dd>
        <dt>How long it lasts</dt>
        <dd>{entry.validity}</dd>
        {entry.ratingScale && (
          <>
            <dt>Rating scale</dt>
            <dd>{entry.ratingScale}</dd>
          </>
        )}
        <dt>Ask the supplier for</dt>
        <dd>{entry.askFor}</dd>
        <dt>How to verify</dt>
        <dd>{entry.howToVerify}</dd>
        {entry.markets.length > 0 && (
          <>
            <dt>Who asks for it</dt>
            <dd>{entry.markets.map((m) => MARKETS[m]).join(', ')}</dd>
          </>
        )}
        {entry.obsoleteVersions.length > 0 && (
          <>
            <dt>Withdrawn versions</dt>
            <dd>
              <ul>
                {entry.obsoleteVersions.map((v) => (
                  <li key={v.version}>
                    {v.version}: certificates ended {formatDay(v.endedOn)}; replaced by {v.replacedBy}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>

      <h4>Registries</h4>
      {entry.registries.length === 0 ? (
        <p>No public registry: ask for the certificate or report itself.</p>
      ) : (
        <ul className="certlens-registries">
          {entry.registries.map((r) => {
            const lookup = lookupUrl(r, claim.certificateNumber);
            return (
              <li key={r.url}>
                <a href={r.url} target="_blank" rel="noreferrer">
                  {r.name}
                </a>{' '}
                <span className="certlens-muted">({ACCESS[r.access]})</span>
                {lookup && (
                  <>
                    {' · '}
                    <a href={lookup} target="_blank" rel="noreferrer">
                      Look up {claim.certificateNumber}
                    </a>
                  </>
                )}
                {r.howTo && <p className="certlens-muted">{r.howTo}</p>}
              </li>
            );
          })}
        </ul>
      )}

      {entry.redFlags.length > 0 && (
        <>
          <h4>Red flags</h4>
          <ul className="certlens-redflags">
            {entry.redFlags.map((r) => (
              <li key={r.pattern}>
                <strong>{r.pattern}</strong> {r.why}
              </li>
            ))}
          </ul>
        </>
      )}

      <h4>Sources</h4>
      <ul className="certlens-sources">
        {entry.sources.map((s) => (
          <li key={s.url}>
            <a href={s.url} target="_blank" rel="noreferrer">
              {s.title}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
