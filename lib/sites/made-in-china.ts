import type { PageKind } from '../scan/page-scan';
import type { MarketplaceAdapter } from './adapter';
import { attr, canonicalUrl, labelled, lastPart, parseHref, qs, qsa, subdomainOf, textOf } from './dom';
import type { Extraction, PlatformClaim, Region, SupplierExtraction, TextSource } from './types';

/**
 * Made-in-China.com: supplier home (`<sub>.en.made-in-china.com`), supplier directory and
 * product-search lists, product pages, audited-supplier report pages.
 * Sources: shared/corpus/selectors.md §2 (checked on made-in-china-company-1.html, 2025-08-26,
 * and made-in-china-search-1.html, 2022-01-13; product-page selectors are UNVERIFIED there and
 * were exercised on our constructed fixture tests/fixtures/pages/made-in-china-product.html).
 *
 * The membership tooltip ("Suppliers with verified business licenses"), the capability stars and
 * the site's "Secured Trading Service" line are platform chrome: only the two badges become claims.
 */

export const selectors = {
  // made-in-china-company-1 (2025-08-26): "Dongguan Bidisco Electric CO., LTD" (the page's only h1).
  shopName: '.shop-sign__header-title--text',
  shopNameFallback: 'h1',
  // made-in-china-company-1: "Diamond Member"; `.txt-year` "Since 2011".
  memberSince: '#member-since',
  memberLevel: '#member-since .shop-sign__text',
  memberYear: '#member-since .txt-year',
  // made-in-china-company-1: audited badge (data-title "Audited by an independent third-party inspection agency").
  auditedBadge: '.shop-sign__as',
  auditedImg: '.shop-sign__as img[alt="Audited Supplier"]',
  // made-in-china-company-1: 9 info rows (Business Type, Main Products, Year of Establishment, ...).
  infoDetails: '.sr-comInfo-details',
  infoItem: '.sr-comInfo-details .info-item',
  // made-in-china-company-1: "Guangdong, China".
  address: '.sr-comInfo-details .detail-address',
  // made-in-china-company-1: long free-text profile, the only place the certificates appear.
  companyDesc: '.company-desc',
  // made-in-china-search-1 (2022-01-13): 30 supplier cards.
  listCard: '.search-list .list-node',
  listCompanyLink: 'h2.company-name a',
  // Product-search cards (UNVERIFIED, jiazg23/Made-in-China-Scraper): supplier link.
  listProductCompanyLink: '.company-info a.J-compnay-name, .company-info a.compnay-name',
  // made-in-china-search-1: "China Supplier - Gold Member" / "... Diamond Member" (`compnay` is the site's typo).
  listMemberImg: '.compnay-auth img[alt*="Member"]',
  listAuditedImg: '.compnay-auth img[alt="Audited Supplier"]',
  // Product-search cards (UNVERIFIED, jiazg23 parsing.py): badges by alt, product name, location, business type.
  listAnyMemberImg: 'img[alt$="Gold Member"], img[alt$="Diamond Member"]',
  listAnyAuditedImg: 'img[alt="Audited Supplier"]',
  listProductName: 'h2.product-name',
  listLocation: '.company-address-info .tip-para',
  listBusinessType: '.company-tag .tag-list',
  listIntroRow: 'table.company-intro tr',
  // made-in-china-search-1: `span[title]` of the "Mgmt. Certification:" value holds the full list.
  listCertSpan: 'span[title]',
  // Product detail (UNVERIFIED: third-party scrapers, "CALIBRATED 2026-07-26" adapter, crawlee routes).
  productTitle: 'h1.sr-proMainInfo-baseInfoH1',
  productAttrItem: 'div.basic-info-list div.bsc-item',
  productSupplierName: '.sr-comInfo-title .title-txt a',
  productBusinessType: '.info-businessType',
  productLocation: '.company-location .tip-con',
  productMemberYear: '.txt-year',
  productBadges: '.sign-item, .verified-item',
  productAuditedImg: 'img[alt="Audited Supplier"]',
  // Shared minisite chrome seen on made-in-china-company-1, left out of report pages.
  minisiteChrome: '.shop-sign__wrap, .sr-nav-wrap, .m-header, .m-footer, .sr-comInfo-details',
  minisiteMain: '.main-content',
} as const;

const SUFFIX = ['.en.made-in-china.com'];

export function subOf(host: string): string {
  return subdomainOf(host, SUFFIX);
}

function subOfHref(href: string | null | undefined): string {
  const u = parseHref(href);
  return u ? subOf(u.hostname) : '';
}

function pageKind(url: URL, doc: Document): PageKind {
  const path = url.pathname.toLowerCase();
  if (subOf(url.hostname)) {
    if (path.startsWith('/product/')) return 'product';
    return 'supplier';
  }
  if (path.startsWith('/product/') || path.startsWith('/products/') && /\.html$/.test(path) && qs(doc, selectors.productTitle)) {
    return 'product';
  }
  if (/^\/(manufacturers-directory|company-search|products-search|multi-search|manufacturers|suppliers-search|search|prod|showroom-list)\b/.test(path)) {
    return 'search';
  }
  if (path.startsWith('/showroom/')) return 'supplier';
  if (qs(doc, selectors.listCard)) return 'search';
  if (qs(doc, selectors.productTitle)) return 'product';
  if (qs(doc, selectors.shopName)) return 'supplier';
  return 'other';
}

