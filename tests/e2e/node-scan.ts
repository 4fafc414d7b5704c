import { parseHtmlDocument } from '../../lib/scan/node-html';
import { countClaims, type PageScan } from '../../lib/scan/page-scan';
import { scanDocument } from '../../lib/scan/scan-document';

/**
 * What `npm run scan` says about a page (the same lib code, run in Node on linkedom): the
 * expectation the browser's highlights, badge and panel are checked against, computed apart
 * from the extension.
 */
export function scanHtml(html: string, url: string): { scan: PageScan; count: number; ranges: number; badges: number; anchors: number } {
  const doc = parseHtmlDocument(html);
  const { scan, hits, anchors } = scanDocument(doc, url, { now: new Date() });
  return {
    scan,
    count: countClaims(scan),
    /** Text ranges to highlight (claims in embedded JSON or attributes count but are not shown). */
    ranges: hits.reduce((n, h) => n + h.pieces.length, 0),
    /** Badge elements to outline (two platform claims can share one element: it is outlined once). */
    badges: new Set(hits.flatMap((h) => (h.element ? [h.element] : []))).size,
    /** Supplier cards found in the page (list pages): each gets a marker. */
    anchors: [...anchors.keys()].filter((k) => scan.suppliers.some((s) => s.key === k)).length,
  };
}
