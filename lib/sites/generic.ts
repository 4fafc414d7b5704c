import type { MarketplaceAdapter } from './adapter';

/**
 * Any other page ("Scan this page", issue #4): the whole body is one region and its claims go to
 * the page-level `claims`, since there is no known supplier to tie them to.
 */
export const generic: MarketplaceAdapter = {
  id: 'generic',
  selectors: { body: 'body' },
  examples: [
    { url: 'https://www.example-supplier.com/about-us.html', pageKind: 'other' },
    { url: 'https://shop.example.org/certificates', pageKind: 'other' },
  ],
  matches: () => true,
  pageKind: () => 'other',
  extract: (doc) => ({
    suppliers: [],
    regions: doc.body ? [{ root: doc.body, evidence: 'supplier' }] : [],
  }),
};
