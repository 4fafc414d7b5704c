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
export function cardInfoRequest(ids: ClaimId[]): Envelope & { type: 'card-info'; ids: ClaimId[] } {
  return { protocol: PROTOCOL, v: PROTOCOL_VERSION, type: 'card-info', ids };
}
export function rescanCommand(): Envelope & { type: 'rescan' } {
  return { protocol: PROTOCOL, v: PROTOCOL_VERSION, type: 'rescan' };
}

/** The badge number (same as countClaims in lib/scan/page-scan.ts, which the content script must not import: it builds zod schemas). */
export function claimCount(scan: Pick<PageScan, 'suppliers' | 'claims'>): number {
  return scan.suppliers.reduce((n, s) => n + s.claims.length, scan.claims.length);
}
