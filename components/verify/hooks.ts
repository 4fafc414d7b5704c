import { useLiveQuery } from 'dexie-react-hooks';
import { getSettings, getSupplier, listSightings, listVerifications, type Settings, type SupplierRecord, type VerificationRecord } from '../../lib/db';
import { isoDay } from '../../lib/verify/dates';
import { useDb } from '../db-context';

/**
 * Live reads: Dexie re-runs them when the tables change, in this page or another CertLens page,
 * so a record saved in one place shows everywhere the supplier is shown.
 */
export function useVerifications(supplierKey: string): VerificationRecord[] | undefined {
  const db = useDb();
  return useLiveQuery(() => listVerifications(db, supplierKey), [db, supplierKey]);
}

export function useSettings(): Settings | undefined {
  const db = useDb();
  return useLiveQuery(() => getSettings(db), [db]);
}

/** The stored supplier row ('none' when there is none yet, undefined while loading). */
export function useSupplierRecord(key: string): SupplierRecord | 'none' | undefined {
  const db = useDb();
  return useLiveQuery(async () => (await getSupplier(db, key)) ?? 'none', [db, key]);
}

/** Claim ids ever seen for a supplier (any page), for the market-fit view. */
export function useSightedClaimIds(key: string): string[] | undefined {
  const db = useDb();
  return useLiveQuery(async () => (await listSightings(db, key)).map((s) => s.claimId), [db, key]);
}

export function today(): string {
  return isoDay(Date.now());
}

/** Copies text; false when the browser refused (no focus, no permission). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
