import type { MarketplaceAdapter } from './adapter';
export const globalSources: MarketplaceAdapter = {
  id: 'global-sources' as MarketplaceAdapter['id'],
  selectors: {},
  examples: [],
  matches: () => false,
  pageKind: () => 'other',
  extract: () => ({ suppliers: [], regions: [] }),
};
