import type { ClaimId } from '../claims/ids';
import type { ClaimEntry, ClaimKind, Market } from '../claims/schema';
import type { BeyondCertificate } from '../db/verification-records';

/** Markets the options page offers, with labels. The catalog's MarketSchema holds a few more. */
export const MARKET_LABELS: Partial<Record<Market, string>> = {
  'eu-retail': 'EU retail',
  eu: 'EU (any product placed on the market)',
  uk: 'United Kingdom',
  'us-retail': 'US retail',
  us: 'United States',
  amazon: 'Amazon',
  canada: 'Canada',
  'b2b-industrial': 'B2B industrial',
  automotive: 'Automotive',
  aerospace: 'Aerospace',
  medical: 'Medical devices',
  food: 'Food and food contact',
  'toys-children': 'Toys and children’s products',
  'textiles-apparel': 'Textiles and apparel',
  electronics: 'Electronics',
  cosmetics: 'Cosmetics',
  'furniture-wood': 'Furniture and wood',
  india: 'India',
  china: 'China',
  japan: 'Japan',
  korea: 'South Korea',
  'australia-nz': 'Australia and New Zealand',
  gulf: 'Saudi Arabia and the Gulf',
  eaeu: 'Eurasian Economic Union',
};

/** Factory-level documents (about the site) versus product-level ones (about your model). */
const FACTORY_KINDS: ClaimKind[] = ['management-system', 'social-audit', 'audit-platform'];
const PRODUCT_KINDS: ClaimKind[] = ['product-certification', 'self-declared-marking', 'regulation', 'registration'];

export interface MarketFitItem {
  id: ClaimId;
  name: string;
  group: 'factory' | 'product';
  /** The markets (of the user's) that list it. */
  markets: Market[];
  claimed: boolean;
  askFor: string;
}

export interface MarketFit {
  items: MarketFitItem[];
  claimed: MarketFitItem[];
  missing: MarketFitItem[];
}

/**
 * Which catalog entries the chosen markets commonly expect (from each entry's `markets`), split
 * into what the supplier claims and what is missing. Badges, bodies and accreditations are not
 * something a market asks of a supplier, so they are left out.
 */
export function marketFit(catalog: readonly ClaimEntry[], markets: readonly Market[], claimedIds: Iterable<string>): MarketFit {
  const claimed = new Set(claimedIds);
  const chosen = new Set(markets);
  const items: MarketFitItem[] = [];
  for (const e of catalog) {
    const group = FACTORY_KINDS.includes(e.kind) ? 'factory' : PRODUCT_KINDS.includes(e.kind) ? 'product' : undefined;
    if (!group) continue;
    const hit = e.markets.filter((m) => chosen.has(m));
    if (hit.length === 0) continue;
    items.push({ id: e.id, name: e.name, group, markets: hit, claimed: claimed.has(e.id), askFor: e.askFor });
  }
  items.sort((a, b) => (a.group === b.group ? a.name.localeCompare(b.name) : a.group === 'factory' ? -1 : 1));
  return { items, claimed: items.filter((i) => i.claimed), missing: items.filter((i) => !i.claimed) };
}

export const BEYOND_CERTIFICATE_LABELS = {
  'sample-tests': {
    label: 'Your own sample tests',
    why: 'Test samples yourself or at a lab you commissioned; a certificate never tests your goods.',
  },
  'pre-shipment-inspection': {
    label: 'Third-party pre-shipment inspection',
    why: 'An inspector you hire checks the production batch before it ships and before you pay the balance.',
  },
  'order-record': {
    label: 'Your own order record with this supplier',
    why: 'Past orders delivered as agreed tell more than any badge.',
  },
  'nnn-agreement': {
    label: 'NNN agreement',
    why: 'Non-use, non-disclosure, non-circumvention, enforceable in China, where your designs or moulds are at stake.',
  },
} as const satisfies Record<BeyondCertificate, { label: string; why: string }>;
