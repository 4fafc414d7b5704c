/**
 * Supplier-level red flag: a pile of unrelated standards. No factory holds food-safety,
 * automotive, medical-device and forestry schemes at once; cards that list them all copy a
 * directory's tick-boxes. Judged on distinct sector families, not on the count alone, so a
 * card with "ISO 9001, ISO 9000, BSCI" or "ISO 9001, BSCI, SEDEX" is never flagged.
 */
import type { ClaimFlag, ClaimId, SupplierFlag } from '../claims/ids';
import { MANAGEMENT_OR_AUDIT, SECTORS } from '../claims/rules';

export interface SupplierAssessment {
  flags: SupplierFlag[];
  reasons: string[];
}

/** Sector-specific families that make a pile implausible. */
const MIN_SECTORS = 3;
/** Or this many distinct standards with at least two sector families. */
const MANY = 12;

function joinList(xs: string[]): string {
  return xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`;
}

export function assessSupplier(claims: ReadonlyArray<{ id: ClaimId; flags?: readonly ClaimFlag[] }>): SupplierAssessment {
  const ids = new Set<ClaimId>();
  for (const c of claims) if (MANAGEMENT_OR_AUDIT.has(c.id)) ids.add(c.id);
  const sectors: string[] = [];
  for (const id of ids) {
    const s = SECTORS[id];
    if (s && !sectors.includes(s)) sectors.push(s);
  }
  // iso-other may stand for several different standards; count the claims, not the ids.
  const standards = claims.filter((c) => MANAGEMENT_OR_AUDIT.has(c.id)).length;
  const distinct = Math.max(ids.size, standards);
  if (sectors.length >= MIN_SECTORS || (sectors.length >= 2 && distinct >= MANY)) {
    return {
      flags: ['implausible'],
      reasons: [
        `Claims ${distinct} standards across ${joinList(sectors)} sectors: no single factory holds all of these. Ask which certificates are its own, with numbers.`,
      ],
    };
  }
  return { flags: [], reasons: [] };
}
