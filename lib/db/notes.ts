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
