import { MARKETPLACE_LABELS, type Marketplace } from '../lib/sites/hosts';
import type { SupplierScan } from '../lib/scan/page-scan';
import { ClaimGroups } from './claim-groups';
import { ShortlistPicker } from './dashboard/shortlist-picker';
import { FlagNotice } from './flag-badge';
import { explainSupplierFlag } from './flag-explanations';
import { NotesBox } from './notes-box';
import { VerifySupplierProvider } from './verify/supplier-context';
import { SupplierProgressLine } from './verify/supplier-progress';
import { SupplierVerifySections } from './verify/supplier-verify-sections';

interface Props {
  supplier: SupplierScan;
  marketplace: Marketplace;
  /** On a list page only one supplier is open at a time; a single supplier is always open. */
  collapsible: boolean;
  expanded: boolean;
  onToggle(): void;
}

function claimCounts(s: SupplierScan): string {
  const n = s.claims.length;
  const flagged = s.claims.filter((c) => c.flags.length > 0).length;
  const parts = [`${n} ${n === 1 ? 'claim' : 'claims'}`];
  if (flagged) parts.push(`${flagged} flagged`);
  return parts.join(' · ');
}

/** One supplier: header, supplier flags with reasons, claims by evidence, notes. */
export function SupplierSection({ supplier, marketplace, collapsible, expanded, onToggle }: Props) {
  const open = !collapsible || expanded;
  const bodyId = `certlens-supplier-${supplier.key}`;
  const name = supplier.name || supplier.key;
  const meta = [MARKETPLACE_LABELS[marketplace], supplier.years, supplier.country, supplier.businessType].filter(
    (x): x is string => Boolean(x),
  );

  const title = <span data-testid="supplier-name">{name}</span>;
  const stub = { key: supplier.key, name, marketplace, url: supplier.url ?? '' };

  return (
    <section className="certlens-supplier" data-testid="supplier" data-supplier-key={supplier.key}>
      <header className="certlens-supplier-header">
        <h2>
          {collapsible ? (
            <button
              type="button"
              className="certlens-supplier-toggle"
              aria-expanded={open}
              aria-controls={bodyId}
              onClick={onToggle}
            >
              {title}
              <span className="certlens-count"> {claimCounts(supplier)}</span>
              {supplier.flags.length > 0 && <span className="certlens-dot" aria-label="flagged" />}
            </button>
          ) : (
            title
          )}
        </h2>
        {open && <p className="certlens-supplier-meta">{meta.join(' · ')}</p>}
        {open && <ShortlistPicker supplier={supplier} marketplace={marketplace} />}
        <SupplierProgressLine supplierKey={supplier.key} claims={supplier.claims} />
        {open && supplier.badges && supplier.badges.length > 0 && (
          <ul className="certlens-badges" aria-label="Badges shown by the marketplace">
            {supplier.badges.map((b) => (
              <li key={b}>{b}</li>
            ))}
          </ul>
        )}
      </header>
      {open && (
        <div id={bodyId} className="certlens-supplier-body">
          {supplier.flags.length > 0 && (
            <ul className="certlens-flags certlens-supplier-flags">
              {supplier.flags.map((f) => (
                <FlagNotice key={f} explanation={explainSupplierFlag(f, supplier.flagReasons)} />
              ))}
            </ul>
          )}
          <VerifySupplierProvider supplier={stub}>
            <ClaimGroups owner={supplier.key} claims={supplier.claims} />
          </VerifySupplierProvider>
          <NotesBox key={supplier.key} supplierKey={supplier.key} supplierName={name} />
          <SupplierVerifySections supplier={stub} claims={supplier.claims} />
        </div>
      )}
    </section>
  );
}
