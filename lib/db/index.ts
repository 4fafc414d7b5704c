import { CertLensDb, DB_NAME } from './database';

export { CertLensDb, DB_NAME, LATEST_DB_VERSION } from './database';
export { CertLensDbError, explainDbError, withReadableErrors, type DbProblem } from './errors';
export * from './records';
export * from './verification-records';
export {
  countSightings,
  getSupplier,
  listRecentSuppliers,
  listSightings,
  listSightingsBySupplier,
  putSightings,
  recordPageScan,
} from './suppliers';
export { getNote, saveNote, saveNoteIfUnchanged, type NoteSaveResult } from './notes';

let defaultDb: CertLensDb | undefined;

/**
 * The extension's database, created on first use (the background and each extension page get
 * their own connection). Never call this from a content script.
 */
export function getDb(): CertLensDb {
  defaultDb ??= new CertLensDb(DB_NAME);
  return defaultDb;
}
export {
  AttachmentError,
  checkAttachment,
  deleteAttachment,
  getAttachment,
  getSettings,
  getVerification,
  listVerifications,
  saveAttachment,
  saveBeyondCertificates,
  saveSettings,
  saveSupplierIdentifiers,
  saveVerification,
  type SupplierStub,
  type VerificationPatch,
} from './verifications';
