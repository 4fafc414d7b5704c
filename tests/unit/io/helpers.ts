import { putSightings, type CertLensDb } from '../../../lib/db';
import type { Shortlist, ShortlistMember, SupplierTags } from '../../../lib/db/shortlists';
import type { Note, Sighting, SupplierRecord } from '../../../lib/db/records';
import type { AttachmentRecord, Settings, VerificationRecord } from '../../../lib/db/verification-records';

/** Text a hostile supplier page could carry, for the exporters to neutralise. */
export const HOSTILE_NAME = '=HYPERLINK("http://evil.example/x","Click") <img src=x onerror=alert(1)>';

export function supplierRow(key: string, partial: Partial<SupplierRecord> = {}): SupplierRecord {
  return {
    key,
    name: `Supplier ${key}`,
    marketplace: 'alibaba',
    url: `https://${key.split(':')[1]}.en.alibaba.com/`,
    badges: [],
    firstSeen: 1_000,
    lastSeen: 2_000,
    ...partial,
  };
}

export function sightingRow(supplierKey: string, claimId: Sighting['claimId'], partial: Partial<Sighting> = {}): Sighting {
  return {
    supplierKey,
    claimId,
    version: '',
    text: claimId.toUpperCase(),
    evidence: 'supplier',
    flags: [],
    firstSeen: 1_000,
    lastSeen: 2_000,
    pageUrl: 'https://www.alibaba.com/product-detail/x_1.html',
    ...partial,
  };
}

export interface Seeded {
  suppliers: SupplierRecord[];
  sightings: Sighting[];
  notes: Note[];
  verifications: VerificationRecord[];
  attachments: AttachmentRecord[];
  settings: Settings[];
  shortlists: Shortlist[];
  shortlistMembers: ShortlistMember[];
  tags: SupplierTags[];
}

/** A small but complete database: every table has rows, with Chinese and hostile text. */
export function seedRows(): Seeded {
  const zh = supplierRow('alibaba:zhenbenchina', {
    name: '深圳市振本包装有限公司',
    country: 'CN',
    years: '6 yrs',
    businessType: 'Manufacturer',
    badges: ['Verified'],
    identifiers: { uscc: '91440300MA5G000000' },
  });
  const hostile = supplierRow('made-in-china:evilco', {
    name: HOSTILE_NAME,
    marketplace: 'made-in-china',
    url: 'https://evilco.en.made-in-china.com/',
    businessType: '+cmd|/C calc!A0',
  });
  const plain = supplierRow('indiamart:plain-1', { name: 'Plain Exports', marketplace: 'indiamart', url: 'https://www.indiamart.com/plain-1/' });
  return {
    suppliers: [zh, hostile, plain],
    sightings: [
      sightingRow(zh.key, 'iso-9001', { version: 'ISO 9001:2008', text: 'ISO9001:2008', flags: ['obsolete'], certificateNumber: '12345Q' }),
      sightingRow(zh.key, 'alibaba-verified', { text: 'Verified', evidence: 'platform' }),
      sightingRow(zh.key, 'amfori-bsci', { text: 'BSCI certified', flags: ['misnomer'] }),
      sightingRow(hostile.key, 'ce', { text: '# CE [approved](javascript:alert(1)) <script>x</script>', flags: ['misnomer'] }),
      sightingRow(plain.key, 'iso-14001'),
    ],
    notes: [
      { supplierKey: zh.key, text: 'Asked for the SGS report.\n# not a heading\n-12 units', updatedAt: 3_000, rev: 2 },
      { supplierKey: hostile.key, text: '@SUM(1+1)', updatedAt: 3_000, rev: 1 },
    ],
    verifications: [
      {
        supplierKey: zh.key,
        claimId: 'iso-9001',
        version: 'ISO 9001:2008',
        status: 'confirmed',
        certificateNumber: '12345Q',
        registryUsed: 'IAF CertSearch',
        checkedOn: '2026-11-20',
        expiryDate: '2027-05-01',
        updatedAt: 4_000,
      },
    ],
    attachments: [
      {
        supplierKey: zh.key,
        claimId: 'iso-9001',
        version: 'ISO 9001:2008',
        name: 'certificate.pdf',
        type: 'application/pdf',
        size: 6,
        blob: new Blob([new Uint8Array([37, 80, 68, 70, 0, 255])], { type: 'application/pdf' }),
        addedAt: 4_000,
      },
    ],
    settings: [{ key: 'user', markets: ['eu'], reminderDays: 30 }],
    shortlists: [
      { id: 'list-mugs', name: 'Mugs 2027', note: 'Ask for samples', order: 0, createdAt: 1_000, updatedAt: 5_000 },
      { id: 'list-other', name: 'Other', note: '', order: 1, createdAt: 1_000, updatedAt: 5_000 },
    ],
    shortlistMembers: [
      { shortlistId: 'list-mugs', supplierKey: zh.key, addedAt: 5_000 },
      { shortlistId: 'list-mugs', supplierKey: hostile.key, addedAt: 5_001 },
      { shortlistId: 'list-other', supplierKey: plain.key, addedAt: 5_002 },
    ],
    tags: [{ supplierKey: zh.key, tags: ['packaging', '样品'], updatedAt: 5_000 }],
  };
}

export async function seed(db: CertLensDb, rows: Seeded = seedRows()): Promise<Seeded> {
  await db.transaction('rw', db.tables, async () => {
    for (const [name, list] of Object.entries(rows)) {
      // Claims are stored per supplier (schema v4): through the repository, as the app does.
      if (name === 'sightings') await putSightings(db, list as Sighting[]);
      else await db.table(name).bulkPut(list as unknown[]);
    }
  });
  return rows;
}

/** Every table's rows, sorted by primary key, Blobs read as byte arrays: comparable with toEqual. */
export async function snapshot(db: CertLensDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const t of db.tables) {
    const rows = await t.toArray();
    out[t.name] = await Promise.all(
      rows.map(async (r) => {
        const copy: Record<string, unknown> = { ...(r as Record<string, unknown>) };
        for (const [k, v] of Object.entries(copy)) {
          if (v instanceof Blob) copy[k] = { type: v.type, bytes: [...new Uint8Array(await v.arrayBuffer())] };
        }
        return copy;
      }),
    );
  }
  return out;
}
