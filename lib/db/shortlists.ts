import { z } from 'zod';
import type { CertLensDb } from './database';
import { withReadableErrors } from './errors';
import type { SupplierRecord } from './records';

/**
 * Shortlists and tags (schema v3, issue #6). Stored shapes: a change here needs a new Dexie
 * version in ./database.ts, as for ./records.ts.
 */

export const ShortlistSchema = z.object({
  /** Random id (crypto.randomUUID), so a shortlist shared with a colleague keeps its identity. */
  id: z.string().min(1).max(100),
  name: z.string().trim().min(1).max(120),
  note: z.string().max(20_000),
  /** Position among shortlists (ascending); reordering rewrites it. */
  order: z.number().int(),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type Shortlist = z.infer<typeof ShortlistSchema>;

/** One supplier on one shortlist. Key: [shortlistId+supplierKey]. */
export const ShortlistMemberSchema = z.object({
  shortlistId: z.string().min(1).max(100),
  supplierKey: z.string().min(3).max(200),
  addedAt: z.number(),
});
export type ShortlistMember = z.infer<typeof ShortlistMemberSchema>;
export type ShortlistMemberKey = [shortlistId: string, supplierKey: string];

/** Tag text: what the user typed, trimmed; no empty tags, no duplicates (checked by the repository). */
export const TagSchema = z.string().trim().min(1).max(60);

/** The user's tags on one supplier. Key: supplierKey; `tags` is a multiEntry index. */
export const SupplierTagsSchema = z.object({
  supplierKey: z.string().min(3).max(200),
  tags: z.array(TagSchema).max(50),
  updatedAt: z.number(),
});
export type SupplierTags = z.infer<typeof SupplierTagsSchema>;

/** The v3 tables, as Dexie store strings (listed once, in ./database.ts). */
export const V3_STORES = {
  shortlists: 'id, order, updatedAt',
  shortlistMembers: '[shortlistId+supplierKey], shortlistId, supplierKey',
  tags: 'supplierKey, *tags, updatedAt',
} as const;

const newId = () =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `sl-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

/** All shortlists in the user's order. */
export function listShortlists(db: CertLensDb): Promise<Shortlist[]> {
  return withReadableErrors(() => db.shortlists.orderBy('order').toArray());
}

export function createShortlist(db: CertLensDb, name: string, now: number = Date.now()): Promise<Shortlist> {
  return withReadableErrors(() =>
    db.transaction('rw', db.shortlists, async () => {
      const last = await db.shortlists.orderBy('order').last();
      const list = ShortlistSchema.parse({
        id: newId(),
        name,
        note: '',
        order: (last?.order ?? -1) + 1,
        createdAt: now,
        updatedAt: now,
      });
      await db.shortlists.add(list);
      return list;
    }),
  );
}

/** Renames or re-notes a shortlist (validated like an import would be). */
export function updateShortlist(
  db: CertLensDb,
  id: string,
  change: Partial<Pick<Shortlist, 'name' | 'note'>>,
  now: number = Date.now(),
): Promise<Shortlist> {
  return withReadableErrors(() =>
    db.transaction('rw', db.shortlists, async () => {
      const old = await db.shortlists.get(id);
      if (!old) throw new Error(`No shortlist with id ${id}`);
      const next = ShortlistSchema.parse({ ...old, ...change, updatedAt: now });
      await db.shortlists.put(next);
      return next;
    }),
  );
}

/** Puts the shortlists in the given order (ids not listed keep their relative order after them). */
export function reorderShortlists(db: CertLensDb, ids: readonly string[], now: number = Date.now()): Promise<void> {
  return withReadableErrors(() =>
    db.transaction('rw', db.shortlists, async () => {
      const all = await db.shortlists.orderBy('order').toArray();
      const rank = new Map(ids.map((id, i) => [id, i]));
      const sorted = [...all].sort((a, b) => (rank.get(a.id) ?? ids.length + a.order) - (rank.get(b.id) ?? ids.length + b.order));
      const changed = sorted.flatMap((s, i) => (s.order === i ? [] : [{ ...s, order: i, updatedAt: now }]));
      await db.shortlists.bulkPut(changed);
    }),
  );
}

/** What deleteShortlist removed, to hand back to restoreShortlist (undo). */
export interface DeletedShortlist {
  shortlist: Shortlist;
  members: ShortlistMember[];
}

export function deleteShortlist(db: CertLensDb, id: string): Promise<DeletedShortlist | undefined> {
  return withReadableErrors(() =>
    db.transaction('rw', db.shortlists, db.shortlistMembers, async () => {
      const shortlist = await db.shortlists.get(id);
      if (!shortlist) return undefined;
      const members = await db.shortlistMembers.where('shortlistId').equals(id).toArray();
      await db.shortlistMembers.where('shortlistId').equals(id).delete();
      await db.shortlists.delete(id);
      return { shortlist, members };
    }),
  );
}

/** Undo of deleteShortlist: puts the list and its members back as they were. */
export function restoreShortlist(db: CertLensDb, deleted: DeletedShortlist): Promise<void> {
  return withReadableErrors(() =>
    db.transaction('rw', db.shortlists, db.shortlistMembers, async () => {
      await db.shortlists.put(deleted.shortlist);
      await db.shortlistMembers.bulkPut(deleted.members);
    }),
  );
}

/**
 * Adds a supplier to a shortlist (once). `seen`, when given, is written as the supplier's record
 * if none exists yet (the panel can be faster than the background recording the page), so a
 * shared shortlist never lists a supplier it cannot name.
 */
export function addToShortlist(
  db: CertLensDb,
  shortlistId: string,
  supplierKey: string,
  now: number = Date.now(),
  seen?: SupplierRecord,
): Promise<void> {
  return withReadableErrors(() =>
    db.transaction('rw', db.shortlists, db.shortlistMembers, db.suppliers, async () => {
      const list = await db.shortlists.get(shortlistId);
      if (!list) throw new Error(`No shortlist with id ${shortlistId}`);
      if (seen && seen.key === supplierKey && !(await db.suppliers.get(supplierKey))) await db.suppliers.add(seen);
      if (await db.shortlistMembers.get([shortlistId, supplierKey])) return;
      await db.shortlistMembers.add(ShortlistMemberSchema.parse({ shortlistId, supplierKey, addedAt: now }));
      await db.shortlists.put({ ...list, updatedAt: now });
    }),
  );
}

export function removeFromShortlist(db: CertLensDb, shortlistId: string, supplierKey: string, now: number = Date.now()): Promise<void> {
  return withReadableErrors(() =>
    db.transaction('rw', db.shortlists, db.shortlistMembers, async () => {
      await db.shortlistMembers.delete([shortlistId, supplierKey]);
      const list = await db.shortlists.get(shortlistId);
      if (list) await db.shortlists.put({ ...list, updatedAt: now });
    }),
  );
}

/** Members of one shortlist, first added first. */
export function listMembers(db: CertLensDb, shortlistId: string): Promise<ShortlistMember[]> {
  return withReadableErrors(async () =>
    (await db.shortlistMembers.where('shortlistId').equals(shortlistId).toArray()).sort((a, b) => a.addedAt - b.addedAt),
  );
}

/** Ids of the shortlists a supplier is on. */
export function shortlistsOf(db: CertLensDb, supplierKey: string): Promise<string[]> {
  return withReadableErrors(async () =>
    (await db.shortlistMembers.where('supplierKey').equals(supplierKey).toArray()).map((m) => m.shortlistId),
  );
}

export function getTags(db: CertLensDb, supplierKey: string): Promise<string[]> {
  return withReadableErrors(async () => (await db.tags.get(supplierKey))?.tags ?? []);
}

/** Replaces a supplier's tags (trimmed, duplicates dropped case-insensitively, empty ones dropped). */
export function setTags(db: CertLensDb, supplierKey: string, tags: readonly string[], now: number = Date.now()): Promise<string[]> {
  const seen = new Set<string>();
  const clean: string[] = [];
  for (const raw of tags) {
    const t = raw.trim();
    if (!t || seen.has(t.toLowerCase())) continue;
    seen.add(t.toLowerCase());
    clean.push(t);
  }
  return withReadableErrors(() =>
    db.transaction('rw', db.tags, async () => {
      await db.tags.put(SupplierTagsSchema.parse({ supplierKey, tags: clean, updatedAt: now }));
      return clean;
    }),
  );
}

/** Every tag in use, alphabetically (for the dashboard's filter). */
export function listAllTags(db: CertLensDb): Promise<string[]> {
  return withReadableErrors(async () => (await db.tags.orderBy('tags').uniqueKeys()).map(String).sort());
}
