import { useEffect, useState } from 'react';
import type { CertLensDb } from '../lib/db';
import { DbProvider, useDb } from './db-context';
import { RecentSuppliers } from './recent-suppliers';
import { ScanView } from './scan-view';
import { SelectionView } from './selection-view';
import { PanelStoreProvider, usePanelStore, type PanelStore } from './store/panel-store';
import { selectScan, selectTabId, selectTabLoaded } from './store/tab-slice';
import type { TabSource } from './tab-source';
import { useTabScan } from './use-tab-scan';

interface Props {
  db: CertLensDb;
  tabSource: TabSource;
  /** Tests may hand in a store to inspect; pages let the panel make its own. */
  store?: PanelStore;
}

/** The side panel: the shown tab's suppliers and claims, then the suppliers seen recently. */
export function SidePanel({ db, tabSource, store }: Props) {
  return (
    <DbProvider db={db}>
      <PanelStoreProvider db={db} store={store}>
        <PanelBody tabSource={tabSource} />
      </PanelStoreProvider>
    </DbProvider>
  );
}

function PanelBody({ tabSource }: { tabSource: TabSource }) {
  useTabScan(tabSource);
  const scan = usePanelStore(selectScan);
  const loaded = usePanelStore(selectTabLoaded);
  const tabId = usePanelStore(selectTabId);
  const blocked = useDbBlocked();

  return (
    <main className="certlens-panel" data-testid="panel" aria-busy={!loaded}>
      <h1 className="certlens-title">CertLens</h1>
      <p className="certlens-panel-links">
        {/* Relative: the dashboard sits beside sidepanel.html in the extension. */}
        <a href="dashboard.html" target="_blank" rel="noreferrer" data-testid="open-dashboard">
          Open dashboard
        </a>
      </p>
      {blocked && (
        <p className="certlens-error" role="alert">
          {blocked}
        </p>
      )}
      <SelectionView tabId={tabId} source={tabSource.selection} />
      {loaded ? <ScanView scan={scan} /> : <p className="certlens-muted">Reading this tab…</p>}
      <RecentSuppliers />
    </main>
  );
}

/** A database upgrade held up by another CertLens page, in words (Dexie itself would only wait). */
function useDbBlocked(): string | null {
  const db = useDb();
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => db.onBlocked((err) => setMessage(err.message)), [db]);
  return message;
}
