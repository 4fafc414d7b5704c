// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import type { CertLensDb } from '../../../lib/db';
import { addToShortlist, createShortlist } from '../../../lib/db/shortlists';
import { decodeValue, encodeValue } from '../../../lib/io/codec';
import { exportShortlist, serializeFile } from '../../../lib/io/export-json';
import { exportFileName } from '../../../lib/io/file-format';
import { applyImport, readImportFile } from '../../../lib/io/import';
import { freshDb } from '../db/helpers';
import { supplierRow } from './helpers';

const dbs: CertLensDb[] = [];
const open = () => {
  const db = freshDb();
  dbs.push(db);
  return db;
};
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((d) => d.delete()));
});

describe('codec', () => {
  it('turns Blobs, byte arrays and Dates into JSON and back', async () => {
    const value = {
      blob: new Blob(['证书'], { type: 'image/png' }),
      bytes: new Uint8Array([0, 1, 254, 255]),
      when: new Date('2026-11-27T08:00:00.000Z'),
      nested: [{ plain: 'text', n: 1, none: null }],
    };
    const json = JSON.parse(JSON.stringify(await encodeValue(value)));
    const back = decodeValue(json) as typeof value & { bytes: ArrayBuffer };
    expect(back.blob).toBeInstanceOf(Blob);
    expect(await back.blob.text()).toBe('证书');
    expect(back.blob.type).toBe('image/png');
    expect([...new Uint8Array(back.bytes)]).toEqual([0, 1, 254, 255]);
    expect(back.when).toEqual(value.when);
    expect(back.nested).toEqual(value.nested);
  });

  it('refuses a tagged value it does not know, and drops "__proto__" keys', () => {
    expect(() => decodeValue({ $certlens: 'function', src: 'alert(1)' })).toThrow(/unknown kind/);
    const out = decodeValue(JSON.parse('{"a":1,"__proto__":{"polluted":true}}')) as Record<string, unknown>;
    expect(out).toEqual({ a: 1 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('share files between two people', () => {
  it('a shared list merges into the same list at the colleague: members are added, none removed', async () => {
    const me = open();
    await me.suppliers.bulkPut([supplierRow('alibaba:a'), supplierRow('alibaba:b'), supplierRow('alibaba:c')]);
    const list = await createShortlist(me, 'Mugs', 1_000);
    await addToShortlist(me, list.id, 'alibaba:a', 2_000);
    const first = serializeFile(await exportShortlist(me, list.id));

    const colleague = open();
    const r1 = readImportFile(first);
    if (!r1.ok) throw new Error(r1.error);
    await applyImport(colleague, r1.file);
    // The colleague adds c; I add b, then share again.
    await colleague.suppliers.put(supplierRow('alibaba:c'));
    await addToShortlist(colleague, list.id, 'alibaba:c', 3_000);
    await addToShortlist(me, list.id, 'alibaba:b', 4_000);
    const r2 = readImportFile(serializeFile(await exportShortlist(me, list.id)));
    if (!r2.ok) throw new Error(r2.error);
    await applyImport(colleague, r2.file);
    expect((await colleague.shortlistMembers.toArray()).map((m) => m.supplierKey).sort()).toEqual(['alibaba:a', 'alibaba:b', 'alibaba:c']);
  });

  it('a member whose supplier was never recorded is left out of the share file, which stays importable', async () => {
    const me = open();
    await me.suppliers.put(supplierRow('alibaba:a'));
    const list = await createShortlist(me, 'Mugs');
    await addToShortlist(me, list.id, 'alibaba:a');
    await addToShortlist(me, list.id, 'alibaba:never-recorded');
    const file = await exportShortlist(me, list.id);
    expect(file.tables.shortlistMembers).toHaveLength(1);
    expect(readImportFile(serializeFile(file)).ok).toBe(true);
  });

  it('names files by kind, list name and day', () => {
    const day = Date.UTC(2026, 10, 27);
    expect(exportFileName('shortlist', 'json', day, 'Travel mugs / 2027')).toBe('certlens-shortlist-Travel-mugs-2027-2026-11-27.json');
    expect(exportFileName('suppliers', 'csv', day, '深圳 供应商')).toBe('certlens-suppliers-深圳-供应商-2026-11-27.csv');
    expect(exportFileName('backup', 'json', day)).toBe('certlens-backup-2026-11-27.json');
  });
});
