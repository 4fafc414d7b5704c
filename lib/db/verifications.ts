import type { CertLensDb } from './database';
import { withReadableErrors } from './errors';
import type { SupplierRecord } from './records';
import {
  ATTACHMENT_MAX_BYTES,
  ATTACHMENT_TYPES,
  DEFAULT_SETTINGS,
  SettingsSchema,
  SupplierIdentifiersSchema,
  VerificationRecordSchema,
  type AttachmentRecord,
  type BeyondCertificate,
  type Settings,
  type SupplierIdentifiers,
  type VerificationKey,
  type VerificationRecord,
} from './verification-records';

/** Repositories for schema v2 (issue #5). Everything is keyed by supplier and claim. */

export function getVerification(db: CertLensDb, key: VerificationKey): Promise<VerificationRecord | undefined> {
  return withReadableErrors(() => db.verifications.get(key));
}

export function listVerifications(db: CertLensDb, supplierKey: string): Promise<VerificationRecord[]> {
  return withReadableErrors(() => db.verifications.where('supplierKey').equals(supplierKey).toArray());
}

export type VerificationPatch = Partial<Omit<VerificationRecord, 'supplierKey' | 'claimId' | 'version' | 'updatedAt'>>;

/**
 * Merges `patch` into the record for `key` (creating it as unchecked), validated on write.
 * Empty strings clear a field.
 */
export function saveVerification(
  db: CertLensDb,
  key: VerificationKey,
  patch: VerificationPatch,
  now: number = Date.now(),
): Promise<VerificationRecord> {
  return withReadableErrors(() =>
    db.transaction('rw', db.verifications, async () => {
      const old = await db.verifications.get(key);
      const merged: Record<string, unknown> = { status: 'unchecked', ...old, ...patch };
      for (const [k, v] of Object.entries(merged)) if (v === '' || v === undefined) delete merged[k];
      // Set after the clean-up: the key's version is '' when the page stated none.
      Object.assign(merged, { supplierKey: key[0], claimId: key[1], version: key[2], updatedAt: now });
      const record = VerificationRecordSchema.parse(merged);
      await db.verifications.put(record);
      return record;
    }),
  );
}

/** Thrown for an attachment the user picked that we will not store; the message is for the user. */
export class AttachmentError extends Error {
  override readonly name = 'AttachmentError';
}

export function checkAttachment(file: { name: string; size: number; type: string }): void {
  if (!ATTACHMENT_TYPES.test(file.type))
    throw new AttachmentError(`“${file.name}” is not an image or a PDF. Attach the certificate as a picture or PDF.`);
  if (file.size > ATTACHMENT_MAX_BYTES) {
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
    throw new AttachmentError(
      `“${file.name}” is ${mb(file.size)} MB; attachments can be at most ${mb(ATTACHMENT_MAX_BYTES)} MB. Save a smaller picture or a page of the PDF.`,
    );
  }
}

export function saveAttachment(db: CertLensDb, key: VerificationKey, file: Blob & { name: string }, now = Date.now()): Promise<AttachmentRecord> {
  checkAttachment(file);
  const row: AttachmentRecord = {
    supplierKey: key[0],
    claimId: key[1],
    version: key[2],
    name: file.name.slice(0, 200),
    type: file.type,
    size: file.size,
    blob: file,
    addedAt: now,
  };
  return withReadableErrors(async () => {
    await db.attachments.put(row);
    return row;
  });
}

export function getAttachment(db: CertLensDb, key: VerificationKey): Promise<AttachmentRecord | undefined> {
  return withReadableErrors(() => db.attachments.get(key));
}

export function deleteAttachment(db: CertLensDb, key: VerificationKey): Promise<void> {
  return withReadableErrors(() => db.attachments.delete(key));
}

export function getSettings(db: CertLensDb): Promise<Settings> {
  return withReadableErrors(async () => {
    const row = await db.settings.get('user');
    return row ? { ...DEFAULT_SETTINGS, ...row } : DEFAULT_SETTINGS;
  });
}

export function saveSettings(db: CertLensDb, patch: Partial<Omit<Settings, 'key'>>): Promise<Settings> {
  return withReadableErrors(() =>
    db.transaction('rw', db.settings, async () => {
      const old = (await db.settings.get('user')) ?? DEFAULT_SETTINGS;
      const next = SettingsSchema.parse({ ...old, ...patch, key: 'user' });
      await db.settings.put(next);
      return next;
    }),
  );
}

/** What a supplier row needs when the user edits identifiers before any page was recorded. */
export type SupplierStub = Pick<SupplierRecord, 'key' | 'name' | 'marketplace' | 'url'>;

async function updateSupplier(db: CertLensDb, stub: SupplierStub, change: (r: SupplierRecord) => SupplierRecord, now: number) {
  return db.transaction('rw', db.suppliers, async () => {
    const old = await db.suppliers.get(stub.key);
    const base: SupplierRecord = old ?? { ...stub, badges: [], firstSeen: now, lastSeen: now };
    const next = change(base);
    await db.suppliers.put(next);
    return next;
  });
}

export function saveSupplierIdentifiers(db: CertLensDb, stub: SupplierStub, ids: SupplierIdentifiers, now = Date.now()) {
  const clean = SupplierIdentifiersSchema.parse(
    Object.fromEntries(Object.entries(ids).filter(([, v]) => typeof v === 'string' && v.trim() !== '').map(([k, v]) => [k, v!.trim()])),
  );
  return withReadableErrors(() => updateSupplier(db, stub, (r) => ({ ...r, identifiers: clean }), now));
}

export function saveBeyondCertificates(db: CertLensDb, stub: SupplierStub, ticks: BeyondCertificate[], now = Date.now()) {
  return withReadableErrors(() => updateSupplier(db, stub, (r) => ({ ...r, beyondCertificates: [...new Set(ticks)] }), now));
}
