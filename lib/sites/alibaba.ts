import type { ClaimId } from '../claims/ids';
import type { PageKind } from '../scan/page-scan';
import { idOfLabel, type MarketplaceAdapter } from './adapter';
import {
  arr, attr, get, parseHref, qs, qsa, scriptJson, str, stripTags, subdomainOf, textOf,
} from './dom';
import type { Extraction, PlatformClaim, Region, SupplierExtraction, TextSource } from './types';

/**
 * Alibaba.com: product detail, supplier minisite (`<sub>.en.alibaba.com`) and search/gallery lists.
 * Sources: shared/corpus/selectors.md §1 (checked on alibaba-product-1/-2.html, 2026-02-07;
 * alibaba-search-1.html, 2022-02-10; alibaba-product-companyfragment-1.html, 2018-04).
 *
 * Site chrome is left out on purpose: Alibaba's own "Trade Assurance" / "order protection"
 * promotions (module_ta_plus), its risk-control notice and other shoppers' reviews appear on
 * every page and are not the supplier's claims; only the badges are.
 */

export const selectors = {
  // alibaba-product-1/-2 (2026-02-07): header strip with the supplier name; href → store subdomain.
  companyName: '.product-company .company-name a',
  // alibaba-product-1/-2: "6 yrs", "7 yrs".
  companyLife: '.product-company .company-life',
  // alibaba-product-1/-2: "CN".
  registerCountry: '.product-company .register-country',
  // alibaba-product-1/-2: "Know your supplier" card (the misspelling "unifed" is the site's).
  companyCard: '[data-module-name="module_unifed_company_card"]',
  // alibaba-product-1/-2: the card's name link (also seen in third-party scraper code).
  companyCardName: '[data-module-name="module_unifed_company_card"] a[class*="id-underline"]',
  // alibaba-product-1/-2: present but empty in both captures; filled when the supplier lists certificates.
  certificationModule: '[data-module-name="module_certification"]',
  // alibaba-product-1/-2: product title and key attributes (supplier-written).
  titleModule: '[data-module-name="module_title"]',
  attributeModule: '[data-module-name="module_attribute"]',
  // alibaba-product-1/-2: description wrapper; the description itself is usually an iframe.
  descriptionModule: '[data-module-name="module_description"]',
  // alibaba-product-1/-2: platform notices nested inside the description module (not supplier text).
  descriptionChrome:
    '[data-module-name="module_risk_control_tips"], [data-module-name="module_shopping_ads"], [data-module-name="module_shop_marking"]',
  // alibaba-product-companyfragment-1 (2018): legacy company tab.
  legacyBasicInfo: '.widget-supplier-basic-information',
  legacyBusinessType: 'tr[data-role="companyBusinessType"] td.col-value',
  legacyOnsite: 'span.company-verified-icon.icon-onsite',
  legacyAssessment: '.company-verified-icon.icon-assessment',
  legacyStoreLink: 'a[href*=".en.alibaba.com"]',
  legacyRd: '.widget-rd',
  // Minisite (UNVERIFIED here: vct-connect sanitized fixture, 2026-10-01): one section per module.
  minisiteSections: 'section[data-module-name]',
  minisiteCertifications: 'section[data-module-name="certifications"]',
  minisiteCompanyName: '.company-name',
  // Minisite 2019–2022 layout (UNVERIFIED, third-party scrapers).
  minisiteLegacy: '.company-basicInfo, .infoList-mod-field, div[module-name^="icbu-pc-cp"], table.icbu-shop-table-col',
  // alibaba-search-1 (2022-02-10): server-rendered offer cards (8 of 21 offers; the rest render later).
  searchCard: '.J-offer-wrapper',
  searchCardPid: '[data-pid]',
  searchCardTitle: 'h2',
  // alibaba-search-1: "Verified" icon in the card's seller tag row (assessed suppliers only).
  searchCardVerified: 'i.icbu-certificate-icon-verified, .supplier-tag-verified',
} as const;

const STORE_SUFFIXES = ['.en.alibaba.com', '.trustpass.alibaba.com'];

/** Store subdomain of a minisite host: `zhenbenchina.en.alibaba.com`, `x.m.en.alibaba.com`, `x.trustpass.alibaba.com`. */
export function storeOf(host: string): string {
  return subdomainOf(host, STORE_SUFFIXES);
}

function storeOfHref(href: string | null | undefined): string {
  const u = parseHref(href);
  return u ? storeOf(u.hostname) : '';
}

