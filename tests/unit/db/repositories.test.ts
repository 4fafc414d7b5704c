import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  CertLensDbError,
  getNote,
  getSupplier,
  listRecentSuppliers,
  listSightings,
  recordPageScan,
  saveNote,
  type CertLensDb,
} from '../../../lib/db';
import { claim, freshDb, scan, supplier } from './helpers';

let db: CertLensDb;
afterEach(async () => {
  await db?.delete();
});

describe('recordPageScan', () => {
  it('stores a supplier and its claims from a supplier page', async () => {
    db = freshDb();
    await recordPageScan(
      db,
      scan({
        suppliers: [
          supplier({
            key: 'alibaba:zhenbenchina',
            name: 'Zhenben Packaging Co., Ltd.',
            years: '6 yrs',
            country: 'CN',
            businessType: 'Manufacturer',
            badges: ['Verified'],
            claims: [
              claim({ id: 'iso-9001', text: 'ISO 9001:2015', version: 'ISO 9001:2015', certificateNumber: '12345Q' }),
              claim({ id: 'alibaba-verified', text: 'Verified', evidence: 'platform' }),
            ],
          }),
        ],
      }),
      1_000,
    );
    const s = await getSupplier(db, 'alibaba:zhenbenchina');
    expect(s).toMatchObject({
      name: 'Zhenben Packaging Co., Ltd.',
      marketplace: 'alibaba',
      url: 'https://zhenbenchina.en.alibaba.com/',
      years: '6 yrs',
      badges: ['Verified'],
      firstSeen: 1_000,
      lastSeen: 1_000,
    });
    const sightings = await listSightings(db, 'alibaba:zhenbenchina');
    expect(sightings.map((x) => [x.claimId, x.version, x.evidence]).sort()).toEqual([
      ['alibaba-verified', '', 'platform'],
      ['iso-9001', 'ISO 9001:2015', 'supplier'],
    ]);
    expect(sightings.find((x) => x.claimId === 'iso-9001')?.certificateNumber).toBe('12345Q');
  });

  it('upserts: a second visit keeps firstSeen, moves lastSeen, and keeps details a thinner page lacks', async () => {
    db = freshDb();
    const key = 'made-in-china:bidisco';
    await recordPageScan(
      db,
      scan({
        marketplace: 'made-in-china',
        url: 'https://bidisco.en.made-in-china.com/',
        suppliers: [supplier({ key, name: 'Bidisco', years: 'Since 2011', claims: [claim({ id: 'ce', text: 'CE' })] })],
      }),
      1_000,
    );
    // A product page of the same supplier: no years, one more claim, CE written differently.
    await recordPageScan(
      db,
      scan({
        marketplace: 'made-in-china',
        pageKind: 'product',
        url: 'https://bidisco.en.made-in-china.com/product/abc.html',
        suppliers: [
          supplier({ key, name: 'Bidisco', claims: [claim({ id: 'ce', text: 'CE mark' }), claim({ id: 'rohs' })] }),
        ],
      }),
      5_000,
    );
    const s = await getSupplier(db, key);
    expect(s).toMatchObject({ firstSeen: 1_000, lastSeen: 5_000, years: 'Since 2011' });
    expect(await db.suppliers.count()).toBe(1);
    const sightings = await listSightings(db, key);
    expect(sightings).toHaveLength(2);
    const ce = sightings.find((x) => x.claimId === 'ce')!;
    expect(ce).toMatchObject({ text: 'CE mark', firstSeen: 1_000, lastSeen: 5_000 });
    expect(ce.pageUrl).toBe('https://bidisco.en.made-in-china.com/product/abc.html');
  });

  it('keeps different versions of one standard apart', async () => {
    db = freshDb();
    const key = 'alibaba:a1';
    await recordPageScan(
      db,
      scan({
        suppliers: [
          supplier({
            key,
            claims: [
              claim({ id: 'iso-9001', version: 'ISO 9001:2008', flags: ['obsolete'] }),
              claim({ id: 'iso-9001', version: 'ISO 9001:2015' }),
            ],
          }),
        ],
      }),
    );
    const rows = await listSightings(db, key);
    expect(rows.map((r) => r.version).sort()).toEqual(['ISO 9001:2008', 'ISO 9001:2015']);
    expect(rows.find((r) => r.version === 'ISO 9001:2008')?.flags).toEqual(['obsolete']);
  });

  it('records every supplier of a list page', async () => {
    db = freshDb();
    const suppliers = Array.from({ length: 30 }, (_, i) => supplier({ key: `made-in-china:s${i}` }));
    await recordPageScan(db, scan({ marketplace: 'made-in-china', pageKind: 'search', suppliers }));
    expect(await db.suppliers.count()).toBe(30);
  });

  it('records nothing for a blocked page', async () => {
    db = freshDb();
    await recordPageScan(
      db,
      scan({
        pageKind: 'blocked',
        blockedReason: 'captcha',
        suppliers: [supplier({ key: 'alibaba:wall', claims: [claim({ id: 'iso-9001' })] })],
      }),
    );
    expect(await db.suppliers.count()).toBe(0);
    expect(await db.sightings.count()).toBe(0);
  });

  it('writes all or nothing: a failing sightings write leaves no supplier behind', async () => {
    db = freshDb();
    vi.spyOn(db.sightings, 'bulkPut').mockRejectedValueOnce(new Error('disk on fire'));
    await expect(
      recordPageScan(db, scan({ suppliers: [supplier({ key: 'alibaba:x', claims: [claim({ id: 'ce' })] })] })),
    ).rejects.toThrow(/could not read or write its database: disk on fire/);
    expect(await db.suppliers.count()).toBe(0);
  });

  it('turns a full disk into a readable error instead of swallowing it', async () => {
    db = freshDb();
    // What IndexedDB raises when the profile's disk quota is used up.
    vi.spyOn(db.suppliers, 'bulkPut').mockRejectedValueOnce(new DOMException('quota', 'QuotaExceededError'));
    const err = await recordPageScan(db, scan({ suppliers: [supplier({ key: 'alibaba:x' })] })).catch((e) => e);
    expect(err).toBeInstanceOf(CertLensDbError);
    expect(err.problem).toBe('quota');
    expect(err.message).toMatch(/no storage space left/);
  });
});

