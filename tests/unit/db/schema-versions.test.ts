import { afterEach, describe, expect, it } from 'vitest';
import { CertLensDb, LATEST_DB_VERSION, NoteSchema, SightingSchema, SupplierRecordSchema } from '../../../lib/db';
import { freshDb } from './helpers';

/**
 * One describe per schema version. When you append version N+1 to lib/db/database.ts, add a
 * `describe('vN → vN+1')` that opens `freshDb(N)`, seeds rows of the old shape, closes, reopens
 * with `freshDb(N + 1, sameName)` and checks every record survived in its new shape.
 */

let db: CertLensDb | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

function indexes(d: CertLensDb, table: string): string[] {
  return d.table(table).schema.indexes.map((i) => i.name).sort();
}

describe('v1', () => {
  it('opens with the v1 tables, keys and indexes', async () => {
    db = freshDb(1);
    await db.open();
    expect(db.verno).toBe(1);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['notes', 'sightings', 'suppliers']);
    expect(db.suppliers.schema.primKey.keyPath).toBe('key');
    expect(indexes(db, 'suppliers')).toEqual(['lastSeen', 'marketplace']);
    expect(db.table('sightings').schema.primKey.keyPath).toEqual(['supplierKey', 'claimId', 'version']);
    expect(indexes(db, 'sightings')).toEqual(['claimId', 'lastSeen', 'supplierKey']);
    expect(db.notes.schema.primKey.keyPath).toBe('supplierKey');
  });

  it('stores rows that pass their zod schemas and reads them back unchanged', async () => {
    db = freshDb(1);
    const s = SupplierRecordSchema.parse({
      key: 'alibaba:zhenbenchina',
      name: 'Zhenben',
      marketplace: 'alibaba',
      url: 'https://zhenbenchina.en.alibaba.com/',
      badges: [],
      firstSeen: 1,
      lastSeen: 2,
    });
    const g = SightingSchema.parse({
      supplierKey: s.key,
      claimId: 'iso-9001',
      version: '',
      text: 'ISO9001',
      evidence: 'supplier',
      flags: [],
      firstSeen: 1,
      lastSeen: 2,
      pageUrl: s.url,
    });
    const n = NoteSchema.parse({ supplierKey: s.key, text: 'hello', updatedAt: 3, rev: 1 });
    await db.suppliers.put(s);
    await db.table('sightings').put(g);
    await db.notes.put(n);
    expect(SupplierRecordSchema.parse(await db.suppliers.get(s.key))).toEqual(s);
    expect(SightingSchema.parse(await db.table('sightings').get([s.key, 'iso-9001', '']))).toEqual(g);
    expect(NoteSchema.parse(await db.notes.get(s.key))).toEqual(n);
  });
});

describe('latest', () => {
  it('opens at LATEST_DB_VERSION when no target version is given', async () => {
    db = freshDb();
    await db.open();
    expect(db.verno).toBe(LATEST_DB_VERSION);
  });

  it('an upgrade blocked by another open connection is reported in words, and completes once it closes', async () => {
    const name = `certlens-blocked-${Date.now()}`;
    // An older connection (native version 5 = Dexie 0.5) that ignores versionchange, like a
    // stale CertLens page that does not let go.
    const old = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(name, 5);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    db = freshDb(undefined, name);
    const reported = new Promise<Error>((resolve) => db!.onBlocked(resolve));
    const opening = db.open();
    const err = await reported;
    expect(err.message).toMatch(/another CertLens page .* still has it open/);
    old.close();
    await opening;
    expect(db.verno).toBe(LATEST_DB_VERSION);
  });
});