/** Alibaba search "company auth" tags (alibaba-search-1 filter list: BSCI, ISO, FSC, AEO, NBCU, FAMA, GMP, GRS, BRC, IPMS, HACCP). */
const AUTH_TAGS: Record<string, ClaimId> = {
  BSCI: 'amfori-bsci',
  ISO: 'iso-unspecified',
  FSC: 'fsc',
  FAMA: 'disney-fama',
  NBCU: 'retailer-audit',
  GMP: 'gmp',
  GRS: 'grs',
  BRC: 'brcgs',
  HACCP: 'haccp',
};

export function authTagId(tag: string): ClaimId | undefined {
  const t = tag.trim();
  // AEO (customs status) and IPMS have no catalog entry: no claim rather than a wrong one.
  if (/^(AEO|IPMS)$/i.test(t)) return undefined;
  return AUTH_TAGS[t.toUpperCase()] ?? idOfLabel(t);
}

function pageKind(url: URL, doc: Document): PageKind {
  const host = url.hostname.toLowerCase();
  const path = url.pathname.toLowerCase();
  if (storeOf(host)) {
    return /\/product\/\d+/.test(path) || /\/product-detail\//.test(path) ? 'product' : 'supplier';
  }
  if (path.startsWith('/product-detail/')) return 'product';
  if (/^\/(trade\/search|showroom\/|products\/|catalogs?\/|wholesale|premium\/|countrysearch\/|gallery\/|search\/|factory\/)/.test(path)) {
    return 'search';
  }
  if (qs(doc, selectors.companyName) || qs(doc, selectors.companyCard) || qs(doc, selectors.legacyBasicInfo)) return 'product';
  if (scriptJson(doc, 'window.__page__data__config') !== undefined) return 'search';
  return 'other';
}

// ---------------------------------------------------------------- product detail

function productSupplier(doc: Document, url: URL): SupplierExtraction | null {
  const nameLink = qs(doc, selectors.companyName);
  const cardLink = qs(doc, selectors.companyCardName);
  let store = storeOfHref(attr(nameLink, 'href')) || storeOfHref(attr(cardLink, 'href'));
  let name = textOf(nameLink) || attr(nameLink, 'title') || textOf(cardLink);
  let years = textOf(qs(doc, selectors.companyLife));
  let country = textOf(qs(doc, selectors.registerCountry));
  let businessType = '';

  const card = qs(doc, selectors.companyCard);
  if (cardLink?.parentElement) {
    // Card spans: "Trading Company", "6 yrs on Alibaba.com", "Located in CN".
    for (const span of qsa(cardLink.parentElement, 'span')) {
      const t = textOf(span);
      if (!t) continue;
      if (/yrs? on alibaba/i.test(t)) years ||= t.replace(/\s*on alibaba\.com/i, '');
      else if (/^located in /i.test(t)) country ||= t.replace(/^located in /i, '');
      else businessType ||= t;
    }
  }

  // Embedded model (UNVERIFIED here, vct-connect audit): window.detailData.globalData.seller.
  if (!store || !name) {
    const seller = get(scriptJson(doc, 'window.detailData'), 'globalData', 'seller');
    store ||= str(get(seller, 'subDomain')).split('.')[0] || storeOfHref(str(get(seller, 'companyProfileUrl')));
    name ||= str(get(seller, 'companyName'));
    businessType ||= str(get(seller, 'companyBusinessType'));
    country ||= str(get(seller, 'companyRegisterCountry'));
    const joined = str(get(seller, 'companyJoinYears'));
    if (!years && joined) years = `${joined} yrs`;
  }

  // 2018 company tab (alibaba-product-companyfragment-1): no name, links to the store.
  const legacy = qs(doc, selectors.legacyBasicInfo);
  if (!store && legacy) {
    for (const a of qsa(doc, selectors.legacyStoreLink)) {
      store = storeOfHref(attr(a, 'href'));
      if (store) break;
    }
  }
  businessType ||= textOf(qs(doc, selectors.legacyBusinessType));
  // Product pages on the minisite itself (`<sub>.en.alibaba.com/product/...`).
  store ||= storeOf(url.hostname);
  if (!store) return null;

  const regions: Region[] = [];
  const add = (el: Element | null, claimList = false, exclude?: Element[]) => {
    if (el) regions.push({ root: el, evidence: 'supplier', claimList, exclude });
  };
  add(qs(doc, selectors.titleModule));
  add(qs(doc, selectors.attributeModule));
  add(qs(doc, selectors.certificationModule), true);
  const description = qs(doc, selectors.descriptionModule);
  add(description, false, qsa(description, selectors.descriptionChrome));
  add(card);
  add(legacy);
  add(qs(doc, selectors.legacyRd));

  const platformClaims: PlatformClaim[] = [];
  const badges: string[] = [];
  const onsite = qs(doc, selectors.legacyOnsite);
  const assessed = qs(doc, selectors.legacyAssessment);
  // 2018 icons: "verified onsite by a certification specialist" and the assessment report mark.
  if (assessed || onsite) {
    const label = assessed ? 'Assessed Supplier (Verified)' : 'Onsite Check (Verified)';
    platformClaims.push({ id: 'alibaba-verified', text: label, element: (assessed ?? onsite)! });
    badges.push(label);
  }

  return {
    key: `alibaba:${store}`,
    name: name || store,
    url: `https://${store}.en.alibaba.com/`,
    years: years || undefined,
    country: country || undefined,
    businessType: businessType || undefined,
    badges: badges.length ? badges : undefined,
    platformClaims,
    regions,
    texts: [],
  };
}

