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
 * Injects PAGE_CSS once per document through adoptedStyleSheets (no element in the page's
 * DOM). Returns a function that removes it again.
 */
export function injectPageStyles(doc: Document): () => void {
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
  return () => {
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}

function injectStyleElement(doc: Document): () => void {
  const style = doc.createElement('style');
  style.setAttribute('data-certlens', 'styles');
  style.textContent = PAGE_CSS;
  (doc.head ?? doc.documentElement).append(style);
  return () => style.remove();
}
