import { parseHtmlDocument } from '../../lib/scan/node-html';
import { countClaims, type PageScan } from '../../lib/scan/page-scan';
import { scanDocument } from '../../lib/scan/scan-document';

/**
 * What `npm run scan` says about a page (the same lib code, run in Node on linkedom): the
 * expectation the browser's highlights, badge and panel are checked against, computed apart
 * from the extension.
 */
export function scanHtml(html: string, url: string): { scan: PageScan; count: number } {
  const doc = parseHtmlDocument(html);
  const { scan } = scanDocument(doc, url, { now: new Date() });
  return { scan, count: countClaims(scan) };
}
