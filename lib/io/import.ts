import type { Table } from 'dexie';
import type { z } from 'zod';
import type { CertLensDb } from '../db/database';
import { withReadableErrors } from '../db/errors';
import { decodeValue, needsDecoding } from './codec';
import { BACKUP_FORMAT, CertLensFileSchema, FILE_VERSION, MAX_IMPORT_CHARS, SHARE_FORMAT, TableNameSchema } from './file-format';
import { claimOrder, type ClaimSet, type Sighting } from '../db/records';
import { claimSlot, groupBySupplier } from '../db/suppliers';
import { genericStamp, STORAGE_ONLY_TABLES, TABLE_SPECS } from './tables';

/**
 * Import of backup and share files. Three steps, so nothing is written until everything is
 * known good:
 *   1. readImportFile: JSON, envelope and every row checked (zod); the first problems are
 *      reported with the table, the record's number and label, and the field.
 *   2. previewImport: what would be added, changed, and which records conflict.
 *   3. applyImport: the same merge, recomputed and written in ONE read-write transaction over
 *      every table touched: any failure rolls all of it back.
 *
 * Merge rules: a record only in the file is added; one identical on both sides is left alone;
 * when both sides differ, the newer one wins (updatedAt, or lastSeen / addedAt for tables
 * without updatedAt) and the pair is listed as a conflict; on equal times the local record stays.
 */

export type Row = Record<string, unknown>;

export interface ParsedImport {
  format: typeof BACKUP_FORMAT | typeof SHARE_FORMAT;
  exportedAt: string;
  dbVersion: number;
  shortlistId?: string;
  /** Decoded rows (Blobs restored), each validated. */
  tables: Record<string, Row[]>;
}

export type ReadResult = { ok: true; file: ParsedImport } | { ok: false; error: string };

export class ImportError extends Error {
  override readonly name = 'ImportError';
}

const MAX_LISTED = 5;

function describePath(path: readonly PropertyKey[]): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : String(p))).join('.').replace(/\.\[/g, '[') || '(the record itself)';
}

function summarise(problems: string[]): string {
  const shown = problems.slice(0, MAX_LISTED).map((p) => `• ${p}`);
  const more = problems.length > MAX_LISTED ? [`…and ${problems.length - MAX_LISTED} more problems.`] : [];
  return ['This file cannot be imported; nothing was changed.', ...shown, ...more].join('\n');
}

const fail = (problems: string[]): ReadResult => ({ ok: false, error: summarise(problems) });

function rowLabel(table: string, row: unknown): string {
  const spec = TABLE_SPECS[table];
  if (!spec || typeof row !== 'object' || row === null) return '';
  try {
    const l = spec.label(row as Row);
    return l.length > 80 ? `${l.slice(0, 79)}…` : l;
  } catch {
    return '';
  }
}

