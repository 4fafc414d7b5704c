import type { ClaimId } from '../claims/ids';
import type { PageScan } from '../scan/page-scan';
import { cardInfoRequest, pageScanMessage } from './envelope';
import {
  BackgroundToContentSchema,
  CardInfoResponseSchema,
  type BackgroundToContent,
  type CardInfo,
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
