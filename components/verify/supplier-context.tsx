import { createContext, useContext, type ReactNode } from 'react';
import type { SupplierStub } from '../../lib/db';

/**
 * The supplier a claim row belongs to, for verification. Provided by the supplier section;
 * page-level claims (no supplier) have none, so they show no Verify button: a record must be
 * keyed by a supplier to show on that supplier's other pages.
 */
const VerifySupplierContext = createContext<SupplierStub | null>(null);

export function VerifySupplierProvider({ supplier, children }: { supplier: SupplierStub; children: ReactNode }) {
  return <VerifySupplierContext.Provider value={supplier}>{children}</VerifySupplierContext.Provider>;
}

export function useVerifySupplier(): SupplierStub | null {
  return useContext(VerifySupplierContext);
}
