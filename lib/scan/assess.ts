import { assessSupplier } from '../detect';
import type { SupplierExtraction } from '../sites/types';
import type { SupplierScan } from './page-scan';

/**
 * Supplier-level judgement (the `implausible` flag: 38 standards on one card) belongs to the
 * detector (lib/detect/supplier.ts); this applies it to each scanned supplier, on all its claims.
 */
export function assessSuppliers(scans: SupplierScan[], _extractions: SupplierExtraction[]): void {
  for (const scan of scans) {
    const { flags, reasons } = assessSupplier(scan.claims);
    if (!flags.length) continue;
    scan.flags = [...flags];
    scan.flagReasons = reasons.map((r) => r.slice(0, 300));
  }
}
