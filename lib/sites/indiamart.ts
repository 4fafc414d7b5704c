import type { PageKind } from '../scan/page-scan';
import type { MarketplaceAdapter } from './adapter';
import { attr, canonicalUrl, parseHref, qs, qsa, textOf } from './dom';
import type { Extraction, PlatformClaim, Region, SupplierExtraction, SupplierIdentifier } from './types';

/**
 * IndiaMART: supplier minisite `www.indiamart.com/<slug>/` (checked on indiamart-company-1.html,
 * 2025-08-06) and dir.indiamart.com search cards (UNVERIFIED, selectors.md §6b; exercised on our
 * constructed fixture tests/fixtures/pages/indiamart-search.html).
 *
 * Classes are `FM_*` utility classes, so text and attribute anchors are preferred (selectors.md).
 * The GST number is an identity fact about the business, never a certification claim; the
 * TrustSEAL is the platform's own badge; the footer's "IndiaMART Certification Trust Seal
 * Verified" banner is chrome and is not read as a supplier claim.
 */

export const selectors = {
  // indiamart-company-1: "Sign In" (the header is rendered twice: normal and sticky).
  name: 'h1.FM_C0 a',
  nameFallback: 'h1',
  // indiamart-company-1: `p.FM_trs.FM_cp` "TrustSEAL Verified", onclick opens trustseal.indiamart.com/members/<id>.
  trustSeal: '[onclick*="trustseal.indiamart.com"]',
  // indiamart-company-1: "TrustSEAL Verified", "8 yrs", "78% Response rate".
  trustRow: 'p.FM_trs',
  // indiamart-company-1: short address "Lakdika Pool P&T Officers Colony, Hyderabad, Telangana".
  location: 'a.FM_c2',
  // indiamart-company-1: "Established in the year 2018 ...".
  about: 'span#homePageDesc',
  // indiamart-company-1: product slider cards with the supplier's product names.
  products: '[id^="sldr_"]',
  // indiamart-company-1: text "GST - 36AFDPG3107Q1ZE" in a generic `p`.
  paragraphs: 'p',
  // dir.indiamart.com (UNVERIFIED, Kathirranjanaa/B2B-Data-Pipeline-IndiaMART 2026-02-01).
  searchCard: 'div.card',
  searchCompany: 'div.companyname a',
  searchProduct: 'a.cardlinks',
} as const;

const GSTIN = /\bGST(?:IN)?\s*[-:–]\s*([0-9]{2}[A-Z0-9]{13})\b/;

/** The minisite slug: first path segment of `www.indiamart.com/<slug>/...`. */
export function slugOf(url: URL): string {
  if (!/(^|\.)indiamart\.com$/i.test(url.hostname)) return '';
  if (!/^(www\.|m\.)?indiamart\.com$/i.test(url.hostname)) return '';
  const first = url.pathname.split('/').filter(Boolean)[0] ?? '';
  if (!first || /^(proddetail|company|search|impcat|isearch|city|products?|ajax|enquiry)/i.test(first) || /\.html?$/i.test(first)) {
    return '';
  }
  return first.toLowerCase();
}

function pageKind(url: URL, doc: Document): PageKind {
  const host = url.hostname.toLowerCase();
  if (host.startsWith('dir.') || /\/(search|isearch)\.(mp|php|html)/i.test(url.pathname) || /^\/impcat\//i.test(url.pathname)) return 'search';
  if (/\/proddetail\//i.test(url.pathname) || host.startsWith('export.')) return 'product';
  if (slugOf(url)) return 'supplier';
  if (qs(doc, selectors.trustSeal) || qs(doc, selectors.about)) return 'supplier';
  return 'other';
}

function minisiteSupplier(doc: Document, url: URL): SupplierExtraction | null {
  const canonical = canonicalUrl(doc);
  const slug = (canonical && slugOf(canonical)) || slugOf(url);
  if (!slug) return null;
  const name = textOf(qs(doc, selectors.name)) || textOf(qs(doc, selectors.nameFallback)) || slug;

  let years = '';
  for (const p of qsa(doc, selectors.trustRow)) {
    const t = textOf(p);
    if (/\byrs?$/i.test(t)) {
      years = t;
      break;
    }
  }

  const identifiers: SupplierIdentifier[] = [];
  for (const p of qsa(doc, selectors.paragraphs)) {
    const m = GSTIN.exec(textOf(p));
    if (m) {
      identifiers.push({ type: 'GSTIN', value: m[1] });
      break;
    }
  }

  const platformClaims: PlatformClaim[] = [];
  const badges: string[] = [];
  const seal = qs(doc, selectors.trustSeal);
  if (seal) {
    platformClaims.push({ id: 'indiamart-trustseal', text: 'TrustSEAL Verified', element: seal });
    badges.push('TrustSEAL Verified');
  }

  const regions: Region[] = [];
  const about = qs(doc, selectors.about);
  if (about) regions.push({ root: about, evidence: 'supplier' });
  for (const card of qsa(doc, selectors.products)) regions.push({ root: card, evidence: 'supplier' });

  return {
    key: `indiamart:${slug}`,
    name,
    url: `https://www.indiamart.com/${slug}/`,
    years: years || undefined,
    country: 'India',
    badges: badges.length ? badges : undefined,
    identifiers: identifiers.length ? identifiers : undefined,
    platformClaims,
    regions,
    texts: [],
  };
}

function searchSuppliers(doc: Document): SupplierExtraction[] {
  const out: SupplierExtraction[] = [];
  for (const card of qsa(doc, selectors.searchCard)) {
    const link = qs(card, selectors.searchCompany);
    const href = parseHref(attr(link, 'href'), 'https://www.indiamart.com/');
    const slug = href ? slugOf(href) : '';
    if (!slug) continue;
    const regions: Region[] = [];
    const product = qs(card, selectors.searchProduct);
    if (product) regions.push({ root: product, evidence: 'supplier' });
    const platformClaims: PlatformClaim[] = [];
    const seal = qs(card, selectors.trustSeal);
    if (seal) platformClaims.push({ id: 'indiamart-trustseal', text: 'TrustSEAL Verified', element: seal });
    const city = attr(card, 'data-city');
    out.push({
      key: `indiamart:${slug}`,
      name: textOf(link) || slug,
      url: `https://www.indiamart.com/${slug}/`,
      country: city ? 'India' : undefined,
      badges: seal ? ['TrustSEAL Verified'] : undefined,
      platformClaims,
      regions,
      texts: [],
      anchor: card,
    });
  }
  return out;
}

function extract(doc: Document, url: URL): Extraction {
  const kind = pageKind(url, doc);
  if (kind === 'search') return { suppliers: searchSuppliers(doc), regions: [] };
  if (kind === 'supplier') {
    const s = minisiteSupplier(doc, url);
    return { suppliers: s ? [s] : [], regions: [] };
  }
  return { suppliers: [], regions: [] };
}

export const indiamart: MarketplaceAdapter = {
  id: 'indiamart',
  selectors,
  examples: [
    { url: 'https://www.indiamart.com/sign-in/', pageKind: 'supplier' },
    { url: 'https://www.indiamart.com/sign-in/profile.html', pageKind: 'supplier' },
    { url: 'https://dir.indiamart.com/search.mp?ss=sign+board', pageKind: 'search' },
    { url: 'https://www.indiamart.com/proddetail/aluminium-roll-up-standee-2851234567.html', pageKind: 'product' },
  ],
  matches: (url) => /(^|\.)indiamart\.com$/i.test(url.hostname),
  pageKind,
  extract,
};
