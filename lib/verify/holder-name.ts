/**
 * Compares the holder name typed from a certificate or registry with the supplier's name.
 * Certificates are lent between firms, so a different holder is the commonest problem; but the
 * same firm is written "Ningbo Sunrise Co., Ltd.", "NINGBO SUNRISE CO.,LTD" or in full-width
 * letters, and those must not raise a false alarm.
 */

// Legal-form words, compared after lower-casing and removing punctuation. Chinese forms are
// matched as substrings because Chinese is written without spaces.
const LEGAL_WORDS = new Set([
  'co', 'company', 'companies', 'ltd', 'limited', 'inc', 'incorporated', 'corp', 'corporation',
  'llc', 'plc', 'gmbh', 'ag', 'pvt', 'private', 'sa', 'srl', 'bv', 'kg', 'lp', 'llp', 'pte',
]);
const CHINESE_LEGAL = ['股份有限公司', '有限责任公司', '有限公司', '公司'];

export function normalizeCompanyName(name: string): string {
  let s = name.normalize('NFKC').toLowerCase();
  for (const form of CHINESE_LEGAL) s = s.split(form).join(' ');
  // Punctuation and symbols become spaces so "co.,ltd" splits into its words.
  s = s.replace(/[^\p{L}\p{N}]+/gu, ' ');
  return s
    .split(' ')
    .filter((w) => w && !LEGAL_WORDS.has(w))
    .join(' ');
}

export type HolderVerdict = 'match' | 'similar' | 'mismatch' | 'empty';

export interface HolderComparison {
  verdict: HolderVerdict;
  /** What to tell the user; empty for a match or nothing to compare. */
  message: string;
}

/**
 * `match`: the same name once legal forms, punctuation, case and full-width forms are ignored.
 * `similar`: every word of the shorter name is in the longer one (a city or trade word left out).
 * `mismatch`: anything else; the user is warned.
 */
export function compareHolderName(holder: string, supplierName: string): HolderComparison {
  const a = normalizeCompanyName(holder);
  const b = normalizeCompanyName(supplierName);
  if (!a || !b) return { verdict: 'empty', message: '' };
  if (a === b || a.replace(/ /g, '') === b.replace(/ /g, '')) return { verdict: 'match', message: '' };
  const wa = new Set(a.split(' '));
  const wb = new Set(b.split(' '));
  const [small, big] = wa.size <= wb.size ? [wa, wb] : [wb, wa];
  if ([...small].every((w) => big.has(w))) {
    return {
      verdict: 'similar',
      message: `The holder “${holder.trim()}” is close to the supplier “${supplierName.trim()}” but not the same. Check that it is the same legal entity (the business licence names it).`,
    };
  }
  return {
    verdict: 'mismatch',
    message: `The holder “${holder.trim()}” does not match the supplier “${supplierName.trim()}”. A certificate in another company’s name does not cover this supplier: ask the supplier why.`,
  };
}
