import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { usePanelStore } from './store/panel-store';
import { selectNoteState } from './store/notes-slice';

/** How long typing must pause before the note is written. */
export const NOTE_SAVE_DELAY_MS = 400;

/**
 * The user's notes on one supplier. Saved as they type (debounced), and flushed at once on blur,
 * when the panel is hidden or closed (pagehide, visibilitychange) and on unmount, so closing the
 * panel mid-sentence loses nothing. Mount it with `key={supplierKey}`.
 */
export function NotesBox({ supplierKey, supplierName }: { supplierKey: string; supplierName: string }) {
  const loadNote = usePanelStore((s) => s.loadNote);
  const saveNote = usePanelStore((s) => s.saveNote);
  const markNoteEdited = usePanelStore((s) => s.markNoteEdited);
  const state = usePanelStore(selectNoteState(supplierKey));
  const [text, setText] = useState('');
  const [loaded, setLoaded] = useState(false);
  const pending = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const statusId = useId();

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const t = pending.current;
    if (t === null) return;
    pending.current = null;
    void saveNote(supplierKey, t);
  }, [saveNote, supplierKey]);

  useEffect(() => {
    let live = true;
    void loadNote(supplierKey).then((saved) => {
      // Typing that started before the load answered wins over the stored text.
      if (live && pending.current === null && saved !== undefined) setText(saved);
      if (live) setLoaded(true);
    });
    return () => {
      live = false;
    };
  }, [loadNote, supplierKey]);

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

  const onChange = (value: string) => {
    setText(value);
    pending.current = value;
    markNoteEdited(supplierKey);
    clearTimeout(timer.current);
    timer.current = setTimeout(flush, NOTE_SAVE_DELAY_MS);
  };

  const status =
    state.status === 'saving' ? 'Saving…' : state.status === 'saved' ? 'Saved' : state.status === 'error' ? state.error : '';

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
    </div>
  );
}
