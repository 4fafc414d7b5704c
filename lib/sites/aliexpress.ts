import type { PageKind } from '../scan/page-scan';
import type { MarketplaceAdapter } from './adapter';
import { attr, qs, qsa, textOf } from './dom';
import type { Extraction, Region, SupplierExtraction } from './types';

/**
 * AliExpress store pages (`www.aliexpress.com/store/<storeId>`, also `/store/<id>/pages/...`
 * and the `.us` domain). Nothing usable is documented (selectors.md §7: store scrapers call the
 * internal API instead of reading the DOM), so this adapter relies only on the URL (store id) and
 * standard document metadata (og:title / <title>), and reads the page's `main` (or body) minus
 * its header, nav and footer as the store's own words. No store badge is recognised: no selector
 * or label for one is documented, and guessing would put a platform claim on every store.
 * Exercised on our constructed fixture tests/fixtures/pages/aliexpress-store.html.
 */

export const selectors = {
  ogTitle: 'meta[property="og:title"]',
  main: 'main',
  chrome: 'header, nav, footer',
} as const;

/** Store id from `/store/<id>` or `/store/<something>/<id>` paths. */
export function storeIdOf(url: URL): string {
  const m = /\/store\/(?:[a-z-]+\/)?(\d{3,})(?:[/.?]|$)/i.exec(url.pathname);
  return m?.[1] ?? '';
}

function pageKind(url: URL): PageKind {
  if (storeIdOf(url)) return 'supplier';
  if (/^\/item\/\d+/.test(url.pathname)) return 'product';
  if (/^\/(w|wholesale|category|af)\b/.test(url.pathname)) return 'search';
  return 'other';
}

function cleanTitle(t: string): string {
  return t.replace(/\s*[-|–]\s*AliExpress.*$/i, '').replace(/^Shop\s+/i, '').trim();
}

function extract(doc: Document, url: URL): Extraction {
  const id = storeIdOf(url);
  if (!id) return { suppliers: [], regions: [] };
  const name = cleanTitle(attr(qs(doc, selectors.ogTitle), 'content') || textOf(qs(doc, 'title'))) || id;
  const root = qs(doc, selectors.main) ?? doc.body;
  const regions: Region[] = root ? [{ root, evidence: 'supplier', exclude: qsa(root, selectors.chrome) }] : [];
  const supplier: SupplierExtraction = {
    key: `aliexpress:${id}`,
    name,
    url: `https://www.aliexpress.com/store/${id}`,
    platformClaims: [],
    regions,
    texts: [],
  };
  return { suppliers: [supplier], regions: [] };
}

export const aliexpress: MarketplaceAdapter = {
  id: 'aliexpress',
  selectors,
  examples: [
    { url: 'https://www.aliexpress.com/store/1101234567', pageKind: 'supplier' },
    { url: 'https://www.aliexpress.us/store/1101234567/pages/all-items.html', pageKind: 'supplier' },
    { url: 'https://www.aliexpress.com/item/1005001234567890.html', pageKind: 'product' },
  ],
  matches: (url) => /(^|\.)aliexpress\.(com|us)$/i.test(url.hostname),
  pageKind: (url) => pageKind(url),
  extract,
};
