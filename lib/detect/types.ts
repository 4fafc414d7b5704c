import type { ClaimFlag, ClaimId } from '../claims/ids';

/** One claim found in a piece of text. Offsets are UTF-16 indices into that text. */
export interface Match {
  id: ClaimId;
  start: number;
  end: number;
  /** The matched text as written. */
  text: string;
  flags: ClaimFlag[];
  /** Normalised version, e.g. "ISO 9001:2008"; equals a catalog obsoleteVersions[].version when obsolete. */
  version?: string;
  /** Found near the claim when the page states it; never judged valid from its format. */
  certificateNumber?: string;
  issuer?: string;
  /** YYYY-MM-DD */
  validUntil?: string;
}

export interface DetectOptions {
  /**
   * The text is a claim list (a certification row, a "Certified: ..." line, a marketplace
   * certificate tag): ambiguous short names (CE, UL, GS, WRAP, REACH ...) count without more context.
   */
  claimList?: boolean;
  /** "Today", for the `expired` flag on a stated valid-until date (tests pass a fixed date). */
  now?: Date;
}
