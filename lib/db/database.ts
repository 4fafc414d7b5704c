import Dexie, { type EntityTable, type Table, type Transaction } from 'dexie';
import { CertLensDbError, DB_MESSAGES } from './errors';
import { claimOrder, type ClaimSet, type Note, type Sighting, type SupplierRecord } from './records';
import type { AttachmentRecord, Settings, VerificationKey, VerificationRecord } from './verification-records';
import { V3_STORES, type Shortlist, type ShortlistMember, type ShortlistMemberKey, type SupplierTags } from './shortlists';

export const DB_NAME = 'certlens';

/** The newest schema version below. Bump it with every `conditionalVersion` you append. */
export const LATEST_DB_VERSION = 4;

type Upgrade = (tx: Transaction) => Promise<unknown> | void;

/**
 * CertLens's IndexedDB, GitHub Desktop style: versions are an append-only list, each listing
 * only the tables it changes, with upgrades as named functions below the class. The optional
 * `schemaVersion` stops registration at that version, so a migration test can open vN, seed
 * old-shape rows, close, and reopen at vN+1.
 *
 * Open it only from the background and extension pages: from a content script it would live in
 * the marketplace's origin (dexie/Dexie.js#233).
 */
export class CertLensDb extends Dexie {
  suppliers!: EntityTable<SupplierRecord, 'key'>;
  // v1–v3 kept one `sightings` row per claim; v4 keeps one `claimSets` row per supplier (see
  // the v4 comment below). Read and write claims through ./suppliers.ts, which hides the grouping.
  claimSets!: EntityTable<ClaimSet, 'supplierKey'>;
  notes!: EntityTable<Note, 'supplierKey'>;
  // v2 (issue #5): verification of claims
  verifications!: Table<VerificationRecord, VerificationKey>;
  attachments!: Table<AttachmentRecord, VerificationKey>;
  settings!: EntityTable<Settings, 'key'>;
  // v3 (issue #6): shortlists and tags
  shortlists!: EntityTable<Shortlist, 'id'>;
  shortlistMembers!: Table<ShortlistMember, ShortlistMemberKey>;
  tags!: EntityTable<SupplierTags, 'supplierKey'>;

  private readonly blockedListeners = new Set<(err: CertLensDbError) => void>();

  constructor(
    name: string = DB_NAME,
    private readonly schemaVersion?: number,
  ) {
    super(name);

    this.conditionalVersion(1, {
      suppliers: 'key, lastSeen, marketplace',
      sightings: '[supplierKey+claimId+version], supplierKey, claimId, lastSeen',
      notes: 'supplierKey, updatedAt',
    });

    // v2 (issue #5): the user's verification of each claim, its attachment, and the options
    // page's settings. Supplier identifiers and the beyond-certificates ticks are optional
    // fields on the supplier row (no index, so no change to `suppliers` and no upgrade).
    this.conditionalVersion(2, {
      verifications: '[supplierKey+claimId+version], supplierKey, status, expiryDate',
      attachments: '[supplierKey+claimId+version], supplierKey',
      settings: 'key',
    });

    // v3 (issue #6): shortlists {id, name, note, order, createdAt, updatedAt}, their members
    // [shortlistId+supplierKey] and tags per supplier (multiEntry `*tags` for the dashboard's
    // filter). New tables only: no upgrade function. Stores are listed in ./shortlists.ts.
    this.conditionalVersion(3, V3_STORES);

    // v4 (issue #7, storage at scale): IndexedDB in Chromium costs a fixed amount per row and per
    // index entry, far more than per byte. Measured in one bench run: 20,000 claim rows with 4
    // index entries took 5.7 s to write (so ~28 s for 100,000); the same 100,000 claims as
    // 10,000 rows of 10, with no secondary index, took 2.3 s. So claims
    // are grouped per supplier (the only way they are ever read), `*claimIds`/`lastSeen` indexes
    // are left out (nothing queries them: the dashboard filters in memory), and two indexes no
    // code reads are dropped (suppliers.marketplace, notes.updatedAt).
    this.conditionalVersion(
      4,
      {
        suppliers: 'key, lastSeen',
        sightings: null,
        claimSets: 'supplierKey',
        notes: 'supplierKey',
      },
      groupSightingsV4,
    );

    // Dexie only logs a blocked upgrade and keeps waiting; surface it so the page can say why
    // nothing loads instead of spinning forever.
    this.on('blocked', () => {
      const err = new CertLensDbError('blocked', DB_MESSAGES.blocked);
      for (const listener of this.blockedListeners) listener(err);
    });
  }

  /** Called when an upgrade of this database waits on another open CertLens page. Returns an unsubscribe. */
  onBlocked(listener: (err: CertLensDbError) => void): () => void {
    this.blockedListeners.add(listener);
    return () => this.blockedListeners.delete(listener);
  }

  private conditionalVersion(version: number, schema: Record<string, string | null>, upgrade?: Upgrade) {
    if (this.schemaVersion !== undefined && this.schemaVersion < version) return;
    const v = this.version(version).stores(schema);
    if (upgrade) v.upgrade(upgrade);
  }
}

// Upgrade functions go here, one per version that rewrites rows, each with a comment saying why.
// They must write through the `tx` they are given (tx.table('...')), never through the db object.

/**
 * v3 → v4: regroups every v1–v3 `sightings` row into its supplier's `claimSets` row (claims in
 * claimOrder), before Dexie drops the old store at the end of this version's upgrade.
 */
async function groupSightingsV4(tx: Transaction): Promise<void> {
  const rows = (await tx.table('sightings').toArray()) as Sighting[];
  const bySupplier = new Map<string, Sighting[]>();
  for (const r of rows) {
    const list = bySupplier.get(r.supplierKey);
    if (list) list.push(r);
    else bySupplier.set(r.supplierKey, [r]);
  }
  const sets: ClaimSet[] = [];
  for (const [supplierKey, claims] of bySupplier) sets.push({ supplierKey, claims: claims.sort(claimOrder) });
  await tx.table('claimSets').bulkAdd(sets);
}
