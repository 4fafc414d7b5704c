import type { SupplierExtraction } from '../sites/types';
import type { SupplierScan } from './page-scan';

/**
 * Supplier-level judgement (the `implausible` flag: 38 standards on one card, a trading company
 * claiming IATF 16949) belongs to the detector (lib/detect). This is the seam where its
 * assessment is applied to each scanned supplier.
 * TODO(2026-11-27): wire lib/detect's supplier assessment once it lands.
 */
export function assessSuppliers(scans: SupplierScan[], _extractions: SupplierExtraction[]): void {
  void scans;
}
