import type { PageScan } from '../lib/scan/page-scan';
import { MARKETPLACE_LABELS } from '../lib/sites/hosts';
import { ClaimGroups } from './claim-groups';
import { usePanelStore } from './store/panel-store';
import { selectExpandedSupplier } from './store/ui-slice';
import { SupplierSection } from './supplier-section';

export const BLOCKED_TEXT =
  'The site showed a bot check; CertLens did not read this page. Solve it and the page will be scanned.';
export const EMPTY_TEXT = 'No supplier page on this tab';

export function BlockedNotice({ scan }: { scan: PageScan }) {
  return (
    <div className="certlens-notice" data-testid="blocked-notice" role="status">
      <p>{BLOCKED_TEXT}</p>
      {scan.blockedReason && <p className="certlens-muted">The site showed: {scan.blockedReason}</p>}
    </div>
  );
}

export function EmptyState() {
  return (
    <div className="certlens-empty" data-testid="empty-state">
      <p>
        <strong>{EMPTY_TEXT}</strong>
      </p>
      <p className="certlens-muted">
        Open a supplier, product or search page on Alibaba.com, Made-in-China.com or another supported marketplace.
      </p>
    </div>
  );
}

/** What a tab's scan shows: the blocked notice, the empty state, or its suppliers and page-level claims. */
export function ScanView({ scan }: { scan: PageScan | null }) {
  const expanded = usePanelStore(selectExpandedSupplier);
  const toggleSupplier = usePanelStore((s) => s.toggleSupplier);

  if (scan?.pageKind === 'blocked') return <BlockedNotice scan={scan} />;
  if (!scan || (scan.suppliers.length === 0 && scan.claims.length === 0)) return <EmptyState />;

  const list = scan.suppliers.length > 1;
  return (
    <>
      <p className="certlens-page-line certlens-muted">
        {MARKETPLACE_LABELS[scan.marketplace]}
        {list && ` · ${scan.suppliers.length} suppliers on this page`}
      </p>
      {scan.suppliers.length > 0 && (
        <div className="certlens-suppliers">
          {scan.suppliers.map((s) => (
            <SupplierSection
              key={s.key}
              supplier={s}
              marketplace={scan.marketplace}
              collapsible={list}
              expanded={expanded === s.key}
              onToggle={() => toggleSupplier(s.key)}
            />
          ))}
        </div>
      )}
      {scan.claims.length > 0 && (
        <section className="certlens-page-claims" aria-labelledby="certlens-page-claims-title">
          <h2 id="certlens-page-claims-title">On this page</h2>
          <p className="certlens-muted">Claims not tied to a supplier CertLens could identify.</p>
          <ClaimGroups owner="page" claims={scan.claims} />
        </section>
      )}
    </>
  );
}
