// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CertLensDb } from '../../../lib/db';
import { exportBackup, serializeFile } from '../../../lib/io/export-json';
import { applyImport, readAndPreview, readImportFile } from '../../../lib/io/import';
import { freshDb } from '../db/helpers';
import { seed, snapshot, supplierRow } from './helpers';

/**
 * Bad files: each is rejected with a message naming what is wrong (record and field where there
 * is one), and the database is left exactly as it was.
 */

let db: CertLensDb;
let good: Record<string, unknown>;
let before: Record<string, unknown[]>;

beforeAll(async () => {
  const source = freshDb();
  await seed(source);
  good = JSON.parse(serializeFile(await exportBackup(source, Date.UTC(2026, 10, 27))));
  await source.delete();
  db = freshDb();
  await db.suppliers.put(supplierRow('alibaba:mine', { name: 'Mine' }));
  before = await snapshot(db);
});
afterAll(() => db.delete());

/** A deep copy of the good backup, changed by `edit`. */
function variant(edit: (f: any) => void): string {
  const f = structuredClone(good);
  edit(f);
  return JSON.stringify(f);
}

const cases: Array<[name: string, text: () => string, message: RegExp, opts?: { maxChars?: number }]> = [
  ['an empty file', () => '', /not complete JSON/],
  ['a truncated file', () => JSON.stringify(good).slice(0, 700), /not complete JSON \(it may be cut off/],
  ['a CSV file picked by mistake', () => '\uFEFFSupplier,Marketplace\r\nA,Alibaba.com', /not complete JSON/],
  ['a JSON array', () => '[1,2,3]', /not a CertLens backup or shortlist file/],
  ['another program\'s JSON', () => variant((f) => (f.format = 'other-app')), /not a CertLens backup or shortlist file \(format "other-app"\)/],
  ['a file version from the future', () => variant((f) => (f.version = 2)), /newer CertLens \(file version 2\).*reads version 1/s],
  ['a missing header field', () => variant((f) => delete f.exportedAt), /File header, field exportedAt/],
  [
    'a number written as text',
    () => variant((f) => (f.tables.suppliers.find((s: any) => s.key === 'made-in-china:evilco').lastSeen = '2026-11-27')),
    /Record \d of “suppliers” \(supplier made-in-china:evilco\), field lastSeen: Invalid input: expected number, received string/,
  ],
  [
    'an unknown claim id',
    () => variant((f) => (f.tables.sightings[0].claimId = '<script>alert(1)</script>')),
    /Record 1 of “sightings” .*field claimId: Invalid option/,
  ],
  [
    'an unknown marketplace',
    () => variant((f) => (f.tables.suppliers[0].marketplace = 'amazon')),
    /Record \d of “suppliers” \(supplier alibaba:zhenbenchina\), field marketplace/,
  ],
  [
    'a javascript: link as supplier page',
    () => variant((f) => (f.tables.suppliers[0].url = 'javascript:alert(document.cookie)')),
    /field url: must be an http\(s\) address/,
  ],
  [
    'the same supplier twice',
    () => variant((f) => f.tables.suppliers.push({ ...f.tables.suppliers[0], name: 'Twin' })),
    /Record 4 of “suppliers” \(supplier alibaba:zhenbenchina\): the same key as record 1/,
  ],
  [
    'a shortlist member whose shortlist is not in the file',
    () => variant((f) => (f.tables.shortlistMembers[0].shortlistId = 'list-ghost')),
    /Record 1 of “shortlistMembers” .*field shortlistId: no shortlist with this id in the file/,
  ],
  [
    'a share file listing a supplier it does not carry',
    () =>
      variant((f) => {
        f.format = 'certlens-shortlist';
        f.shortlistId = 'list-mugs';
        f.tables.suppliers = f.tables.suppliers.filter((s: any) => s.key !== 'made-in-china:evilco');
      }),
    /“shortlistMembers” .*field supplierKey: no supplier with this key in the file/,
  ],
  [
    'a table this CertLens does not have',
    () => variant((f) => (f.tables.futureThings = [{ id: 1 }])),
    /holds “futureThings” records, which this version of CertLens does not keep/,
  ],
  [
    'a "__proto__" table (prototype pollution)',
    () => JSON.stringify(good).replace('"tables":{', '"tables":{"__proto__":[{"polluted":true}],'),
    /File header, field tables.__proto__.*is not a table name/s,
  ],
  [
    'an attachment whose base64 is broken',
    () => variant((f) => (f.tables.attachments[0].blob.base64 = '***not base64***')),
    /Record 1 of “attachments” \(attachment certificate.pdf of alibaba:zhenbenchina\)/,
  ],
  [
    'a supplier name of 100,000 characters',
    () => variant((f) => (f.tables.suppliers[0].name = '振'.repeat(100_000))),
    /field name: Too big: expected string to have <=300 characters/,
  ],
  [
    'a huge file',
    () => variant((f) => (f.tables.notes[0].text = 'x'.repeat(50_000))),
    /The file is 0\.\d MB; CertLens imports files up to 0\.0 MB/,
    { maxChars: 40_000 },
  ],
  [
    'the same claim twice (claims are stored per supplier: the grouping must still see it)',
    () => variant((f) => f.tables.sightings.push({ ...f.tables.sightings[0], text: 'twin' })),
    /Record 6 of “sightings” \(claim [a-z0-9-]+ .*of alibaba:zhenbenchina\): the same key as record 1/,
  ],
  [
    'storage-only rows (claim sets) that would skip the per-claim checks',
    () => variant((f) => (f.tables.claimSets = [{ supplierKey: 'alibaba:x', claims: [{ claimId: '<script>' }] }])),
    /File header, field tables.claimSets: is not a table CertLens files hold/,
  ],
  [
    'a settings row that is not an object',
    () => variant((f) => (f.tables.settings = ['user'])),
    /Record 1 of “settings”: is not an object/,
  ],
];

describe('malformed imports are rejected and change nothing', () => {
  it(`covers at least 10 cases (${cases.length})`, () => expect(cases.length).toBeGreaterThanOrEqual(10));

  for (const [name, text, message, opts] of cases) {
    it(name, async () => {
      const r = await readAndPreview(db, text(), opts);
      expect(r.ok, 'rejected').toBe(false);
      if (r.ok) return;
      expect(r.error).toMatch(/nothing was changed/i);
      expect(r.error).toMatch(message);
      expect(await snapshot(db)).toEqual(before);
      expect(({} as Record<string, unknown>).polluted, 'Object.prototype untouched').toBeUndefined();
    });
  }

  it('the good file itself is accepted (the cases above differ from it by one thing each)', async () => {
    const r = readImportFile(JSON.stringify(good));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const other = freshDb();
    await applyImport(other, r.file);
    expect(await other.suppliers.count()).toBe(3);
    await other.delete();
  });

  it('lists at most five problems and says how many more there are', async () => {
    const r = readImportFile(variant((f) => [...f.tables.sightings, ...f.tables.suppliers].forEach((s: any) => (s.lastSeen = 'yesterday'))));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.split('\n').filter((l) => l.startsWith('•'))).toHaveLength(5);
    expect(r.error).toMatch(/…and \d+ more problems\./);
  });
});
