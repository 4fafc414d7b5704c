import type { PageKind } from '../scan/page-scan';
import type { MarketplaceAdapter } from './adapter';
import { attr, parseHref, qs, qsa, textOf } from './dom';
import type { Extraction, PlatformClaim, Region, SupplierExtraction } from './types';

/**
 * Global Sources: supplier pages (`www.globalsources.com/si/<id>.html`,
 * `manufacturer.globalsources.com/homepage_<id>.htm`, `company-profile_<id>.htm`, ...) and the
 * supplier search list. No real page is saved; URL forms and selectors are UNVERIFIED ones from
 * wenhaow539-hub/jjjkkkk `crawlers/globalsources.py` (selectors.md §3), exercised on our
 * constructed fixtures tests/fixtures/pages/global-sources-*.html.
 *
 * No selector is documented for the "Verified Supplier" badge, so it is recognised by its exact
 * label on a short element (text-anchored), never from running text.
 */

export const selectors = {
  // Search result links to supplier homepages.
  resultLink: 'a[href*="manufacturer.globalsources.com/homepage_"], a[href*="/si/"], a.company-name, a.supplier-name',
  // Card around a result link.
  card: 'li.item, div.card-box, div.mod-supp-info',
  // Years on the platform.
  years: 'p[class*="years"] .num',
  // Profile page label/value pairs (from a synthetic test fixture of that crawler).
  profileRow: 'div.profile-label',
  contactRow: 'div.contact-label',
  // Badge labels, text-anchored (no documented class).
  badgeCandidates: 'span, div, a, p, img[alt]',
  // Profile / homepage body: the supplier's own description.
  main: 'main, #main, .main-content',
} as const;

const VERIFIED_LABEL = /^verified (supplier|manufacturer)$/i;

/** Supplier id from any of the documented URL forms. */
export function supplierIdOf(href: string): string {
  const u = parseHref(href, 'https://www.globalsources.com/');
  if (!u || !/(^|\.)globalsources\.com$/i.test(u.hostname)) return '';
  const path = u.pathname;
  const m =
    /_(\d{6,})\.htm/.exec(path) ?? // homepage_<id>.htm, company-profile_<id>.htm, showroom_<id>.htm
    /\/si\/(?:[^/]+\/)*?(\d{6,})(?:\.html|\/|$)/i.exec(path); // /si/<id>.html, /si/AS/<Name>/<id>/Homepage.htm
  return m?.[1] ?? '';
}

function pageKind(url: URL, doc: Document): PageKind {
  const path = url.pathname.toLowerCase();
  if (path.startsWith('/searchlist/') || path.startsWith('/search')) return 'search';
  if (path.startsWith('/pdtl/') || /\/product(-detail)?\//.test(path)) return 'product';
  if (supplierIdOf(url.href)) return 'supplier';
  if (qs(doc, selectors.profileRow)) return 'supplier';
  return 'other';
}

/** label → value element, for `div.<kind>-label` followed by `div.<kind>-value`. */
function labelValues(doc: ParentNode, labelSel: string): Map<string, Element> {
  const out = new Map<string, Element>();
  for (const label of qsa(doc, labelSel)) {
    const key = textOf(label).replace(/[:：]\s*$/, '').toLowerCase();
    let value = label.nextElementSibling;
    while (value && !/-value\b/.test(attr(value, 'class'))) value = value.nextElementSibling;
    if (key && value && !out.has(key)) out.set(key, value);
  }
  return out;
}

function verifiedBadge(root: ParentNode): PlatformClaim | null {
  for (const el of qsa(root, selectors.badgeCandidates)) {
    const label = el.tagName.toLowerCase() === 'img' ? attr(el, 'alt') : el.children.length ? '' : textOf(el);
    if (label && VERIFIED_LABEL.test(label)) return { id: 'global-sources-verified', text: label, element: el };
  }
  return null;
}

function supplierPage(doc: Document, url: URL): SupplierExtraction | null {
  const id = supplierIdOf(url.href);
  if (!id) return null;
  const profile = labelValues(doc, selectors.profileRow);
  const name = textOf(profile.get('registered company name')) || textOf(qs(doc, 'h1')) || id;
  const regions: Region[] = [];
  const main = qs(doc, selectors.main);
  if (main) regions.push({ root: main, evidence: 'supplier' });
  const badge = verifiedBadge(main ?? doc);
  const years = textOf(qs(doc, selectors.years));
  return {
    key: `global-sources:${id}`,
    name,
    url: `https://www.globalsources.com/si/${id}.html`,
    years: years ? `${years} yrs` : undefined,
    businessType: textOf(profile.get('business type')) || undefined,
    badges: badge ? [badge.text] : undefined,
    platformClaims: badge ? [badge] : [],
    regions,
    texts: [],
  };
}

function searchSuppliers(doc: Document): SupplierExtraction[] {
  const out: SupplierExtraction[] = [];
  const seen = new Set<Element>();
  for (const link of qsa(doc, selectors.resultLink)) {
    const id = supplierIdOf(attr(link, 'href'));
    const card = link.closest(selectors.card);
    if (!id || !card || seen.has(card)) continue;
    seen.add(card);
    const badge = verifiedBadge(card);
    const years = textOf(qs(card, selectors.years));
    out.push({
      key: `global-sources:${id}`,
      name: textOf(link) || id,
      url: `https://www.globalsources.com/si/${id}.html`,
      years: years ? `${years} yrs` : undefined,
      badges: badge ? [badge.text] : undefined,
      platformClaims: badge ? [badge] : [],
      regions: [{ root: card, evidence: 'supplier' }],
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
    const s = supplierPage(doc, url);
    return { suppliers: s ? [s] : [], regions: [] };
  }
  return { suppliers: [], regions: [] };
}

export const globalSources: MarketplaceAdapter = {
  id: 'global-sources',
  selectors,
  examples: [
    { url: 'https://www.globalsources.com/si/6008800000001.html', pageKind: 'supplier' },
    { url: 'https://manufacturer.globalsources.com/homepage_6008800000001.htm', pageKind: 'supplier' },
    { url: 'https://manufacturer.globalsources.com/company-profile_6008800000001.htm', pageKind: 'supplier' },
    { url: 'https://www.globalsources.com/searchList/suppliers?keyWord=earphone&pageNum=1', pageKind: 'search' },
  ],
  matches: (url) => /(^|\.)globalsources\.com$/i.test(url.hostname),
  pageKind,
  extract,
};
