import type { MarketplaceAdapter } from './adapter';
import { alibaba1688 } from './1688';
import { aliexpress } from './aliexpress';
import { alibaba } from './alibaba';
import { dhgate } from './dhgate';
import { generic } from './generic';
import { globalSources } from './global-sources';
import { indiamart } from './indiamart';
import { madeInChina } from './made-in-china';

/**
 * Every marketplace adapter, one file each (STYLE.md "What CertLens should take from them" §1).
 * Order matters only if two adapters could match one host; none do (tests check each adapter
 * rejects the others' example URLs).
 */
export const ADAPTERS: readonly MarketplaceAdapter[] = [
  alibaba,
  madeInChina,
  globalSources,
  alibaba1688,
  dhgate,
  aliexpress,
  indiamart,
];

export { generic };

/** The adapter for a page: the first whose matches(url) is true, else the generic one. */
export function pickAdapter(url: URL | null): MarketplaceAdapter {
  if (!url || !/^https?:$/.test(url.protocol)) return generic;
  for (const adapter of ADAPTERS) {
    try {
      if (adapter.matches(url)) return adapter;
    } catch {
      // A matcher must never break the scan; fall through to the next one.
    }
  }
  return generic;
}
