/**
 * The marketplaces CertLens knows, and the host match patterns it asks permission for.
 * Kept apart from the adapters so wxt.config.ts and the manifest test can import it
 * without pulling DOM code.
 */
export const MARKETPLACES = [
  'alibaba',
  'made-in-china',
  'global-sources',
  '1688',
  'dhgate',
  'aliexpress',
  'indiamart',
] as const;
export type KnownMarketplace = (typeof MARKETPLACES)[number];
export type Marketplace = KnownMarketplace | 'generic';

/** Match patterns (manifest `host_permissions` and content-script `matches`). */
export const MARKETPLACE_HOSTS: Record<KnownMarketplace, readonly string[]> = {
  alibaba: ['*://*.alibaba.com/*'],
  'made-in-china': ['*://*.made-in-china.com/*'],
  'global-sources': ['*://*.globalsources.com/*'],
  '1688': ['*://*.1688.com/*'],
  dhgate: ['*://*.dhgate.com/*'],
  aliexpress: ['*://*.aliexpress.com/*', '*://*.aliexpress.us/*'],
  indiamart: ['*://*.indiamart.com/*'],
};

export const MARKETPLACE_MATCHES: readonly string[] = Object.values(MARKETPLACE_HOSTS).flat();

export const MARKETPLACE_LABELS: Record<Marketplace, string> = {
  alibaba: 'Alibaba.com',
  'made-in-china': 'Made-in-China.com',
  'global-sources': 'Global Sources',
  '1688': '1688.com',
  dhgate: 'DHgate',
  aliexpress: 'AliExpress',
  indiamart: 'IndiaMART',
  generic: 'Other site',
};
