import type { StateCreator } from 'zustand';
import type { TabState } from '../../lib/messages/tab-state';
import type { PanelState } from './panel-store';

/** Which browser tab the panel shows, and that tab's latest scan. */
export interface TabSlice {
  /** null: no tab to show (no active tab, or not yet known). */
  tabId: number | null;
  tabState: TabState | null;
  /** False until the first read of the tab's state finished (avoids flashing the empty state). */
  tabLoaded: boolean;
  showTab(tabId: number | null): void;
  /** Ignored when it is for a tab the panel no longer shows (a late read after a tab switch). */
  receiveTabState(tabId: number, state: TabState | null): void;
}

export const createTabSlice: StateCreator<PanelState, [], [], TabSlice> = (set, get) => ({
  tabId: null,
  tabState: null,
  tabLoaded: false,
  showTab(tabId) {
    if (tabId === get().tabId && get().tabLoaded) return;
    set({ tabId, tabState: null, tabLoaded: tabId === null, expandedSupplier: null, expandedClaims: {} });
  },
  receiveTabState(tabId, state) {
    if (tabId !== get().tabId) return;
    const before = get().tabState?.scan.url;
    // A new page in the same tab starts with everything collapsed again.
    const reset = before !== state?.scan.url ? { expandedSupplier: null, expandedClaims: {} } : {};
    set({ tabState: state, tabLoaded: true, ...reset });
  },
});

export const selectTabId = (s: PanelState) => s.tabId;
export const selectTabLoaded = (s: PanelState) => s.tabLoaded;
export const selectScan = (s: PanelState) => s.tabState?.scan ?? null;
