import { afterEach, describe, expect, it } from 'vitest';
import { injectPageStyles, PAGE_CSS } from '../../../lib/highlight/styles';

/** Our styles in the document, whichever way they were injected (nothing else adds any here). */
function ours(): number {
  const adopted = 'adoptedStyleSheets' in document ? document.adoptedStyleSheets.length : 0;
  return adopted + document.querySelectorAll('style[data-certlens="styles"]').length;
}

afterEach(() => {
  if ('adoptedStyleSheets' in document) document.adoptedStyleSheets = [];
  document.querySelectorAll('style[data-certlens]').forEach((s) => s.remove());
});

describe('injectPageStyles', () => {
  it('is injected once however many content scripts ask (the early styles script, then the session), and removed when the last one leaves', () => {
    expect(PAGE_CSS).toContain('::highlight(certlens-claim)');
    const early = injectPageStyles(document);
    const session = injectPageStyles(document);
    expect(ours()).toBe(1);
    session();
    session(); // twice is harmless
    expect(ours()).toBe(1);
    early();
    expect(ours()).toBe(0);
    // A later session injects again.
    const again = injectPageStyles(document);
    expect(ours()).toBe(1);
    again();
    expect(ours()).toBe(0);
  });

  it('injects again when the page threw our styles away', () => {
    const first = injectPageStyles(document);
    if ('adoptedStyleSheets' in document) document.adoptedStyleSheets = [];
    document.querySelectorAll('style[data-certlens]').forEach((s) => s.remove());
    expect(ours()).toBe(0);
    const second = injectPageStyles(document);
    expect(ours()).toBe(1);
    second();
    first();
  });
});
