import { File as NodeFile } from 'node:buffer';
import { afterEach, describe, expect, it } from 'vitest';
import {
  AttachmentError,
  CertLensDb,
  DEFAULT_SETTINGS,
  getAttachment,
  getSettings,
  getSupplier,
  getVerification,
  listSightings,
  listVerifications,
  recordPageScan,
  saveAttachment,
  saveBeyondCertificates,
  saveSettings,
  saveSupplierIdentifiers,
  saveVerification,
  type Note,
  type Sighting,
  type SupplierRecord,
} from '../../../lib/db';
import { claim, freshDb, scan, supplier } from './helpers';

let db: CertLensDb | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

describe('v1 → v2', () => {
  it('keeps every v1 supplier, sighting and note, and adds the verification tables', async () => {
    const name = `certlens-v1v2-${process.pid}-${Date.now()}`;
    const v1 = freshDb(1, name);
    const suppliers: SupplierRecord[] = Array.from({ length: 30 }, (_, i) => ({
      key: `alibaba:s${i}`,
      name: `Supplier ${i} Co., Ltd.`,
      marketplace: 'alibaba',
      url: `https://s${i}.en.alibaba.com/`,
      badges: i % 2 ? ['Verified'] : [],
      firstSeen: i,
      lastSeen: 1000 + i,
    }));
    const sightings: Sighting[] = suppliers.flatMap((s, i) =>
      (['iso-9001', 'ce', 'amfori-bsci'] as const).map((claimId) => ({
        supplierKey: s.key,
        claimId,
        version: claimId === 'iso-9001' ? 'ISO 9001:2015' : '',
        text: claimId,
        evidence: 'supplier' as const,
        flags: [],
        firstSeen: i,
        lastSeen: i + 1,
        pageUrl: s.url,
      })),
    );
    const notes: Note[] = suppliers.slice(0, 10).map((s, i) => ({ supplierKey: s.key, text: `note ${i}`, updatedAt: i, rev: 1 }));
    await v1.suppliers.bulkPut(suppliers);
    await v1.table('sightings').bulkPut(sightings);
    await v1.notes.bulkPut(notes);
    expect(v1.verno).toBe(1);
    v1.close();

    db = freshDb(2, name);
    await db.open();
    expect(db.verno).toBe(2);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['attachments', 'notes', 'settings', 'sightings', 'suppliers', 'verifications']);
    expect(db.verifications.schema.primKey.keyPath).toEqual(['supplierKey', 'claimId', 'version']);
    expect(db.attachments.schema.primKey.keyPath).toEqual(['supplierKey', 'claimId', 'version']);
    expect(await db.suppliers.orderBy('key').toArray()).toEqual([...suppliers].sort((a, b) => a.key.localeCompare(b.key)));
    expect(await db.table('sightings').count()).toBe(sightings.length);
    for (const g of sightings) expect(await db.table('sightings').get([g.supplierKey, g.claimId, g.version])).toEqual(g);
    expect(await db.notes.toArray()).toEqual(expect.arrayContaining(notes));
    expect(await db.notes.count()).toBe(notes.length);
    expect(await db.verifications.count()).toBe(0);
    // Defaults until the options page saves something.
    expect(await getSettings(db)).toEqual(DEFAULT_SETTINGS);
  });
});

