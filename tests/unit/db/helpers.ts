import { CertLensDb } from '../../../lib/db';
import type { Claim, PageScan, SupplierScan } from '../../../lib/scan/page-scan';

let counter = 0;
/** A fresh database per test (fake-indexeddb is global to the worker, so names must differ). */
export function freshDb(version?: number, name = `certlens-test-${process.pid}-${++counter}`): CertLensDb {
  return new CertLensDb(name, version);
}

export function claim(partial: Partial<Claim> & Pick<Claim, 'id'>): Claim {
  return { text: partial.id.toUpperCase(), evidence: 'supplier', flags: [], ...partial };
}

export function supplier(partial: Partial<SupplierScan> & Pick<SupplierScan, 'key'>): SupplierScan {
  return { name: `Supplier ${partial.key}`, flags: [], claims: [], ...partial };
}

export function scan(partial: Partial<PageScan> = {}): PageScan {
  return {
    url: 'https://zhenbenchina.en.alibaba.com/',
    marketplace: 'alibaba',
    pageKind: 'supplier',
    suppliers: [],
    claims: [],
    ...partial,
  };
}
