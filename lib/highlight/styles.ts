/**
 * The page-level CSS CertLens adds: only ::highlight() rules and the badge outline, all keyed
 * to our own names, so nothing of the page changes look except what we mark.
 */
export const HIGHLIGHT_CLAIM = 'certlens-claim';
export const HIGHLIGHT_FLAGGED = 'certlens-flagged';
/** Attribute set on badge elements (images, tags) the marketplace shows: "claim" | "flagged". */
export const BADGE_ATTR = 'certlens-badge';

export const PAGE_CSS = `
::highlight(${HIGHLIGHT_CLAIM}) { background-color: rgba(255, 213, 79, 0.55); color: inherit; }
::highlight(${HIGHLIGHT_FLAGGED}) { background-color: rgba(239, 83, 80, 0.4); color: inherit; text-decoration: underline wavy #c62828; }
[${BADGE_ATTR}="claim"] { outline: 2px solid rgba(249, 168, 37, 0.9) !important; outline-offset: 1px !important; }
[${BADGE_ATTR}="flagged"] { outline: 2px solid rgba(198, 40, 40, 0.9) !important; outline-offset: 1px !important; }
`;

/**
 * What is injected in a document, shared by every content script of ours in it: they run in one
 * isolated world, so a symbol-keyed property of the document is seen by all of them and by
 * nothing of the page's.
 */
interface Injected {
  present(): boolean;
  remove(): void;
  users: number;
}
const KEY = Symbol.for('certlens-page-styles');

/**
 * Injects PAGE_CSS once per document through adoptedStyleSheets (no element in the page's
 * DOM). Returns a function that removes it again once every caller has.
 *
 * Adding ::highlight() rules makes the browser restyle every element of the page once (110 ms
 * on the 5 MB bench page), so a tiny content script adopts them at document_start, while the
 * page has no elements yet (entrypoints/certlens-styles.content.ts); the session then finds
 * them in place and adds nothing.
 */
export function injectPageStyles(doc: Document): () => void {
  const holder = doc as unknown as { [KEY]?: Injected };
  let injected = holder[KEY];
  if (!injected || !injected.present()) {
    injected = inject(doc);
    holder[KEY] = injected;
  }
  const mine = injected;
  mine.users += 1;
  let removed = false;
  return () => {
    if (removed) return;
    removed = true;
    mine.users -= 1;
    if (mine.users > 0) return;
    mine.remove();
    if (holder[KEY] === mine) delete holder[KEY];
  };
}

function inject(doc: Document): Injected {
  const win = doc.defaultView;
  if (!win || !('adoptedStyleSheets' in doc) || typeof win.CSSStyleSheet !== 'function') {
    return injectStyleElement(doc);
  }
  let sheet: CSSStyleSheet;
  try {
    sheet = new win.CSSStyleSheet();
    sheet.replaceSync(PAGE_CSS);
  } catch {
    return injectStyleElement(doc);
  }
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  return {
    users: 0,
    // The page may have replaced the list (frameworks assign their own array).
    present: () => doc.adoptedStyleSheets.includes(sheet),
    remove: () => {
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    },
  };
}

function injectStyleElement(doc: Document): Injected {
  const style = doc.createElement('style');
  style.setAttribute('data-certlens', 'styles');
  style.textContent = PAGE_CSS;
  (doc.head ?? doc.documentElement).append(style);
  return { users: 0, present: () => style.isConnected, remove: () => style.remove() };
}
