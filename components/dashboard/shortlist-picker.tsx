import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useRef, useState } from 'react';
import { explainDbError } from '../../lib/db/errors';
import type { SupplierRecord } from '../../lib/db/records';
import { addToShortlist, createShortlist, listShortlists, removeFromShortlist, shortlistsOf } from '../../lib/db/shortlists';
import type { SupplierScan } from '../../lib/scan/page-scan';
import type { Marketplace } from '../../lib/sites/hosts';
import { useDb } from '../db-context';
import './dashboard.css';

/** The supplier as a record, written only when the background has not recorded it yet. */
function asRecord(s: SupplierScan, marketplace: Marketplace, now: number): SupplierRecord {
  return {
    key: s.key,
    name: s.name,
    marketplace,
    url: s.url ?? '',
    years: s.years,
    country: s.country,
    businessType: s.businessType,
    badges: s.badges ?? [],
    firstSeen: now,
    lastSeen: now,
  };
}

/**
 * "Add to shortlist" in the side panel's supplier header: one click opens the user's shortlists
 * as checkboxes (tick to add, untick to remove) and a field to create a new one, which the
 * supplier joins at once.
 */
export function ShortlistPicker({ supplier, marketplace }: { supplier: SupplierScan; marketplace: Marketplace }) {
  const db = useDb();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const menuId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const lists = useLiveQuery(() => listShortlists(db).catch(() => []), [db]) ?? [];
  const member = new Set(useLiveQuery(() => shortlistsOf(db, supplier.key).catch(() => []), [db, supplier.key]) ?? []);
  const label = supplier.name || supplier.key;
  // The box follows the click at once; the live query confirms it a moment later.
  const [ticking, setTicking] = useState<Record<string, boolean>>({});
  const settle = (id: string) =>
    setTicking((t) => {
      const { [id]: _done, ...rest } = t;
      return rest;
    });

  const run = async (op: () => Promise<string>) => {
    try {
      setError(null);
      setStatus(await op());
    } catch (err) {
      setError(explainDbError(err).message);
    }
  };
  const add = (id: string, listName: string) =>
    run(async () => {
      const now = Date.now();
      await addToShortlist(db, id, supplier.key, now, asRecord(supplier, marketplace, now));
      return `Added to “${listName}”`;
    });

  return (
    <div
      className="certlens-shortlist-picker"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          setOpen(false);
          button.current?.focus();
        }
      }}
    >
      <button
        ref={button}
        type="button"
        data-testid="add-to-shortlist"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen(!open)}
      >
        {member.size > 0 ? `On ${member.size} ${member.size === 1 ? 'shortlist' : 'shortlists'}` : 'Add to shortlist'}
      </button>
      {open && (
        <div id={menuId} className="certlens-shortlist-picker-menu" data-testid="shortlist-menu">
          {lists.length > 0 && (
            <fieldset style={{ border: 'none', margin: 0, padding: 0 }}>
              <legend className="certlens-muted">Shortlists for {label}</legend>
              <ul>
                {lists.map((l) => (
                  <li key={l.id}>
                    <label>
                      <input
                        type="checkbox"
                        data-testid="shortlist-option"
                        checked={ticking[l.id] ?? member.has(l.id)}
                        onChange={(e) => {
                          const on = e.target.checked;
                          setTicking((t) => ({ ...t, [l.id]: on }));
                          void (on
                            ? add(l.id, l.name)
                            : run(async () => {
                                await removeFromShortlist(db, l.id, supplier.key);
                                return `Removed from “${l.name}”`;
                              })
                          ).finally(() => settle(l.id));
                        }}
                      />{' '}
                      {l.name}
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
          )}
          <form
            onSubmit={(e) => {
              e.preventDefault();
              const n = name.trim();
              if (!n) return;
              void run(async () => {
                const list = await createShortlist(db, n);
                const now = Date.now();
                await addToShortlist(db, list.id, supplier.key, now, asRecord(supplier, marketplace, now));
                setName('');
                return `Added to new shortlist “${list.name}”`;
              });
            }}
          >
            <input
              type="text"
              data-testid="new-shortlist-name"
              aria-label="New shortlist name"
              placeholder="New shortlist"
              maxLength={120}
              value={name}
              onChange={(e) => setName(e.target.value)}
            />
            <button type="submit" data-testid="create-shortlist">
              Create and add
            </button>
          </form>
        </div>
      )}
      <span role="status" className="certlens-muted" data-testid="shortlist-status">
        {status}
      </span>
      {error && (
        <span className="certlens-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
