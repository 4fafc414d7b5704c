// @vitest-environment node
// Node's Blob: fake-indexeddb keeps Blobs only with Node's structured clone (happy-dom's are lost).
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CertLensDb } from '../../../lib/db';
import { exportBackup, exportShortlist, serializeFile } from '../../../lib/io/export-json';
import { applyImport, previewImport, readAndPreview, readImportFile } from '../../../lib/io/import';
import { freshDb } from '../db/helpers';
import { seed, seedRows, snapshot, supplierRow } from './helpers';
import { loadSupplierViews, viewsForSharing } from '../../../lib/io/supplier-view';
import { suppliersToCsv } from '../../../lib/io/csv';
import { shortlistDossier } from '../../../lib/io/markdown';

const dbs: CertLensDb[] = [];
const open = () => {
  const db = freshDb();
  dbs.push(db);
  return db;
};
afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(dbs.splice(0).map((d) => d.delete()));
});

async function importText(db: CertLensDb, text: string) {
  const read = readImportFile(text);
  if (!read.ok) throw new Error(read.error);
  return applyImport(db, read.file);
}

describe('JSON backup', () => {
  it('round trip: export, then import into an empty database, gives the same records in every table', async () => {
    const source = open();
    await seed(source);
    const text = serializeFile(await exportBackup(source, Date.UTC(2026, 10, 27)));
    const target = open();
    const result = await importText(target, text);
    expect(result.conflicts).toEqual([]);
    const [a, b] = [await snapshot(source), await snapshot(target)];
    // Stored tables (claims grouped per supplier since schema v4)...
    expect(Object.keys(a).sort()).toEqual(
      ['attachments', 'claimSets', 'notes', 'settings', 'shortlistMembers', 'shortlists', 'suppliers', 'tags', 'verifications'].sort(),
    );
    expect(b).toEqual(a);
    // ...while the file keeps one flat "sightings" record per claim, as files of every version have.
    const tables = JSON.parse(text).tables as Record<string, unknown[]>;
    expect(Object.keys(tables)).not.toContain('claimSets');
    expect(tables.sightings).toHaveLength(seedRows().sightings.length);
    expect(tables.sightings).toEqual(expect.arrayContaining(seedRows().sightings));
    // The attachment came back as a real file with its bytes.
    const att = await target.attachments.toArray();
    expect(att[0]!.blob).toBeInstanceOf(Blob);
    expect([...new Uint8Array(await att[0]!.blob.arrayBuffer())]).toEqual([37, 80, 68, 70, 0, 255]);
  });

  it('is versioned and says which schema it came from; attachments travel as base64', async () => {
    const db = open();
    await seed(db);
    const file = await exportBackup(db, Date.UTC(2026, 10, 27));
    expect(file).toMatchObject({ format: 'certlens-backup', version: 1, dbVersion: db.verno, exportedAt: '2026-11-27T00:00:00.000Z' });
    expect(file.tables.attachments![0]).toMatchObject({ blob: { $certlens: 'blob', type: 'application/pdf', base64: 'JVBERgD/' } });
  });

  it('importing the same backup twice adds nothing and lists no conflict', async () => {
    const db = open();
    await seed(db);
    const text = serializeFile(await exportBackup(db));
    const before = await snapshot(db);
    const again = await readAndPreview(db, text);
    expect(again.ok).toBe(true);
    if (!again.ok) return;
    expect(again.preview.added).toBe(0);
    expect(again.preview.changed).toBe(0);
    expect(again.preview.conflicts).toEqual([]);
    await applyImport(db, again.file);
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('merge rules', () => {
  it('the newer record wins, the older side is listed as a conflict, the preview writes nothing', async () => {
    const theirs = open();
    await theirs.suppliers.bulkPut([
      supplierRow('alibaba:a', { name: 'A (renamed by colleague)', lastSeen: 9_000 }),
      supplierRow('alibaba:b', { name: 'B (colleague, older)', lastSeen: 1_500 }),
      supplierRow('alibaba:c', { name: 'C only in file' }),
    ]);
    await theirs.notes.put({ supplierKey: 'alibaba:a', text: 'their note', updatedAt: 100, rev: 1 });
    const text = serializeFile(await exportBackup(theirs));

    const mine = open();
    await mine.suppliers.bulkPut([supplierRow('alibaba:a', { name: 'A', lastSeen: 2_000 }), supplierRow('alibaba:b', { name: 'B', lastSeen: 2_000 })]);
    await mine.notes.put({ supplierKey: 'alibaba:a', text: 'my newer note', updatedAt: 200, rev: 3 });
    const before = await snapshot(mine);

    const r = await readAndPreview(mine, text);
    if (!r.ok) throw new Error(r.error);
    const suppliers = r.preview.tables.find((t) => t.table === 'suppliers')!;
    expect(suppliers).toMatchObject({ added: 1, changed: 1, keptLocal: 1 });
    expect(r.preview.conflicts.map((c) => [c.label, c.winner]).sort()).toEqual(
      [
        ['note on alibaba:a', 'local'],
        ['supplier alibaba:a', 'file'],
        ['supplier alibaba:b', 'local'],
      ].sort(),
    );
    expect(await snapshot(mine), 'a preview changes nothing').toEqual(before);

    await applyImport(mine, r.file);
    expect((await mine.suppliers.get('alibaba:a'))!.name).toBe('A (renamed by colleague)');
    expect((await mine.suppliers.get('alibaba:b'))!.name).toBe('B');
    expect((await mine.suppliers.get('alibaba:c'))!.name).toBe('C only in file');
    expect((await mine.notes.get('alibaba:a'))!.text).toBe('my newer note');
  });

  it('big files take the one-read path and merge the same way (600 in the file, 300 already here)', async () => {
    const theirs = open();
    await theirs.suppliers.bulkPut(Array.from({ length: 600 }, (_, i) => supplierRow(`alibaba:s${i}`, { name: `theirs ${i}`, lastSeen: 5_000 })));
    const text = serializeFile(await exportBackup(theirs));
    const mine = open();
    // 0-99 newer here, 100-199 older here, 200-299 identical; 300-599 new.
    await mine.suppliers.bulkPut(
      Array.from({ length: 300 }, (_, i) =>
        i < 200 ? supplierRow(`alibaba:s${i}`, { name: `mine ${i}`, lastSeen: i < 100 ? 9_000 : 1_000 }) : supplierRow(`alibaba:s${i}`, { name: `theirs ${i}`, lastSeen: 5_000 }),
      ),
    );
    const r = await readAndPreview(mine, text);
    if (!r.ok) throw new Error(r.error);
    expect(r.preview.tables.find((t) => t.table === 'suppliers')).toMatchObject({ added: 300, changed: 100, keptLocal: 100, unchanged: 100 });
    await applyImport(mine, r.file);
    expect((await mine.suppliers.get('alibaba:s5'))!.name).toBe('mine 5');
    expect((await mine.suppliers.get('alibaba:s150'))!.name).toBe('theirs 150');
    expect(await mine.suppliers.count()).toBe(600);
  });

  it('one transaction: a write failing half-way leaves the database exactly as it was', async () => {
    const source = open();
    await seed(source);
    const text = serializeFile(await exportBackup(source));
    const target = open();
    await target.suppliers.put(supplierRow('alibaba:mine'));
    const before = await snapshot(target);
    // Tables are written in file order; the notes come after suppliers and sightings.
    vi.spyOn(target.notes, 'bulkAdd').mockRejectedValueOnce(new Error('disk on fire'));
    vi.spyOn(target, 'table').mockImplementation(function (this: CertLensDb, name: string) {
      return name === 'notes' ? target.notes : Object.getPrototypeOf(target).table.call(target, name);
    } as never);
    await expect(importText(target, text)).rejects.toThrow(/rolled back; nothing was changed.*disk on fire/s);
    vi.restoreAllMocks();
    expect(await snapshot(target)).toEqual(before);
  });
});

describe('shortlist share file', () => {
  it('carries one shortlist, its suppliers and what is known about them, and nothing else', async () => {
    const db = open();
    await seed(db);
    const file = await exportShortlist(db, 'list-mugs', Date.UTC(2026, 10, 27));
    expect(file.format).toBe('certlens-shortlist');
    expect(file.shortlistId).toBe('list-mugs');
    const keys = (rows: unknown[] | undefined, f: string) => (rows ?? []).map((r) => (r as Record<string, string>)[f]).sort();
    expect(keys(file.tables.shortlists, 'id')).toEqual(['list-mugs']);
    expect(keys(file.tables.suppliers, 'key')).toEqual(['alibaba:zhenbenchina', 'made-in-china:evilco']);
    expect(keys(file.tables.sightings, 'supplierKey')).not.toContain('indiamart:plain-1');
    expect(file.tables.settings, 'settings are personal').toBeUndefined();
    expect(file.tables.verifications).toHaveLength(1);
    expect(file.tables.attachments).toHaveLength(1);
    expect(file.tables.notes, 'the user\'s notes stay out unless asked for').toBeUndefined();
    expect(serializeFile(file)).not.toContain('Asked for the SGS report');

    // The colleague's empty profile.
    const colleague = open();
    const r = await readAndPreview(colleague, serializeFile(file));
    if (!r.ok) throw new Error(r.error);
    expect(r.preview.shortlists).toEqual(['Mugs 2027']);
    await applyImport(colleague, r.file);
    expect(await colleague.suppliers.count()).toBe(2);
    expect((await colleague.shortlists.toArray()).map((s) => s.name)).toEqual(['Mugs 2027']);
    expect(await colleague.shortlistMembers.count()).toBe(2);
    expect((await colleague.verifications.toArray())[0]).toMatchObject({ status: 'confirmed', checkedOn: '2026-11-20' });
  });
});

describe('share options', () => {
  it('carries the notes when the user asks, and leaves out verification records and attachments when told', async () => {
    const db = open();
    await seed(db);
    const withNotes = await exportShortlist(db, 'list-mugs', Date.UTC(2026, 10, 27), { notes: true, verifications: true });
    expect((withNotes.tables.notes ?? []).map((n) => (n as { supplierKey: string }).supplierKey).sort()).toEqual([
      'alibaba:zhenbenchina',
      'made-in-china:evilco',
    ]);
    const bare = await exportShortlist(db, 'list-mugs', Date.UTC(2026, 10, 27), { notes: false, verifications: false });
    expect(Object.keys(bare.tables).sort()).toEqual(['shortlistMembers', 'shortlists', 'sightings', 'suppliers', 'tags']);
    const text = serializeFile(bare);
    expect(text).not.toContain('IAF CertSearch');
    expect(text).not.toContain('Asked for the SGS report');
    // Still a file a colleague can import.
    const colleague = open();
    const r = await readAndPreview(colleague, text);
    if (!r.ok) throw new Error(r.error);
    await applyImport(colleague, r.file);
    expect(await colleague.suppliers.count()).toBe(2);
    expect(await colleague.verifications.count()).toBe(0);
  });

  it('the shortlist CSV and dossier drop notes and verification records the same way', async () => {
    const db = open();
    await seed(db);
    const views = await loadSupplierViews(db, ['alibaba:zhenbenchina', 'made-in-china:evilco']);
    const full = viewsForSharing(views, { notes: true, verifications: true });
    expect(suppliersToCsv(full)).toContain('Asked for the SGS report');
    expect(suppliersToCsv(full)).toContain('ISO 9001 on 2026-11-20');
    const shared = viewsForSharing(views, { notes: false, verifications: false });
    const csv = suppliersToCsv(shared);
    const md = shortlistDossier({ name: 'Mugs 2027', note: 'Ask for samples' }, shared);
    // 2026-11-20 is the day the user checked the ISO 9001 certificate: only their record holds it.
    expect(shortlistDossier({ name: 'Mugs 2027', note: '' }, full)).toContain('2026-11-20');
    for (const out of [csv, md]) {
      expect(out).not.toContain('Asked for the SGS report');
      expect(out).not.toContain('2026-11-20');
      expect(out).toContain('深圳市振本包装有限公司');
    }
    expect(md, 'the list\'s own note is part of the list').toContain('Ask for samples');
    // The views themselves are untouched (the dashboard keeps showing the notes).
    expect(views.some((v) => v.note)).toBe(true);
  });
});
