import { z } from 'zod';
import { PageScanSchema, type PageScan } from '../scan/page-scan';

/**
 * Per-tab scan state lives in chrome.storage.session (the MV3 service worker can be killed at
 * any time, so nothing lives only in its memory). The background writes it; the side panel reads
 * and watches it.
 */
export const TabStateSchema = z.object({
  tabId: z.number().int(),
  scan: PageScanSchema,
  /** epoch ms */
  updatedAt: z.number(),
});
export type TabState = z.infer<typeof TabStateSchema>;

export const tabStateKey = (tabId: number) => `tab:${tabId}`;

export async function readTabState(tabId: number): Promise<TabState | null> {
  const key = tabStateKey(tabId);
  const got = await chrome.storage.session.get(key);
  const parsed = TabStateSchema.safeParse(got[key]);
  return parsed.success ? parsed.data : null;
}

export async function writeTabState(tabId: number, scan: PageScan, now = Date.now()): Promise<void> {
  const state: TabState = { tabId, scan, updatedAt: now };
  await chrome.storage.session.set({ [tabStateKey(tabId)]: state });
}

export async function clearTabState(tabId: number): Promise<void> {
  await chrome.storage.session.remove(tabStateKey(tabId));
}

/** Calls back with the tab's state whenever it changes (null when cleared). Returns an unsubscribe. */
export function watchTabState(tabId: number, onChange: (state: TabState | null) => void): () => void {
  const key = tabStateKey(tabId);
  const listener = (changes: Record<string, chrome.storage.StorageChange>, area: string) => {
    if (area !== 'session' || !(key in changes)) return;
    const parsed = TabStateSchema.safeParse(changes[key].newValue);
    onChange(parsed.success ? parsed.data : null);
  };
  chrome.storage.onChanged.addListener(listener);
  return () => chrome.storage.onChanged.removeListener(listener);
}
