import type { ClaimFlag, ClaimId } from '../claims/ids';
import type { Evidence } from './page-scan';

/** A piece of a text node covered by a claim. */
export interface TextPiece {
  node: Text;
  start: number;
  end: number;
}

/** Where a claim stands in the page, for the highlighter and the hover card. */
export interface Hit {
  /** The supplier the claim belongs to, or null for page-level claims. */
  supplierKey: string | null;
  id: ClaimId;
  evidence: Evidence;
  flags: ClaimFlag[];
  /** Text pieces (a claim may cross element boundaries), or an element for badges. */
  pieces: TextPiece[];
  element?: Element;
}