describe('verification records', () => {
  const KEY: [string, string, string] = ['alibaba:zhenbenchina', 'iso-9001', 'ISO 9001:2015'];

  it('creates, merges and validates a record keyed by supplier, claim and version', async () => {
    db = freshDb();
    await saveVerification(db, KEY, { status: 'asked-supplier', askedOn: '2026-11-27' }, 10);
    const r = await saveVerification(
      db,
      KEY,
      { status: 'confirmed', certificateNumber: 'CN-123', registryUsed: 'SGS Certified Client Directory', expiryDate: '2027-06-30', checkedOn: '2026-11-28' },
      20,
    );
    expect(r).toMatchObject({ status: 'confirmed', askedOn: '2026-11-27', certificateNumber: 'CN-123', updatedAt: 20 });
    expect(await getVerification(db, KEY)).toEqual(r);
    // Another version of the same claim is a separate record.
    expect(await getVerification(db, ['alibaba:zhenbenchina', 'iso-9001', ''])).toBeUndefined();
    expect((await listVerifications(db, KEY[0])).length).toBe(1);
  });

  it('clears a field saved as empty and refuses a bad date', async () => {
    db = freshDb();
    await saveVerification(db, KEY, { status: 'confirmed', note: 'x', expiryDate: '2027-01-01' });
    const r = await saveVerification(db, KEY, { note: '' });
    expect(r.note).toBeUndefined();
    expect(r.expiryDate).toBe('2027-01-01');
    await expect(saveVerification(db, KEY, { expiryDate: '31/12/2027' })).rejects.toThrow();
  });

  it('stores an image attachment and reads it back; refuses big files and other types with a clear message', async () => {
    db = freshDb();
    // Node's File: fake-indexeddb clones with Node's structuredClone, which keeps Node blobs (as Chrome keeps its own).
    const pic = new NodeFile([new Uint8Array([137, 80, 78, 71])], 'cert.png', { type: 'image/png' }) as unknown as File;
    await saveAttachment(db, KEY, pic, 5);
    const back = await getAttachment(db, KEY);
    expect(back).toMatchObject({ name: 'cert.png', type: 'image/png', size: 4 });
    expect(new Uint8Array(await back!.blob.arrayBuffer())).toEqual(new Uint8Array([137, 80, 78, 71]));

    const big = new File([new Uint8Array(5 * 1024 * 1024 + 1)], 'scan.pdf', { type: 'application/pdf' });
    expect(() => saveAttachment(db!, KEY, big)).toThrow(AttachmentError);
    expect(() => saveAttachment(db!, KEY, big)).toThrow(/5\.0 MB; attachments can be at most 5\.0 MB/);
    const exe = new File(['MZ'], 'cert.exe', { type: 'application/x-msdownload' });
    expect(() => saveAttachment(db!, KEY, exe)).toThrow(/not an image or a PDF/);
  });

  it('saves settings', async () => {
    db = freshDb();
    await saveSettings(db, { markets: ['eu-retail', 'amazon'] });
    expect(await getSettings(db)).toEqual({ key: 'user', markets: ['eu-retail', 'amazon'], reminderDays: 30 });
    await saveSettings(db, { reminderDays: 14 });
    expect((await getSettings(db)).reminderDays).toBe(14);
    await expect(saveSettings(db, { reminderDays: -1 })).rejects.toThrow();
  });

  it('keeps typed identifiers and ticks on the supplier row when a page is scanned again', async () => {
    db = freshDb();
    const stub = { key: 'alibaba:zhenbenchina', name: 'Zhenben', marketplace: 'alibaba' as const, url: 'https://zhenbenchina.en.alibaba.com/' };
    await saveSupplierIdentifiers(db, stub, { uscc: ' 91350100M000100Y43 ', gstin: '' }, 1);
    await saveBeyondCertificates(db, stub, ['sample-tests', 'sample-tests', 'nnn-agreement'], 2);
    await recordPageScan(db, scan({ suppliers: [supplier({ key: stub.key, name: 'Zhenben Packaging', claims: [claim({ id: 'iso-9001' })] })] }), 3);
    const s = await getSupplier(db, stub.key);
    expect(s).toMatchObject({
      name: 'Zhenben Packaging',
      identifiers: { uscc: '91350100M000100Y43' },
      beyondCertificates: ['sample-tests', 'nnn-agreement'],
      lastSeen: 3,
    });
    expect(s!.identifiers).not.toHaveProperty('gstin');
    expect((await listSightings(db, stub.key)).length).toBe(1);
  });
});