describe('listRecentSuppliers', () => {
  it('lists the most recently seen first, up to the limit', async () => {
    db = freshDb();
    await recordPageScan(db, scan({ suppliers: [supplier({ key: 'alibaba:old' })] }), 1_000);
    await recordPageScan(db, scan({ suppliers: [supplier({ key: 'alibaba:mid' })] }), 2_000);
    await recordPageScan(db, scan({ suppliers: [supplier({ key: 'alibaba:new' })] }), 3_000);
    // Seeing the oldest again makes it the newest.
    await recordPageScan(db, scan({ suppliers: [supplier({ key: 'alibaba:old' })] }), 4_000);
    expect((await listRecentSuppliers(db, 10)).map((s) => s.key)).toEqual(['alibaba:old', 'alibaba:new', 'alibaba:mid']);
    expect((await listRecentSuppliers(db, 2)).map((s) => s.key)).toEqual(['alibaba:old', 'alibaba:new']);
  });
});

describe('notes', () => {
  it('saves and loads a note, counting revisions', async () => {
    db = freshDb();
    expect(await getNote(db, 'alibaba:zhenbenchina')).toBeUndefined();
    await saveNote(db, 'alibaba:zhenbenchina', 'Asked for the SGS report', 1_000);
    const second = await saveNote(db, 'alibaba:zhenbenchina', 'Asked for the SGS report; got it', 2_000);
    expect(second.rev).toBe(2);
    expect(await getNote(db, 'alibaba:zhenbenchina')).toEqual({
      supplierKey: 'alibaba:zhenbenchina',
      text: 'Asked for the SGS report; got it',
      updatedAt: 2_000,
      rev: 2,
    });
  });

  it('survives closing and reopening the database (the panel closes, the note stays)', async () => {
    const name = `certlens-notes-reopen-${Date.now()}`;
    const first = freshDb(undefined, name);
    await saveNote(first, 'made-in-china:bidisco', 'Call back Monday');
    first.close();
    db = freshDb(undefined, name);
    expect((await getNote(db, 'made-in-china:bidisco'))?.text).toBe('Call back Monday');
  });
});
