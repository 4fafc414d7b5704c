/**
 * IndexedDB failures the user can act on, turned into sentences. The raw DOMException names
 * ("QuotaExceededError", "VersionError") mean nothing to an importer, and a swallowed failure
 * would silently lose their notes.
 */
export type DbProblem = 'quota' | 'blocked' | 'version' | 'closed' | 'other';

export class CertLensDbError extends Error {
  override readonly name = 'CertLensDbError';
  constructor(
    readonly problem: DbProblem,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export const DB_MESSAGES: Record<Exclude<DbProblem, 'other'>, string> = {
  quota:
    'CertLens could not save: the browser has no storage space left for it. Free some disk space or delete old suppliers, then try again.',
  blocked:
    'CertLens is updating its database but another CertLens page (an older side panel or dashboard) still has it open. Close the other CertLens pages and reopen this one.',
  version:
    'This CertLens page is older than the data it stores (the extension was updated). Close and reopen the side panel.',
  closed:
    'CertLens lost its connection to its database (it was upgraded or deleted by another page). Close and reopen the side panel.',
};

/** Names Dexie and IndexedDB use, possibly nested in Dexie's `inner` error. */
function errorNames(err: unknown): string[] {
  const names: string[] = [];
  let cur: unknown = err;
  for (let depth = 0; cur && typeof cur === 'object' && depth < 4; depth++) {
    const name = (cur as { name?: unknown }).name;
    if (typeof name === 'string') names.push(name);
    cur = (cur as { inner?: unknown; cause?: unknown }).inner ?? (cur as { cause?: unknown }).cause;
  }
  return names;
}

/** Maps any database failure to a CertLensDbError with a readable message (keeps the original as `cause`). */
export function explainDbError(err: unknown): CertLensDbError {
  if (err instanceof CertLensDbError) return err;
  const names = errorNames(err);
  const has = (n: string) => names.includes(n);
  if (has('QuotaExceededError')) return new CertLensDbError('quota', DB_MESSAGES.quota, { cause: err });
  if (has('VersionError')) return new CertLensDbError('version', DB_MESSAGES.version, { cause: err });
  if (has('DatabaseClosedError') || has('VersionChangeError'))
    return new CertLensDbError('closed', DB_MESSAGES.closed, { cause: err });
  const detail = err instanceof Error ? err.message : String(err);
  return new CertLensDbError('other', `CertLens could not read or write its database: ${detail}`, { cause: err });
}

/** Runs a database operation; failures come back as CertLensDbError (rethrown, never swallowed). */
export async function withReadableErrors<T>(op: () => Promise<T>): Promise<T> {
  try {
    return await op();
  } catch (err) {
    throw explainDbError(err);
  }
}
