import type { PageScan, SupplierScan } from '../scan/page-scan';
import type { CertLensDb } from './database';
import { withReadableErrors } from './errors';
import { claimOrder, type Sighting, type SupplierRecord } from './records';

/**
 * Records what a page showed: each supplier (upserted; `firstSeen` kept) and each of its claims
 * as a sighting, in one read-write transaction so a half-recorded page never exists.
 * A blocked page (bot check) records nothing: its content is the marketplace's wall, not the
 * supplier. Page-level claims (generic pages) have no supplier to attach to and are not stored.
 */
export async function recordPageScan(db: CertLensDb, scan: PageScan, now: number = Date.now()): Promise<void> {
  if (scan.pageKind === 'blocked' || scan.suppliers.length === 0) return;
  await withReadableErrors(() =>
    db.transaction('rw', db.suppliers, db.claimSets, async () => {
      // A list page can list the same supplier twice (ad + organic result): merge by key.
      const byKey = new Map<string, SupplierScan>();
      for (const s of scan.suppliers) if (!byKey.has(s.key)) byKey.set(s.key, s);
      const keys = [...byKey.keys()];

      const existing = await db.suppliers.bulkGet(keys);
      const records: SupplierRecord[] = keys.map((key, i) => {
        const s = byKey.get(key)!;
        const old = existing[i];
        return {
          key,
          name: s.name || old?.name || '',
          marketplace: scan.marketplace,
          url: s.url ?? old?.url ?? scan.url,
          // Keep what an earlier page showed when this one does not (a product page lacks years).
          years: s.years ?? old?.years,
          country: s.country ?? old?.country,
          businessType: s.businessType ?? old?.businessType,
          badges: s.badges ?? old?.badges ?? [],
          firstSeen: old?.firstSeen ?? now,
          lastSeen: now,
          // What the user typed (issue #5) is never overwritten by a page.
          ...(old?.identifiers && { identifiers: old.identifiers }),
          ...(old?.beyondCertificates && { beyondCertificates: old.beyondCertificates }),
        };
      });
      await db.suppliers.bulkPut(records);

      // One claim per (supplier, claim id, version): the first occurrence on the page wins, as in PageScan.text.
      const seen = new Map<string, Map<string, Omit<Sighting, 'firstSeen'>>>();
      for (const s of byKey.values()) {
        let mine = seen.get(s.key);
        if (!mine) seen.set(s.key, (mine = new Map()));
        for (const c of s.claims) {
          const version = c.version ?? '';
          const id = claimSlot(c.id, version);
          if (mine.has(id)) continue;
          mine.set(id, {
            supplierKey: s.key,
            claimId: c.id,
            version,
            text: c.text,
            evidence: c.evidence,
            flags: c.flags,
            certificateNumber: c.certificateNumber,
            issuer: c.issuer,
            validUntil: c.validUntil,
            lastSeen: now,
            pageUrl: scan.url,
          });
        }
      }
      // Read-modify-write of each supplier's claim set inside this rw transaction: IndexedDB
      // runs rw transactions on the same store one after the other, so two pages recorded at
      // once each see the other's claims and neither loses a sighting.
      const withClaims = keys.filter((k) => seen.get(k)!.size > 0);
      if (withClaims.length === 0) return;
      const oldSets = await db.claimSets.bulkGet(withClaims);
      await db.claimSets.bulkPut(
        withClaims.map((supplierKey, i) => {
          const old = new Map((oldSets[i]?.claims ?? []).map((c) => [claimSlot(c.claimId, c.version), c]));
          for (const [id, c] of seen.get(supplierKey)!) old.set(id, { ...c, firstSeen: old.get(id)?.firstSeen ?? now });
          return { supplierKey, claims: [...old.values()].sort(claimOrder) };
        }),
      );
    }),
  );
}

export function getSupplier(db: CertLensDb, key: string): Promise<SupplierRecord | undefined> {
  return withReadableErrors(() => db.suppliers.get(key));
}

/** Most recently seen first. */
export function listRecentSuppliers(db: CertLensDb, limit = 20): Promise<SupplierRecord[]> {
  return withReadableErrors(() => db.suppliers.orderBy('lastSeen').reverse().limit(limit).toArray());
}

/** Every claim ever seen for a supplier, most recently seen first. */
export function listSightings(db: CertLensDb, supplierKey: string): Promise<Sighting[]> {
  return withReadableErrors(async () => {
    const set = await db.claimSets.get(supplierKey);
    return [...(set?.claims ?? [])].sort((a, b) => b.lastSeen - a.lastSeen);
  });
}

/**
 * Claims of many suppliers at once, by supplier key, each list in claimOrder (claim id, then
 * version): all of them when `keys` is omitted, in one getAll (what the dashboard and the
 * exports need). Joins the caller's transaction when there is one.
 */
export function listSightingsBySupplier(db: CertLensDb, keys?: readonly string[]): Promise<Map<string, Sighting[]>> {
  return withReadableErrors(async () => {
    const sets = keys ? await db.claimSets.bulkGet([...keys]) : await db.claimSets.toArray();
    const out = new Map<string, Sighting[]>();
    for (const set of sets) if (set) out.set(set.supplierKey, set.claims);
    return out;
  });
}

/**
 * Stores sightings as given (a claim already stored under the same supplier, claim id and
 * version is replaced; other claims stay), in one rw transaction. For imports, tests and
 * benchmarks that hold whole Sighting rows; pages go through recordPageScan.
 */
export function putSightings(db: CertLensDb, sightings: readonly Sighting[]): Promise<void> {
  return withReadableErrors(() =>
    db.transaction('rw', db.claimSets, async () => {
      const bySupplier = groupBySupplier(sightings);
      const keys = [...bySupplier.keys()];
      const old = await db.claimSets.bulkGet(keys);
      await db.claimSets.bulkPut(
        keys.map((supplierKey, i) => {
          const merged = new Map((old[i]?.claims ?? []).map((c) => [claimSlot(c.claimId, c.version), c]));
          for (const c of bySupplier.get(supplierKey)!) merged.set(claimSlot(c.claimId, c.version), c);
          return { supplierKey, claims: [...merged.values()].sort(claimOrder) };
        }),
      );
    }),
  );
}

/** The number of claims stored, over all suppliers. */
export function countSightings(db: CertLensDb): Promise<number> {
  return withReadableErrors(async () => {
    let n = 0;
    await db.claimSets.each((set) => void (n += set.claims.length));
    return n;
  });
}

/** Sightings grouped by supplierKey, in the order first met. */
export function groupBySupplier<T extends { supplierKey: string }>(rows: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const list = out.get(r.supplierKey);
    if (list) list.push(r);
    else out.set(r.supplierKey, [r]);
  }
  return out;
}

/** A claim's place in its supplier's set: claim id and version (ids have no "|"). */
export const claimSlot = (claimId: string, version: string) => `${claimId}|${version}`;
