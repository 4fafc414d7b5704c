import { describe, expect, it } from 'vitest';
import { scanFixture } from './helpers';

describe('1688 adapter (constructed fixture from the documented offer model)', () => {
  it('offer page: member id key, company from the model, Chinese badges as platform claims, Chinese claim text', () => {
    const { scan } = scanFixture('1688-offer.html');
    expect(scan).toMatchObject({ marketplace: '1688', pageKind: 'product', claims: [] });
    const s = scan.suppliers[0];
    expect(s).toMatchObject({ key: '1688:2200012345678', name: '永康市示例杯业有限公司', country: 'China' });
    expect(s.badges).toEqual(['实力商家', '诚信通']);
    expect(s.claims.filter((c) => c.evidence === 'platform').map((c) => c.id)).toEqual(['1688-shili-shangjia', '1688-chengxintong']);
    // "ISO9001认证工厂 … CE认证" in the title.
    expect(s.claims.filter((c) => c.evidence === 'supplier').map((c) => c.id)).toEqual(expect.arrayContaining(['iso-9001', 'ce']));
    // The site's own nav ("诚信通服务介绍", "实力商家招募") is not a badge of this seller.
    expect(s.claims.filter((c) => c.id === '1688-chengxintong')).toHaveLength(1);
  });
});
