import { countClaims, type PageScan } from '../scan/page-scan';

/** Badge colours: red-ish when anything on the page deserves a second look, calm slate otherwise. */
export const BADGE_COLOR_FLAGGED = '#c62828';
export const BADGE_COLOR_PLAIN = '#37474f';

/** True when any claim or supplier on the page carries a red flag. */
export function hasRedFlags(scan: PageScan): boolean {
  if (scan.claims.some((c) => c.flags.length > 0)) return true;
  return scan.suppliers.some((s) => s.flags.length > 0 || s.claims.some((c) => c.flags.length > 0));
}

export interface Badge {
  text: string;
  color: string;
}

/**
 * What the toolbar shows for a scan: the number of distinct claims (countClaims), empty when
 * there are none so the icon stays quiet, "!" on a blocked page (the site showed a captcha or
 * an access-denied page instead of the supplier).
 */
export function badgeFor(scan: PageScan): Badge {
  if (scan.pageKind === 'blocked') return { text: '!', color: BADGE_COLOR_PLAIN };
  const n = countClaims(scan);
  return {
    text: n > 0 ? String(n) : '',
    color: hasRedFlags(scan) ? BADGE_COLOR_FLAGGED : BADGE_COLOR_PLAIN,
  };
}
