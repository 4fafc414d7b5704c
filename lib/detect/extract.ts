/**
 * What a page states next to a claim: certificate number, issuer, valid-until date. Every
 * function here reads a short window (at most ~100 characters) so the cost per claim is constant.
 * Nothing is judged valid from its format: a number is reported as written.
 */
import type { ClaimId } from '../claims/ids';
import { ISSUERS } from '../claims/rules';

const LABEL =
  '(?:Cert(?:ificate)?\\.?\\s{0,2}(?:Registration\\s{1,2})?(?:No|Number|Nr|#)\\.?|Registration\\s{1,2}(?:No|Number)\\.?|Reg\\.?\\s{0,2}No\\.?|Licen[cs]e\\s{1,2}(?:No|Number|Code)\\.?|File\\s{0,2}(?:No|Number)\\.?|amfori\\s{1,2}ID|WRAP\\s{1,2}ID|Seal\\s{1,2}(?:No|Number)\\.?|FEI(?:\\s{1,2}(?:No|Number)\\.?)?|证书编号|证书号码|证书号|注册号)';
// Patterns are built on first use (not while the content script loads: see lib/detect/index.ts).
let LABELLED: RegExp | undefined;
const labelled = () =>
  (LABELLED ??= new RegExp(`${LABEL}\\s{0,2}[:#]?\\s{0,2}([A-Za-z0-9][A-Za-z0-9\\-/.]{1,39}(?: \\d{2,9}){0,3})`, 'i'));

/** Identifier shapes tied to one claim (fact sheet §8), found without a label. */
const BY_ID: Partial<Record<ClaimId, RegExp>> = {
  ul: /(?<![A-Za-z0-9])(E\d{6})(?![0-9])/,
  'sedex-smeta': /(?<![A-Za-z0-9])(Z[CS]\d{6,8})(?![0-9])/,
  kc: /(?<![A-Za-z0-9])((?:R|MSIP|KCC)-[CRI][RTEM][MIS]-[A-Za-z0-9]{3}-[A-Za-z0-9_-]{1,14})/,
  bis: /(?<![A-Za-z0-9])(CM\/L-\d{7}|R-\d{8})(?![0-9])/,
  fsc: /(?<![A-Za-z0-9])([A-Z]{2,6}-COC-\d{5,7}|FSC-[CN]\d{6})(?![0-9])/,
  pefc: /(?<![A-Za-z0-9])(PEFC\/\d{2}-\d{2}-\d{2,3})(?![0-9])/,
  'icti-ethical-toy': /(?<![A-Za-z0-9])(C\d{6})(?![0-9])/,
  ccc: /(?<![0-9])(\d{16})(?![0-9])/,
};
/** Right after "FCC ID". */
const FCC_ID = /^\s{0,2}[:#]?\s{0,2}([A-Z0-9]{3,5}-?[A-Z0-9][A-Z0-9-]{0,13})(?![A-Za-z0-9])/;

export function findCertificateNumber(id: ClaimId, after: string, claimText: string): string | undefined {
  if (id === 'fcc' && /ID$/i.test(claimText)) {
    const m = FCC_ID.exec(after);
    if (m && /\d/.test(m[1])) return m[1];
  }
  const m = labelled().exec(after);
  if (m) {
    const v = m[1].replace(/[./-]+$/, '');
    if (/\d/.test(v) && v.length >= 3) return v;
  }
  const re = BY_ID[id];
  if (re) {
    const k = re.exec(after);
    if (k) return k[1];
  }
  return undefined;
}

interface IssuerPatterns {
  one: ReadonlyArray<readonly [RegExp, string]>;
  after: RegExp;
  before: RegExp;
}
let ISSUER: IssuerPatterns | undefined;
function issuerPatterns(): IssuerPatterns {
  if (ISSUER) return ISSUER;
  const alt = ISSUERS.map(([p]) => `(?:${p})`).join('|');
  return (ISSUER = {
    one: ISSUERS.map(([p, name]) => [new RegExp(`^(?:${p})$`), name] as const),
    after: new RegExp(
      `(?:\\bby|\\bfrom|\\bissuer|certification\\s{1,2}body|\\bCB\\s{0,2}:|\\(|发证机构|认证机构|颁发)[\\s:]{0,3}(?:the\\s{1,2})?(${alt})(?![A-Za-z])`,
    ),
    before: new RegExp(`(?<![A-Za-z])(${alt})(?:[\\s-]{1,2}(?:certified|issued|audited|approved))?\\s{1,2}$`),
  });
}

function issuerName(raw: string): string | undefined {
  const s = raw.replace(/\s+/g, ' ');
  for (const [re, name] of issuerPatterns().one) if (re.test(s) || re.test(raw)) return name;
  return undefined;
}

export function findIssuer(after: string, before: string): string | undefined {
  const { after: afterRe, before: beforeRe } = issuerPatterns();
  const a = afterRe.exec(after);
  if (a) return issuerName(a[1]);
  const b = beforeRe.exec(before);
  if (b) return issuerName(b[1]);
  return undefined;
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};
const MON = '(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\\.?';
const DATE_LABEL =
  '(?:valid(?:ity)?\\s{0,2}(?:until|till|to|thru|through|date)|expir(?:y|es|ation|ing)(?:\\s{1,2}date)?|exp\\.?\\s{0,2}date|有效期至|有效期|有效日期|到期日期|到期日|截止日期)\\s{0,2}(?:on\\s{1,2})?[:]?\\s{0,2}';
/**
 * Accepted date forms (anything else gives no validUntil):
 * - 2027-03-01, 2027/3/1, 2027.03.01, 2027年3月1日 (year first: never ambiguous);
 * - 25/03/2027 or 03/25/2027 only when one part is above 12 (or both parts are equal), since
 *   12/03/2027 may be 12 March or 3 December;
 * - 1 March 2027, 1st Mar 2027, 01-Mar-2027, March 1, 2027.
 */
let DATE: RegExp | undefined;
const datePattern = () => (DATE ??= new RegExp(
  `${DATE_LABEL}(?:(\\d{4})\\s{0,1}[-/.年]\\s{0,1}(\\d{1,2})\\s{0,1}[-/.月]\\s{0,1}(\\d{1,2})(?![0-9])|(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})(?![0-9])|(\\d{1,2})(?:st|nd|rd|th)?[\\s-]{1,2}${MON}[\\s,-]{1,3}(\\d{4})|${MON}\\s{1,2}(\\d{1,2})(?:st|nd|rd|th)?,?\\s{1,2}(\\d{4}))`,
  'i',
));

function ymd(y: number, m: number, d: number): string | undefined {
  if (m < 1 || m > 12 || d < 1 || y < 1900 || y > 2199) return undefined;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return undefined;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function findValidUntil(after: string): string | undefined {
  const m = datePattern().exec(after);
  if (!m) return undefined;
  if (m[1]) return ymd(+m[1], +m[2], +m[3]);
  if (m[4]) {
    const a = +m[4];
    const b = +m[5];
    const y = +m[6];
    if (a > 12 && b <= 12) return ymd(y, b, a);
    if (b > 12 && a <= 12) return ymd(y, a, b);
    if (a === b) return ymd(y, a, b);
    return undefined; // 12/03/2027: day and month cannot be told apart
  }
  if (m[7]) return ymd(+m[9], MONTHS[m[8].slice(0, 3).toLowerCase()], +m[7]);
  if (m[10]) return ymd(+m[12], MONTHS[m[10].slice(0, 3).toLowerCase()], +m[11]);
  return undefined;
}
