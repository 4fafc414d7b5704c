import Papa from 'papaparse';
import { getEntry } from '../claims/catalog';
import type { ClaimId } from '../claims/ids';
import type { ClaimEntry } from '../claims/schema';
import { MARKETPLACE_LABELS } from '../sites/hosts';
import { sightingKey, type SupplierView } from './supplier-view';

/**
 * CSV for spreadsheets (papaparse). Excel reads a CSV as the machine's ANSI code page unless it
 * starts with a UTF-8 byte order mark: without it Chinese supplier names come out garbled.
 * Cells a spreadsheet would run as a formula (starting with = + - @, tab or CR: CSV injection)
 * get a leading apostrophe, which spreadsheets show as plain text.
 */
export const BOM = '\uFEFF';
export const FORMULA_START = /^[=+\-@\t\r]/;

type Lookup = (id: ClaimId) => ClaimEntry | undefined;

/** What the exporters need to know besides the views. */
export interface CsvOptions {
  lookup?: Lookup;
}

const DAY_MS = 86_400_000;
/**
 * YYYY-MM-DD (UTC) of an epoch-ms time. Memoised per day: an export formats 200,000 dates that
 * fall on a few hundred days, and a Date plus an ISO string per cell was a visible share of it.
 */
function makeDay(): (ms: number | undefined) => string {
  const memo = new Map<number, string>();
  return (ms) => {
    if (!ms) return '';
    const d = Math.floor(ms / DAY_MS);
    let text = memo.get(d);
    if (text === undefined) memo.set(d, (text = new Date(d * DAY_MS).toISOString().slice(0, 10)));
    return text;
  };
}

/** Neutralises a value the way the exported file does (exported for tests and the Markdown). */
export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function toCsv(rows: string[][], fields: string[]): string {
  // Every value goes out as a string so papaparse's escapeFormulae covers numbers-as-text too
  // ("-5" from a page is text here, and would otherwise be a formula start). Rows are built as
  // arrays in field order: no object per row (100,000 claim rows).
  return BOM + Papa.unparse({ fields, data: rows }, { escapeFormulae: FORMULA_START, newline: '\r\n', quotes: false });
}

const claimName = (lookup: Lookup, id: ClaimId) => lookup(id)?.name ?? id;

export const SUPPLIER_FIELDS = [
  'Supplier',
  'Marketplace',
  'Supplier page',
  'Country',
  'Years',
  'Business type',
  'Marketplace badges',
  'Claims',
  'Red flags',
  'Verified',
  'Tags',
  'Shortlists',
  'Notes',
  'First seen',
  'Last seen',
  'CertLens key',
];

/** One row per supplier. */
export function suppliersToCsv(views: readonly SupplierView[], opts: CsvOptions = {}): string {
  const lookup = opts.lookup ?? getEntry;
  const day = makeDay();
  const rows = views.map(({ supplier: s, sightings, note, tags, shortlists, verifications }) => {
    const flags = sightings.flatMap((g) => g.flags.map((f) => `${claimName(lookup, g.claimId)}: ${f}`));
    const confirmed = [...verifications.values()].filter((v) => v.status === 'confirmed');
    // In SUPPLIER_FIELDS order.
    return [
      s.name,
      MARKETPLACE_LABELS[s.marketplace],
      s.url,
      s.country ?? '',
      s.years ?? '',
      s.businessType ?? '',
      s.badges.join('; '),
      [...new Set(sightings.map((g) => claimName(lookup, g.claimId) + (g.version && g.version !== claimName(lookup, g.claimId) ? ` (${g.version})` : '')))].join('; '),
      flags.join('; '),
      confirmed.map((v) => `${claimName(lookup, v.claimId)}${v.checkedOn ? ` on ${v.checkedOn}` : ''}`).join('; '),
      tags.join('; '),
      shortlists.map((l) => l.name).join('; '),
      note?.text ?? '',
      day(s.firstSeen),
      day(s.lastSeen),
      s.key,
    ];
  });
  return toCsv(rows, SUPPLIER_FIELDS);
}

export const CLAIM_FIELDS = [
  'Supplier',
  'Marketplace',
  'Claim',
  'Version',
  'As written on the page',
  'Evidence',
  'Red flags',
  'Certificate number',
  'Issuer',
  'Valid until',
  'Verification',
  'Checked on',
  'Registry used',
  'First seen',
  'Last seen',
  'Page',
  'CertLens key',
  'Claim id',
];

const EVIDENCE_WORDS = { platform: 'platform says', supplier: 'supplier says' } as const;

/** One row per supplier and claim (one per version when a page states several). */
export function claimsToCsv(views: readonly SupplierView[], opts: CsvOptions = {}): string {
  const lookup = opts.lookup ?? getEntry;
  const day = makeDay();
  const rows: string[][] = [];
  for (const { supplier: s, sightings, verifications } of views) {
    const market = MARKETPLACE_LABELS[s.marketplace];
    for (const g of sightings) {
      const v = verifications.size ? verifications.get(sightingKey(g)) : undefined;
      // In CLAIM_FIELDS order.
      rows.push([
        s.name,
        market,
        claimName(lookup, g.claimId),
        g.version,
        g.text,
        EVIDENCE_WORDS[g.evidence],
        g.flags.join('; '),
        v?.certificateNumber ?? g.certificateNumber ?? '',
        v?.issuingBody ?? g.issuer ?? '',
        v?.expiryDate || g.validUntil || '',
        v?.status ?? 'unchecked',
        v?.checkedOn ?? '',
        v?.registryUsed ?? '',
        day(g.firstSeen),
        day(g.lastSeen),
        g.pageUrl,
        s.key,
        g.claimId,
      ]);
    }
  }
  return toCsv(rows, CLAIM_FIELDS);
}
