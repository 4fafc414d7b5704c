import { afterEach, describe, expect, it } from 'vitest';
import type { CertLensDb } from '../../../lib/db';
import { addToShortlist, createShortlist, ShortlistSchema } from '../../../lib/db/shortlists';
import { freshDb } from './helpers';

/** v2 → v3 (issue #6): new tables only; every v2 record must survive the upgrade untouched. */

let db: CertLensDb | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

describe('v2 → v3', () => {
  it('keeps every v2 record and adds empty shortlists, shortlistMembers and tags tables', async () => {
    const name = `certlens-v3-${Date.now()}`;
    const v2 = freshDb(2, name);
    const supplier = {
      key: 'alibaba:zhenbenchina',
      name: '振本包装',
      marketplace: 'alibaba' as const,
      url: 'https://zhenbenchina.en.alibaba.com/',
      badges: ['Verified'],
      firstSeen: 1,
      lastSeen: 2,
      identifiers: { uscc: '91440300MA5G000000' },
    };
    const sighting = {
      supplierKey: supplier.key,
      claimId: 'iso-9001' as const,
      version: '',
      text: 'ISO9001',
      evidence: 'supplier' as const,
      flags: [],
      firstSeen: 1,
      lastSeen: 2,
      pageUrl: supplier.url,
    };
    const note = { supplierKey: supplier.key, text: 'call back', updatedAt: 3, rev: 1 };
    const verification = { supplierKey: supplier.key, claimId: 'iso-9001' as const, version: '', status: 'confirmed' as const, updatedAt: 4 };
    const settings = { key: 'user' as const, markets: ['eu' as const], reminderDays: 30 };
    await v2.open();
    expect(v2.verno).toBe(2);
    expect(v2.tables.map((t) => t.name)).not.toContain('shortlists');
    await v2.suppliers.put(supplier);
    await v2.table('sightings').put(sighting);
    await v2.notes.put(note);
    await v2.verifications.put(verification);
    await v2.settings.put(settings);
    v2.close();

    db = freshDb(3, name);
    await db.open();
    expect(db.verno).toBe(3);
    expect(db.tables.map((t) => t.name).sort()).toEqual(
      ['attachments', 'notes', 'settings', 'shortlistMembers', 'shortlists', 'sightings', 'suppliers', 'tags', 'verifications'],
    );
    expect(await db.suppliers.get(supplier.key)).toEqual(supplier);
    expect(await db.table('sightings').get([supplier.key, 'iso-9001', ''])).toEqual(sighting);
    expect(await db.notes.get(supplier.key)).toEqual(note);
    expect(await db.verifications.get([supplier.key, 'iso-9001', ''])).toEqual(verification);
    expect(await db.settings.get('user')).toEqual(settings);
    expect(await db.shortlists.count()).toBe(0);

    // The new tables work on the upgraded database, with their keys and indexes.
    const list = await createShortlist(db, 'Mugs');
    await addToShortlist(db, list.id, supplier.key);
    expect(ShortlistSchema.parse(await db.shortlists.get(list.id)).name).toBe('Mugs');
    expect(db.shortlistMembers.schema.primKey.keyPath).toEqual(['shortlistId', 'supplierKey']);
    expect(db.tags.schema.indexes.find((i) => i.name === 'tags')?.multi).toBe(true);
    expect(await db.shortlistMembers.where('supplierKey').equals(supplier.key).count()).toBe(1);
  });
});
