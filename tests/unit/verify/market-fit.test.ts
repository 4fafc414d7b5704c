import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../../lib/claims/catalog';
import { marketFit } from '../../../lib/verify/market-fit';

describe('marketFit', () => {
  it('lists what EU retail expects, split into claimed and missing', () => {
    const fit = marketFit(CATALOG, ['eu-retail'], ['iso-9001', 'amfori-bsci', 'alibaba-verified']);
    const ids = fit.items.map((i) => i.id);
    expect(ids).toEqual(expect.arrayContaining(['iso-9001', 'amfori-bsci', 'sedex-smeta', 'reach', 'rohs']));
    expect(fit.claimed.map((i) => i.id).sort()).toEqual(['amfori-bsci', 'iso-9001']);
    expect(fit.missing.map((i) => i.id)).toContain('sedex-smeta');
    expect(fit.missing.find((i) => i.id === 'sedex-smeta')!.askFor).toMatch(/ZC/);
  });

  it('never lists marketplace badges, bodies or accreditations as expected', () => {
    const all = marketFit(CATALOG, ['china', 'us', 'eu', 'global'], []);
    expect(all.items.map((i) => i.id)).not.toContain('cnas');
    for (const i of all.items) expect(['factory', 'product']).toContain(i.group);
  });

  it('puts factory documents before product documents and merges markets', () => {
    const fit = marketFit(CATALOG, ['us-retail', 'us'], []);
    const groups = fit.items.map((i) => i.group);
    expect(groups.indexOf('product')).toBeGreaterThan(groups.lastIndexOf('factory'));
    expect(fit.items.find((i) => i.id === 'fcc')!.markets.sort()).toEqual(['us', 'us-retail']);
  });

  it('expects nothing when no market is chosen', () => {
    expect(marketFit(CATALOG, [], ['iso-9001']).items).toEqual([]);
  });
});