// ---------------------------------------------------------------- minisite

interface ShopModule {
  moduleName?: unknown;
  moduleData?: unknown;
}

/** `M(name)` of the audit: the module with that exact moduleName (array positions are not stable). */
function shopModule(data: unknown, name: string): unknown {
  for (const m of arr(get(data, 'pageModuleMap')) as ShopModule[]) {
    if (m && m.moduleName === name) return m.moduleData;
  }
  return undefined;
}

/** One certificate item as text the detector reads: name plus its number, issuer and validity when given. */
function certificateText(item: unknown): string {
  const name = str(get(item, 'name')) || str(get(item, 'certName'));
  if (!name) return '';
  const parts = [name];
  const id = str(get(item, 'certId')) || str(get(item, 'certificateNo')) || str(get(item, 'certNo'));
  if (id) parts.push(`Certificate No.: ${id}`);
  const issuer = str(get(item, 'issuer')) || str(get(item, 'issuedBy')) || str(get(item, 'certOrg'));
  if (issuer) parts.push(`Issued by: ${issuer}`);
  const validity = str(get(item, 'certificateValidityPeriod')) || str(get(item, 'validUntil'));
  if (validity) parts.push(`Valid until: ${validity}`);
  return parts.join('; ');
}

/** `word` as a whole word of `text` ("ce" is not in "certificate"). */
function containsWord(text: string, word: string): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'u').test(text);
}

function minisiteSupplier(doc: Document, url: URL): SupplierExtraction {
  const store = storeOf(url.hostname);
  const data = scriptJson(doc, 'window.shopBizData');
  const perf = shopModule(data, 'supplierPerformance');
  const bar = shopModule(data, 'supplierActionBar');
  const jsonStore = str(get(data, 'globalData', 'esiteSubDomain', 'value'));
  const key = store || storeOf(jsonStore);
  const name = str(get(perf, 'companyName')) || str(get(bar, 'companyName')) || textOf(qs(doc, selectors.minisiteCompanyName));
  const years = str(get(perf, 'years', 'value'));

  const regions: Region[] = [];
  const rendered = qs(doc, selectors.minisiteCertifications);
  const renderedText = textOf(rendered).toLowerCase();
  for (const section of qsa(doc, selectors.minisiteSections)) {
    const module = attr(section, 'data-module-name');
    // Reviews are other buyers' words, not the supplier's claims.
    if (/review|feedback/i.test(module)) continue;
    regions.push({ root: section, evidence: 'supplier', claimList: module === 'certifications' });
  }
  for (const el of qsa(doc, selectors.minisiteLegacy)) regions.push({ root: el, evidence: 'supplier' });

  // Certificates from the embedded model; when the rendered section already shows an item, it is
  // read (and highlighted) there, so the JSON copy is not counted twice.
  const texts: TextSource[] = [];
  for (const item of arr(get(shopModule(data, 'certifications'), 'items'))) {
    const t = certificateText(item);
    const name = str(get(item, 'name')).toLowerCase();
    if (!t || (name && containsWord(renderedText, name))) continue;
    texts.push({ text: t, evidence: 'supplier', claimList: true });
  }

  return {
    key: `alibaba:${key}`,
    name: name || key,
    url: `https://${key}.en.alibaba.com/`,
    years: years || undefined,
    platformClaims: [],
    regions,
    texts,
  };
}

// ---------------------------------------------------------------- search / gallery

