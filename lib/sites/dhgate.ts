import type { MarketplaceAdapter } from './adapter';
export const dhgate: MarketplaceAdapter = {
  id: 'dhgate' as MarketplaceAdapter['id'],
  selectors: {},
  examples: [],
  matches: () => false,
  pageKind: () => 'other',
  extract: () => ({ suppliers: [], regions: [] }),
};