/** Step 1: parse and validate a file's text. Never touches the database. */
export function readImportFile(text: string, opts: { maxChars?: number } = {}): ReadResult {
  const max = opts.maxChars ?? MAX_IMPORT_CHARS;
  if (text.length > max) {
    return fail([`The file is ${(text.length / 1048576).toFixed(1)} MB; CertLens imports files up to ${(max / 1048576).toFixed(1)} MB.`]);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    return fail([`The file is not complete JSON (it may be cut off or not a CertLens file): ${why}`]);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return fail(['The file is not a CertLens backup or shortlist file.']);
  const head = json as Row;
  if (head.format !== BACKUP_FORMAT && head.format !== SHARE_FORMAT) {
    return fail([`The file is not a CertLens backup or shortlist file (format ${JSON.stringify(head.format ?? null)?.slice(0, 40)}).`]);
  }
  if (typeof head.version === 'number' && head.version > FILE_VERSION) {
    return fail([`The file was written by a newer CertLens (file version ${head.version}); this one reads version ${FILE_VERSION}. Update CertLens and try again.`]);
  }
  // Checked on the raw object: once parsed, a "__proto__" key would be gone (or worse) before
  // the schema could name it.
  if (typeof head.tables === 'object' && head.tables !== null) {
    const bad = Object.keys(head.tables).filter((k) => !TableNameSchema.safeParse(k).success);
    if (bad.length) return fail(bad.map((k) => `File header, field tables.${k.slice(0, 40)}: is not a table name.`));
    // CertLens never writes its storage-only tables into a file (claim sets travel as
    // "sightings"): such rows would skip the per-claim checks, so they are refused.
    const internal = Object.keys(head.tables).filter((k) => STORAGE_ONLY_TABLES.has(k));
    if (internal.length) return fail(internal.map((k) => `File header, field tables.${k}: is not a table CertLens files hold (claims go in “sightings”).`));
  }
  const env = CertLensFileSchema.safeParse(json);
  if (!env.success) {
    return fail(env.error.issues.map((i) => `File header, field ${describePath(i.path)}: ${i.message}`));
  }

  const problems: string[] = [];
  const tables: Record<string, Row[]> = {};
  for (const [table, rawRows] of Object.entries(env.data.tables)) {
    const spec = TABLE_SPECS[table];
    const rows: Row[] = [];
    // One pass per row; the message prefix (with the row's label) is only built for a row that fails.
    const where = (i: number, raw: unknown) => `Record ${i + 1} of “${table}”${rowLabel(table, raw) ? ` (${rowLabel(table, raw)})` : ''}`;
    const schema = spec?.schema as z.ZodType<Row> | undefined;
    for (let i = 0; i < rawRows.length; i++) {
      const raw = rawRows[i];
      if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
        problems.push(`${where(i, raw)}: is not an object.`);
        continue;
      }
      let decoded: unknown = raw;
      if (needsDecoding(raw)) {
        try {
          decoded = decodeValue(raw);
        } catch (err) {
          problems.push(`${where(i, raw)}: ${(err as Error).message}.`);
          continue;
        }
      }
      if (schema) {
        const r = schema.safeParse(decoded);
        if (!r.success) {
          for (const issue of r.error.issues.slice(0, 3)) problems.push(`${where(i, raw)}, field ${describePath(issue.path)}: ${issue.message}`);
          continue;
        }
        rows.push(r.data);
      } else {
        rows.push(decoded as Row);
      }
      if (problems.length > 50) break;
    }
    tables[table] = rows;
    if (problems.length > 50) break;
  }
  if (problems.length) return fail(problems);

  const refs = checkReferences(tables, env.data.format, env.data.shortlistId);
  if (refs.length) return fail(refs);

  return {
    ok: true,
    file: {
      format: env.data.format,
      exportedAt: env.data.exportedAt,
      dbVersion: env.data.dbVersion,
      shortlistId: env.data.shortlistId,
      tables,
    },
  };
}

/** Links inside the file: members point at a shortlist and a supplier the file carries. */
function checkReferences(tables: Record<string, Row[]>, format: string, shortlistId?: string): string[] {
  const problems: string[] = [];
  const lists = new Set((tables.shortlists ?? []).map((s) => s.id as string));
  const suppliers = new Set((tables.suppliers ?? []).map((s) => s.key as string));
  (tables.shortlistMembers ?? []).forEach((m, i) => {
    const where = `Record ${i + 1} of “shortlistMembers” (${rowLabel('shortlistMembers', m)})`;
    if (!lists.has(m.shortlistId as string)) problems.push(`${where}, field shortlistId: no shortlist with this id in the file.`);
    // A share file must carry the suppliers it lists (the colleague has never seen them); a
    // backup may hold a member whose supplier row was never written (added from a panel before
    // the page was recorded), which is harmless.
    if (format === SHARE_FORMAT && !suppliers.has(m.supplierKey as string))
      problems.push(`${where}, field supplierKey: no supplier with this key in the file.`);
  });
  if (format === SHARE_FORMAT && (!shortlistId || !lists.has(shortlistId))) {
    problems.push('File header, field shortlistId: the shortlist this share file names is not in it.');
  }
  return problems;
}

