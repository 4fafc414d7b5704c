import type { ClaimId } from '../claims/ids';
import type { PageScan } from '../scan/page-scan';

/**
 * Protocol name, version and message builders, free of zod so the content script can send
 * messages without bundling the schemas (the background validates everything it receives with
 * the full schemas in lib/messages/protocol.ts).
 */
export const PROTOCOL = 'certlens' as const;
export const PROTOCOL_VERSION = 1 as const;

export interface Envelope {
  protocol: typeof PROTOCOL;
  v: typeof PROTOCOL_VERSION;
}

export function pageScanMessage(scan: PageScan): Envelope & { type: 'page-scan'; scan: PageScan } {
  return { protocol: PROTOCOL, v: PROTOCOL_VERSION, type: 'page-scan', scan };
}
/** A supplier and the claims the page shows for it, for its verification progress. */
export interface SupplierClaims {
  key: string;
  claims: { id: ClaimId; version?: string }[];
}
export function cardInfoRequest(
  ids: ClaimId[],
  suppliers?: SupplierClaims[],
): Envelope & { type: 'card-info'; ids: ClaimId[]; suppliers?: SupplierClaims[] } {
  return { protocol: PROTOCOL, v: PROTOCOL_VERSION, type: 'card-info', ids, ...(suppliers ? { suppliers } : {}) };
}
export function rescanCommand(): Envelope & { type: 'rescan' } {
  return { protocol: PROTOCOL, v: PROTOCOL_VERSION, type: 'rescan' };
}

/** The badge number (same as countClaims in lib/scan/page-scan.ts, which the content script must not import: it builds zod schemas). */
export function claimCount(scan: Pick<PageScan, 'suppliers' | 'claims'>): number {
  return scan.suppliers.reduce((n, s) => n + s.claims.length, scan.claims.length);
}