function membershipClaims(doc: Document): { platformClaims: PlatformClaim[]; badges: string[]; years?: string } {
  const platformClaims: PlatformClaim[] = [];
  const badges: string[] = [];
  const since = qs(doc, selectors.memberSince);
  const level = textOf(qs(doc, selectors.memberLevel));
  if (since && level) {
    platformClaims.push({ id: 'mic-membership', text: level, element: since });
    badges.push(level);
  }
  const audited = qs(doc, selectors.auditedImg);
  if (audited) {
    platformClaims.push({ id: 'mic-audited-supplier', text: 'Audited Supplier', element: qs(doc, selectors.auditedBadge) ?? audited });
    badges.push('Audited Supplier');
  }
  const years = textOf(qs(doc, selectors.memberYear));
  return { platformClaims, badges, years: years || undefined };
}

/** Supplier home and the other minisite pages (shared header). */
function homeSupplier(doc: Document, url: URL, report: boolean): SupplierExtraction {
  const sub = subOf(url.hostname) || subOf(canonicalUrl(doc)?.hostname ?? '');
  const name = textOf(qs(doc, selectors.shopName)) || textOf(qs(doc, selectors.shopNameFallback)) || sub;
  const rows = labelled(qsa(doc, selectors.infoItem), '.info-label', '.info-fields');
  const { platformClaims, badges, years } = membershipClaims(doc);
  const address = textOf(qs(doc, selectors.address));

  const regions: Region[] = [];
  const desc = qs(doc, selectors.companyDesc);
  if (desc) regions.push({ root: desc, evidence: 'supplier' });
  const info = qs(doc, selectors.infoDetails);
  if (info) regions.push({ root: info, evidence: 'supplier' });
  if (report) {
    // Report body: no selector is documented for it, so read the page's main column minus the
    // documented minisite chrome, as the supplier's page (not as platform-verified lines).
    const main = qs(doc, selectors.minisiteMain);
    if (main) regions.push({ root: main, evidence: 'supplier', exclude: qsa(main, selectors.minisiteChrome) });
  }

  return {
    key: `made-in-china:${sub}`,
    name,
    url: `https://${sub}.en.made-in-china.com`,
    years,
    country: lastPart(address) || undefined,
    businessType: textOf(rows.get('business type')) || undefined,
    badges: badges.length ? badges : undefined,
    platformClaims,
    regions,
    texts: [],
  };
}

/**
 * The part of a full certification list (`span[title]`) that the cut-off visible text
 * ("ISO 9001, ISO 9000, ISO 14001, ISO 14000, ISO 20000...") does not show. The visible items are
 * read from the page (and highlighted); only the rest comes from the title. '' when nothing is hidden.
 */
export function hiddenRest(full: string, visible: string): string {
  const f = full.replace(/\s+/g, ' ').trim();
  const v = visible.replace(/\s+/g, ' ').trim();
  if (!f || f === v) return '';
  const shown = v.replace(/(\.{3}|…)$/, '');
  // Items before the last comma are shown whole; the one after it may be cut mid-word.
  const cut = shown.lastIndexOf(',');
  const prefix = cut >= 0 ? shown.slice(0, cut + 1) : '';
  if (prefix && f.startsWith(prefix)) {
    const rest = f.slice(prefix.length).trim();
    // The last visible item may be whole ("ISO 20000...") or cut ("ISO 200..."): drop it only when whole.
    const last = shown.slice(cut + 1).trim();
    return last && rest.startsWith(`${last},`) ? rest.slice(last.length + 1).trim() : rest;
  }
  return f.startsWith(shown) && shown.length === f.length ? '' : f;
}

