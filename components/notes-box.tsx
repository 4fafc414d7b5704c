import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { getNote } from '../lib/db';
import { useDb } from './db-context';
import { usePanelStore } from './store/panel-store';
import { selectNoteState } from './store/notes-slice';

/** How long typing must pause before the note is written. */
export const NOTE_SAVE_DELAY_MS = 400;

/** Both texts kept, for "Keep both" and for a conflict nobody is left to settle (the box closed). */
export function mergeNotes(mine: string, theirs: string): string {
  if (!theirs.trim()) return mine;
  if (!mine.trim()) return theirs;
  return `${mine}\n\n— From another CertLens tab —\n${theirs}`;
}

/**
 * The user's notes on one supplier. Saved as they type (debounced), and flushed at once on blur,
 * when the panel is hidden or closed (pagehide, visibilitychange) and on unmount, so closing the
 * panel mid-sentence loses nothing. Mount it with `key={supplierKey}`.
 *
 * Two panels (or tabs) on the same supplier: every save is a compare-and-set on the note's `rev`.
 * A box with no unsaved edits follows the other page's saves live; a box whose save finds the note
 * changed under it shows both texts and lets the user keep theirs, take the other or keep both,
 * so neither text is overwritten without the user seeing it.
 */
export function NotesBox({ supplierKey, supplierName }: { supplierKey: string; supplierName: string }) {
  const db = useDb();
  const loadNote = usePanelStore((s) => s.loadNote);
  const saveNote = usePanelStore((s) => s.saveNote);
  const markNoteEdited = usePanelStore((s) => s.markNoteEdited);
  const markNoteSaved = usePanelStore((s) => s.markNoteSaved);
  const state = usePanelStore(selectNoteState(supplierKey));
  const [text, setText] = useState('');
  const [loaded, setLoaded] = useState(false);
  const pending = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  /** The stored rev this box's text is based on (0: no note yet); every save expects it. */
  const baseRev = useRef(0);
  /** The other page's note when our save found it changed; saving waits on the user's choice. */
  const [conflict, setConflictState] = useState<{ text: string; rev: number } | null>(null);
  const conflictRef = useRef<{ text: string; rev: number } | null>(null);
  const textRef = useRef('');
  /** Saves under way: their text is not stored yet, so a live update must not replace it. */
  const inFlight = useRef(0);
  const mounted = useRef(true);
  const statusId = useId();

  const setConflict = (c: { text: string; rev: number } | null) => {
    conflictRef.current = c;
    setConflictState(c);
  };
  const show = (t: string) => {
    textRef.current = t;
    setText(t);
  };

  const save = useCallback(
    async (t: string, expected: number) => {
      inFlight.current++;
      const r = await saveNote(supplierKey, t, expected).finally(() => inFlight.current--);
      if (r.status === 'saved') {
        baseRev.current = Math.max(baseRev.current, r.rev);
      } else if (r.status === 'conflict') {
        // Closed before the answer came: nobody can choose, so keep both texts.
        if (!mounted.current) await saveNote(supplierKey, mergeNotes(t, r.theirs.text), r.theirs.rev);
        else setConflict(r.theirs);
      }
    },
    [saveNote, supplierKey],
  );

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const t = pending.current;
    if (t === null) return;
    const c = conflictRef.current;
    if (c) {
      // Unmounting with the question open: keep both rather than lose either.
      if (!mounted.current) {
        pending.current = null;
        void saveNote(supplierKey, mergeNotes(t, c.text), c.rev);
      }
      return;
    }
    pending.current = null;
    void save(t, baseRev.current);
  }, [save, saveNote, supplierKey]);

  useEffect(() => {
    let live = true;
    void loadNote(supplierKey).then((saved) => {
      if (!live) return;
      if (saved) baseRev.current = saved.rev;
      // Typing that started before the load answered wins over the stored text.
      if (pending.current === null && saved !== undefined) show(saved.text);
      setLoaded(true);
    });
    return () => {
      live = false;
    };
  }, [loadNote, supplierKey]);

  // Another page saved this supplier's note: follow it when nothing here is unsaved; otherwise
  // the next save meets the conflict (and, when the question is open, shows their newest text).
  const stored = useLiveQuery(() => getNote(db, supplierKey).catch(() => undefined), [db, supplierKey]);
  useEffect(() => {
    if (!loaded || !stored || stored.rev <= baseRev.current) return;
    const c = conflictRef.current;
    if (c) {
      if (stored.rev > c.rev) setConflict({ text: stored.text, rev: stored.rev });
      return;
    }
    if (pending.current !== null || inFlight.current > 0) return;
    baseRev.current = stored.rev;
    show(stored.text);
  }, [stored, loaded]);

  // Declared before the flush-on-unmount effect so its cleanup runs first: the last flush then
  // knows nobody is left to answer a conflict.
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  useEffect(() => {
    const onHidden = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHidden);
      flush();
    };
  }, [flush]);

  const resolve = (choice: 'mine' | 'theirs' | 'both') => {
    const c = conflictRef.current;
    if (!c) return;
    clearTimeout(timer.current);
    pending.current = null;
    setConflict(null);
    if (choice === 'theirs') {
      baseRev.current = c.rev;
      show(c.text);
      markNoteSaved(supplierKey);
      return;
    }
    const t = choice === 'mine' ? textRef.current : mergeNotes(textRef.current, c.text);
    show(t);
    markNoteEdited(supplierKey);
    void save(t, c.rev);
  };

  const onChange = (value: string) => {
    show(value);
    pending.current = value;
    markNoteEdited(supplierKey);
    clearTimeout(timer.current);
    timer.current = setTimeout(flush, NOTE_SAVE_DELAY_MS);
  };

  const status = conflict
    ? 'Not saved: this note was changed in another CertLens tab'
    : state.status === 'saving'
      ? 'Saving…'
      : state.status === 'saved'
        ? 'Saved'
        : state.status === 'error'
          ? state.error
          : '';

  return (
    <div className="certlens-notes">
      <label className="certlens-notes-label" htmlFor={`${statusId}-notes`}>
        Your notes
      </label>
      <textarea
        id={`${statusId}-notes`}
        data-testid="notes"
        aria-label={`Notes on ${supplierName}`}
        aria-describedby={statusId}
        rows={4}
        value={text}
        readOnly={!loaded}
        placeholder={loaded ? 'What you asked for, what they sent, what you checked…' : 'Loading…'}
        onChange={(e) => onChange(e.target.value)}
        onBlur={flush}
      />
      <p
        id={statusId}
        data-testid="notes-status"
        className={`certlens-notes-status${state.status === 'error' ? ' certlens-error' : ''}`}
        role={state.status === 'error' ? 'alert' : 'status'}
      >
        {status}
      </p>
      {conflict && (
        <div className="certlens-notes-conflict" data-testid="notes-conflict" role="alert">
          <p>
            While you were typing, another CertLens tab saved a different note on {supplierName}. Your text is in the box
            above and is not saved yet; the other tab’s text is:
          </p>
          <blockquote data-testid="notes-theirs" className="certlens-notes-theirs">
            {conflict.text || '(empty)'}
          </blockquote>
          <div className="certlens-notes-choices">
            <button type="button" data-testid="notes-keep-mine" onClick={() => resolve('mine')}>
              Keep mine
            </button>
            <button type="button" data-testid="notes-take-theirs" onClick={() => resolve('theirs')}>
              Take the other tab’s
            </button>
            <button type="button" data-testid="notes-keep-both" onClick={() => resolve('both')}>
              Keep both
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
