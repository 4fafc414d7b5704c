// @vitest-environment node
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CertLensDb } from '../../../lib/db';
import { BOM, CLAIM_FIELDS, claimsToCsv, neutraliseCell, SUPPLIER_FIELDS, suppliersToCsv } from '../../../lib/io/csv';
import { loadSupplierViews, type SupplierView } from '../../../lib/io/supplier-view';
import { freshDb } from '../db/helpers';
import { HOSTILE_NAME, seed } from './helpers';

let db: CertLensDb;
let views: SupplierView[];
beforeAll(async () => {
  db = freshDb();
  await seed(db);
  views = await loadSupplierViews(db);
});
afterAll(() => db.delete());

/** Reads a CSV back the way a spreadsheet import would (header row, then records). */
function parse(csv: string): Record<string, string>[] {
  const r = Papa.parse<Record<string, string>>(csv.slice(BOM.length), { header: true, skipEmptyLines: true });
  expect(r.errors).toEqual([]);
  return r.data;
}

describe('CSV per supplier', () => {
  it('starts with a UTF-8 byte order mark and keeps Chinese names intact', () => {
    const csv = suppliersToCsv(views);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const bytes = new TextEncoder().encode(csv);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(csv);
    expect(rows.map((r) => r.Supplier)).toContain('深圳市振本包装有限公司');
    expect(Object.keys(rows[0]!)).toEqual(SUPPLIER_FIELDS);
  });

  it('one row per supplier with its claims, red flags, verification, tags, shortlists and notes', () => {
    const rows = parse(suppliersToCsv(views));
    expect(rows).toHaveLength(3);
    const zh = rows.find((r) => r['CertLens key'] === 'alibaba:zhenbenchina')!;
    expect(zh.Marketplace).toBe('Alibaba.com');
    expect(zh.Claims).toContain('ISO 9001 (ISO 9001:2008)');
    expect(zh['Red flags']).toContain('ISO 9001: obsolete');
    expect(zh.Verified).toBe('ISO 9001 on 2026-11-20');
    expect(zh.Tags).toBe('packaging; 样品');
    expect(zh.Shortlists).toBe('Mugs 2027');
    // A multi-line note stays one cell.
    expect(zh.Notes).toBe('Asked for the SGS report.\n# not a heading\n-12 units');
  });

  it('neutralises cells a spreadsheet would run as a formula (= + - @ tab CR)', () => {
    const rows = parse(suppliersToCsv(views));
    const evil = rows.find((r) => r['CertLens key'] === 'made-in-china:evilco')!;
    expect(evil.Supplier).toBe(`'${HOSTILE_NAME}`);
    expect(evil['Business type']).toBe("'+cmd|/C calc!A0");
    expect(evil.Notes).toBe("'@SUM(1+1)");
    for (const s of ['=1+1', '+1', '-1', '@x', '\tx', '\rx', '=a\n=b']) expect(neutraliseCell(s)).toBe(`'${s}`);
    for (const s of ['ISO 9001', '1-2', 'a=b', '']) expect(neutraliseCell(s)).toBe(s);
    // The raw text has no cell that starts with a formula character.
    for (const row of rows) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});

describe('CSV per supplier and claim', () => {
  it('one row per claim seen, with evidence, flags and the verification outcome', () => {
    const rows = parse(claimsToCsv(views));
    expect(Object.keys(rows[0]!)).toEqual(CLAIM_FIELDS);
    expect(rows).toHaveLength(5);
    const iso = rows.find((r) => r['Claim id'] === 'iso-9001')!;
    expect(iso).toMatchObject({
      Claim: 'ISO 9001',
      Version: 'ISO 9001:2008',
      'As written on the page': 'ISO9001:2008',
      Evidence: 'supplier says',
      'Red flags': 'obsolete',
      'Certificate number': '12345Q',
      Verification: 'confirmed',
      'Checked on': '2026-11-20',
      'Registry used': 'IAF CertSearch',
      'Valid until': '2027-05-01',
    });
    expect(rows.find((r) => r['Claim id'] === 'alibaba-verified')!.Evidence).toBe('platform says');
    expect(rows.find((r) => r['Claim id'] === 'iso-14001')!.Verification).toBe('unchecked');
  });
});
