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
  // Malformed text such as `<!--</body><body>` leaves linkedom with no documentElement at all
  // (then `document.title` throws); a browser always builds <html>, so parse it wrapped instead.
  if (!document.documentElement) return parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`).document as unknown as Document;
  return document as unknown as Document;
}
