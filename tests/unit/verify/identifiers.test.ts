import { describe, expect, it } from 'vitest';
import { checkDuns, checkGstin, checkIec, checkUscc, checkVat, usccCheckChar } from '../../../lib/verify/identifiers';

describe('USCC (GB 32100-2015)', () => {
  // The standard's own example and two codes printed on large firms' public business licences.
  it.each(['91350100M000100Y43', '914403001922038216', '91440300708461136T'])('accepts %s', (s) => {
    expect(checkUscc(s)).toEqual({ ok: true, message: '' });
  });

  it('accepts lower case, spaces and full-width characters as typed', () => {
    expect(checkUscc('9135 0100 m000 100y43').ok).toBe(true);
    expect(checkUscc('９１３５０１００Ｍ０００１００Ｙ４３').ok).toBe(true);
  });

  it('rejects a changed character through the check character', () => {
    const r = checkUscc('91350100M000100Y44');
    expect(r.ok).toBe(false);
    expect(r.message).toMatch(/check character/);
    // Every single-character change of a valid code is caught (the weights are all non-zero mod 31).
    const valid = '91440300708461136T';
    for (let i = 0; i < 17; i++) {
      const c = valid[i] === '0' ? '1' : '0';
      expect(checkUscc(valid.slice(0, i) + c + valid.slice(i + 1)).ok, `position ${i + 1}`).toBe(false);
    }
  });

  it('explains wrong length and letters a USCC never uses', () => {
    expect(checkUscc('9135010').message).toMatch(/18 characters; this has 7/);
    expect(checkUscc('91350100M000100I43').message).toMatch(/“I” never appears/);
    expect(usccCheckChar('short')).toBeUndefined();
  });
});

describe('GSTIN', () => {
  it.each(['27AAPFU0939F1ZV', '29AAGCB7383J1Z4'])('accepts %s', (s) => {
    expect(checkGstin(s).ok).toBe(true);
  });
  it('rejects a typo, a bad PAN part, and a wrong length', () => {
    expect(checkGstin('27AAPFU0939F1ZW').message).toMatch(/check character/);
    expect(checkGstin('27AAPF10939F1ZV').message).toMatch(/PAN/);
    expect(checkGstin('27AAPFU0939F1Z').message).toMatch(/15 characters/);
  });
});

describe('IEC, DUNS, VAT (form only)', () => {
  it('checks length and characters', () => {
    expect(checkIec('AAPFU0939F').ok).toBe(true);
    expect(checkIec('12345').ok).toBe(false);
    expect(checkDuns('15-048-3782').ok).toBe(true);
    expect(checkDuns('15048378').ok).toBe(false);
    expect(checkVat('DE123456789').ok).toBe(true);
    expect(checkVat('123456789').ok).toBe(false);
  });
});
