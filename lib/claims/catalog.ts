import type { ClaimId } from './ids';
import { CatalogSchema, type ClaimEntry } from './schema';
import { bodies } from './entries/bodies';
import { countrySchemes } from './entries/country-schemes';
import { managementSystems } from './entries/management-systems';
import { marketplaceBadges } from './entries/marketplace-badges';
import { materials } from './entries/materials';
import { productMarks } from './entries/product-marks';
import { regulations } from './entries/regulations';
import { socialAudits } from './entries/social-audits';

/**
 * The whole claim catalog: prose for the side panel, dashboard and exports.
 * Never import this from the content script (it is the bulk of the extension's text).
 */
export const CATALOG: readonly ClaimEntry[] = [
  ...managementSystems,
  ...socialAudits,
  ...materials,
  ...productMarks,
  ...regulations,
  ...countrySchemes,
  ...marketplaceBadges,
  ...bodies,
];

const byId = new Map<ClaimId, ClaimEntry>(CATALOG.map((e) => [e.id, e]));

export function getEntry(id: ClaimId): ClaimEntry | undefined {
  return byId.get(id);
}

/** Validates the catalog; throws a readable error listing each bad field. */
export function validateCatalog(entries: readonly ClaimEntry[] = CATALOG): void {
  const result = CatalogSchema.safeParse(entries);
  if (!result.success) {
    const lines = result.error.issues.map((i) => {
      const idx = typeof i.path[0] === 'number' ? i.path[0] : -1;
      const id = idx >= 0 ? (entries[idx] as { id?: string })?.id : '?';
      return `${id}: ${i.path.slice(1).join('.')}: ${i.message}`;
    });
    throw new Error(`Catalog is invalid:\n${lines.join('\n')}`);
  }
}
