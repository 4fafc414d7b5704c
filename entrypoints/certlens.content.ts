import { startSession } from '@/lib/highlight/session';
import { createContentClient } from '@/lib/messages/content-client';
import { scanDocument } from '@/lib/scan/scan-document';
import { MARKETPLACE_MATCHES } from '@/lib/sites/hosts';

// Wiring only (issue #2): the session (lib/highlight/session.ts) scans, highlights and rescans;
// lib/scan does the reading; the background gets the PageScan.
export default defineContentScript({
  matches: [...MARKETPLACE_MATCHES],
  runAt: 'document_idle',
  main(ctx) {
    const client = createContentClient(chrome.runtime as never);
    const session = startSession({
      doc: document,
      scan: (doc, url) => scanDocument(doc, url, { now: new Date() }),
      send: (scan) => client.sendScan(scan),
      cards: { get: (ids) => client.getCards(ids) },
    });
    const unsubscribe = client.onCommand((cmd) => {
      if (cmd.type === 'rescan') session.rescan();
    });
    // The extension was reloaded or updated: leave the page as it was.
    ctx.onInvalidated(() => {
      unsubscribe();
      session.destroy();
    });
  },
});
