import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useMemo, useState } from 'react';
import { ATTACHMENT_MAX_BYTES, deleteAttachment, explainDbError, getAttachment, saveAttachment, type VerificationKey } from '../../lib/db';
import { useDb } from '../db-context';

/** The certificate image or PDF the supplier sent, stored in IndexedDB beside the record and shown back. */
export function AttachmentField({ recordKey }: { recordKey: VerificationKey }) {
  const db = useDb();
  const id = useId();
  const [error, setError] = useState('');
  const [k0, k1, k2] = recordKey;
  const attachment = useLiveQuery(() => getAttachment(db, [k0, k1, k2]), [db, k0, k1, k2]);
  const url = useMemo(() => (attachment ? URL.createObjectURL(attachment.blob) : undefined), [attachment]);
  useEffect(() => () => void (url && URL.revokeObjectURL(url)), [url]);

  const onPick = async (file: File | undefined) => {
    setError('');
    if (!file) return;
    try {
      await saveAttachment(db, [k0, k1, k2], file);
    } catch (err) {
      setError(err instanceof Error && err.name === 'AttachmentError' ? err.message : explainDbError(err).message);
    }
  };

  return (
    <div className="certlens-verify-attachment">
      <label htmlFor={id}>Certificate image or PDF (optional, up to {ATTACHMENT_MAX_BYTES / 1024 / 1024} MB)</label>
      <input
        id={id}
        type="file"
        accept="image/*,application/pdf"
        data-testid="verify-attachment-input"
        onChange={(e) => {
          void onPick(e.target.files?.[0]);
          e.target.value = '';
        }}
      />
      {error && (
        <p className="certlens-error" role="alert" data-testid="verify-attachment-error">
          {error}
        </p>
      )}
      {attachment && url && (
        <div data-testid="verify-attachment">
          {attachment.type.startsWith('image/') ? (
            <img src={url} alt={`Attached: ${attachment.name}`} className="certlens-verify-attachment-img" />
          ) : (
            <a href={url} download={attachment.name}>
              {attachment.name}
            </a>
          )}
          <span className="certlens-muted"> {(attachment.size / 1024).toFixed(0)} KB </span>
          <button type="button" onClick={() => void deleteAttachment(db, [k0, k1, k2])}>
            Remove
          </button>
        </div>
      )}
    </div>
  );
}
