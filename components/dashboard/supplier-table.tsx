import { useState } from 'react';
import { setTags } from '../../lib/db/shortlists';
import { explainDbError } from '../../lib/db/errors';
import { MARKETPLACE_LABELS } from '../../lib/sites/hosts';
import { exportFileName } from '../../lib/io/file-format';
import { supplierDossier } from '../../lib/io/markdown';
import { useDb } from '../db-context';
import { downloadText, MD_TYPE } from './download';
import { formatDateTime, formatSeen } from '../format';
import { SupplierLink } from '../supplier-link';
import type { IndexedView, Sort, SortKey } from './model';

interface Props {
  rows: IndexedView[];
  sort: Sort;
  onSort(next: Sort): void;
  selected: ReadonlySet<string>;
  onSelect(key: string, on: boolean): void;
  onSelectPage(keys: string[], on: boolean): void;
  now?: number;
}

const COLUMNS: Array<[SortKey, string]> = [
  ['name', 'Supplier'],
  ['marketplace', 'Marketplace'],
  ['claims', 'Claims'],
  ['flags', 'Red flags'],
  ['lastSeen', 'Last seen'],
];

function SortHeader({ k, label, sort, onSort }: { k: SortKey; label: string; sort: Sort; onSort(s: Sort): void }) {
  const active = sort.key === k;
  const next: Sort = { key: k, dir: active && sort.dir === 'asc' ? 'desc' : active ? 'asc' : k === 'name' || k === 'marketplace' ? 'asc' : 'desc' };
  return (
    <th scope="col" aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <button type="button" className="certlens-dash-sort" onClick={() => onSort(next)}>
        {label}
        <span aria-hidden="true">{active ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}</span>
      </button>
    </th>
  );
}

function TagsCell({ supplierKey, name, tags }: { supplierKey: string; name: string; tags: string[] }) {
  const db = useDb();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    try {
      await setTags(db, supplierKey, text.split(','));
      setEditing(false);
      setError(null);
    } catch (err) {
      setError(explainDbError(err).message);
    }
  };
  if (editing) {
    return (
      <form
        className="certlens-dash-tags-form"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <input
          aria-label={`Tags of ${name}, separated by commas`}
          value={text}
          autoFocus
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') setEditing(false);
          }}
        />
        <button type="submit">Save</button>
        {error && (
          <span className="certlens-error" role="alert">
            {error}
          </span>
        )}
      </form>
    );
  }
  return (
    <>
      {tags.map((t) => (
        <span key={t} className="certlens-dash-tag">
          {t}
        </span>
      ))}
      <button
        type="button"
        className="certlens-linkish"
        aria-label={`Edit tags of ${name}`}
        onClick={() => {
          setText(tags.join(', '));
          setEditing(true);
        }}
      >
        {tags.length ? 'Edit' : 'Add tags'}
      </button>
    </>
  );
}

/** One page of suppliers: selectable for comparing, sortable by the column headers. */
export function SupplierTable({ rows, sort, onSort, selected, onSelect, onSelectPage, now }: Props) {
  const keys = rows.map((r) => r.view.supplier.key);
  const allOn = keys.length > 0 && keys.every((k) => selected.has(k));
  return (
    <table className="certlens-dash-table" data-testid="supplier-table">
      <caption className="certlens-visually-hidden">Suppliers, one per row</caption>
      <thead>
        <tr>
          <th scope="col">
            <input
              type="checkbox"
              aria-label="Select every supplier on this page"
              checked={allOn}
              onChange={(e) => onSelectPage(keys, e.target.checked)}
            />
          </th>
          {COLUMNS.map(([k, label]) => (
            <SortHeader key={k} k={k} label={label} sort={sort} onSort={onSort} />
          ))}
          <th scope="col">Tags</th>
          <th scope="col">Shortlists</th>
          <th scope="col">Export</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ view, claims, flagCount }) => {
          const s = view.supplier;
          const name = s.name || s.key;
          return (
            <tr key={s.key} data-testid="dash-row" data-supplier-key={s.key}>
              <td>
                <input
                  type="checkbox"
                  aria-label={`Select ${name}`}
                  checked={selected.has(s.key)}
                  onChange={(e) => onSelect(s.key, e.target.checked)}
                />
              </td>
              <th scope="row">
                <SupplierLink name={name} url={s.url} />
                {s.country && <span className="certlens-muted"> · {s.country}</span>}
              </th>
              <td>{MARKETPLACE_LABELS[s.marketplace]}</td>
              <td>{claims.size}</td>
              <td>{flagCount > 0 ? <span className="certlens-dash-flagcount">{flagCount}</span> : '—'}</td>
              <td>
                <time dateTime={new Date(s.lastSeen).toISOString()} title={formatDateTime(s.lastSeen)}>
                  {formatSeen(s.lastSeen, now)}
                </time>
              </td>
              <td>
                <TagsCell supplierKey={s.key} name={name} tags={view.tags} />
              </td>
              <td>{view.shortlists.map((l) => l.name).join(', ')}</td>
              <td>
                <button
                  type="button"
                  className="certlens-linkish"
                  aria-label={`Markdown dossier of ${name}`}
                  onClick={() => downloadText(exportFileName('dossier', 'md', Date.now(), name), supplierDossier(view), MD_TYPE)}
                >
                  Markdown dossier
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
