import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  CertLensDbError,
  countSightings,
  getNote,
  getSupplier,
  listRecentSuppliers,
  listSightings,
  listSightingsBySupplier,
  putSightings,
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

  it('two pages of one supplier recorded at once: neither loses a claim', async () => {
    db = freshDb();
    const key = 'alibaba:busy';
    const page = (id: 'ce' | 'rohs' | 'fcc', url: string) =>
      scan({ url, pageKind: 'product', suppliers: [supplier({ key, claims: [claim({ id }), claim({ id: 'iso-9001', text: url })] })] });
    // Not awaited one by one: both read-modify-writes of the supplier's claims are in flight together.
    await Promise.all([
      recordPageScan(db, page('ce', 'https://a.en.alibaba.com/1.html'), 1_000),
      recordPageScan(db, page('rohs', 'https://a.en.alibaba.com/2.html'), 2_000),
      recordPageScan(db, page('fcc', 'https://a.en.alibaba.com/3.html'), 3_000),
    ]);
    const rows = await listSightings(db, key);
    expect(rows.map((r) => r.claimId).sort()).toEqual(['ce', 'fcc', 'iso-9001', 'rohs']);
    expect(rows.find((r) => r.claimId === 'iso-9001')).toMatchObject({ firstSeen: 1_000, lastSeen: 3_000, text: 'https://a.en.alibaba.com/3.html' });
    expect(rows[0]!.lastSeen).toBe(3_000); // most recently seen first
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
    expect(await countSightings(db)).toBe(0);
  });

  it('writes all or nothing: a failing claims write leaves no supplier behind', async () => {
    db = freshDb();
    vi.spyOn(db.claimSets, 'bulkPut').mockRejectedValueOnce(new Error('disk on fire'));
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

describe('listSightingsBySupplier and putSightings', () => {
  const row = (supplierKey: string, claimId: 'ce' | 'rohs' | 'iso-9001', version = '', text: string = claimId) => ({
    supplierKey,
    claimId,
    version,
    text,
    evidence: 'supplier' as const,
    flags: [],
    firstSeen: 1,
    lastSeen: 2,
    pageUrl: 'https://x.en.alibaba.com/',
  });

  it("reads every supplier's claims in one call, in claim id then version order, or only the keys asked", async () => {
    db = freshDb();
    await putSightings(db, [row('alibaba:b', 'rohs'), row('alibaba:a', 'iso-9001', 'ISO 9001:2015'), row('alibaba:a', 'ce'), row('alibaba:a', 'iso-9001', 'ISO 9001:2008')]);
    const all = await listSightingsBySupplier(db);
    expect([...all.keys()].sort()).toEqual(['alibaba:a', 'alibaba:b']);
    expect(all.get('alibaba:a')!.map((g) => `${g.claimId} ${g.version}`)).toEqual(['ce ', 'iso-9001 ISO 9001:2008', 'iso-9001 ISO 9001:2015']);
    const some = await listSightingsBySupplier(db, ['alibaba:b', 'alibaba:none']);
    expect([...some.keys()]).toEqual(['alibaba:b']);
    expect(await countSightings(db)).toBe(4);
  });

  it("putSightings replaces a claim with the same id and version and keeps the supplier's others", async () => {
    db = freshDb();
    await putSightings(db, [row('alibaba:a', 'ce'), row('alibaba:a', 'rohs')]);
    await putSightings(db, [row('alibaba:a', 'ce', '', 'CE again')]);
    expect((await listSightings(db, 'alibaba:a')).map((g) => g.text).sort()).toEqual(['CE again', 'rohs']);
    expect(await countSightings(db)).toBe(2);
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
