import { afterEach, describe, expect, it } from 'vitest';
import {
  countSightings,
  listSightings,
  listSightingsBySupplier,
  recordPageScan,
  type CertLensDb,
  type Note,
  type Sighting,
  type SupplierRecord,
} from '../../../lib/db';
import { exportBackup, serializeFile } from '../../../lib/io/export-json';
import { applyImport, readImportFile } from '../../../lib/io/import';
import { claim, freshDb, scan, supplier as supplierScan } from './helpers';

/**
 * v3 → v4 (issue #7, storage at scale): one `claimSets` row per supplier replaces one
 * `sightings` row per claim. Every v3 record must survive: claims regrouped, all other tables
 * untouched. And backup files written by a v3 database (flat "sightings") still import.
 */

const dbs: CertLensDb[] = [];
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((d) => d.delete()));
});
const open = (version: number | undefined, name: string) => {
  const d = freshDb(version, name);
  dbs.push(d);
  return d;
};

function v3Fixture() {
  const suppliers: SupplierRecord[] = Array.from({ length: 30 }, (_, i) => ({
    key: `${i % 2 ? 'alibaba' : 'made-in-china'}:s${i}`,
    name: i === 0 ? '深圳市振本包装有限公司' : `Supplier ${i}`,
    marketplace: i % 2 ? 'alibaba' : 'made-in-china',
    url: `https://s${i}.example.com/`,
    badges: i % 3 ? ['Verified'] : [],
    firstSeen: 1_000 + i,
    lastSeen: 2_000 + i,
    ...(i === 1 && { identifiers: { uscc: '91440300MA5G000000' } }),
  }));
  const ids = ['iso-9001', 'ce', 'rohs', 'amfori-bsci', 'iso-14001'] as const;
  // Supplier i has i % 6 claims (s0, s6, ... have none), two versions of ISO 9001 for some,
  // plus claims of a supplier that has no supplier row (recorded before, deleted since).
  const sightings: Sighting[] = suppliers.flatMap((s, i) =>
    Array.from({ length: i % 6 }, (_, j) => ({
      supplierKey: s.key,
      claimId: ids[j % ids.length]!,
      version: j === 0 ? 'ISO 9001:2015' : j === 5 ? 'ISO 9001:2008' : '',
      text: `claim ${j} <b>of</b> ${s.name}`,
      evidence: j % 2 ? ('platform' as const) : ('supplier' as const),
      flags: j === 3 ? (['misnomer'] as const).slice() : [],
      ...(j === 1 && { certificateNumber: `CN-${i}`, issuer: 'SGS', validUntil: '2027-01-31' }),
      firstSeen: 1_000 + j,
      lastSeen: 3_000 + j,
      pageUrl: `${s.url}p${j}.html`,
    })),
  );
  sightings.push({ ...sightings[0]!, supplierKey: 'alibaba:no-supplier-row', pageUrl: 'https://x.example.com/' });
  const notes: Note[] = [
    { supplierKey: suppliers[1]!.key, text: 'call back', updatedAt: 5, rev: 3 },
    { supplierKey: 'alibaba:note-only', text: 'typed before the page was recorded', updatedAt: 6, rev: 1 },
  ];
  return { suppliers, sightings, notes };
}

const byKey = (a: Sighting, b: Sighting) =>
  `${a.supplierKey}|${a.claimId}|${a.version}`.localeCompare(`${b.supplierKey}|${b.claimId}|${b.version}`);

