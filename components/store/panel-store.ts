import { createContext, createElement, useContext, useState, type ReactNode } from 'react';
import { createStore, useStore, type StoreApi } from 'zustand';
import type { CertLensDb } from '../../lib/db';
import { createNotesSlice, type NotesSlice } from './notes-slice';
import { createTabSlice, type TabSlice } from './tab-slice';
import { createUiSlice, type UiSlice } from './ui-slice';

/**
 * The side panel's store, composed of one slice per concern (Hypothesis store modules):
 * tab-slice (which tab, its scan), ui-slice (what is open), notes-slice (note save state).
 * Components read through the named selectors exported by each slice; writes go through the
 * slices' actions, which call lib/db.
 */
export type PanelState = TabSlice & UiSlice & NotesSlice;
export type PanelStore = StoreApi<PanelState>;

export function createPanelStore(db: CertLensDb): PanelStore {
  return createStore<PanelState>()((...a) => ({
    ...createTabSlice(...a),
    ...createUiSlice(...a),
    ...createNotesSlice(db)(...a),
  }));
}

const PanelStoreContext = createContext<PanelStore | null>(null);

export function PanelStoreProvider({ db, store, children }: { db: CertLensDb; store?: PanelStore; children: ReactNode }) {
  const [own] = useState(() => store ?? createPanelStore(db));
  return createElement(PanelStoreContext.Provider, { value: own }, children);
}

export function usePanelStoreApi(): PanelStore {
  const store = useContext(PanelStoreContext);
  if (!store) throw new Error('usePanelStore() needs a <PanelStoreProvider> above it');
  return store;
}

export function usePanelStore<T>(selector: (s: PanelState) => T): T {
  return useStore(usePanelStoreApi(), selector);
}
