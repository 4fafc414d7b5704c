import { getEntry } from '../claims/catalog';
import type { ClaimId } from '../claims/ids';
import { cardVerification, type CardVerification } from '../verify/card-progress';
import type { SupplierClaims } from './envelope';
import type { CardInfo } from './protocol';

/**
 * Background only (it imports the catalog): the few lines the hover card shows for a claim.
 * Only catalog text crosses into the page, never anything the user wrote.
 */
export function cardInfoFor(id: ClaimId, lookup = getEntry): CardInfo | undefined {
  const entry = lookup(id);
  if (!entry) return undefined;
  const flagNotes = [
    ...entry.obsoleteVersions.map(
      (o) => `${o.version} ended on ${o.endedOn}; it was replaced by ${o.replacedBy}.`,
    ),
    ...entry.redFlags.map((f) => `${f.pattern}: ${f.why}`),
  ]
    .slice(0, 10)
    .map((s) => s.slice(0, 600));
  return { name: entry.name.slice(0, 120), summary: entry.summary.slice(0, 200), flagNotes };
}

export function cardInfos(ids: readonly ClaimId[], lookup = getEntry): Partial<Record<ClaimId, CardInfo>> {
  const out: Partial<Record<ClaimId, CardInfo>> = {};
  for (const id of new Set(ids)) {
    const info = cardInfoFor(id, lookup);
    if (info) out[id] = info;
  }
  return out;
}

/** The records of one supplier, as lib/db/verifications.ts listVerifications returns them. */
export type ListVerifications = (supplierKey: string) => Promise<Parameters<typeof cardVerification>[2]>;

/**
 * Background only: each named supplier's verification progress for the hover card and list
 * markers. Only statuses and counts leave (cardVerification keeps notes, numbers and names out);
 * a supplier whose records cannot be read is left out rather than failing the whole answer.
 */
export async function cardVerifications(
  suppliers: readonly SupplierClaims[],
  list: ListVerifications,
  today: string,
): Promise<Record<string, CardVerification>> {
  const out: Record<string, CardVerification> = {};
  await Promise.all(
    suppliers.map(async (s) => {
      try {
        out[s.key] = cardVerification(s.key, s.claims, await list(s.key), today);
      } catch {
        // An unreadable record store shows no progress; the card still explains the claim.
      }
    }),
  );
  return out;
}
