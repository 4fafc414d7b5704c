import { describe, expect, it } from 'vitest';
import { compareHolderName, normalizeCompanyName } from '../../../lib/verify/holder-name';

describe('compareHolderName', () => {
  it.each([
    ['Ningbo Sunrise Co., Ltd.', 'NINGBO SUNRISE CO.,LTD'],
    ['Ningbo Sunrise Limited', 'Ningbo Sunrise Co., Ltd.'],
    ['Shenzhen Bright-Star Electronics Inc.', 'shenzhen bright star electronics'],
    ['ＮＩＮＧＢＯ　ＳＵＮＲＩＳＥ　ＣＯ．，ＬＴＤ．', 'Ningbo Sunrise Co., Ltd.'],
    ['宁波日出有限公司', '宁波日出股份有限公司'],
    ['Ningbo Sunrise Co.,Ltd', 'NingboSunrise Co Ltd'],
  ])('treats “%s” and “%s” as the same company', (a, b) => {
    expect(compareHolderName(a, b)).toEqual({ verdict: 'match', message: '' });
  });

  it('warns on a different company, naming both', () => {
    const r = compareHolderName('Hangzhou Other Trading Co., Ltd.', 'Ningbo Sunrise Co., Ltd.');
    expect(r.verdict).toBe('mismatch');
    expect(r.message).toContain('Hangzhou Other Trading Co., Ltd.');
    expect(r.message).toContain('Ningbo Sunrise Co., Ltd.');
    expect(r.message).toMatch(/does not match/);
  });

  it('calls a name with an extra word similar, not a match', () => {
    const r = compareHolderName('Ningbo Sunrise Electric Appliance Co., Ltd.', 'Sunrise Electric Appliance Co., Ltd.');
    expect(r.verdict).toBe('similar');
    expect(r.message).toMatch(/same legal entity/);
  });

  it('says nothing when either side is empty or only legal words', () => {
    expect(compareHolderName('', 'Ningbo Sunrise').verdict).toBe('empty');
    expect(compareHolderName('Co., Ltd.', 'Ningbo Sunrise').verdict).toBe('empty');
  });

  it('normalises punctuation, case, width and legal forms', () => {
    expect(normalizeCompanyName('ＡＢＣ Ｔｅｃｈ Co.,Ltd.')).toBe('abc tech');
    expect(normalizeCompanyName('A.B.C. (Xiamen) Industry & Trade Corp.')).toBe('a b c xiamen industry trade');
  });
});
