import { z } from 'zod';
import { NoteSchema, SightingSchema, SupplierRecordSchema } from '../db/records';
import { ShortlistMemberSchema, ShortlistSchema, SupplierTagsSchema } from '../db/shortlists';
import { ATTACHMENT_MAX_BYTES, SettingsSchema, VerificationRecordSchema } from '../db/verification-records';

/**
 * What the importer knows about each table: the zod schema a row must pass, the timestamp that
 * decides "newest wins", and how to name a row in a message. Tables a newer schema adds (issue
 * #5's verification tables) are exported and imported even before they get an entry here: rows
 * are then checked only for their primary key (see import.ts), so nothing is ever left out of
 * a backup.
 */
export interface TableSpec {
  schema: z.ZodType;
  /** The timestamp (epoch ms) that decides which side of a conflict is newer. */
  stamp(row: Record<string, unknown>): number;
  /** A short human label for a row ("supplier alibaba:x"). */
  label(row: Record<string, unknown>): string;
}

const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** http(s) only: an imported file must not plant a `javascript:` link in the dashboard. */
const httpUrl = (max: number) =>
  z
    .string()
    .max(max)
    .refine((u) => u === '' || /^https?:\/\//i.test(u), 'must be an http(s) address');

export const TABLE_SPECS: Record<string, TableSpec> = {
  suppliers: {
    schema: SupplierRecordSchema.extend({ url: httpUrl(2000) }),
    stamp: (r) => num(r.lastSeen),
    label: (r) => `supplier ${str(r.key)}`,
  },
  sightings: {
    schema: SightingSchema.extend({ pageUrl: httpUrl(4000) }),
    stamp: (r) => num(r.lastSeen),
    label: (r) => `claim ${str(r.claimId)}${r.version ? ` (${str(r.version)})` : ''} of ${str(r.supplierKey)}`,
  },
  notes: {
    schema: NoteSchema,
    stamp: (r) => num(r.updatedAt),
    label: (r) => `note on ${str(r.supplierKey)}`,
  },
  shortlists: {
    schema: ShortlistSchema,
    stamp: (r) => num(r.updatedAt),
    label: (r) => `shortlist “${str(r.name)}”`,
  },
  shortlistMembers: {
    schema: ShortlistMemberSchema,
    stamp: (r) => num(r.addedAt),
    label: (r) => `${str(r.supplierKey)} on shortlist ${str(r.shortlistId)}`,
  },
  verifications: {
    schema: VerificationRecordSchema,
    stamp: (r) => num(r.updatedAt),
    label: (r) => `verification of ${str(r.claimId)}${r.version ? ` (${str(r.version)})` : ''} for ${str(r.supplierKey)}`,
  },
  attachments: {
    // AttachmentRecord has no zod schema of its own (it holds a Blob): checked here.
    schema: z.object({
      supplierKey: z.string().min(3).max(200),
      claimId: z.string().min(1).max(60),
      version: z.string().max(40),
      name: z.string().max(300),
      type: z.string().max(120),
      size: z.number().int().min(0).max(ATTACHMENT_MAX_BYTES),
      blob: z.instanceof(Blob, { message: 'must be a file (base64 with its type)' }),
      addedAt: z.number(),
    }),
    stamp: (r) => num(r.addedAt),
    label: (r) => `attachment ${str(r.name)} of ${str(r.supplierKey)}`,
  },
  settings: {
    schema: SettingsSchema,
    // Settings carry no time: on a difference the local settings stay.
    stamp: () => 0,
    label: () => 'settings',
  },
  tags: {
    schema: SupplierTagsSchema,
    stamp: (r) => num(r.updatedAt),
    label: (r) => `tags of ${str(r.supplierKey)}`,
  },
};

/** Timestamp of a row of a table with no spec: the first of the usual field names present. */
export function genericStamp(row: Record<string, unknown>): number {
  for (const f of ['updatedAt', 'lastSeen', 'checkedAt', 'addedAt', 'createdAt']) if (typeof row[f] === 'number') return row[f] as number;
  return 0;
}

/**
 * Stores that files hold under another name and shape: the v4 per-supplier claim sets travel as
 * the flat `sightings` list every file version has carried (export-json.ts flattens them,
 * import.ts regroups them), so files stay readable by older versions and other tools.
 */
const FILE_TABLE_OF_STORE: Record<string, string> = { claimSets: 'sightings' };
export const fileTableName = (store: string): string => FILE_TABLE_OF_STORE[store] ?? store;
/** Store names a file must not carry as such (their rows travel under fileTableName). */
export const STORAGE_ONLY_TABLES: ReadonlySet<string> = new Set(Object.keys(FILE_TABLE_OF_STORE));
