import type { CertLensDb } from './database';
import { withReadableErrors } from './errors';
import { NoteSchema, type Note } from './records';

export function getNote(db: CertLensDb, supplierKey: string): Promise<Note | undefined> {
  return withReadableErrors(() => db.notes.get(supplierKey));
}

/**
 * Saves the user's note on a supplier, bumping `rev`. Saving an empty text keeps the row (with
 * its rev) so a later conflict check still sees that the note was cleared on purpose.
 */
export function saveNote(db: CertLensDb, supplierKey: string, text: string, now: number = Date.now()): Promise<Note> {
  return withReadableErrors(() =>
    db.transaction('rw', db.notes, async () => {
      const old = await db.notes.get(supplierKey);
      // Validated at the write: the same schema an import will check rows against.
      const note: Note = NoteSchema.parse({ supplierKey, text, updatedAt: now, rev: (old?.rev ?? 0) + 1 });
      await db.notes.put(note);
      return note;
    }),
  );
}

/** What a compare-and-set save found: saved, or the note another page saved in between. */
export type NoteSaveResult = { ok: true; note: Note } | { ok: false; current: Note | undefined };

/**
 * Saves the note only if it is still at `expectedRev` (0: there was no note), checked and written
 * in one read-write transaction, so two panels of the same supplier cannot overwrite each other
 * silently: the later one gets `{ ok: false, current }` and asks its user. Saving the text that is
 * already stored is no conflict (both pages wrote the same words).
 */
export function saveNoteIfUnchanged(
  db: CertLensDb,
  supplierKey: string,
  text: string,
  expectedRev: number,
  now: number = Date.now(),
): Promise<NoteSaveResult> {
  return withReadableErrors(() =>
    db.transaction('rw', db.notes, async (): Promise<NoteSaveResult> => {
      const old = await db.notes.get(supplierKey);
      const rev = old?.rev ?? 0;
      if (rev !== expectedRev) {
        if (old && old.text === text) return { ok: true, note: old };
        return { ok: false, current: old };
      }
      const note: Note = NoteSchema.parse({ supplierKey, text, updatedAt: now, rev: rev + 1 });
      await db.notes.put(note);
      return { ok: true, note };
    }),
  );
}
