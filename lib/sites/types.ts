import type { ClaimId } from '../claims/ids';
import type { Evidence, PageKind } from '../scan/page-scan';
import type { Marketplace } from './hosts';

/**
 * One adapter per marketplace (lib/sites/<marketplace>.ts), listed in lib/sites/index.ts.
 * Adapters are pure DOM readers: no browser APIs, no storage. On an unexpected page they return
 * empty results instead of throwing.
 */
export interface SiteAdapter {
  id: Marketplace;
  /** URLs this adapter must accept, with their page kinds; tests check every other adapter rejects them. */
  examples: ReadonlyArray<{ url: string; pageKind: PageKind }>;
  matches(url: URL): boolean;
  pageKind(url: URL, doc: Document): PageKind;
  extract(doc: Document, url: URL): Extraction;
}

/** Visible page text to scan and highlight. */
export interface Region {
  root: Element;
  evidence: Evidence;
  /** The region is a claim list (certification row, "Certified:" line): strong context. */
  claimList?: boolean;
  /**
   * Subtrees inside `root` that are site chrome, not the supplier's words (e.g. Alibaba's own
   * risk-control notice inside the product description module). Added by the adapters work.
   */
  exclude?: Element[];
}

/** Text that is not visible as such (a title attribute, embedded JSON): counted, not highlighted. */
export interface TextSource {
  text: string;
  evidence: Evidence;
  claimList?: boolean;
}

/** A badge or audit tag the marketplace itself shows. */
export interface PlatformClaim {
  id: ClaimId;
  /** The badge label as shown ("Audited Supplier"). */
  text: string;
  /** Where it is, to highlight it (an <img> or its container). */
  element?: Element;
  issuer?: string;
}

export interface SupplierIdentifier {
  /** e.g. "GSTIN", "USCC", "IEC" */
  type: string;
  value: string;
}

export interface SupplierExtraction {
  /** `<marketplace>:<stable id>` */
  key: string;
  name: string;
  url?: string;
  years?: string;
  country?: string;
  businessType?: string;
  badges?: string[];
  /** Official identifiers the page shows (IndiaMART "GST - ..."): identity data, never claims. */
  identifiers?: SupplierIdentifier[];
  platformClaims: PlatformClaim[];
  regions: Region[];
  texts: TextSource[];
  /** The supplier's card on list pages, where its own marker goes. */
  anchor?: Element;
}

export interface Extraction {
  suppliers: SupplierExtraction[];
  /** Page regions not tied to a supplier (generic pages, "scan this page"). */
  regions: Region[];
  blockedReason?: string;
}