/** Directory and product-search cards: one supplier record per card. */
function listSuppliers(doc: Document): SupplierExtraction[] {
  const out: SupplierExtraction[] = [];
  for (const card of qsa(doc, selectors.listCard)) {
    const link = qs(card, selectors.listCompanyLink) ?? qs(card, selectors.listProductCompanyLink);
    const sub = subOfHref(attr(link, 'href'));
    if (!sub) continue;
    const platformClaims: PlatformClaim[] = [];
    const badges: string[] = [];
    const member = qs(card, selectors.listMemberImg) ?? qs(card, selectors.listAnyMemberImg);
    if (member) {
      const label = attr(member, 'alt').replace(/^China Supplier\s*-\s*/i, '');
      platformClaims.push({ id: 'mic-membership', text: label, element: member.parentElement ?? member });
      badges.push(label);
    }
    const audited = qs(card, selectors.listAuditedImg) ?? qs(card, selectors.listAnyAuditedImg);
    if (audited) {
      platformClaims.push({ id: 'mic-audited-supplier', text: 'Audited Supplier', element: audited.parentElement ?? audited });
      badges.push('Audited Supplier');
    }

    const regions: Region[] = [];
    const texts: TextSource[] = [];
    const rows = labelled(qsa(card, selectors.listIntroRow), 'td.subject', 'td:not(.subject)');
    const table = qs(card, 'table.company-intro');
    if (table) regions.push({ root: table, evidence: 'supplier' });
    // Product-search card: the product's own name is the supplier's text.
    const productName = qs(card, selectors.listProductName);
    if (productName) regions.push({ root: productName, evidence: 'supplier' });
    const certCell = rows.get('mgmt. certification');
    if (certCell) {
      regions.push({ root: certCell, evidence: 'supplier', claimList: true });
      // The visible list is cut off with "..."; the span's title holds the full list. Read it only
      // when it says more than the cell, so a claim shown in full is not counted twice.
      const rest = hiddenRest(attr(qs(certCell, selectors.listCertSpan), 'title'), textOf(certCell));
      if (rest) texts.push({ text: rest, evidence: 'supplier', claimList: true });
    }
    const city = textOf(rows.get('city/province')) || textOf(qs(card, selectors.listLocation));
    out.push({
      key: `made-in-china:${sub}`,
      name: textOf(link) || attr(link, 'title') || sub,
      url: `https://${sub}.en.made-in-china.com`,
      country: lastPart(city) || undefined,
      businessType: textOf(rows.get('business type')) || textOf(qs(card, selectors.listBusinessType)) || undefined,
      badges: badges.length ? badges : undefined,
      platformClaims,
      regions,
      texts,
      anchor: card,
    });
  }
  return out;
}

function productSupplier(doc: Document, url: URL): SupplierExtraction | null {
  const link = qs(doc, selectors.productSupplierName);
  const sub = subOfHref(attr(link, 'href')) || subOf(url.hostname);
  if (!sub) return null;
  const regions: Region[] = [];
  const title = qs(doc, selectors.productTitle);
  if (title) regions.push({ root: title, evidence: 'supplier' });
  const attrs = qsa(doc, selectors.productAttrItem);
  for (const item of attrs) {
    const label = textOf(qs(item, '.bac-item-label'));
    // The "Certification" attribute row is a claim list; other rows are ordinary text.
    regions.push({ root: item, evidence: 'supplier', claimList: /certif/i.test(label) });
  }
  const platformClaims: PlatformClaim[] = [];
  const badges: string[] = [];
  const audited = qs(doc, selectors.productAuditedImg);
  if (audited) {
    platformClaims.push({ id: 'mic-audited-supplier', text: 'Audited Supplier', element: audited });
    badges.push('Audited Supplier');
  }
  for (const b of qsa(doc, selectors.productBadges)) {
    const t = textOf(b);
    if (/member/i.test(t)) {
      platformClaims.push({ id: 'mic-membership', text: t, element: b });
      badges.push(t);
    }
  }
  const location = textOf(qs(doc, selectors.productLocation));
  return {
    key: `made-in-china:${sub}`,
    name: textOf(link) || sub,
    url: `https://${sub}.en.made-in-china.com`,
    years: textOf(qs(doc, selectors.productMemberYear)) || undefined,
    country: lastPart(location) || undefined,
    businessType: textOf(qs(doc, selectors.productBusinessType)) || undefined,
    badges: badges.length ? badges : undefined,
    platformClaims,
    regions,
    texts: [],
  };
}

function extract(doc: Document, url: URL): Extraction {
  const kind = pageKind(url, doc);
  if (kind === 'search') return { suppliers: listSuppliers(doc), regions: [] };
  if (kind === 'product') {
    const s = productSupplier(doc, url);
    return { suppliers: s ? [s] : [], regions: [] };
  }
  if (kind === 'supplier') {
    const report = /audited-supplier-reports?\//i.test(url.pathname);
    const s = homeSupplier(doc, url, report);
    return { suppliers: s.key.endsWith(':') ? [] : [s], regions: [] };
  }
  return { suppliers: [], regions: [] };
}

export const madeInChina: MarketplaceAdapter = {
  id: 'made-in-china',
  selectors,
  examples: [
    { url: 'https://bidisco.en.made-in-china.com/', pageKind: 'supplier' },
    { url: 'https://bidisco.en.made-in-china.com/audited-supplier-reports/report.html', pageKind: 'supplier' },
    { url: 'https://www.made-in-china.com/manufacturers-directory/item3/Earphone-Case-1.html', pageKind: 'search' },
    { url: 'https://www.made-in-china.com/products-search/hot-china-products/Hair_Straightener.html', pageKind: 'search' },
    { url: 'https://bidisco.en.made-in-china.com/product/AbCdEfGhIjKl/China-Hair-Straightener.html', pageKind: 'product' },
  ],
  matches: (url) => /(^|\.)made-in-china\.com$/i.test(url.hostname),
  pageKind,
  extract,
};
