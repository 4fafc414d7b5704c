import type { StateCreator } from 'zustand';
import { explainDbError, getNote, saveNote, type CertLensDb } from '../../lib/db';
import type { PanelState } from './panel-store';

export type NoteStatus = 'idle' | 'saving' | 'saved' | 'error';

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
  /** Loads the saved note (undefined when there is none). */
  loadNote(supplierKey: string): Promise<string | undefined>;
  saveNote(supplierKey: string, text: string): Promise<void>;
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
          return note?.text;
        } catch (err) {
          patch(key, { status: 'error', error: explainDbError(err).message });
          return undefined;
        }
      },
      async saveNote(key, text) {
        const edits = get().notes[key]?.edits ?? 0;
        patch(key, { status: 'saving' });
        try {
          await saveNote(db, key, text);
          if ((get().notes[key]?.edits ?? 0) === edits) patch(key, { status: 'saved', error: undefined });
        } catch (err) {
          patch(key, { status: 'error', error: explainDbError(err).message });
        }
      },
    };
  };

const IDLE: NoteState = { status: 'idle', edits: 0 };
export const selectNoteState = (supplierKey: string) => (s: PanelState) => s.notes[supplierKey] ?? IDLE;