export interface Conflict {
  table: string;
  label: string;
  /** Which record is kept. */
  winner: 'file' | 'local';
  fileTime: number;
  localTime: number;
}

export interface TablePlan {
  table: string;
  added: number;
  changed: number;
  unchanged: number;
  /** Local records kept because they are newer than the file's. */
  keptLocal: number;
}

export interface ImportPreview {
  format: ParsedImport['format'];
  exportedAt: string;
  tables: TablePlan[];
  conflicts: Conflict[];
  /** Names of the shortlists in the file (what a share file brings). */
  shortlists: string[];
  added: number;
  changed: number;
}

interface Plan extends ImportPreview {
  /** New rows (bulkAdd: no old value to read) and replacing rows (bulkPut), per table. */
  writes: Record<string, { add: Row[]; put: Row[] }>;
}

/** The primary key's field names of a table (one, or several for a compound key). */
function keyPaths(table: Table, where: string): string[] {
  const kp = table.schema.primKey.keyPath;
  if (kp === null || kp === undefined) throw new ImportError(`${where}: the table “${table.name}” has no key CertLens can import by.`);
  return Array.isArray(kp) ? kp : [kp];
}

/**
 * A row's key parts and a string id for them (for Maps). The id is built by hand rather than
 * with JSON.stringify: this runs for every row of a 100,000-row backup, twice.
 */
function keyOf(paths: readonly string[], row: Row, where: string): { parts: (string | number)[]; id: string } {
  const parts: (string | number)[] = [];
  let id = '';
  for (let i = 0; i < paths.length; i++) {
    const v = row[paths[i]!];
    if (typeof v !== 'string' && typeof v !== 'number') throw new ImportError(`${where}, field ${paths[i]}: missing (it is the record's key).`);
    parts.push(v);
    // Type-tagged and length-prefixed, so "1" and 1, or ["a|b","c"] and ["a","b|c"], never collide.
    id += typeof v === 'number' ? `n${v};` : `s${v.length}:${v};`;
  }
  return { parts, id };
}

/** Order-independent deep equality for stored rows (Blobs compared by size and type); undefined fields count as absent. */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (a instanceof Blob || b instanceof Blob)
    return a instanceof Blob && b instanceof Blob && a.size === b.size && a.type === b.type;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!same(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  // Without allocating key lists: this runs for every field of every row of a big backup.
  const ra = a as Row;
  const rb = b as Row;
  let defined = 0;
  for (const k in ra) {
    if (ra[k] === undefined) continue;
    defined++;
    if (!same(ra[k], rb[k])) return false;
  }
  for (const k in rb) if (rb[k] !== undefined) defined--;
  return defined === 0;
}

type Key = { parts: (string | number)[]; id: string };

/**
 * The local rows under these keys. bulkGet is one request per key; for a big file it is far
 * cheaper to read the table once (one getAll) and look keys up in a Map, and an empty table
 * needs no read at all (a first import, or a colleague's fresh profile).
 */
async function localRows(table: Table, keys: Key[]): Promise<(Row | undefined)[]> {
  if (keys.length === 0) return [];
  const count = await table.count();
  if (count === 0) return keys.map(() => undefined);
  const paths = keyPaths(table, table.name);
  if (keys.length < 500 || count > keys.length * 20) {
    return (await table.bulkGet(keys.map((k) => (paths.length > 1 ? k.parts : k.parts[0])))) as (Row | undefined)[];
  }
  const byKey = new Map<string, Row>();
  for (const row of (await table.toArray()) as Row[]) {
    try {
      byKey.set(keyOf(paths, row, table.name).id, row);
    } catch {
      // A stored row without a usable key cannot match a file row: leave it out of the lookup.
    }
  }
  return keys.map((k) => byKey.get(k.id));
}

