import { createContext, useContext, type ReactNode } from 'react';
import type { CertLensDb } from '../lib/db';

/**
 * The database a tree of components uses. Pages pass `getDb()`; tests pass a fresh
 * fake-indexeddb database, so no component reaches for a global.
 */
const DbContext = createContext<CertLensDb | null>(null);

export function DbProvider({ db, children }: { db: CertLensDb; children: ReactNode }) {
  return <DbContext.Provider value={db}>{children}</DbContext.Provider>;
}

export function useDb(): CertLensDb {
  const db = useContext(DbContext);
  if (!db) throw new Error('useDb() needs a <DbProvider> above it');
  return db;
}
