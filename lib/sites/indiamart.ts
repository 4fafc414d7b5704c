import type { MarketplaceAdapter } from './adapter';
export const indiamart: MarketplaceAdapter = {
  id: 'indiamart' as MarketplaceAdapter['id'],
  selectors: {},
  examples: [],
  matches: () => false,
  pageKind: () => 'other',
  extract: () => ({ suppliers: [], regions: [] }),
};