/** A file table, its keys checked (no twice-present key), and the keys of the local rows it meets. */
interface Incoming {
  name: string;
  rows: Row[];
  table: Table;
  keys: Key[];
}

/** The file's key ids of a table's rows; throws on a key present twice. */
function fileKeys(name: string, paths: readonly string[], rows: Row[], label: (r: Row) => string): Key[] {
  const seen = new Map<string, number>();
  return rows.map((r, i) => {
    const where = `Record ${i + 1} of “${name}”`;
    const k = keyOf(paths, r, where);
    const first = seen.get(k.id);
    if (first !== undefined) throw new ImportError(`${where} (${label(r)}): the same key as record ${first + 1}; the file has it twice. Nothing was changed.`);
    seen.set(k.id, i);
    return k;
  });
}

const SIGHTING_KEY = ['supplierKey', 'claimId', 'version'] as const;

async function computePlan(db: CertLensDb, file: ParsedImport): Promise<Plan> {
  const plan: Plan = {
    format: file.format,
    exportedAt: file.exportedAt,
    tables: [],
    conflicts: [],
    shortlists: (file.tables.shortlists ?? []).map((s) => String(s.name)),
    added: 0,
    changed: 0,
    writes: {},
  };
  const labelOf = (name: string, paths: readonly string[]) => {
    const spec = TABLE_SPECS[name];
    return (r: Row) => spec?.label(r) ?? `${name} ${JSON.stringify(paths.map((p) => r[p]))}`;
  };

  // Keys first (a bad file fails before any read), then every table's local rows asked at once.
  const incoming: Incoming[] = [];
  let claimGroups: Map<string, Row[]> | undefined;
  for (const [name, rows] of Object.entries(file.tables)) {
    const claimSetTable = name === 'sightings' ? db.tables.find((t) => t.name === 'claimSets') : undefined;
    if (claimSetTable) {
      // Files carry claims flat; since schema v4 they are stored per supplier (claimSets).
      // (A database opened at an older schema, in a test, takes them row by row below.)
      const table = claimSetTable;
      fileKeys(name, SIGHTING_KEY, rows, labelOf(name, SIGHTING_KEY));
      claimGroups = groupBySupplier(rows as (Row & { supplierKey: string })[]);
      const keys = [...claimGroups.keys()].map((k) => ({ parts: [k], id: `s${k.length}:${k};` }));
      incoming.push({ name, rows, table, keys });
      continue;
    }
    const table = db.tables.find((t) => t.name === name);
    if (!table) {
      throw new ImportError(
        `This file holds “${name}” records, which this version of CertLens does not keep (the file comes from a newer CertLens). Nothing was changed.`,
      );
    }
    const paths = keyPaths(table, name);
    const keys = fileKeys(name, paths, rows, labelOf(name, paths));
    incoming.push({ name, rows, table, keys });
  }
  // Only once every table's keys passed: a throw above must leave no read in flight.
  const locals = await Promise.all(incoming.map((t) => localRows(t.table, t.keys)));

  incoming.forEach(({ name, rows, table }, t) => {
    const local = locals[t]!;
    const stamp = TABLE_SPECS[name]?.stamp ?? genericStamp;
    const label = labelOf(name, table.name === 'claimSets' ? SIGHTING_KEY : keyPaths(table, name));
    const tp: TablePlan = { table: name, added: 0, changed: 0, unchanged: 0, keptLocal: 0 };
    const writes = { add: [] as Row[], put: [] as Row[] };
    /** Newest wins; returns whether the file's row is to be written. */
    const judge = (row: Row, old: Row | undefined): boolean => {
      if (!old) {
        tp.added++;
        return true;
      }
      if (same(old, row)) {
        tp.unchanged++;
        return false;
      }
      const fileTime = stamp(row);
      const localTime = stamp(old);
      const winner = fileTime > localTime ? 'file' : 'local';
      plan.conflicts.push({ table: name, label: label(row), winner, fileTime, localTime });
      if (winner === 'file') tp.changed++;
      else tp.keptLocal++;
      return winner === 'file';
    };

    if (table.name === 'claimSets') {
      // Judged claim by claim, as when claims had a row each; a supplier's set is written
      // once when any of its claims is.
      [...claimGroups!.entries()].forEach(([supplierKey, claims], i) => {
        const oldSet = local[i] as ClaimSet | undefined;
        const merged = new Map((oldSet?.claims ?? []).map((c) => [claimSlot(c.claimId, c.version), c as unknown as Row]));
        let dirty = false;
        for (const c of claims) {
          const slot = claimSlot(c.claimId as string, c.version as string);
          if (judge(c, merged.get(slot))) {
            merged.set(slot, c);
            dirty = true;
          }
        }
        if (!dirty) return;
        const set: ClaimSet = { supplierKey, claims: ([...merged.values()] as unknown as Sighting[]).sort(claimOrder) };
        (oldSet ? writes.put : writes.add).push(set as unknown as Row);
      });
      if (writes.add.length || writes.put.length) plan.writes[table.name] = writes;
    } else {
      rows.forEach((row, i) => {
        if (!judge(row, local[i])) return;
        (local[i] ? writes.put : writes.add).push(row);
      });
      if (writes.add.length || writes.put.length) plan.writes[name] = writes;
    }
    plan.tables.push(tp);
    plan.added += tp.added;
    plan.changed += tp.changed;
  });
  return plan;
}

