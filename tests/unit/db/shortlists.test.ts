import { afterEach, describe, expect, it } from 'vitest';
import type { CertLensDb } from '../../../lib/db';
import {
  addToShortlist,
  createShortlist,
  deleteShortlist,
  getTags,
  listAllTags,
  listMembers,
  listShortlists,
  removeFromShortlist,
  reorderShortlists,
  restoreShortlist,
  setTags,
  shortlistsOf,
  updateShortlist,
} from '../../../lib/db/shortlists';
import { freshDb } from './helpers';

let db: CertLensDb;
afterEach(async () => {
  await db?.delete();
});

describe('shortlists', () => {
  it('are created in order, renamed, given a note, and reordered', async () => {
    db = freshDb();
    const a = await createShortlist(db, 'Mugs', 1_000);
    const b = await createShortlist(db, 'Bottles', 1_001);
    const c = await createShortlist(db, 'Lids', 1_002);
    expect((await listShortlists(db)).map((s) => s.name)).toEqual(['Mugs', 'Bottles', 'Lids']);
    const renamed = await updateShortlist(db, a.id, { name: 'Travel mugs', note: 'Samples by March' }, 2_000);
    expect(renamed).toMatchObject({ name: 'Travel mugs', note: 'Samples by March', updatedAt: 2_000, createdAt: 1_000 });
    await reorderShortlists(db, [c.id, a.id, b.id]);
    expect((await listShortlists(db)).map((s) => s.name)).toEqual(['Lids', 'Travel mugs', 'Bottles']);
  });

  it('refuse an empty or overlong name (the same check an import applies)', async () => {
    db = freshDb();
    const a = await createShortlist(db, 'Mugs');
    await expect(updateShortlist(db, a.id, { name: '   ' })).rejects.toThrow();
    await expect(createShortlist(db, 'x'.repeat(121))).rejects.toThrow();
    expect((await listShortlists(db)).map((s) => s.name)).toEqual(['Mugs']);
  });

  it('hold suppliers once each; a supplier can be on several lists', async () => {
    db = freshDb();
    const a = await createShortlist(db, 'Mugs');
    const b = await createShortlist(db, 'Bottles');
    await addToShortlist(db, a.id, 'alibaba:x', 10);
    await addToShortlist(db, a.id, 'alibaba:x', 20);
    await addToShortlist(db, a.id, 'alibaba:y', 30);
    await addToShortlist(db, b.id, 'alibaba:x', 40);
    expect((await listMembers(db, a.id)).map((m) => [m.supplierKey, m.addedAt])).toEqual([
      ['alibaba:x', 10],
      ['alibaba:y', 30],
    ]);
    expect((await shortlistsOf(db, 'alibaba:x')).sort()).toEqual([a.id, b.id].sort());
    await removeFromShortlist(db, a.id, 'alibaba:x');
    expect((await listMembers(db, a.id)).map((m) => m.supplierKey)).toEqual(['alibaba:y']);
  });

  it('delete removes the list and its members; restore (undo) brings both back as they were', async () => {
    db = freshDb();
    const a = await createShortlist(db, 'Mugs');
    await updateShortlist(db, a.id, { note: 'keep me' });
    await addToShortlist(db, a.id, 'alibaba:x', 10);
    await addToShortlist(db, a.id, 'alibaba:y', 20);
    const before = { lists: await listShortlists(db), members: await listMembers(db, a.id) };
    const removed = await deleteShortlist(db, a.id);
    expect(await listShortlists(db)).toEqual([]);
    expect(await db.shortlistMembers.count()).toBe(0);
    await restoreShortlist(db, removed!);
    expect({ lists: await listShortlists(db), members: await listMembers(db, a.id) }).toEqual(before);
  });
});

describe('tags', () => {
  it('are trimmed, de-duplicated ignoring case, and listed across suppliers', async () => {
    db = freshDb();
    expect(await setTags(db, 'alibaba:x', [' packaging ', 'Packaging', '', '样品'])).toEqual(['packaging', '样品']);
    await setTags(db, 'alibaba:y', ['audit due', 'packaging']);
    expect(await getTags(db, 'alibaba:x')).toEqual(['packaging', '样品']);
    expect(await listAllTags(db)).toEqual(['audit due', 'packaging', '样品']);
    expect((await db.tags.where('tags').equals('packaging').primaryKeys()).sort()).toEqual(['alibaba:x', 'alibaba:y']);
  });
});
