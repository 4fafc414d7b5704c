import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { ClaimId } from '../../lib/claims/ids';
import type { CertLensDb } from '../../lib/db';
import { explainDbError } from '../../lib/db/errors';
import { listAllTags, listShortlists, type Shortlist } from '../../lib/db/shortlists';
import { claimsToCsv, suppliersToCsv } from '../../lib/io/csv';
import { exportShortlist, serializeFile, type ShareOptions } from '../../lib/io/export-json';
import { exportFileName } from '../../lib/io/file-format';
import { shortlistDossier } from '../../lib/io/markdown';
import { loadSupplierViews, viewsForSharing, type SupplierView } from '../../lib/io/supplier-view';
import { DbProvider, useDb } from '../db-context';
import { CompareView } from './compare-view';
import { CSV_TYPE, downloadText, JSON_TYPE, MD_TYPE } from './download';
import { FiltersBar } from './filters-bar';
import { ImportExport } from './import-export';
import { DEFAULT_SORT, filterViews, indexViews, NO_FILTERS, pageOf, sortViews, type Filters, type Sort } from './model';
import { ShortlistsPanel } from './shortlists-panel';
import { SupplierTable } from './supplier-table';

type Data = { views: SupplierView[]; shortlists: Shortlist[]; tags: string[] } | { error: string };

/** The dashboard page: every supplier seen, filters, shortlists, compare, export and import. */
export function Dashboard({ db, now }: { db: CertLensDb; now?: number }) {
  return (
    <DbProvider db={db}>
      <DashboardBody now={now} />
    </DbProvider>
  );
}