describe('v3 → v4', () => {
  it('regroups every sighting into its supplier\'s claim set and keeps every other record', async () => {
    const name = `certlens-v4-${Date.now()}`;
    const { suppliers, sightings, notes } = v3Fixture();
    const verification = { supplierKey: suppliers[1]!.key, claimId: 'ce' as const, version: '', status: 'confirmed' as const, updatedAt: 4 };
    const list = { id: 'l1', name: 'Mugs', note: '', order: 0, createdAt: 1, updatedAt: 2 };
    const member = { shortlistId: 'l1', supplierKey: suppliers[2]!.key, addedAt: 3 };
    const tags = { supplierKey: suppliers[2]!.key, tags: ['mugs'], updatedAt: 3 };

    const v3 = open(3, name);
    await v3.open();
    expect(v3.verno).toBe(3);
    await v3.suppliers.bulkPut(suppliers);
    await v3.table('sightings').bulkPut(sightings);
    await v3.notes.bulkPut(notes);
    await v3.verifications.put(verification);
    await v3.shortlists.put(list);
    await v3.shortlistMembers.put(member);
    await v3.tags.put(tags);
    v3.close();

    const db = open(undefined, name);
    await db.open();
    expect(db.verno).toBe(4);
    expect(db.tables.map((t) => t.name).sort()).toEqual(
      ['attachments', 'claimSets', 'notes', 'settings', 'shortlistMembers', 'shortlists', 'suppliers', 'tags', 'verifications'],
    );
    // One row per supplier that had claims, each holding exactly that supplier's claims.
    const withClaims = new Set(sightings.map((g) => g.supplierKey));
    expect(await db.claimSets.count()).toBe(withClaims.size);
    expect(await countSightings(db)).toBe(sightings.length);
    const all = [...(await listSightingsBySupplier(db)).values()].flat();
    expect(all.sort(byKey)).toEqual([...sightings].sort(byKey));
    for (const key of withClaims) {
      const set = (await db.claimSets.get(key))!;
      expect(set.claims.every((c) => c.supplierKey === key)).toBe(true);
      // Stored in claim id, then version order.
      const order = set.claims.map((c) => `${c.claimId} ${c.version}`);
      expect(order).toEqual([...set.claims].sort((a, b) => (a.claimId === b.claimId ? a.version.localeCompare(b.version) : a.claimId.localeCompare(b.claimId))).map((c) => `${c.claimId} ${c.version}`));
    }
    expect(await db.suppliers.orderBy('key').toArray()).toEqual([...suppliers].sort((a, b) => (a.key < b.key ? -1 : 1)));
    expect(await db.notes.toArray()).toEqual(expect.arrayContaining(notes));
    expect(await db.notes.count()).toBe(notes.length);
    expect(await db.verifications.toArray()).toEqual([verification]);
    expect(await db.shortlists.toArray()).toEqual([list]);
    expect(await db.shortlistMembers.toArray()).toEqual([member]);
    expect(await db.tags.toArray()).toEqual([tags]);

    // Keys and indexes of v4: claim sets by supplier, no index nothing reads.
    expect(db.claimSets.schema.primKey.keyPath).toBe('supplierKey');
    expect(db.claimSets.schema.indexes).toEqual([]);
    expect(db.suppliers.schema.indexes.map((i) => i.name)).toEqual(['lastSeen']);
    expect(db.notes.schema.indexes).toEqual([]);

    // The repositories work on the upgraded data: a new page adds to the regrouped set.
    const key = suppliers[1]!.key;
    const before = await listSightings(db, key);
    await recordPageScan(db, scan({ url: 'https://s1.example.com/new.html', suppliers: [supplierScan({ key, claims: [claim({ id: 'fcc' })] })] }), 9_000);
    const after = await listSightings(db, key);
    expect(after).toHaveLength(before.length + 1);
    expect(after[0]).toMatchObject({ claimId: 'fcc', firstSeen: 9_000, lastSeen: 9_000 });
    expect(after.slice(1)).toEqual(before);
  });

  it('an empty v3 database upgrades to an empty claimSets table', async () => {
    const name = `certlens-v4-empty-${Date.now()}`;
    const v3 = open(3, name);
    await v3.open();
    v3.close();
    const db = open(undefined, name);
    await db.open();
    expect(await db.claimSets.count()).toBe(0);
  });

  it('a backup written by a v3 database (flat "sightings") imports into v4 with every claim', async () => {
    const { suppliers, sightings, notes } = v3Fixture();
    const v3 = open(3, `certlens-v4-file-src-${Date.now()}`);
    await v3.suppliers.bulkPut(suppliers);
    await v3.table('sightings').bulkPut(sightings);
    await v3.notes.bulkPut(notes);
    const text = serializeFile(await exportBackup(v3));
    const file = JSON.parse(text);
    expect(file.dbVersion).toBe(3);
    expect(file.tables.sightings).toHaveLength(sightings.length);

    const db = open(undefined, `certlens-v4-file-dst-${Date.now()}`);
    const read = readImportFile(text);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const result = await applyImport(db, read.file);
    expect(result.tables.find((t) => t.table === 'sightings')).toMatchObject({ added: sightings.length, changed: 0 });
    const all = [...(await listSightingsBySupplier(db)).values()].flat();
    expect(all.sort(byKey)).toEqual([...sightings].sort(byKey));
    expect(await db.suppliers.count()).toBe(suppliers.length);
    expect(await db.notes.count()).toBe(notes.length);

    // And a v4 backup of it carries the same flat list back out.
    const again = JSON.parse(serializeFile(await exportBackup(db)));
    expect(again.dbVersion).toBe(4);
    expect([...again.tables.sightings].sort(byKey)).toEqual([...sightings].sort(byKey));
  });
});
