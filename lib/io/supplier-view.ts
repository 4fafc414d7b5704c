import type { CertLensDb } from '../db/database';
import { withReadableErrors } from '../db/errors';
import type { Note, Sighting, SupplierRecord } from '../db/records';
import type { Shortlist, ShortlistMember } from '../db/shortlists';
import { groupBySupplier, listSightingsBySupplier } from '../db/suppliers';
import type { VerificationRecord } from '../db/verification-records';

/**
 * Everything the user has on one supplier, gathered from the tables: what the exporters and the
 * dashboard work from. Plain data, so the exporters stay pure functions.
 */
export interface SupplierView {
  supplier: SupplierRecord;
  /** Claims seen, sorted by claim id then version. */
  sightings: Sighting[];
  note?: Note;
  tags: string[];
  /** Shortlists the supplier is on, in the user's order. */
  shortlists: Pick<Shortlist, 'id' | 'name'>[];
  /** The user's verification records, by sightingKey(). */
  verifications: Map<string, VerificationRecord>;
}

export const sightingKey = (s: { supplierKey: string; claimId: string; version: string }) =>
  `${s.supplierKey}|${s.claimId}|${s.version}`;

/**
 * Loads views of the given suppliers (all when `keys` is omitted), in one read transaction.
 * Every table is asked at once (one getAll or bulkGet each, not one after another), so
 * IndexedDB reads the next table while this page decodes the previous one.
 * Tables a database lacks (an older schema in a test) are treated as empty.
 */
export async function loadSupplierViews(db: CertLensDb, keys?: readonly string[]): Promise<SupplierView[]> {
  await withReadableErrors(() => db.open());
  const has = (name: string) => db.tables.some((t) => t.name === name);
  return withReadableErrors(() =>
    db.transaction('r', db.tables, async () => {
      const wanted = keys ? new Set(keys) : null;
      const pick = <T extends { supplierKey: string }>(rows: T[]) => (wanted ? rows.filter((r) => wanted.has(r.supplierKey)) : rows);
      const bySupplier = <T extends { supplierKey: string }>(name: string): Promise<T[]> =>
        keys
          ? db.table<T>(name).bulkGet([...keys]).then((rows) => rows.filter((r): r is T => Boolean(r)))
          : db.table<T>(name).toArray();
      const none = Promise.resolve([]);
      const [suppliers, claims, noteRows, tagRows, lists, memberRows, verifs] = await Promise.all([
        keys
          ? db.suppliers.bulkGet([...keys]).then((rows) => rows.filter((s): s is SupplierRecord => Boolean(s)))
          : db.suppliers.toArray(),
        listSightingsBySupplier(db, keys),
        bySupplier<Note>('notes'),
        has('tags') ? db.tags.toArray().then(pick) : none,
        has('shortlists') ? db.shortlists.orderBy('order').toArray() : (none as Promise<Shortlist[]>),
        has('shortlistMembers') ? db.shortlistMembers.toArray().then(pick) : (none as Promise<ShortlistMember[]>),
        has('verifications')
          ? keys
            ? db.verifications.where('supplierKey').anyOf([...keys]).toArray()
            : db.verifications.toArray()
          : (none as Promise<VerificationRecord[]>),
      ]);
      const notes = new Map(noteRows.map((n) => [n.supplierKey, n]));
      const tags = new Map(tagRows.map((t) => [t.supplierKey, t.tags]));
      const members = groupBySupplier(memberRows);
      const verifByKey = new Map<string, Map<string, VerificationRecord>>();
      for (const v of verifs) {
        let m = verifByKey.get(v.supplierKey);
        if (!m) verifByKey.set(v.supplierKey, (m = new Map()));
        m.set(sightingKey(v), v);
      }
      const listOrder = new Map(lists.map((l, i) => [l.id, i]));
      const listName = new Map(lists.map((l) => [l.id, l.name]));

      return suppliers.map((supplier) => ({
        supplier,
        // Stored in claimOrder already (claim id, then version).
        sightings: claims.get(supplier.key) ?? [],
        note: notes.get(supplier.key),
        tags: tags.get(supplier.key) ?? [],
        shortlists: (members.get(supplier.key) ?? [])
          .filter((m) => listName.has(m.shortlistId))
          .sort((a, b) => listOrder.get(a.shortlistId)! - listOrder.get(b.shortlistId)!)
          .map((m) => ({ id: m.shortlistId, name: listName.get(m.shortlistId)! })),
        verifications: verifByKey.get(supplier.key) ?? new Map(),
      }));
    }),
  );
}

/**
 * The views as a file for a colleague shows them (shortlist CSV and dossier): the user's notes
 * and verification records dropped unless `opts` keeps them, as in the share file.
 */
export function viewsForSharing(
  views: readonly SupplierView[],
  opts: { notes: boolean; verifications: boolean },
): SupplierView[] {
  return views.map((v) => ({
    ...v,
    note: opts.notes ? v.note : undefined,
    verifications: opts.verifications ? v.verifications : new Map(),
  }));
}
