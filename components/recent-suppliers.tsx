import { useLiveQuery } from 'dexie-react-hooks';
import { explainDbError, listRecentSuppliers, type SupplierRecord } from '../lib/db';
import { MARKETPLACE_LABELS } from '../lib/sites/hosts';
import { useDb } from './db-context';
import { formatDateTime, formatSeen } from './format';
import { SupplierLink } from './supplier-link';

type Result = { rows: SupplierRecord[] } | { error: string };

/** "Suppliers you saw recently", live from IndexedDB (updates as the background records pages). */
export function RecentSuppliers({ limit = 10, now }: { limit?: number; now?: number }) {
  const db = useDb();
  const result = useLiveQuery<Result>(
    () => listRecentSuppliers(db, limit).then((rows) => ({ rows }), (err) => ({ error: explainDbError(err).message })),
    [db, limit],
  );

  return (
    <section className="certlens-recent" aria-labelledby="certlens-recent-title">
      <h2 id="certlens-recent-title">Suppliers you saw recently</h2>
      {result === undefined ? null : 'error' in result ? (
        <p className="certlens-error" role="alert">
          {result.error}
        </p>
      ) : (
        <ul data-testid="recent-suppliers" className="certlens-recent-list">
          {result.rows.length === 0 && <li className="certlens-muted">None yet. Open a supplier page on a marketplace.</li>}
          {result.rows.map((s) => {
            return (
              <li key={s.key} data-supplier-key={s.key}>
                <SupplierLink name={s.name || s.key} url={s.url} />
                <span className="certlens-muted">
                  {' '}
                  {MARKETPLACE_LABELS[s.marketplace]} ·{' '}
                  <time dateTime={new Date(s.lastSeen).toISOString()} title={formatDateTime(s.lastSeen)}>
                    {formatSeen(s.lastSeen, now)}
                  </time>
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
