import type { ClaimId } from '../claims/ids';
import type { PageScan } from '../scan/page-scan';
import { badgeFor, type Badge } from './badge';
import type { SupplierClaims } from './envelope';
import {
  ContentToBackgroundSchema,
  type CardInfo,
  type CardInfoResponse,
  type CardVerification,
  type ContentToBackground,
  type ErrorResponse,
  type PageScanAck,
} from './protocol';
import { isMarketplaceUrl } from './url-match';

/**
 * The background's message handling, with every browser API passed in so it can be tested
 * without a browser (tests/unit/messages). entrypoints/background.ts only wires it.
 * Nothing here keeps state in worker memory: the tab's scan goes to storage.session, the
 * sighting to IndexedDB, the badge to the browser.
 */
export interface BackgroundDeps {
  /** Our own extension id (chrome.runtime.id): messages from anyone else are dropped. */
  extensionId: string;
  writeTabState(tabId: number, scan: PageScan): Promise<void>;
  clearTabState(tabId: number): Promise<void>;
  setBadge(tabId: number, badge: Badge): Promise<void>;
  /** Records the supplier sightings in IndexedDB (lib/db); absent until that layer exists. */
  recordPageScan?(scan: PageScan): Promise<unknown>;
  cardInfos(ids: readonly ClaimId[]): Partial<Record<ClaimId, CardInfo>>;
  /** The named suppliers' verification progress (lib/messages/card-info.ts cardVerifications); absent: none shown. */
  verification?(suppliers: readonly SupplierClaims[]): Promise<Record<string, CardVerification>>;
  log?(message: string, detail?: unknown): void;
}

/** The parts of chrome.runtime.MessageSender we rely on. */
export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
}

type Handlers = {
  [K in ContentToBackground['type']]: (
    msg: Extract<ContentToBackground, { type: K }>,
    tabId: number,
  ) => Promise<PageScanAck | CardInfoResponse>;
};

export function createBackgroundRouter(deps: BackgroundDeps) {
  const log = deps.log ?? ((m: string, d?: unknown) => console.warn(`[certlens] ${m}`, d ?? ''));

  const handlers: Handlers = {
    'page-scan': async (msg, tabId) => {
      const badge = badgeFor(msg.scan);
      // Per-tab state and badge first: the side panel and toolbar must update even if the
      // IndexedDB write fails.
      await Promise.all([deps.writeTabState(tabId, msg.scan), deps.setBadge(tabId, badge)]);
      if (deps.recordPageScan) {
        try {
          await deps.recordPageScan(msg.scan);
        } catch (error) {
          log('could not record the sighting', error);
        }
      }
      return { ok: true, badge: badge.text };
    },
    'card-info': async (msg) => {
      const cards = deps.cardInfos(msg.ids);
      if (!msg.suppliers?.length || !deps.verification) return { ok: true, cards };
      try {
        return { ok: true, cards, verification: await deps.verification(msg.suppliers) };
      } catch (error) {
        // The card still explains the claim without its progress.
        log('could not read the verifications', error);
        return { ok: true, cards };
      }
    },
  };

  /**
   * Validates and routes one message. Returns the response, or null when the message was
   * dropped (not from our content script in a tab, or not our protocol).
   */
  async function handle(raw: unknown, sender: Sender): Promise<PageScanAck | CardInfoResponse | ErrorResponse | null> {
    if (sender.id !== deps.extensionId) {
      log('dropped a message from another extension or page', sender.id);
      return null;
    }
    const tabId = sender.tab?.id;
    if (typeof tabId !== 'number' || tabId < 0) {
      // Extension pages talk to storage and IndexedDB directly; only tabs send this protocol.
      return null;
    }
    const parsed = ContentToBackgroundSchema.safeParse(raw);
    if (!parsed.success) {
      log('dropped an invalid message', parsed.error.issues.slice(0, 3));
      return null;
    }
    // Only the top frame speaks for the tab: a marketplace iframe must not replace its scan.
    if (parsed.data.type === 'page-scan' && sender.frameId !== undefined && sender.frameId !== 0) {
      return null;
    }
    const msg = parsed.data;
    try {
      const handler = handlers[msg.type] as (m: ContentToBackground, t: number) => Promise<PageScanAck | CardInfoResponse>;
      return await handler(msg, tabId);
    } catch (error) {
      log(`handler for ${msg.type} failed`, error);
      return { ok: false, error: String(error) };
    }
  }

  /** chrome.runtime.onMessage listener: answers asynchronously, stays silent on dropped messages. */
  function listener(raw: unknown, sender: Sender, sendResponse: (r: unknown) => void): boolean {
    // Pages of our own extension (the side panel) also receive runtime messages; only answer
    // what comes from a tab so the two never race to respond.
    if (typeof sender.tab?.id !== 'number') return false;
    void handle(raw, sender).then((r) => sendResponse(r ?? undefined));
    return true;
  }

  /** tabs.onUpdated: a tab that left the marketplaces loses its scan and badge. */
  async function onTabUrlChanged(tabId: number, url: string): Promise<void> {
    if (isMarketplaceUrl(url)) return;
    await Promise.all([deps.clearTabState(tabId), deps.setBadge(tabId, { text: '', color: '#000000' })]);
  }

  /** tabs.onRemoved: nothing of a closed tab stays in storage.session. */
  async function onTabRemoved(tabId: number): Promise<void> {
    await deps.clearTabState(tabId);
  }

  return { handle, listener, onTabUrlChanged, onTabRemoved };
}