/** Step 2: what importing would do, without writing anything. Throws ImportError with a readable message. */
export async function previewImport(db: CertLensDb, file: ParsedImport): Promise<ImportPreview> {
  await withReadableErrors(() => db.open());
  const { writes: _writes, ...preview } = await withImportErrors(() =>
    db.transaction('r', db.tables, () => computePlan(db, file)),
  );
  return preview;
}

/**
 * Step 3: merges the file into the database in one transaction (the plan is recomputed inside
 * it, so a record the user changed since the preview is judged on its current state).
 */
export async function applyImport(db: CertLensDb, file: ParsedImport): Promise<ImportPreview> {
  await withReadableErrors(() => db.open());
  const plan = await withImportErrors(() =>
    db.transaction('rw', db.tables, async () => {
      const p = await computePlan(db, file);
      // Every table's writes issued at once: this page serialises the next rows while
      // IndexedDB stores the previous ones. bulkAdd for new rows: with live queries open, a
      // put makes Dexie read each old row first.
      await Promise.all(
        Object.entries(p.writes).flatMap(([name, { add, put }]) => [
          add.length ? db.table(name).bulkAdd(add) : undefined,
          put.length ? db.table(name).bulkPut(put) : undefined,
        ]),
      );
      return p;
    }),
  );
  const { writes: _writes, ...preview } = plan;
  return preview;
}

async function withImportErrors<T>(op: () => Promise<T>): Promise<T> {
  try {
    return await op();
  } catch (err) {
    if (err instanceof ImportError) throw err;
    throw withImportPrefix(err);
  }
}

function withImportPrefix(err: unknown): Error {
  const detail = err instanceof Error ? err.message : String(err);
  return new ImportError(`The import failed and was rolled back; nothing was changed. ${detail}`);
}

/** One call for pages: read, then preview; errors as text. */
export async function readAndPreview(
  db: CertLensDb,
  text: string,
  opts: { maxChars?: number } = {},
): Promise<{ ok: true; file: ParsedImport; preview: ImportPreview } | { ok: false; error: string }> {
  const read = readImportFile(text, opts);
  if (!read.ok) return read;
  try {
    return { ok: true, file: read.file, preview: await previewImport(db, read.file) };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}
