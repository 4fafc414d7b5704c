import { useState } from 'react';
import { exportFileName } from '../../lib/io/file-format';
import { exportBackup, serializeFile } from '../../lib/io/export-json';
import { applyImport, readAndPreview, type ImportPreview, type ParsedImport } from '../../lib/io/import';
import { claimsToCsv, suppliersToCsv } from '../../lib/io/csv';
import type { SupplierView } from '../../lib/io/supplier-view';
import { explainDbError } from '../../lib/db/errors';
import { useDb } from '../db-context';
import { CSV_TYPE, downloadText, JSON_TYPE } from './download';
import { formatDateTime } from '../format';

const TABLE_WORDS: Record<string, string> = {
  suppliers: 'suppliers',
  sightings: 'claims seen',
  notes: 'notes',
  verifications: 'verification records',
  attachments: 'attachments',
  settings: 'settings',
  shortlists: 'shortlists',
  shortlistMembers: 'shortlist entries',
  tags: 'tag sets',
};

function Preview({ preview }: { preview: ImportPreview }) {
  return (
    <div data-testid="import-preview">
      <p>
        {preview.format === 'certlens-shortlist' ? 'Shortlist file' : 'Backup'} exported {formatDateTime(Date.parse(preview.exportedAt))}
        {preview.shortlists.length > 0 && <> · shortlists: {preview.shortlists.join(', ')}</>}
      </p>
      <table className="certlens-dash-table">
        <caption>What importing will do</caption>
        <thead>
          <tr>
            <th scope="col">Records</th>
            <th scope="col">Added</th>
            <th scope="col">Changed (file newer)</th>
            <th scope="col">Kept yours (yours newer)</th>
            <th scope="col">Already the same</th>
          </tr>
        </thead>
        <tbody>
          {preview.tables.map((t) => (
            <tr key={t.table}>
              <th scope="row">{TABLE_WORDS[t.table] ?? t.table}</th>
              <td>{t.added}</td>
              <td>{t.changed}</td>
              <td>{t.keptLocal}</td>
              <td>{t.unchanged}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {preview.conflicts.length > 0 && (
        <details>
          <summary>
            {preview.conflicts.length} {preview.conflicts.length === 1 ? 'record differs' : 'records differ'} on both sides (the newer one
            wins)
          </summary>
          <ul data-testid="import-conflicts">
            {preview.conflicts.slice(0, 200).map((c, i) => (
              <li key={i}>
                {c.label}: {c.winner === 'file' ? 'the file’s version replaces yours' : 'yours is kept'}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

/** Export buttons for everything, and import with a preview before anything is written. */
export function ImportExport({ views }: { views: SupplierView[] }) {
  const db = useDb();
  const [pending, setPending] = useState<{ file: ParsedImport; preview: ImportPreview; name: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const guard = async (op: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      await op();
    } catch (err) {
      setError(err instanceof Error && err.name === 'ImportError' ? err.message : explainDbError(err).message);
    } finally {
      setBusy(false);
    }
  };

  const now = Date.now();
  return (
    <section className="certlens-dash-io" aria-labelledby="certlens-io-title">
      <h2 id="certlens-io-title">Export and import</h2>
      <div className="certlens-dash-actions">
        <button
          type="button"
          data-testid="export-backup"
          disabled={busy}
          onClick={() => void guard(async () => downloadText(exportFileName('backup', 'json', now), serializeFile(await exportBackup(db)), JSON_TYPE))}
        >
          Backup everything (JSON)
        </button>
        <button type="button" data-testid="export-csv-suppliers" onClick={() => downloadText(exportFileName('suppliers', 'csv', now), suppliersToCsv(views), CSV_TYPE)}>
          All suppliers (CSV)
        </button>
        <button type="button" data-testid="export-csv-claims" onClick={() => downloadText(exportFileName('claims', 'csv', now), claimsToCsv(views), CSV_TYPE)}>
          All claims, one row each (CSV)
        </button>
      </div>
      <label className="certlens-dash-file">
        Import a backup or shortlist file (.json)
        <input
          type="file"
          accept=".json,application/json"
          data-testid="import-file"
          disabled={busy}
          onChange={(e) => {
            const f = e.target.files?.[0];
            e.target.value = '';
            if (!f) return;
            void guard(async () => {
              setPending(null);
              const r = await readAndPreview(db, await f.text());
              if (!r.ok) setError(r.error);
              else setPending({ file: r.file, preview: r.preview, name: f.name });
            });
          }}
        />
      </label>
      {error && (
        <p className="certlens-error certlens-dash-pre" role="alert" data-testid="import-error">
          {error}
        </p>
      )}
      {done && (
        <p role="status" data-testid="import-done">
          {done}
        </p>
      )}
      {pending && (
        <div className="certlens-dash-card">
          <h3>Import “{pending.name}”?</h3>
          <Preview preview={pending.preview} />
          <div className="certlens-dash-actions">
            <button
              type="button"
              data-testid="import-confirm"
              disabled={busy}
              onClick={() =>
                void guard(async () => {
                  const result = await applyImport(db, pending.file);
                  setPending(null);
                  setDone(`Imported: ${result.added} added, ${result.changed} changed, ${result.conflicts.filter((c) => c.winner === 'local').length} kept as you had them.`);
                })
              }
            >
              Import
            </button>
            <button type="button" onClick={() => setPending(null)}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
