import { useEffect } from 'react';
import { usePanelStoreApi } from './store/panel-store';
import type { TabSource } from './tab-source';

/**
 * Keeps the store's tab and scan in step with the browser: the initial tab, tab switches,
 * navigations and finished loads in the shown tab, and every new scan the background writes.
 */
export function useTabScan(source: TabSource): void {
  const store = usePanelStoreApi();

  useEffect(() => {
    let closed = false;
    let unwatch: () => void = () => {};
    // A tab switch that lands before the initial query answers wins over the (older) answer.
    let switched = false;

    const read = (tabId: number) => {
      source.read(tabId).then(
        (state) => {
          if (!closed) store.getState().receiveTabState(tabId, state);
        },
        () => {
          if (!closed) store.getState().receiveTabState(tabId, null);
        },
      );
    };

    const show = (tabId: number | null) => {
      if (closed) return;
      unwatch();
      unwatch = () => {};
      store.getState().showTab(tabId);
      if (tabId === null) return;
      unwatch = source.watch(tabId, (state) => {
        if (!closed) store.getState().receiveTabState(tabId, state);
      });
      read(tabId);
    };

    const unfollow = source.follow(
      (tabId) => {
        switched = true;
        show(tabId);
      },
      (tabId) => {
        if (tabId === store.getState().tabId) read(tabId);
      },
    );
    source.initialTabId().then(
      (tabId) => {
        if (!switched) show(tabId);
      },
      () => {
        if (!switched) show(null);
      },
    );

    return () => {
      closed = true;
      unwatch();
      unfollow();
    };
  }, [source, store]);
}
