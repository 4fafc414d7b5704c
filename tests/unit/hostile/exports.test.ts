// @vitest-environment node
/**
 * Every export keeps hostile page and user text inert (issue #7), for any text, not only the
 * hand-picked payloads of tests/unit/io: the CSV has no cell a spreadsheet would run as a formula
 * and reads back as the text written (apart from the neutralising apostrophe); the Markdown
 * dossier has no raw HTML, no link but http(s) and no heading or list that came from page text;
 * the JSON backup reads back equal to what was stored.
 */
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { claimsToCsv, FORMULA_START, neutraliseCell, suppliersToCsv } from '../../../lib/io/csv';
import { serializeFile } from '../../../lib/io/export-json';
import { supplierDossier } from '../../../lib/io/markdown';
import type { SupplierView } from '../../../lib/io/supplier-view';
import { sightingRow, supplierRow } from '../io/helpers';

const PIECES = [
  '<img src=x onerror=alert(1)>', '<script>', '</script>', '=HYPERLINK("http://evil.example")', '+cmd|/C calc!A0', '-2+3', '@SUM(1)',
  '\t', '\r', '\n', '\r\n', '\u2028', '# ', '## ', '- ', '* ', '1. ', '> ', '[x](javascript:alert(1))', '![i](http://e/x.png)', '`', '```',
  '|', '\\', '&lt;', '&amp;', '"', "'", ',', ';', '\u202e', '\u200b', '😀', '<!--', '-->', '===', '---', '<https://evil.example>',
  'ISO 9001', '深圳', '\u0000', '\u0007',
];
const hostile = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 5 })), { minLength: 1, maxLength: 12 }).map((a) => a.join(''));

function view(name: string, claimText: string, note: string, business: string): SupplierView {
  const supplier = supplierRow('made-in-china:evil', { name, businessType: business, marketplace: 'made-in-china', url: 'https://evil.en.made-in-china.com/' });
  return {
    supplier,
    sightings: [sightingRow(supplier.key, 'iso-9001', { text: claimText.slice(0, 200), issuer: business.slice(0, 80) })],
    note: { supplierKey: supplier.key, text: note, updatedAt: 1, rev: 1 },
    tags: [name.slice(0, 40)],
    shortlists: [{ id: 's1', name: claimText.slice(0, 80) }],
    verifications: new Map(),
  };
}

const parse = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: false }).data;

describe('exports of hostile text', () => {
  it('CSV (suppliers and claims): no formula cell, and every cell reads back as written', () => {
    fc.assert(
      fc.property(hostile, hostile, hostile, hostile, (name, claimText, note, business) => {
        const v = view(name, claimText, note, business);
        for (const csv of [suppliersToCsv([v]), claimsToCsv([v])]) {
          const rows = parse(csv);
          expect(rows.length).toBeGreaterThanOrEqual(2);
          const width = rows[0]!.length;
          const cells = rows.slice(1).filter((r) => r.length > 1).flat();
          for (const r of rows.slice(1).filter((r) => r.length > 1)) expect(r).toHaveLength(width);
          for (const cell of cells) expect(cell, JSON.stringify(cell)).not.toMatch(FORMULA_START);
          // The name comes back whole: as written, or with the one apostrophe that neutralises it.
          expect(cells.some((c) => c === neutraliseCell(name)), JSON.stringify(name)).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('Markdown dossier: no raw HTML, only http(s) links, no heading, list or quote made by page text', () => {
    fc.assert(
      fc.property(hostile, hostile, hostile, hostile, (name, claimText, note, business) => {
        const md = supplierDossier(view(name, claimText, note, business), { now: Date.UTC(2026, 10, 27) });
        expect(md).not.toMatch(/<[a-z!/]/i);
        for (const m of md.matchAll(/\]\(([^)\s]*)/g)) expect(m[1]).toMatch(/^https?:\/\//);
        expect(md).not.toMatch(/!\[/);
        // The dossier's own structure: headings it writes, quote lines for the note, list items
        // it writes. A line that starts with a marker must be one of them, never page text.
        for (const line of md.split('\n')) {
          if (/^#/.test(line)) expect(line).toMatch(/^#{1,6} /);
          if (/^#{1,6} /.test(line)) expect(line.replace(/^#{1,6} /, '')).not.toMatch(/^[#>]/);
        }
        expect(md).not.toMatch(/[\u0000\u0007]/);
      }),
      { numRuns: 150 },
    );
  });

  it('JSON backup: hostile strings are data and read back unchanged', () => {
    fc.assert(
      fc.property(hostile, hostile, (name, note) => {
        const supplier = supplierRow('made-in-china:evil', { name });
        const file = {
          format: 'certlens-backup',
          version: 1,
          exportedAt: 1,
          tables: { suppliers: [supplier], notes: [{ supplierKey: supplier.key, text: note, updatedAt: 1, rev: 1 }] },
        } as unknown as Parameters<typeof serializeFile>[0];
        const text = serializeFile(file);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(file)));
      }),
      { numRuns: 100 },
    );
  });
});
