import { z } from 'zod';
import type { Match } from '../detect/types';
import { ClaimSchema, type Claim } from '../scan/page-scan';

/**
 * "Explain this claim" (issue #4): the claims the detector recognises in a text the user selected,
 * kept per tab in chrome.storage.session next to the tab's scan (`selection:<tabId>`), where the
 * side panel reads and watches them. Only the selection the user chose is stored, clipped.
 */

/** A selection is a sentence or a certificate list, not a page: longer ones are cut here. */
export const MAX_SELECTION_CHARS = 2000;

export const SelectionStateSchema = z.object({
  tabId: z.number().int(),
  /** The selected text as read, whitespace folded, at most MAX_SELECTION_CHARS. */
  text: z.string().max(MAX_SELECTION_CHARS),
  claims: z.array(ClaimSchema).max(200),
  /** epoch ms */
  createdAt: z.number(),
});
export type SelectionState = z.infer<typeof SelectionStateSchema>;

export const selectionKey = (tabId: number) => `selection:${tabId}`;

export const foldSelection = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, MAX_SELECTION_CHARS);

/**
 * Matches → claims, one per (id, version) like a page scan. Everything a user selects on a page
 * is the page's own words, so it counts as "supplier says" (a marketplace badge is an image or
 * an element, not selectable prose).
 */
export function claimsFromMatches(matches: readonly Match[]): Claim[] {
  const byKey = new Map<string, Claim>();
  for (const m of matches) {
    const key = `${m.id}|${m.version ?? (m.id === 'iso-other' ? m.text.toUpperCase().replace(/[^A-Z0-9]/g, '') : '')}`;
    const prev = byKey.get(key);
    if (prev) {
      prev.occurrences = (prev.occurrences ?? 1) + 1;
      for (const f of m.flags) if (!prev.flags.includes(f)) prev.flags.push(f);
      prev.certificateNumber ??= m.certificateNumber?.slice(0, 80);
      prev.issuer ??= m.issuer?.slice(0, 80);
      prev.validUntil ??= m.validUntil?.slice(0, 20);
      continue;
    }
    const claim: Claim = { id: m.id, text: m.text.replace(/\s+/g, ' ').trim().slice(0, 200), evidence: 'supplier', flags: [...m.flags], occurrences: 1 };
    if (m.version) claim.version = m.version.slice(0, 40);
    if (m.certificateNumber) claim.certificateNumber = m.certificateNumber.slice(0, 80);
    if (m.issuer) claim.issuer = m.issuer.slice(0, 80);
    if (m.validUntil) claim.validUntil = m.validUntil.slice(0, 20);
    byKey.set(key, claim);
  }
  return [...byKey.values()].slice(0, 200);
}

/** The storage.session area (chrome.storage.session), passed in so tests can fake it. */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

const area = (): SessionArea => chrome.storage.session as unknown as SessionArea;

export async function readSelection(tabId: number, storage: SessionArea = area()): Promise<SelectionState | null> {
  const key = selectionKey(tabId);
  const got = await storage.get(key);
  const parsed = SelectionStateSchema.safeParse(got[key]);
  return parsed.success ? parsed.data : null;
}

export async function writeSelection(state: SelectionState, storage: SessionArea = area()): Promise<void> {
  await storage.set({ [selectionKey(state.tabId)]: SelectionStateSchema.parse(state) });
}

export async function clearSelection(tabId: number, storage: SessionArea = area()): Promise<void> {
  await storage.remove(selectionKey(tabId));
}

/** Calls back with the tab's selection whenever it changes (null when cleared). Returns an unsubscribe. */
export function watchSelection(tabId: number, onChange: (state: SelectionState | null) => void): () => void {
  const key = selectionKey(tabId);
  const listener = (changes: Record<string, chrome.storage.StorageChange>, areaName: string) => {
    if (areaName !== 'session' || !(key in changes)) return;
    const parsed = SelectionStateSchema.safeParse(changes[key]!.newValue);
    onChange(parsed.success ? parsed.data : null);
  };
  chrome.storage.onChanged.addListener(listener);
  return () => chrome.storage.onChanged.removeListener(listener);
}
