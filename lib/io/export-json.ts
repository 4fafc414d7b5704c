import type { CertLensDb } from '../db/database';
import { withReadableErrors } from '../db/errors';
import type { ClaimSet } from '../db/records';
import { encodeValue, needsEncoding } from './codec';
import { BACKUP_FORMAT, FILE_VERSION, SHARE_FORMAT, type CertLensFile } from './file-format';
import { fileTableName } from './tables';

type Rows = Record<string, unknown[]>;

async function encodeTables(raw: Rows): Promise<Rows> {
  const out: Rows = {};
  // Blobs are read outside the IndexedDB transaction: awaiting them inside would end it.
  // Rows with nothing to encode (all but attachments) are written as they are, not copied.
  for (const [name, rows] of Object.entries(raw)) {
    const encoded: unknown[] = new Array(rows.length);
    for (let i = 0; i < rows.length; i++) encoded[i] = needsEncoding(rows[i]) ? await encodeValue(rows[i]) : rows[i];
    out[name] = encoded;
  }
  return out;
}

/**
 * Files hold tables as users and other tools know them, not as this version stores them: the
 * per-supplier claim sets (storage schema v4) go out as the flat `sightings` list that files of
 * every version have held, so older CertLens versions and spreadsheets read them unchanged.
 */
function fileRows(tableName: string, rows: unknown[]): unknown[] {
  if (tableName !== 'claimSets') return rows;
  const flat: unknown[] = [];
  for (const set of rows as ClaimSet[]) for (const c of set.claims) flat.push(c);
  return flat;
}

/**
 * Everything in the database, table by table, whatever tables this version has (suppliers,
 * sightings, notes, shortlists, tags, and the verification records and attachments when
 * present), read in one transaction so the backup is a consistent snapshot.
 */
export async function exportBackup(db: CertLensDb, now: number = Date.now()): Promise<CertLensFile> {
  await withReadableErrors(() => db.open());
  const raw = await withReadableErrors(() =>
    db.transaction('r', db.tables, async () => {
      // Every table asked at once: IndexedDB reads the next while this page decodes the last.
      const all = await Promise.all(db.tables.map((t) => t.toArray()));
      const out: Rows = {};
      db.tables.forEach((t, i) => (out[fileTableName(t.name)] = fileRows(t.name, all[i]!)));
      return out;
    }),
  );
  return {
    format: BACKUP_FORMAT,
    version: FILE_VERSION,
    exportedAt: new Date(now).toISOString(),
    dbVersion: db.verno,
    tables: await encodeTables(raw),
  };
}

/**
 * What a file for a colleague carries of the user's own records. Notes are the user's private
 * words (prices, contacts, opinions) and stay out unless asked for; verification outcomes are
 * what a colleague most needs and go in unless left out.
 */
export interface ShareOptions {
  notes: boolean;
  /** The verification records and their attachments. */
  verifications: boolean;
}
export const DEFAULT_SHARE_OPTIONS: Readonly<ShareOptions> = { notes: false, verifications: true };

/** Tables a share file leaves out under these options. */
function leftOut(opts: ShareOptions): Set<string> {
  const out = new Set<string>();
  if (!opts.notes) out.add('notes');
  if (!opts.verifications) for (const t of ['verifications', 'attachments']) out.add(t);
  return out;
}

/**
 * One shortlist for a colleague: the list, its members, and for those suppliers what is stored
 * about them (claims seen, tags, and as `opts` says the user's notes and verification records),
 * in rows of the same shapes as a backup. Rows of other tables are kept when they name one of
 * the suppliers in a `supplierKey` field; tables of settings and other shortlists are left out.
 */
export async function exportShortlist(
  db: CertLensDb,
  shortlistId: string,
  now: number = Date.now(),
  opts: ShareOptions = DEFAULT_SHARE_OPTIONS,
): Promise<CertLensFile> {
  const skip = leftOut(opts);
  await withReadableErrors(() => db.open());
  const raw = await withReadableErrors(() =>
    db.transaction('r', db.tables, async () => {
      const list = await db.shortlists.get(shortlistId);
      if (!list) throw new Error(`No shortlist with id ${shortlistId}`);
      const members = await db.shortlistMembers.where('shortlistId').equals(shortlistId).toArray();
      const keys = new Set(members.map((m) => m.supplierKey));
      const out: Rows = { shortlists: [list], shortlistMembers: members };
      for (const table of db.tables) {
        if (table.name === 'shortlists' || table.name === 'shortlistMembers' || skip.has(table.name)) continue;
        if (table.name === 'suppliers') {
          out.suppliers = (await table.bulkGet([...keys])).filter(Boolean);
          // Members whose supplier was never recorded cannot travel: the colleague would get a
          // name-less key. Dropped here so the file stays importable.
          const known = new Set(out.suppliers.map((s) => (s as { key: string }).key));
          out.shortlistMembers = members.filter((m) => known.has(m.supplierKey));
          continue;
        }
        if (table.schema.primKey.keyPath === 'supplierKey') {
          const rows = (await table.bulkGet([...keys])).filter(Boolean);
          out[fileTableName(table.name)] = fileRows(table.name, rows);
        } else if (table.schema.indexes.some((i) => i.name === 'supplierKey')) {
          out[table.name] = await table.where('supplierKey').anyOf([...keys]).toArray();
        } else {
          const rows = await table.toArray();
          const mine = rows.filter((r) => typeof r === 'object' && r !== null && keys.has((r as { supplierKey?: string }).supplierKey ?? ''));
          if (mine.length) out[table.name] = mine;
        }
      }
      return out;
    }),
  );
  return {
    format: SHARE_FORMAT,
    version: FILE_VERSION,
    exportedAt: new Date(now).toISOString(),
    dbVersion: db.verno,
    shortlistId,
    tables: await encodeTables(raw),
  };
}

/** The file's text: pretty enough to diff, UTF-8 JSON. */
export function serializeFile(file: CertLensFile): string {
  return `${JSON.stringify(file, null, 1)}\n`;
}
