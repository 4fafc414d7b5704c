import type { ClaimId } from '../../lib/claims/ids';
import { sightingKey, type SupplierView } from '../../lib/io/supplier-view';
import { MARKETPLACE_LABELS } from '../../lib/sites/hosts';
import { useEntry } from '../catalog-context';
import { SupplierLink } from '../supplier-link';
import { EVIDENCE_LABELS, FLAG_LABELS, STATUS_LABELS } from './labels';
import { compareColumns } from './model';

function ClaimHeader({ id }: { id: ClaimId }) {
  const entry = useEntry(id);
  return (
    <th scope="col" data-claim-id={id} title={entry?.summary}>
      {entry?.name ?? id}
    </th>
  );
}

/** One cell: how the supplier's claim stands (evidence kinds, red flags, verification), or nothing. */
function Cell({ view, id }: { view: SupplierView; id: ClaimId }) {
  const rows = view.sightings.filter((g) => g.claimId === id);
  if (rows.length === 0)
    return (
      <td data-testid="compare-cell" data-claim-id={id} className="certlens-muted">
        <span aria-label="not claimed">—</span>
      </td>
    );
  const evidence = [...new Set(rows.map((g) => g.evidence))].sort();
  const flags = [...new Set(rows.flatMap((g) => g.flags))];
  const statuses = [...new Set(rows.map((g) => view.verifications.get(sightingKey(g))?.status ?? 'unchecked'))];
  const versions = rows.map((g) => g.version).filter(Boolean);
  return (
    <td data-testid="compare-cell" data-claim-id={id} data-evidence={evidence.join(' ')} data-verification={statuses.join(' ')}>
      {evidence.map((e) => (
        <span key={e} className={`certlens-dash-evidence certlens-dash-evidence--${e}`}>
          {EVIDENCE_LABELS[e]}
        </span>
      ))}
      {versions.length > 0 && <span className="certlens-muted"> {versions.join(', ')}</span>}
      {flags.map((f) => (
        <span key={f} className="certlens-flag-badge" data-testid="flag" data-flag={f}>
          {FLAG_LABELS[f]}
        </span>
      ))}
      <span className={`certlens-dash-status certlens-dash-status--${statuses[0]}`}>{statuses.map((s) => STATUS_LABELS[s]).join(', ')}</span>
    </td>
  );
}

/** Suppliers × claims: one row per supplier, one column per claim any of them makes, notes beside. */
export function CompareView({ views, title, onClose }: { views: SupplierView[]; title: string; onClose(): void }) {
  const columns = compareColumns(views);
  return (
    <section className="certlens-dash-compare" data-testid="compare" aria-labelledby="certlens-compare-title">
      <div className="certlens-dash-bar">
        <h2 id="certlens-compare-title">Compare: {title}</h2>
        <button type="button" onClick={onClose}>
          Back to the list
        </button>
      </div>
      {views.length === 0 ? (
        <p>No suppliers to compare. Select some in the list, or open a shortlist.</p>
      ) : (
        <div className="certlens-dash-scroll" tabIndex={0} role="region" aria-label="Comparison table (scrolls sideways)">
          <table className="certlens-dash-table certlens-dash-matrix">
            <caption className="certlens-visually-hidden">
              Each row a supplier, each column a claim: evidence, red flags and verification status
            </caption>
            <thead>
              <tr>
                <th scope="col">Supplier</th>
                {columns.map((id) => (
                  <ClaimHeader key={id} id={id} />
                ))}
                <th scope="col">Notes</th>
              </tr>
            </thead>
            <tbody>
              {views.map((v) => {
                return (
                  <tr key={v.supplier.key} data-testid="compare-row" data-supplier-key={v.supplier.key}>
                    <th scope="row">
                      <SupplierLink name={v.supplier.name || v.supplier.key} url={v.supplier.url} />
                      <div className="certlens-muted">{MARKETPLACE_LABELS[v.supplier.marketplace]}</div>
                    </th>
                    {columns.map((id) => (
                      <Cell key={id} view={v} id={id} />
                    ))}
                    <td className="certlens-dash-notes" data-testid="compare-notes">
                      {v.note?.text || <span className="certlens-muted">No notes</span>}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
