import type { ClaimId } from '../claims/ids';
import type { PageKind } from '../scan/page-scan';
import type { MarketplaceAdapter } from './adapter';
import { attr, parseHref, qs, qsa, textOf } from './dom';
import type { Extraction, PlatformClaim, Region, SupplierExtraction } from './types';

/**
 * DHgate: store pages (`/store/<id>`, `/store/top-selling/<id>.html`, About Us) and product pages
 * ("About the Store" block). No real store page is saved (only an Akamai block page,
 * dhgate-blocked-1.html); the selectors are UNVERIFIED ones from khoi321998/dhgate-data-scraper
 * (selectors.md §5, 2026-06-15), exercised on our constructed fixtures
 * tests/fixtures/pages/dhgate-store.html and dhgate-product.html.
 *
 * DHgate names no certification section; claims come from the About Us introduction and rows.
 * Badge tooltips (`span[title]`) become platform claims only for the seller-rank badge
 * ("Top Merchant"); "Trade Assurance" on DHgate and tier/"1st year" tags have no catalog entry.
 */

export const selectors = {
  // Store header (legacy storefront template).
  storeName: '.sto-name',
  storeBadges: '.seller-identification span[title]',
  // Product page "About the Store": several soldby blocks; the right one holds the store link.
  soldBy: '[spm-c="soldby"]',
  soldByStoreLink: 'a[spm-index="store"]',
  soldByBadges: 'span[title]',
  // About Us rows and introduction.
  aboutRows: '#BasicContent + .aboutcon dl',
  aboutIntro: '#StoreContent + .aboutcon',
} as const;

const BADGE_IDS: Array<[RegExp, ClaimId]> = [[/top\s*merchant/i, 'dhgate-top-merchant']];

/** Seller id from a store URL: `/store/21880856`, `/store/top-selling/21880856.html`. */
export function sellerIdOf(href: string): string {
  const u = parseHref(href, 'https://www.dhgate.com/');
  if (!u || !/(^|\.)dhgate\.com$/i.test(u.hostname)) return '';
  const m = /\/store\/(?:[a-z-]+\/)*(\d{4,})(?:\.html|\/|$)/i.exec(u.pathname) ?? /\/(\d{4,})\.html$/.exec(u.pathname);
  return m?.[1] ?? '';
}

function pageKind(url: URL, doc: Document): PageKind {
  const path = url.pathname.toLowerCase();
  if (path.startsWith('/store/')) return 'supplier';
  if (path.startsWith('/product/') || path.startsWith('/goods/')) return 'product';
  if (/^\/(wholesale|w|search|s)\//.test(path) || path.startsWith('/wholesale')) return 'search';
  if (qs(doc, selectors.storeName)) return 'supplier';
  if (qs(doc, selectors.soldBy)) return 'product';
  return 'other';
}

function badgeClaims(spans: Element[]): { platformClaims: PlatformClaim[]; badges: string[] } {
  const platformClaims: PlatformClaim[] = [];
  const badges: string[] = [];
  for (const span of spans) {
    const label = attr(span, 'title') || textOf(span);
    if (!label || badges.includes(label)) continue;
    badges.push(label);
    const hit = BADGE_IDS.find(([re]) => re.test(label));
    if (hit) platformClaims.push({ id: hit[1], text: label, element: span });
  }
  return { platformClaims, badges };
}

function aboutRegions(doc: Document): { regions: Region[]; businessType?: string; country?: string; name?: string } {
  const regions: Region[] = [];
  const dls = qsa(doc, selectors.aboutRows);
  // dt label → its dd value ("Company Name:", "Business Type:", "Location:", ...).
  const rows = new Map<string, Element>();
  for (const dl of dls) {
    const dts = Array.from(dl.querySelectorAll('dt'));
    for (const dt of dts) {
      const label = textOf(dt).replace(/[:：]\s*$/, '').toLowerCase();
      let dd = dt.nextElementSibling;
      while (dd && dd.tagName.toLowerCase() !== 'dd') dd = dd.nextElementSibling;
      if (label && dd && !rows.has(label)) rows.set(label, dd);
    }
    regions.push({ root: dl, evidence: 'supplier' });
  }
  const intro = qs(doc, selectors.aboutIntro);
  if (intro) regions.push({ root: intro, evidence: 'supplier' });
  const location = textOf(rows.get('location'));
  return {
    regions,
    businessType: textOf(rows.get('business type')) || undefined,
    country: location ? location.split(',').pop()!.trim() : undefined,
    name: textOf(rows.get('company name')) || undefined,
  };
}

function storeSupplier(doc: Document, url: URL): SupplierExtraction | null {
  const id = sellerIdOf(url.href);
  if (!id) return null;
  const nameEl = qs(doc, selectors.storeName);
  const about = aboutRegions(doc);
  const { platformClaims, badges } = badgeClaims(qsa(doc, selectors.storeBadges));
  return {
    key: `dhgate:${id}`,
    name: textOf(nameEl) || attr(nameEl, 'title') || about.name || id,
    url: `https://www.dhgate.com/store/${id}`,
    country: about.country,
    businessType: about.businessType,
    badges: badges.length ? badges : undefined,
    platformClaims,
    regions: about.regions,
    texts: [],
  };
}

function productSupplier(doc: Document): SupplierExtraction | null {
  const block = qsa(doc, selectors.soldBy).find((b) => qs(b, selectors.soldByStoreLink));
  if (!block) return null;
  const link = qs(block, selectors.soldByStoreLink)!;
  const id = sellerIdOf(attr(link, 'href'));
  if (!id) return null;
  const name = textOf(qs(link, 'b')) || textOf(qs(block, 'b')) || attr(qs(block, 'img'), 'alt') || id;
  const { platformClaims, badges } = badgeClaims(qsa(block, selectors.soldByBadges));
  return {
    key: `dhgate:${id}`,
    name,
    url: `https://www.dhgate.com/store/${id}`,
    badges: badges.length ? badges : undefined,
    platformClaims,
    regions: [{ root: block, evidence: 'supplier' }],
    texts: [],
  };
}

function extract(doc: Document, url: URL): Extraction {
  const kind = pageKind(url, doc);
  const s = kind === 'supplier' ? storeSupplier(doc, url) : kind === 'product' ? productSupplier(doc) : null;
  return { suppliers: s ? [s] : [], regions: [] };
}

export const dhgate: MarketplaceAdapter = {
  id: 'dhgate',
  selectors,
  examples: [
    { url: 'https://www.dhgate.com/store/21880856', pageKind: 'supplier' },
    { url: 'https://www.dhgate.com/store/top-selling/21880856.html', pageKind: 'supplier' },
    { url: 'https://www.dhgate.com/store/products/20522858.html', pageKind: 'supplier' },
    { url: 'https://www.dhgate.com/product/wireless-earbuds-bluetooth/912345678.html', pageKind: 'product' },
  ],
  matches: (url) => /(^|\.)dhgate\.com$/i.test(url.hostname),
  pageKind,
  extract,
};
