import type { StateCreator } from 'zustand';
import { explainDbError, getNote, saveNote, saveNoteIfUnchanged, type CertLensDb, type Note } from '../../lib/db';
import type { PanelState } from './panel-store';

export type NoteStatus = 'idle' | 'saving' | 'saved' | 'error' | 'conflict';

/** How a save ended: saved at `rev`, refused because another page saved `theirs` first, or failed. */
export type NoteSaveOutcome =
  | { status: 'saved'; rev: number }
  | { status: 'conflict'; theirs: { text: string; rev: number } }
  | { status: 'error' };

interface NoteState {
  status: NoteStatus;
  /** Bumped on every keystroke; a save only reports "Saved" if no edit came after it started. */
  edits: number;
  error?: string;
}

/** Save state of the notes box per supplier. Reads and writes go through lib/db. */
export interface NotesSlice {
  notes: Record<string, NoteState>;
  /** The user typed: the text is not saved yet. */
  markNoteEdited(supplierKey: string): void;
  /** Loads the saved note (undefined when there is none, or it could not be read). */
  loadNote(supplierKey: string): Promise<Pick<Note, 'text' | 'rev'> | undefined>;
  /**
   * Saves the note. With `expectedRev` (the rev the text was based on, 0 for no note) the save
   * is a compare-and-set: when another page saved in between, nothing is written and the
   * outcome carries their text, so the notes box can ask instead of overwriting it.
   */
  saveNote(supplierKey: string, text: string, expectedRev?: number): Promise<NoteSaveOutcome>;
  /** The user settled a conflict by taking the other page's text: it is what is stored. */
  markNoteSaved(supplierKey: string): void;
}

export const createNotesSlice =
  (db: CertLensDb): StateCreator<PanelState, [], [], NotesSlice> =>
  (set, get) => {
    const patch = (key: string, p: Partial<NoteState>) =>
      set((s) => ({ notes: { ...s.notes, [key]: { ...(s.notes[key] ?? { status: 'idle', edits: 0 }), ...p } } }));

    return {
      notes: {},
      markNoteEdited(key) {
        patch(key, { status: 'saving', edits: (get().notes[key]?.edits ?? 0) + 1, error: undefined });
      },
      async loadNote(key) {
        try {
          const note = await getNote(db, key);
          if (note && !get().notes[key]) patch(key, { status: 'saved' });
          return note ? { text: note.text, rev: note.rev } : undefined;
        } catch (err) {
          patch(key, { status: 'error', error: explainDbError(err).message });
          return undefined;
        }
      },
      async saveNote(key, text, expectedRev) {
        const edits = get().notes[key]?.edits ?? 0;
        patch(key, { status: 'saving' });
        try {
          let rev: number;
          if (expectedRev === undefined) rev = (await saveNote(db, key, text)).rev;
          else {
            const r = await saveNoteIfUnchanged(db, key, text, expectedRev);
            if (!r.ok) {
              patch(key, { status: 'conflict', error: undefined });
              return { status: 'conflict', theirs: { text: r.current?.text ?? '', rev: r.current?.rev ?? 0 } };
            }
            rev = r.note.rev;
          }
          if ((get().notes[key]?.edits ?? 0) === edits) patch(key, { status: 'saved', error: undefined });
          return { status: 'saved', rev };
        } catch (err) {
          patch(key, { status: 'error', error: explainDbError(err).message });
          return { status: 'error' };
        }
      },
      markNoteSaved(key) {
        patch(key, { status: 'saved', error: undefined });
      },
    };
  };

const IDLE: NoteState = { status: 'idle', edits: 0 };
export const selectNoteState = (supplierKey: string) => (s: PanelState) => s.notes[supplierKey] ?? IDLE;