function DashboardBody({ now }: { now?: number }) {
  const db = useDb();
  const data = useLiveQuery<Data>(
    () =>
      Promise.all([loadSupplierViews(db), listShortlists(db), listAllTags(db)]).then(
        ([views, shortlists, tags]) => ({ views, shortlists, tags }),
        (err) => ({ error: explainDbError(err).message }),
      ),
    [db],
  );
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [sort, setSort] = useState<Sort>(DEFAULT_SORT);
  const [page, setPage] = useState(0);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [compare, setCompare] = useState<{ title: string; keys: string[] } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  // Typing in the search box stays responsive at 10,000 suppliers: filtering follows a beat behind.
  const deferredFilters = useDeferredValue(filters);

  const views = data && 'views' in data ? data.views : [];
  const indexed = useMemo(() => indexViews(views), [views]);
  const shown = useMemo(() => sortViews(filterViews(indexed, deferredFilters), sort), [indexed, deferredFilters, sort]);
  const paged = pageOf(shown, page);
  const claims = useMemo(() => [...new Set(views.flatMap((v) => v.sightings.map((g) => g.claimId)))].sort() as ClaimId[], [views]);
  const counts = useMemo(() => {
    const m = new Map<string, number>();
    for (const v of views) for (const l of v.shortlists) m.set(l.id, (m.get(l.id) ?? 0) + 1);
    return m;
  }, [views]);
  useEffect(() => setPage(0), [deferredFilters, sort]);

  if (data === undefined) return <main className="certlens-dash" aria-busy="true"><h1>CertLens dashboard</h1><p>Loading…</p></main>;
  if ('error' in data)
    return (
      <main className="certlens-dash">
        <h1>CertLens dashboard</h1>
        <p className="certlens-error" role="alert">
          {data.error}
        </p>
      </main>
    );

  const byKey = new Map(views.map((v) => [v.supplier.key, v]));
  const membersOf = (list: Shortlist) => views.filter((v) => v.shortlists.some((l) => l.id === list.id));

  const exportList = async (list: Shortlist, kind: 'share' | 'dossier' | 'csv', opts: ShareOptions) => {
    const t = Date.now();
    try {
      const members = () => viewsForSharing(membersOf(list), opts);
      if (kind === 'share') downloadText(exportFileName('shortlist', 'json', t, list.name), serializeFile(await exportShortlist(db, list.id, t, opts)), JSON_TYPE);
      else if (kind === 'csv') downloadText(exportFileName('suppliers', 'csv', t, list.name), suppliersToCsv(members()), CSV_TYPE);
      else downloadText(exportFileName('dossier', 'md', t, list.name), shortlistDossier(list, members()), MD_TYPE);
    } catch (err) {
      setMessage(explainDbError(err).message);
    }
  };

  const select = (keys: string[], on: boolean) =>
    setSelected((old) => {
      const next = new Set(old);
      for (const k of keys) if (on) next.add(k);
      else next.delete(k);
      return next;
    });

  return (
    <main className="certlens-dash" data-testid="dashboard">
      <header className="certlens-dash-header">
        <h1>CertLens dashboard</h1>
        <p className="certlens-muted">
          {views.length} {views.length === 1 ? 'supplier' : 'suppliers'} seen · {data.shortlists.length}{' '}
          {data.shortlists.length === 1 ? 'shortlist' : 'shortlists'} · everything stays in this browser
        </p>
      </header>
      {message && (
        <p className="certlens-error" role="alert">
          {message}
        </p>
      )}
      <div className="certlens-dash-layout">
        <div className="certlens-dash-main">
          {compare ? (
            <CompareView
              title={compare.title}
              views={compare.keys.map((k) => byKey.get(k)).filter((v): v is SupplierView => Boolean(v))}
              onClose={() => setCompare(null)}
            />
          ) : (
            <section aria-labelledby="certlens-suppliers-title">
              <h2 id="certlens-suppliers-title">Suppliers</h2>
              <FiltersBar filters={filters} onChange={setFilters} claims={claims} tags={data.tags} shortlists={data.shortlists} />
              <div className="certlens-dash-bar">
                <p role="status" data-testid="dash-count">
                  {shown.length === views.length ? `${shown.length} suppliers` : `${shown.length} of ${views.length} suppliers match`}
                </p>
                <button
                  type="button"
                  data-testid="compare-selected"
                  disabled={selected.size === 0}
                  onClick={() => setCompare({ title: `${selected.size} selected suppliers`, keys: [...selected] })}
                >
                  Compare selected ({selected.size})
                </button>
                {selected.size > 0 && (
                  <>
                    <button type="button" onClick={() => downloadText(exportFileName('claims', 'csv', Date.now()), claimsToCsv([...selected].map((k) => byKey.get(k)!).filter(Boolean)), CSV_TYPE)}>
                      Selected as CSV
                    </button>
                    <button type="button" onClick={() => setSelected(new Set())}>
                      Clear selection
                    </button>
                  </>
                )}
              </div>
              {views.length === 0 ? (
                <p data-testid="dash-empty">No suppliers yet. Open supplier pages on a marketplace: CertLens remembers each one it reads.</p>
              ) : (
                <>
                  <SupplierTable
                    rows={paged.rows}
                    sort={sort}
                    onSort={setSort}
                    selected={selected}
                    onSelect={(k, on) => select([k], on)}
                    onSelectPage={select}
                    now={now}
                  />
                  {paged.pages > 1 && (
                    <nav className="certlens-dash-pager" aria-label="Pages of suppliers">
                      <button type="button" disabled={paged.page === 0} onClick={() => setPage(paged.page - 1)}>
                        Previous
                      </button>
                      <span>
                        Page {paged.page + 1} of {paged.pages}
                      </span>
                      <button type="button" disabled={paged.page >= paged.pages - 1} onClick={() => setPage(paged.page + 1)}>
                        Next
                      </button>
                    </nav>
                  )}
                </>
              )}
            </section>
          )}
          <ImportExport views={views} />
        </div>
        <aside className="certlens-dash-side" aria-label="Shortlists">
          <ShortlistsPanel
            shortlists={data.shortlists}
            counts={counts}
            onCompare={(list) => setCompare({ title: list.name, keys: membersOf(list).map((v) => v.supplier.key) })}
            onExport={(list, kind, opts) => void exportList(list, kind, opts)}
          />
        </aside>
      </div>
    </main>
  );
}
