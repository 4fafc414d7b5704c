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

const day = (ms: number | undefined) => (ms ? new Date(ms).toISOString().slice(0, 10) : '');

/** Neutralises a value the way the exported file does (exported for tests and the Markdown). */
export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function toCsv(rows: Record<string, string | number>[], fields: string[]): string {
  // Every value goes out as a string so papaparse's escapeFormulae covers numbers-as-text too
  // ("-5" from a page is text here, and would otherwise be a formula start).
  const data = rows.map((r) => fields.map((f) => String(r[f] ?? '')));
  return BOM + Papa.unparse({ fields, data }, { escapeFormulae: FORMULA_START, newline: '\r\n', quotes: false });
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
  const rows = views.map(({ supplier: s, sightings, note, tags, shortlists, verifications }) => {
    const flags = sightings.flatMap((g) => g.flags.map((f) => `${claimName(lookup, g.claimId)}: ${f}`));
    const confirmed = [...verifications.values()].filter((v) => v.status === 'confirmed');
    return {
      Supplier: s.name,
      Marketplace: MARKETPLACE_LABELS[s.marketplace],
      'Supplier page': s.url,
      Country: s.country ?? '',
      Years: s.years ?? '',
      'Business type': s.businessType ?? '',
      'Marketplace badges': s.badges.join('; '),
      Claims: [...new Set(sightings.map((g) => claimName(lookup, g.claimId) + (g.version && g.version !== claimName(lookup, g.claimId) ? ` (${g.version})` : '')))].join('; '),
      'Red flags': flags.join('; '),
      Verified: confirmed.map((v) => `${claimName(lookup, v.claimId)}${v.checkedOn ? ` on ${v.checkedOn}` : ''}`).join('; '),
      Tags: tags.join('; '),
      Shortlists: shortlists.map((l) => l.name).join('; '),
      Notes: note?.text ?? '',
      'First seen': day(s.firstSeen),
      'Last seen': day(s.lastSeen),
      'CertLens key': s.key,
    };
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
  const rows = views.flatMap(({ supplier: s, sightings, verifications }) =>
    sightings.map((g) => {
      const v = verifications.get(sightingKey(g));
      return {
        Supplier: s.name,
        Marketplace: MARKETPLACE_LABELS[s.marketplace],
        Claim: claimName(lookup, g.claimId),
        Version: g.version,
        'As written on the page': g.text,
        Evidence: EVIDENCE_WORDS[g.evidence],
        'Red flags': g.flags.join('; '),
        'Certificate number': v?.certificateNumber ?? g.certificateNumber ?? '',
        Issuer: v?.issuingBody ?? g.issuer ?? '',
        'Valid until': v?.expiryDate || g.validUntil || '',
        Verification: v?.status ?? 'unchecked',
        'Checked on': v?.checkedOn ?? '',
        'Registry used': v?.registryUsed ?? '',
        'First seen': day(g.firstSeen),
        'Last seen': day(g.lastSeen),
        Page: g.pageUrl,
        'CertLens key': s.key,
        'Claim id': g.claimId,
      };
    }),
  );
  return toCsv(rows, CLAIM_FIELDS);
}
