import { createContext, useContext } from 'react';
import { getEntry } from '../lib/claims/catalog';
import type { ClaimId } from '../lib/claims/ids';
import type { ClaimEntry } from '../lib/claims/schema';

export type EntryLookup = (id: ClaimId) => ClaimEntry | undefined;

/** The catalog the panel explains claims from; tests pass their own entries. */
export const CatalogContext = createContext<EntryLookup>(getEntry);

export function useEntry(id: ClaimId): ClaimEntry | undefined {
  return useContext(CatalogContext)(id);
}
