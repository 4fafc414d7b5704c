import type { MarketplaceAdapter } from './adapter';
export const aliexpress: MarketplaceAdapter = {
  id: 'aliexpress' as MarketplaceAdapter['id'],
  selectors: {},
  examples: [],
  matches: () => false,
  pageKind: () => 'other',
  extract: () => ({ suppliers: [], regions: [] }),
};