function searchSuppliers(doc: Document): SupplierExtraction[] {
  const config = scriptJson(doc, 'window.__page__data__config');
  const offers = arr(get(config, 'props', 'offerResultData', 'offerList'));
  const cards = new Map<string, Element>();
  for (const card of qsa(doc, selectors.searchCard)) {
    const pid = attr(qs(card, selectors.searchCardPid), 'data-pid');
    if (pid) cards.set(pid, card);
  }

  const out: SupplierExtraction[] = [];
  for (const offer of offers) {
    const supplier = get(offer, 'supplier');
    const href = str(get(supplier, 'supplierHref')) || str(get(supplier, 'supplierHomeHref'));
    const store = storeOfHref(href);
    if (!store) continue;
    const name = str(get(supplier, 'supplierName'));
    const pid = str(get(offer, 'id')) || str(get(offer, 'information', 'productId'));
    const card = cards.get(pid);
    const tag = get(offer, 'tag');
    const provider = str(get(tag, 'companyAuthProvider'));

    const platformClaims: PlatformClaim[] = [];
    const badges: string[] = [];
    if (get(supplier, 'goldSupplier') === true) {
      platformClaims.push({ id: 'alibaba-gold-supplier', text: 'Gold Supplier' });
      badges.push('Gold Supplier');
    }
    if (get(supplier, 'assessedSupplier') === true) {
      const element = card ? qs(card, selectors.searchCardVerified) ?? undefined : undefined;
      platformClaims.push({ id: 'alibaba-verified', text: 'Verified Supplier', element, issuer: provider || undefined });
      badges.push(provider ? `Verified Supplier (${provider})` : 'Verified Supplier');
    }
    if (str(get(offer, 'manufactoryVO', 'company', 'tradeAssurance')) === '1') {
      platformClaims.push({ id: 'alibaba-trade-assurance', text: 'Trade Assurance' });
      badges.push('Trade Assurance');
    }
    // Audit tags the platform shows on the offer ("BSCI" audited by SGS): platform evidence, with issuer.
    for (const t of arr(get(tag, 'companyAuthTag'))) {
      const label = str(t);
      const id = label ? authTagId(label) : undefined;
      if (!id) continue;
      platformClaims.push({ id, text: label, issuer: provider || undefined });
      badges.push(provider ? `${label} (${provider})` : label);
    }

    const regions: Region[] = [];
    const texts: TextSource[] = [];
    const title = card ? qs(card, selectors.searchCardTitle) : null;
    if (title) regions.push({ root: title, evidence: 'supplier' });
    else {
      // Offer not rendered yet: its title still counts, from the embedded data (not highlighted).
      const t = stripTags(str(get(offer, 'information', 'title')));
      if (t) texts.push({ text: t, evidence: 'supplier' });
    }

    const yearsRaw = str(get(supplier, 'supplierYear'));
    const countryName = str(get(supplier, 'supplierCountry', 'name')) || str(get(supplier, 'supplierCountry', 'id'));
    out.push({
      key: `alibaba:${store}`,
      name: name || store,
      url: `https://${store}.en.alibaba.com/`,
      years: yearsRaw ? `${yearsRaw} ${yearsRaw === "1" ? "yr" : "yrs"}` : undefined,
      country: countryName || undefined,
      badges: badges.length ? badges : undefined,
      platformClaims,
      regions,
      texts,
      anchor: card,
    });
  }
  return out;
}

function extract(doc: Document, url: URL): Extraction {
  const kind = pageKind(url, doc);
  if (kind === 'supplier') return { suppliers: [minisiteSupplier(doc, url)], regions: [] };
  if (kind === 'search') return { suppliers: searchSuppliers(doc), regions: [] };
  if (kind === 'product') {
    const s = productSupplier(doc, url);
    return { suppliers: s ? [s] : [], regions: [] };
  }
  return { suppliers: [], regions: [] };
}

export const alibaba: MarketplaceAdapter = {
  id: 'alibaba',
  selectors,
  examples: [
    { url: 'https://www.alibaba.com/product-detail/Wholesale-Custom-Sneakers_1600691082191.html', pageKind: 'product' },
    { url: 'https://zhenbenchina.en.alibaba.com/index.html', pageKind: 'supplier' },
    { url: 'https://dgxuandele.en.alibaba.com/company_profile.html', pageKind: 'supplier' },
    { url: 'https://indartexports.trustpass.alibaba.com/company_profile.html', pageKind: 'supplier' },
    { url: 'https://www.alibaba.com/trade/search?SearchText=art', pageKind: 'search' },
    { url: 'https://www.alibaba.com/showroom/wall-art.html', pageKind: 'search' },
  ],
  matches: (url) => /(^|\.)alibaba\.com$/i.test(url.hostname),
  pageKind,
  extract,
};

