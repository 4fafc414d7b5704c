import type { StateCreator } from 'zustand';
import type { PanelState } from './panel-store';

/** What the user opened: one supplier of a list page, and any number of claim rows. */
export interface UiSlice {
  expandedSupplier: string | null;
  /** Claim row keys (see claimRowKey) that are open. */
  expandedClaims: Record<string, true>;
  toggleSupplier(key: string): void;
  toggleClaim(rowKey: string): void;
}

export const createUiSlice: StateCreator<PanelState, [], [], UiSlice> = (set) => ({
  expandedSupplier: null,
  expandedClaims: {},
  toggleSupplier(key) {
    set((s) => ({ expandedSupplier: s.expandedSupplier === key ? null : key }));
  },
  toggleClaim(rowKey) {
    set((s) => {
      const next = { ...s.expandedClaims };
      if (next[rowKey]) delete next[rowKey];
      else next[rowKey] = true;
      return { expandedClaims: next };
    });
  },
});

/** A claim row is one claim id + version + evidence under one supplier (or 'page'). */
export function claimRowKey(owner: string, claim: { id: string; version?: string; evidence: string }): string {
  return `${owner}|${claim.id}|${claim.version ?? ''}|${claim.evidence}`;
}

export const selectExpandedSupplier = (s: PanelState) => s.expandedSupplier;
export const selectClaimExpanded = (rowKey: string) => (s: PanelState) => s.expandedClaims[rowKey] === true;
