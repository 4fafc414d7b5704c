/**
 * Form checks for company identifiers the user types in. A form check only says the string
 * could be such an identifier; whether the company exists is for the official registry.
 */

export interface IdentifierCheck {
  ok: boolean;
  /** Why it is not well formed; empty when ok. */
  message: string;
}

const OK: IdentifierCheck = { ok: true, message: '' };
const bad = (message: string): IdentifierCheck => ({ ok: false, message });

/** Upper-case, full-width to ASCII, spaces and hyphens removed (people type them in groups). */
export function cleanIdentifier(s: string): string {
  return s.normalize('NFKC').toUpperCase().replace(/[\s-]+/g, '');
}

// GB 32100-2015: the 31 characters used (digits and capitals without I, O, S, V, Z) and the
// weights of positions 1..17 (3^(i-1) mod 31).
const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The check character (18th) of a USCC for its first 17 characters, per GB 32100-2015. */
export function usccCheckChar(first17: string): string | undefined {
  if (first17.length !== 17) return undefined;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = USCC_CHARS.indexOf(first17[i]);
    if (v < 0) return undefined;
    sum += v * USCC_WEIGHTS[i];
  }
  return USCC_CHARS[(31 - (sum % 31)) % 31];
}

/**
 * China's Unified Social Credit Code (统一社会信用代码): 18 characters; registration authority,
 * entity type, a 6-digit administrative division, a 9-character organisation code, and a check
 * character computed as in GB 32100-2015 (verified here).
 */
export function checkUscc(input: string): IdentifierCheck {
  const s = cleanIdentifier(input);
  if (s.length !== 18) return bad(`A USCC has 18 characters; this has ${s.length}.`);
  const badChar = [...s].find((c) => !USCC_CHARS.includes(c));
  if (badChar) return bad(`“${badChar}” never appears in a USCC (it uses digits and capitals except I, O, S, V, Z).`);
  if (!/^[0-9]{6}$/.test(s.slice(2, 8))) return bad('Characters 3 to 8 of a USCC are the 6-digit area code.');
  if (usccCheckChar(s.slice(0, 17)) !== s[17])
    return bad('The last character (check character) does not fit the other 17: a typo, or not a real USCC.');
  return OK;
}

const GSTIN_CHARS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** The GSTIN check character for its first 14 characters (mod-36 scheme of the GST Network). */
export function gstinCheckChar(first14: string): string | undefined {
  if (first14.length !== 14) return undefined;
  let sum = 0;
  for (let i = 0; i < 14; i++) {
    const v = GSTIN_CHARS.indexOf(first14[i]);
    if (v < 0) return undefined;
    const p = v * (i % 2 === 0 ? 1 : 2);
    sum += Math.floor(p / 36) + (p % 36);
  }
  return GSTIN_CHARS[(36 - (sum % 36)) % 36];
}

/**
 * India's GSTIN: 15 characters; a 2-digit state code, the holder's 10-character PAN (5 letters,
 * 4 digits, 1 letter), an entity number, normally "Z", and a check character.
 */
export function checkGstin(input: string): IdentifierCheck {
  const s = cleanIdentifier(input);
  if (s.length !== 15) return bad(`A GSTIN has 15 characters; this has ${s.length}.`);
  if (!/^[0-9]{2}$/.test(s.slice(0, 2))) return bad('A GSTIN starts with a 2-digit state code.');
  if (!/^[A-Z]{5}[0-9]{4}[A-Z]$/.test(s.slice(2, 12)))
    return bad('Characters 3 to 12 of a GSTIN are a PAN: 5 letters, 4 digits, 1 letter.');
  if (!/^[1-9A-Z]$/.test(s[12])) return bad('Character 13 of a GSTIN is the entity number (1–9 or a letter).');
  if (!/^[0-9A-Z]{2}$/.test(s.slice(13))) return bad('A GSTIN ends with two letters or digits.');
  if (gstinCheckChar(s.slice(0, 14)) !== s[14])
    return bad('The last character (check character) does not fit the other 14: a typo, or not a real GSTIN.');
  return OK;
}

/** India's Importer-Exporter Code: 10 characters (now the firm's PAN). Form only. */
export function checkIec(input: string): IdentifierCheck {
  const s = cleanIdentifier(input);
  return /^[0-9A-Z]{10}$/.test(s) ? OK : bad('An IEC has 10 letters or digits.');
}

/** D-U-N-S number: 9 digits. Form only. */
export function checkDuns(input: string): IdentifierCheck {
  const s = cleanIdentifier(input);
  return /^[0-9]{9}$/.test(s) ? OK : bad('A D-U-N-S number has 9 digits.');
}

/** VAT numbers differ by country: a 2-letter country prefix and 2–13 letters or digits. Form only. */
export function checkVat(input: string): IdentifierCheck {
  const s = cleanIdentifier(input);
  return /^[A-Z]{2}[0-9A-Z+*]{2,13}$/.test(s) ? OK : bad('A VAT number starts with a 2-letter country code, then 2 to 13 letters or digits.');
}
