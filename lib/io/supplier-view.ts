import type { CertLensDb } from '../db/database';
import { withReadableErrors } from '../db/errors';
import type { Note, Sighting, SupplierRecord } from '../db/records';
import type { Shortlist } from '../db/shortlists';
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
 * Tables a database lacks (an older schema in a test) are treated as empty.
 */
export async function loadSupplierViews(db: CertLensDb, keys?: readonly string[]): Promise<SupplierView[]> {
  await withReadableErrors(() => db.open());
  const has = (name: string) => db.tables.some((t) => t.name === name);
  return withReadableErrors(() =>
    db.transaction('r', db.tables, async () => {
      const suppliers = keys
        ? (await db.suppliers.bulkGet([...keys])).filter((s): s is SupplierRecord => Boolean(s))
        : await db.suppliers.toArray();
      const wanted = keys ? new Set(keys) : null;
      const pick = <T extends { supplierKey: string }>(rows: T[]) => (wanted ? rows.filter((r) => wanted.has(r.supplierKey)) : rows);
      const byKey = <T extends { supplierKey: string }>(rows: T[]) => {
        const m = new Map<string, T[]>();
        for (const r of rows) {
          const list = m.get(r.supplierKey);
          if (list) list.push(r);
          else m.set(r.supplierKey, [r]);
        }
        return m;
      };
      const anyOf = <T extends { supplierKey: string }>(name: string) =>
        keys ? db.table<T>(name).where('supplierKey').anyOf([...keys]).toArray() : db.table<T>(name).toArray();

      const sightings = byKey(await anyOf<Sighting>('sightings'));
      const notes = new Map((await anyOf<Note>('notes')).map((n) => [n.supplierKey, n]));
      const tags = has('tags') ? new Map(pick(await db.tags.toArray()).map((t) => [t.supplierKey, t.tags])) : new Map<string, string[]>();
      const lists = has('shortlists') ? await db.shortlists.orderBy('order').toArray() : [];
      const members = has('shortlistMembers') ? byKey(pick(await db.shortlistMembers.toArray())) : new Map();
      const verifs = has('verifications') ? await anyOf<VerificationRecord>('verifications') : [];
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
        sightings: (sightings.get(supplier.key) ?? []).sort((a, b) =>
          a.claimId === b.claimId ? a.version.localeCompare(b.version) : a.claimId.localeCompare(b.claimId),
        ),
        note: notes.get(supplier.key),
        tags: tags.get(supplier.key) ?? [],
        shortlists: ((members.get(supplier.key) ?? []) as { shortlistId: string }[])
          .filter((m) => listName.has(m.shortlistId))
          .sort((a, b) => listOrder.get(a.shortlistId)! - listOrder.get(b.shortlistId)!)
          .map((m) => ({ id: m.shortlistId, name: listName.get(m.shortlistId)! })),
        verifications: verifByKey.get(supplier.key) ?? new Map(),
      }));
    }),
  );
}
