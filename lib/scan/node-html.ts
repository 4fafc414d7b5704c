import { parseHTML } from 'linkedom';

/**
 * Node-only: HTML text → Document through linkedom (for `npm run scan` and tests). Never imported
 * by the content script, which gets the live document.
 *
 * Saved fragments (a rendered `<main>` without <html>/<body>) are wrapped in a body first, so
 * `document.body` exists and holds the fragment as it did in the page.
 */
export function parseHtmlDocument(html: string): Document {
  const full = /<body[\s>]/i.test(html) || /<html[\s>]/i.test(html)
    ? html
    : `<!doctype html><html><head></head><body>${html}</body></html>`;
  const { document } = parseHTML(full);
  return document as unknown as Document;
}
