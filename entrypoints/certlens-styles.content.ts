import { injectPageStyles } from '@/lib/highlight/styles';
import { MARKETPLACE_MATCHES } from '@/lib/sites/hosts';

// The highlight styles only, adopted before the page has any elements: adopting ::highlight()
// rules later makes the browser restyle the whole page once (110 ms on the 5 MB bench page).
// The main content script (certlens.content.ts) finds them in place (lib/highlight/styles.ts).
export default defineContentScript({
  matches: [...MARKETPLACE_MATCHES],
  runAt: 'document_start',
  main(ctx) {
    const remove = injectPageStyles(document);
    ctx.onInvalidated(remove);
  },
});
