/**
 * Bundled for a page by scripts/bench (esbuild, IIFE) and run inside Chromium: IndexedDB at
 * scale through the project's own code (lib/db, lib/io, the dashboard's filter model).
 * 10,000 suppliers, 100,000 claim sightings (10 each), 20,000 notes. Notes are keyed by
 * supplier, so half of them are on suppliers with no supplier row (a note typed in the panel
 * before the page was recorded) — the importer and the exports must carry those too.
 * Since schema v4 the claims are stored as one row per supplier (claimSets); `floor*` figures
 * are plain Dexie bulkAdds of each table's rows, the least any import into an empty database costs.
 */
import Dexie from 'dexie';
import { CertLensDb } from '../../lib/db/database';
import { countSightings, getSupplier, groupBySupplier, listSightings } from '../../lib/db/suppliers';
import { claimOrder, type ClaimSet, type Note, type Sighting, type SupplierRecord } from '../../lib/db/records';
import { CLAIM_IDS, type ClaimId } from '../../lib/claims/ids';
import { loadSupplierViews } from '../../lib/io/supplier-view';
import { claimsToCsv, suppliersToCsv } from '../../lib/io/csv';
import { exportBackup, serializeFile } from '../../lib/io/export-json';
import { applyImport, previewImport, readImportFile } from '../../lib/io/import';
import { filterViews, indexViews, NO_FILTERS, sortViews, DEFAULT_SORT } from '../../components/dashboard/model';

const SUPPLIERS = 10_000;
const PER_SUPPLIER = 10;
const NOTES = 20_000;
const CITIES = ['Shenzhen', 'Dongguan', 'Ningbo', 'Yiwu', 'Xiamen', 'Qingdao', 'Suzhou', 'Foshan'];
const MARKETS = ['alibaba', 'made-in-china', 'global-sources', 'indiamart'] as const;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

async function timed<T>(fn: () => Promise<T> | T): Promise<[number, T]> {
  const t0 = performance.now();
  const v = await fn();
  return [performance.now() - t0, v];
}

function data(now: number) {
  const suppliers: SupplierRecord[] = [];
  const sightings: Sighting[] = [];
  const notes: Note[] = [];
  for (let i = 0; i < SUPPLIERS; i++) {
    const marketplace = MARKETS[i % MARKETS.length]!;
    const key = `${marketplace}:bench-supplier-${i}`;
    suppliers.push({
      key,
      name: `${CITIES[i % CITIES.length]} Bench Electronics Co., Ltd. ${i}`,
      marketplace,
      url: `https://bench-${i}.example.com/`,
      country: 'China',
      years: `${(i % 20) + 1} yrs`,
      businessType: 'Manufacturer, Trading Company',
      badges: i % 3 ? ['Verified Supplier'] : [],
      firstSeen: now - (i + 1) * 60_000,
      lastSeen: now - i * 1000,
    });
    for (let j = 0; j < PER_SUPPLIER; j++) {
      const claimId = CLAIM_IDS[(i * 7 + j * 13) % CLAIM_IDS.length] as ClaimId;
      sightings.push({
        supplierKey: key,
        claimId,
        version: j % 4 === 0 ? '' : `v${j}`,
        text: `${claimId.toUpperCase()} certified`,
        evidence: j % 3 ? 'supplier' : 'platform',
        flags: j === 7 ? ['vague'] : [],
        firstSeen: now - (i + 1) * 60_000,
        lastSeen: now - i * 1000,
        pageUrl: `https://bench-${i}.example.com/`,
      });
    }
  }
  for (let i = 0; i < NOTES; i++) {
    const key = i < SUPPLIERS ? suppliers[i]!.key : `alibaba:note-only-${i}`;
    notes.push({ supplierKey: key, text: `Asked for the certificate on ${i % 28} March; audit report pending. Sample ok.`, updatedAt: now - i, rev: 1 });
  }
  return { suppliers, sightings, notes };
}

async function fresh(name: string): Promise<CertLensDb> {
  await new CertLensDb(name).delete();
  const db = new CertLensDb(name);
  await db.open();
  return db;
}

/** Per-row cost of the v1–v3 layout (one row per claim, 4 index entries), on 20,000 claims. */
async function flatFloor(sightings: Sighting[]): Promise<number> {
  await Dexie.delete('certlens-bench-flat');
  const flat = new Dexie('certlens-bench-flat');
  flat.version(1).stores({ sightings: '[supplierKey+claimId+version], supplierKey, claimId, lastSeen' });
  await flat.open();
  const [ms] = await timed(() => flat.transaction('rw', flat.table('sightings'), () => flat.table('sightings').bulkAdd(sightings.slice(0, 20_000))));
  flat.close();
  await Dexie.delete('certlens-bench-flat');
  return ms;
}

/**
 * Seeds the database with plain bulkAdds (the floor of each table). The generated rows live
 * only in here: kept alive for the whole run they doubled the page's heap, and every later
 * figure paid for it in garbage collection, which a real dashboard page does not.
 */
async function seed(db: CertLensDb, now: number) {
  const { suppliers, sightings, notes } = data(now);
  const claimSets: ClaimSet[] = [...groupBySupplier(sightings)].map(([supplierKey, claims]) => ({ supplierKey, claims: claims.sort(claimOrder) }));
  const floor = { suppliers: 0, claimSets: 0, notes: 0 };
  const [seedMs] = await timed(() =>
    db.transaction('rw', db.suppliers, db.claimSets, db.notes, async () => {
      [floor.suppliers] = await timed(() => db.suppliers.bulkAdd(suppliers));
      [floor.claimSets] = await timed(() => db.claimSets.bulkAdd(claimSets));
      [floor.notes] = await timed(() => db.notes.bulkAdd(notes));
    }),
  );
  const floorFlatSightings20kMs = await flatFloor(sightings);
  return { seedMs, floor, floorFlatSightings20kMs, keys: suppliers.map((s) => s.key) };
}

