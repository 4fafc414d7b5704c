import type { ClaimId } from '../claims/ids';
import type { PageKind } from '../scan/page-scan';
import type { MarketplaceAdapter } from './adapter';
import { attr, get, qs, qsa, scriptJson, str, textOf } from './dom';
import type { Extraction, PlatformClaim, Region, SupplierExtraction, TextSource } from './types';

/**
 * 1688.com (Chinese pages): offer pages `detail.1688.com/offer/<id>.html`, shops
 * `<shop>.1688.com`, search `s.1688.com`. Only the anti-bot interstitial is saved for real
 * (1688-captcha-1.html, recognised by lib/sites/blocked.ts). The offer model is UNVERIFIED from
 * vuongc4298/vct-connect's sanitized capture (selectors.md §4, 2026-09-29), exercised on our
 * constructed fixture tests/fixtures/pages/1688-offer.html.
 *
 * Seller badges 诚信通 / 实力商家 / 超级工厂 have no documented selector: they are recognised by
 * their exact label on a short element or an image alt/title (text-anchored). They are paid
 * memberships or seller programmes, i.e. platform claims, not certificates.
 */

export const selectors = {
  // Offer page title (generic h1; no 1688-specific title selector is documented).
  title: 'h1',
  // Badge labels, text-anchored.
  badgeCandidates: 'span, a, div, em, i, img[alt], img[title]',
  // Description and attributes: no documented selector, so none is guessed.
} as const;

const BADGES: Array<[RegExp, ClaimId, string]> = [
  [/^诚信通(会员)?(\s*\d+\s*年)?$/, '1688-chengxintong', '诚信通'],
  [/^实力商家$/, '1688-shili-shangjia', '实力商家'],
  [/^超级工厂$/, '1688-super-factory', '超级工厂'],
];

/** The offer model wrapper: `…(window.contextPath,{"result":{"data":{…}}})`. */
function offerModel(doc: Document): unknown {
  return get(scriptJson(doc, 'window.contextPath,'), 'result', 'data');
}

function shopOf(host: string): string {
  const m = /^([a-z0-9-]+)\.1688\.com$/i.exec(host);
  if (!m) return '';
  const sub = m[1].toLowerCase();
  return ['www', 'detail', 's', 'm', 'login', 'work', 'air', 'sale', 'page', 'show', 'club', 'b2b', 'cart', 'trade'].includes(sub)
    ? ''
    : sub;
}

function pageKind(url: URL, doc: Document): PageKind {
  const host = url.hostname.toLowerCase();
  if (/\/offer\/\d+\.html/.test(url.pathname)) return 'product';
  if (host.startsWith('s.') || /offer_search|selloffer|company_search/.test(url.pathname)) return 'search';
  if (shopOf(host)) return 'supplier';
  if (offerModel(doc) !== undefined) return 'product';
  return 'other';
}

function badgeClaims(root: ParentNode): { platformClaims: PlatformClaim[]; badges: string[] } {
  const platformClaims: PlatformClaim[] = [];
  const badges: string[] = [];
  for (const el of qsa(root, selectors.badgeCandidates)) {
    const isImg = el.tagName.toLowerCase() === 'img';
    const label = isImg ? attr(el, 'alt') || attr(el, 'title') : el.children.length ? '' : textOf(el);
    if (!label || label.length > 12) continue;
    for (const [re, id, name] of BADGES) {
      if (re.test(label) && !platformClaims.some((c) => c.id === id)) {
        platformClaims.push({ id, text: label, element: el });
        badges.push(name);
      }
    }
  }
  return { platformClaims, badges };
}

function extract(doc: Document, url: URL): Extraction {
  const kind = pageKind(url, doc);
  if (kind !== 'product' && kind !== 'supplier') return { suppliers: [], regions: [] };
  const model = offerModel(doc);
  const shopInfo = get(model, 'productTitle', 'fields', 'shopInfo');
  const sellerId = str(get(model, 'Root', 'fields', 'dataJson', 'offerBaseInfo', 'sellerUserId'));
  const shop = shopOf(url.hostname);
  // Member id when the page carries it; the shop subdomain on shop pages.
  const id = sellerId || shop;
  if (!id) return { suppliers: [], regions: [] };
  const name = str(get(shopInfo, 'authCompanyName')) || str(get(shopInfo, 'companyName')) || textOf(qs(doc, 'title')) || id;

  const regions: Region[] = [];
  const texts: TextSource[] = [];
  const h1 = qs(doc, selectors.title);
  if (h1) regions.push({ root: h1, evidence: 'supplier' });
  else {
    const title = str(get(model, 'productTitle', 'fields', 'title'));
    if (title) texts.push({ text: title, evidence: 'supplier' });
  }
  const { platformClaims, badges } = badgeClaims(doc);
  const supplier: SupplierExtraction = {
    key: `1688:${id}`,
    name,
    url: shop ? `https://${shop}.1688.com/` : undefined,
    country: 'China',
    badges: badges.length ? badges : undefined,
    platformClaims,
    regions,
    texts,
  };
  return { suppliers: [supplier], regions: [] };
}

export const alibaba1688: MarketplaceAdapter = {
  id: '1688',
  selectors,
  examples: [
    { url: 'https://detail.1688.com/offer/775610063728.html', pageKind: 'product' },
    { url: 'https://shop1234567890abc.1688.com/', pageKind: 'supplier' },
    { url: 'https://s.1688.com/selloffer/offer_search.htm?keywords=%B6%FA%BB%FA', pageKind: 'search' },
  ],
  matches: (url) => /(^|\.)1688\.com$/i.test(url.hostname),
  pageKind,
  extract,
};
