import { useEffect, useRef, useState } from 'react';
import { explainDbError } from '../../lib/db/errors';
import {
  createShortlist,
  deleteShortlist,
  reorderShortlists,
  restoreShortlist,
  updateShortlist,
  type DeletedShortlist,
  type Shortlist,
} from '../../lib/db/shortlists';
import { DEFAULT_SHARE_OPTIONS, type ShareOptions } from '../../lib/io/export-json';
import { useDb } from '../db-context';

interface Props {
  shortlists: Shortlist[];
  counts: ReadonlyMap<string, number>;
  onCompare(list: Shortlist): void;
  onExport(list: Shortlist, kind: 'share' | 'dossier' | 'csv', opts: ShareOptions): void;
}

function NoteField({ list }: { list: Shortlist }) {
  const db = useDb();
  const [text, setText] = useState(list.note);
  const [status, setStatus] = useState('');
  const editing = useRef(false);
  // A change from elsewhere (an import, another tab) shows up unless the user is typing here.
  useEffect(() => {
    if (!editing.current) setText(list.note);
  }, [list.note]);
  const save = async () => {
    if (text === list.note) return;
    try {
      await updateShortlist(db, list.id, { note: text });
      setStatus('Saved');
    } catch (err) {
      setStatus(explainDbError(err).message);
    }
  };
  return (
    <div className="certlens-dash-listnote">
      <label>
        Note on this shortlist
        <textarea
          rows={2}
          value={text}
          onFocus={() => (editing.current = true)}
          onChange={(e) => setText(e.target.value)}
          onBlur={() => {
            editing.current = false;
            void save();
          }}
        />
      </label>
      <span role="status" className="certlens-muted">
        {status}
      </span>
    </div>
  );
}

function NameField({ list, onDone }: { list: Shortlist; onDone(): void }) {
  const db = useDb();
  const [name, setName] = useState(list.name);
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      onSubmit={async (e) => {
        e.preventDefault();
        try {
          await updateShortlist(db, list.id, { name });
          onDone();
        } catch {
          setError('A shortlist needs a name of 1 to 120 characters.');
        }
      }}
    >
      <label>
        New name
        <input value={name} autoFocus onChange={(e) => setName(e.target.value)} onKeyDown={(e) => e.key === 'Escape' && onDone()} />
      </label>
      <button type="submit">Save name</button>
      <button type="button" onClick={onDone}>
        Cancel
      </button>
      {error && (
        <p className="certlens-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

/** The user's shortlists: create, rename, reorder, note, delete with undo, and per-list actions. */
export function ShortlistsPanel({ shortlists, counts, onCompare, onExport }: Props) {
  const db = useDb();
  const [renaming, setRenaming] = useState<string | null>(null);
  const [newName, setNewName] = useState('');
  const [deleted, setDeleted] = useState<DeletedShortlist | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [share, setShare] = useState<ShareOptions>({ ...DEFAULT_SHARE_OPTIONS });

  const run = async (op: () => Promise<unknown>) => {
    try {
      setError(null);
      await op();
    } catch (err) {
      setError(explainDbError(err).message);
    }
  };
  const move = (index: number, by: number) => {
    const ids = shortlists.map((s) => s.id);
    const [id] = ids.splice(index, 1);
    ids.splice(index + by, 0, id!);
    void run(() => reorderShortlists(db, ids));
  };

  return (
    <section className="certlens-dash-shortlists" aria-labelledby="certlens-shortlists-title" data-testid="shortlists">
      <h2 id="certlens-shortlists-title">Shortlists</h2>
      <form
        className="certlens-dash-inline"
        onSubmit={(e) => {
          e.preventDefault();
          if (!newName.trim()) return;
          void run(async () => {
            await createShortlist(db, newName);
            setNewName('');
          });
        }}
      >
        <label>
          New shortlist
          <input value={newName} maxLength={120} onChange={(e) => setNewName(e.target.value)} />
        </label>
        <button type="submit">Create</button>
      </form>
      {error && (
        <p className="certlens-error" role="alert">
          {error}
        </p>
      )}
      <fieldset className="certlens-dash-share" data-testid="share-options">
        <legend>Files you export from a shortlist (share file, CSV, dossier) include</legend>
        <label>
          <input type="checkbox" checked={share.notes} onChange={(e) => setShare({ ...share, notes: e.target.checked })} />
          my notes on the suppliers
        </label>
        <label>
          <input
            type="checkbox"
            checked={share.verifications}
            onChange={(e) => setShare({ ...share, verifications: e.target.checked })}
          />
          my verification records and attachments
        </label>
      </fieldset>
      <div role="status" className="certlens-dash-undo">
        {deleted && (
          <>
            Deleted “{deleted.shortlist.name}”.{' '}
            <button
              type="button"
              data-testid="undo-delete"
              onClick={() =>
                void run(async () => {
                  await restoreShortlist(db, deleted);
                  setDeleted(null);
                })
              }
            >
              Undo
            </button>
          </>
        )}
      </div>
      {shortlists.length === 0 && <p className="certlens-muted">No shortlists yet. Add suppliers from the side panel, or create one here.</p>}
      <ol className="certlens-dash-lists">
        {shortlists.map((list, i) => (
          <li key={list.id} data-testid="shortlist" data-shortlist-id={list.id}>
            {renaming === list.id ? (
              <NameField list={list} onDone={() => setRenaming(null)} />
            ) : (
              <h3>
                <span data-testid="shortlist-name">{list.name}</span>{' '}
                <span className="certlens-muted">
                  ({counts.get(list.id) ?? 0} {(counts.get(list.id) ?? 0) === 1 ? 'supplier' : 'suppliers'})
                </span>
              </h3>
            )}
            <NoteField key={list.id} list={list} />
            <div className="certlens-dash-actions">
              <button type="button" onClick={() => onCompare(list)}>
                Compare
              </button>
              <button type="button" onClick={() => onExport(list, 'share', share)}>
                Share file (JSON)
              </button>
              <button type="button" onClick={() => onExport(list, 'csv', share)}>
                CSV
              </button>
              <button type="button" onClick={() => onExport(list, 'dossier', share)}>
                Dossier (Markdown)
              </button>
              <button type="button" onClick={() => setRenaming(list.id)} aria-label={`Rename ${list.name}`}>
                Rename
              </button>
              <button type="button" disabled={i === 0} onClick={() => move(i, -1)} aria-label={`Move ${list.name} up`}>
                ↑
              </button>
              <button
                type="button"
                disabled={i === shortlists.length - 1}
                onClick={() => move(i, 1)}
                aria-label={`Move ${list.name} down`}
              >
                ↓
              </button>
              <button
                type="button"
                aria-label={`Delete ${list.name}`}
                onClick={() =>
                  void run(async () => {
                    const removed = await deleteShortlist(db, list.id);
                    if (removed) setDeleted(removed);
                  })
                }
              >
                Delete
              </button>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
