import type { ClaimId } from '../claims/ids';
import { detect } from '../detect';
import type { SiteAdapter } from './types';

/**
 * A SiteAdapter plus its named selectors (STYLE.md "What CertLens should take from them" §3):
 * each selector is a constant with a comment naming the page it was checked on, and
 * tests/unit/sites/selectors.test.ts checks the expected counts on the saved pages.
 */
export interface MarketplaceAdapter extends SiteAdapter {
  selectors: Readonly<Record<string, string>>;
}

/**
 * The claim id of a short certificate label a marketplace shows as a tag or badge ("BSCI",
 * "ISO", "FSC"), through the same detector as page text, in claim-list mode (a tag *is* a claim).
 */
export function idOfLabel(label: string): ClaimId | undefined {
  const m = detect(label, { claimList: true })[0];
  return m?.id;
}
