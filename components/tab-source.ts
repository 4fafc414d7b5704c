import { readSelection, watchSelection } from '../lib/messages/selection';
import { readTabState, watchTabState, type TabState } from '../lib/messages/tab-state';
import type { SelectionSource } from './selection-view';

/**
 * Where the panel learns which tab to show and that tab's scan. The real one follows Chrome's
 * tabs and chrome.storage.session; tests can pass their own.
 */
export interface TabSource {
  /** The tab to show first, or null when there is none. */
  initialTabId(): Promise<number | null>;
  /**
   * `onShow(tabId)`: the panel should now show this tab (the user switched tabs).
   * `onChanged(tabId)`: a tab navigated or finished loading; re-read it if it is the one shown.
   * Returns an unsubscribe.
   */
  follow(onShow: (tabId: number) => void, onChanged: (tabId: number) => void): () => void;
  read(tabId: number): Promise<TabState | null>;
  watch(tabId: number, onChange: (state: TabState | null) => void): () => void;
  /** "Explain this claim" results per tab; absent in tests that do not need them. */
  selection?: SelectionSource;
}

/** `?tab=<tabId>` pins the panel to one tab (tests, "open in a tab"); otherwise it follows the active tab. */
export function pinnedTabId(search: string): number | null {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null || !/^\d+$/.test(raw)) return null;
  return Number(raw);
}

export function chromeTabSource(search: string = globalThis.location?.search ?? ''): TabSource {
  const pinned = pinnedTabId(search);
  // The window this panel belongs to; a tab switch in another window is not ours.
  const ourWindow: Promise<number | undefined> =
    pinned === null ? chrome.windows.getCurrent().then((w) => w?.id) : Promise.resolve(undefined);

  return {
    async initialTabId() {
      if (pinned !== null) return pinned;
      const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
      return tab?.id ?? null;
    },
    follow(onShow, onChanged) {
      const activated = (info: chrome.tabs.OnActivatedInfo) => {
        void ourWindow.then((windowId) => {
          if (windowId === undefined || info.windowId === windowId) onShow(info.tabId);
        });
      };
      const updated = (tabId: number, change: chrome.tabs.OnUpdatedInfo) => {
        if (change.url !== undefined || change.status !== undefined) onChanged(tabId);
      };
      if (pinned === null) chrome.tabs.onActivated.addListener(activated);
      chrome.tabs.onUpdated.addListener(updated);
      return () => {
        chrome.tabs.onActivated.removeListener(activated);
        chrome.tabs.onUpdated.removeListener(updated);
      };
    },
    read: readTabState,
    watch: watchTabState,
    selection: { readSelection: (tabId) => readSelection(tabId), watchSelection },
  };
}
