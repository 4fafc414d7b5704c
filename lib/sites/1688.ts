import type { MarketplaceAdapter } from './adapter';
export const alibaba1688: MarketplaceAdapter = {
  id: '1688' as MarketplaceAdapter['id'],
  selectors: {},
  examples: [],
  matches: () => false,
  pageKind: () => 'other',
  extract: () => ({ suppliers: [], regions: [] }),
};
