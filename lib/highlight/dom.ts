/** Our own in-page elements all start with this (STYLE.md §13). */
export const OWN_PREFIX = 'certlens-';

export function isOwnElement(node: Node | null): boolean {
  return !!node && node.nodeType === 1 && (node as Element).localName.startsWith(OWN_PREFIX);
}

/** True when a node is one of ours or sits inside one of ours. */
export function isInsideOwn(node: Node | null): boolean {
  for (let cur: Node | null = node; cur; cur = cur.parentNode) {
    if (isOwnElement(cur)) return true;
  }
  return false;
}

/**
 * A host element with an open shadow root. Content scripts have no customElements registry
 * (it is null in Chrome's isolated world), but attachShadow accepts any valid custom-element
 * name, so an undefined `<certlens-x>` still gets its own shadow tree and CSS.
 */
export function createShadowHost(doc: Document, tag: string, css: string): { host: HTMLElement; root: ShadowRoot } {
  const host = doc.createElement(tag);
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  root.append(style);
  return { host, root };
}

/** Small element builder: text only, never HTML (page text must never be parsed as markup). */
export function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