async function run() {
  const now = Date.now();
  const db = await fresh('certlens-bench');
  const { seedMs, floor, floorFlatSightings20kMs, keys } = await seed(db, now);

  // Supplier lookup: what the side panel asks for one supplier (its record and its claims).
  const lookups: number[] = [];
  for (let i = 0; i < 60; i++) {
    const key = keys[(i * 1637) % SUPPLIERS]!;
    const [ms] = await timed(async () => {
      await getSupplier(db, key);
      await listSightings(db, key);
    });
    if (i >= 10) lookups.push(ms);
  }

  // Read floors: one getAll per table (what any full read costs at least), one after the other,
  // best of two (the first read after the seed's big write is slower: the store settles).
  const readFloor = { suppliers: Infinity, claimSets: Infinity, notes: Infinity };
  for (let i = 0; i < 2; i++) {
    for (const t of ['suppliers', 'claimSets', 'notes'] as const) readFloor[t] = Math.min(readFloor[t], (await timed(() => db.table(t).toArray()))[0]);
  }

  // Dashboard: load once, index once, then filter + sort per keystroke (the figure that matters).
  const [loadViewsMs, views] = await timed(() => loadSupplierViews(db));
  const [indexMs, indexed] = await timed(() => indexViews(views));
  const filterRuns: number[] = [];
  const filters = [
    { ...NO_FILTERS, text: 'shenzhen' },
    { ...NO_FILTERS, claim: 'iso-9001' as ClaimId },
    { ...NO_FILTERS, text: 'bench 12', flag: 'any' as const },
    { ...NO_FILTERS, marketplace: 'alibaba' as const, verification: 'unchecked' as const },
    NO_FILTERS,
  ];
  let shown = 0;
  for (let i = 0; i < 25; i++) {
    const [ms, rows] = await timed(() => sortViews(filterViews(indexed, filters[i % filters.length]!), DEFAULT_SORT));
    shown = rows.length;
    filterRuns.push(ms);
  }

  // CSV export. The dashboard's two buttons build the files from the views it already holds
  // (loaded when it opened, kept live): that is exportMs. exportWithReadMs is the earlier
  // method of this bench (read every table again, then both files), kept for before/after.
  const exports: number[] = [];
  const exportsWithRead: number[] = [];
  const exportReads: number[] = [];
  let csvBytes = 0;
  for (let i = 0; i < 3; i++) {
    const [ms, csv] = await timed(() => suppliersToCsv(views) + claimsToCsv(views));
    exports.push(ms);
    csvBytes = csv.length;
    let readMs = 0;
    const [withRead] = await timed(async () => {
      const [r, v] = await timed(() => loadSupplierViews(db));
      readMs = r;
      return suppliersToCsv(v) + claimsToCsv(v);
    });
    exportsWithRead.push(withRead);
    exportReads.push(readMs);
  }

  // Backup: export, then import into an empty profile and again over an identical one (all unchanged).
  const [backupMs, text] = await timed(async () => serializeFile(await exportBackup(db)));
  const steps: Record<string, number>[] = [];
  const importInto = async (target: CertLensDb) =>
    timed(async () => {
      const [readMs, read] = await timed(() => readImportFile(text));
      if (!read.ok) throw new Error(read.error);
      const [previewMs] = await timed(() => previewImport(target, read.file));
      const [applyMs, plan] = await timed(() => applyImport(target, read.file));
      steps.push({ readMs, previewMs, applyMs });
      return plan;
    });
  const target = await fresh('certlens-bench-import');
  const [importFreshMs, freshPlan] = await importInto(target);
  const counts = {
    suppliers: await target.suppliers.count(),
    claimSets: await target.claimSets.count(),
    sightings: await countSightings(target),
    notes: await target.notes.count(),
  };
  const [importSameMs, samePlan] = await importInto(target);
  target.close();
  await target.delete();
  db.close();
  await db.delete();

  return {
    seedMs,
    floorSuppliersMs: floor.suppliers,
    floorClaimSetsMs: floor.claimSets,
    floorNotesMs: floor.notes,
    floorFlatSightings20kMs,
    readFloorSuppliersMs: readFloor.suppliers,
    readFloorClaimSetsMs: readFloor.claimSets,
    readFloorNotesMs: readFloor.notes,
    supplierLookupMs: median(lookups),
    loadViewsMs,
    indexMs,
    filterMs: median(filterRuns),
    filterMaxMs: Math.max(...filterRuns),
    lastFilterRows: shown,
    exportMs: median(exports),
    exportWithReadMs: median(exportsWithRead),
    exportReadMs: median(exportReads),
    csvMB: csvBytes / 1e6,
    backupExportMs: backupMs,
    backupMB: text.length / 1e6,
    importFreshMs,
    importFreshSteps: steps[0],
    importFreshAdded: freshPlan.added,
    importedCounts: counts,
    importSameMs,
    importSameSteps: steps[1],
    importSameAdded: samePlan.added,
    importSameChanged: samePlan.changed,
  };
}

(globalThis as unknown as { certlensDbBench: unknown }).certlensDbBench = { run };
