import { describe, expect, it } from 'vitest';
import { alibaba } from '../../../lib/sites/alibaba';
import { indiamart } from '../../../lib/sites/indiamart';
import { madeInChina } from '../../../lib/sites/made-in-china';
import type { MarketplaceAdapter } from '../../../lib/sites/adapter';
import { CORPUS_NOTICE, corpusDoc, hasCorpus } from './helpers';

/**
 * Named selectors with the number of elements they match on the saved real pages
 * (STYLE.md §3). A layout change on a marketplace shows up here first, as a count that moved.
 */
type Table = Array<[keyof MarketplaceAdapter['selectors'] & string, number, string]>;

const TABLES: Array<[MarketplaceAdapter, Table]> = [
  [
    alibaba,
    [
      ['companyName', 1, 'alibaba-product-1.html'],
      ['companyName', 1, 'alibaba-product-2.html'],
      ['companyLife', 1, 'alibaba-product-1.html'],
      ['registerCountry', 1, 'alibaba-product-2.html'],
      ['companyCard', 1, 'alibaba-product-1.html'],
      ['companyCardName', 1, 'alibaba-product-2.html'],
      ['certificationModule', 1, 'alibaba-product-1.html'],
      ['titleModule', 1, 'alibaba-product-1.html'],
      ['attributeModule', 1, 'alibaba-product-2.html'],
      ['descriptionModule', 1, 'alibaba-product-1.html'],
      ['descriptionChrome', 3, 'alibaba-product-1.html'],
      ['legacyBasicInfo', 1, 'alibaba-product-companyfragment-1.html'],
      ['legacyBusinessType', 1, 'alibaba-product-companyfragment-1.html'],
      ['legacyOnsite', 3, 'alibaba-product-companyfragment-1.html'],
      ['legacyAssessment', 2, 'alibaba-product-companyfragment-1.html'],
      ['searchCard', 8, 'alibaba-search-1.html'],
      ['searchCardPid', 8, 'alibaba-search-1.html'],
      ['searchCardVerified', 3, 'alibaba-search-1.html'],
      // Chrome that must not be read as supplier text is still on the page.
      ['companyName', 0, 'alibaba-search-1.html'],
    ],
  ],
  [
    madeInChina,
    [
      ['shopName', 1, 'made-in-china-company-1.html'],
      ['memberSince', 1, 'made-in-china-company-1.html'],
      ['memberLevel', 1, 'made-in-china-company-1.html'],
      ['memberYear', 1, 'made-in-china-company-1.html'],
      ['auditedBadge', 1, 'made-in-china-company-1.html'],
      ['auditedImg', 1, 'made-in-china-company-1.html'],
      ['infoItem', 9, 'made-in-china-company-1.html'],
      ['address', 1, 'made-in-china-company-1.html'],
      ['companyDesc', 1, 'made-in-china-company-1.html'],
      ['listCard', 30, 'made-in-china-search-1.html'],
      ['listCompanyLink', 30, 'made-in-china-search-1.html'],
      ['listMemberImg', 30, 'made-in-china-search-1.html'],
      ['listAuditedImg', 28, 'made-in-china-search-1.html'],
      ['listIntroRow', 116, 'made-in-china-search-1.html'],
      // Documented for product pages; absent from both saved pages (UNVERIFIED).
      ['productTitle', 0, 'made-in-china-company-1.html'],
      ['productAttrItem', 0, 'made-in-china-search-1.html'],
    ],
  ],
  [
    indiamart,
    [
      ['name', 2, 'indiamart-company-1.html'],
      ['trustSeal', 3, 'indiamart-company-1.html'],
      ['trustRow', 6, 'indiamart-company-1.html'],
      ['location', 2, 'indiamart-company-1.html'],
      ['about', 1, 'indiamart-company-1.html'],
      ['products', 8, 'indiamart-company-1.html'],
    ],
  ],
];

describe.skipIf(!hasCorpus)('selector counts on saved pages', () => {
  for (const [adapter, table] of TABLES) {
    describe(adapter.id, () => {
      it.each(table)('%s matches %i element(s) in %s', (name, count, file) => {
        const selector = adapter.selectors[name];
        expect(selector, `${adapter.id}.selectors.${name}`).toBeTruthy();
        expect(corpusDoc(file).querySelectorAll(selector).length).toBe(count);
      });
    });
  }
});

describe.runIf(!hasCorpus)('selector counts', () => {
  it.skip(CORPUS_NOTICE, () => {});
});
