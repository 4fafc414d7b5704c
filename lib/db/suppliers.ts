import type { PageScan, SupplierScan } from '../scan/page-scan';
import type { CertLensDb } from './database';
import { withReadableErrors } from './errors';
import type { Sighting, SupplierRecord } from './records';

/**
 * Records what a page showed: each supplier (upserted; `firstSeen` kept) and each of its claims
 * as a sighting, in one read-write transaction so a half-recorded page never exists.
 * A blocked page (bot check) records nothing: its content is the marketplace's wall, not the
 * supplier. Page-level claims (generic pages) have no supplier to attach to and are not stored.
 */
export async function recordPageScan(db: CertLensDb, scan: PageScan, now: number = Date.now()): Promise<void> {
  if (scan.pageKind === 'blocked' || scan.suppliers.length === 0) return;
  await withReadableErrors(() =>
    db.transaction('rw', db.suppliers, db.sightings, async () => {
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

      const sightings = new Map<string, Omit<Sighting, 'firstSeen'>>();
      for (const s of byKey.values()) {
        for (const c of s.claims) {
          const version = c.version ?? '';
          const id = JSON.stringify([s.key, c.id, version]);
          if (sightings.has(id)) continue; // first occurrence on the page wins, as in PageScan.text
          sightings.set(id, {
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
      const rows = [...sightings.values()];
      const old = await db.sightings.bulkGet(rows.map((r) => [r.supplierKey, r.claimId, r.version]));
      await db.sightings.bulkPut(rows.map((r, i) => ({ ...r, firstSeen: old[i]?.firstSeen ?? now })));
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
    const rows = await db.sightings.where('supplierKey').equals(supplierKey).toArray();
    return rows.sort((a, b) => b.lastSeen - a.lastSeen);
  });
}
