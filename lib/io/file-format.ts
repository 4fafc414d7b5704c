import { z } from 'zod';

/**
 * The JSON files CertLens writes and reads back: a backup of everything, or one shortlist to
 * share. Both have the same envelope, so one importer reads either. Bump FILE_VERSION when the
 * envelope changes (rows follow the stored schemas and carry the database version they came from).
 */
export const FILE_VERSION = 1;
export const BACKUP_FORMAT = 'certlens-backup';
export const SHARE_FORMAT = 'certlens-shortlist';

/** Upper bounds that keep a hostile or mistaken file from freezing the page. */
export const MAX_IMPORT_CHARS = 150 * 1024 * 1024;
export const MAX_ROWS_PER_TABLE = 500_000;

/** Table names as Dexie has them: plain identifiers (no "__proto__", no paths). */
export const TableNameSchema = z.string().regex(/^[a-z][A-Za-z0-9]{0,40}$/, 'is not a table name');

export const CertLensFileSchema = z.object({
  format: z.enum([BACKUP_FORMAT, SHARE_FORMAT]),
  version: z.literal(FILE_VERSION),
  /** ISO date-time of the export. */
  exportedAt: z.iso.datetime(),
  /** The Dexie schema version of the exporting database. */
  dbVersion: z.number().int().min(1),
  /** Share files: the id of the shortlist they carry. */
  shortlistId: z.string().max(100).optional(),
  tables: z.record(TableNameSchema, z.array(z.unknown()).max(MAX_ROWS_PER_TABLE)),
});
export type CertLensFile = z.infer<typeof CertLensFileSchema>;

/** File names for downloads, dated, with a slug of the shortlist name when there is one. */
export function exportFileName(kind: 'backup' | 'shortlist' | 'suppliers' | 'claims' | 'dossier', ext: string, now: number, name?: string): string {
  const day = new Date(now).toISOString().slice(0, 10);
  const slug = name
    ?.normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `certlens-${kind}${slug ? `-${slug}` : ''}-${day}.${ext}`;
}
