import { startSession } from '@/lib/highlight/session';
import { createContentClient } from '@/lib/messages/content-client';
import { scanDocument, scanDocumentSteps } from '@/lib/scan/scan-document';
import { MARKETPLACE_MATCHES } from '@/lib/sites/hosts';

// Wiring only (issue #2): the session (lib/highlight/session.ts) scans, highlights and rescans;
// lib/scan does the reading; the background gets the PageScan. The same file is injected on
// any other site by "Scan this page" (lib/messages/context-menus.ts); a second copy started in
// the same page replaces the first (WXT's context invalidates the older one, which cleans up).
export default defineContentScript({
  matches: [...MARKETPLACE_MATCHES],
  runAt: 'document_idle',
  main(ctx) {
    const client = createContentClient(chrome.runtime as never);
    const session = startSession({
      doc: document,
      scan: (doc, url) => scanDocument(doc, url, { now: new Date() }),
      // In slices that give the page back between them: a big list page is no long task.
      scanSteps: (doc, url) => scanDocumentSteps(doc, url, { now: new Date() }),
      send: (scan) => client.sendScan(scan),
      cards: { get: (ids) => client.getCards(ids), verification: (suppliers) => client.getVerification(suppliers) },
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
