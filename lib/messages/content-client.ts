import type { ClaimId } from '../claims/ids';
import type { PageScan } from '../scan/page-scan';
import { cardInfoRequest, pageScanMessage, type SupplierClaims } from './envelope';
import {
  BackgroundToContentSchema,
  CardInfoResponseSchema,
  type BackgroundToContent,
  type CardInfo,
  type CardVerification,
} from './to-content';

/**
 * The content script's side of the protocol: one place that sends and parses, so the
 * highlighter code never touches chrome.runtime.
 */
export interface RuntimeLike {
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: {
    addListener(cb: (message: unknown, sender: { id?: string }) => void): void;
    removeListener(cb: (message: unknown, sender: { id?: string }) => void): void;
  };
  id?: string;
}

/** MAX_CARD_IDS in lib/messages/protocol.ts (which the content script must not import: it builds zod schemas). */
const MAX_IDS = 100;

export function createContentClient(runtime: RuntimeLike) {
  return {
    /** Event: this page's scan (the background sets the badge and stores it). */
    async sendScan(scan: PageScan): Promise<void> {
      await runtime.sendMessage(pageScanMessage(scan));
    },
    /** Command: the hover-card texts for these claims; unknown ids are absent. */
    async getCards(ids: readonly ClaimId[]): Promise<Partial<Record<ClaimId, CardInfo>>> {
      if (ids.length === 0) return {};
      const raw = await runtime.sendMessage(cardInfoRequest([...ids]));
      const parsed = CardInfoResponseSchema.safeParse(raw);
      return parsed.success ? parsed.data.cards : {};
    },
    /**
     * Command: these suppliers' verification progress (issue #5), keyed by supplier key; a
     * supplier without an answer is absent. Rides on card-info, which needs at least one id.
     */
    async getVerification(suppliers: readonly SupplierClaims[]): Promise<Record<string, CardVerification>> {
      const ids = [...new Set(suppliers.flatMap((s) => s.claims.map((c) => c.id)))].slice(0, MAX_IDS);
      if (ids.length === 0) return {};
      const raw = await runtime.sendMessage(cardInfoRequest(ids, [...suppliers]));
      const parsed = CardInfoResponseSchema.safeParse(raw);
      return parsed.success ? (parsed.data.verification ?? {}) : {};
    },
    /** Commands from the background; anything else is dropped. Returns an unsubscribe. */
    onCommand(handler: (cmd: BackgroundToContent) => void): () => void {
      const listener = (message: unknown, sender: { id?: string }) => {
        if (runtime.id && sender.id !== runtime.id) return;
        const parsed = BackgroundToContentSchema.safeParse(message);
        if (parsed.success) handler(parsed.data);
      };
      runtime.onMessage.addListener(listener);
      return () => runtime.onMessage.removeListener(listener);
    },
  };
}
