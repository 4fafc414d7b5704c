import { describe, expect, it } from 'vitest';
import { supplierIdOf } from '../../../lib/sites/global-sources';
import { scanFixture } from './helpers';

describe('global sources adapter (constructed fixtures from documented selectors)', () => {
  it('reads the supplier id from every documented URL form', () => {
    expect(supplierIdOf('https://www.globalsources.com/si/6008800000001.html')).toBe('6008800000001');
    expect(supplierIdOf('https://manufacturer.globalsources.com/homepage_6008800000001.htm')).toBe('6008800000001');
    expect(supplierIdOf('https://manufacturer.globalsources.com/company-profile_6008800000001.htm')).toBe('6008800000001');
    expect(supplierIdOf('https://www.globalsources.com/si/AS/Coralpeak/6008800000001/Homepage.htm')).toBe('6008800000001');
  });

  it('supplier page: profile name, Verified Supplier label as the platform claim, claims of the main column only', () => {
    const { scan } = scanFixture('global-sources-supplier.html');
    const s = scan.suppliers[0];
    expect(s).toMatchObject({ key: 'global-sources:6008800000001', name: 'Shenzhen Coralpeak Audio Co., Ltd.', years: '9 yrs', businessType: 'Manufacturer, Exporter' });
    expect(s.claims.filter((c) => c.evidence === 'platform').map((c) => c.id)).toEqual(['global-sources-verified']);
    expect(s.claims.find((c) => c.id === 'fcc')?.certificateNumber).toBe('2ABCD-CP100');
    // The badge label is not read again as supplier text (it would look like Alibaba's badge).
    expect(s.claims.map((c) => c.id)).not.toContain('alibaba-verified');
  });

  it('search list: one record per card, badge only on the card that shows it', () => {
    const { scan, anchors } = scanFixture('global-sources-search.html');
    expect(scan.suppliers.map((s) => s.key)).toEqual(['global-sources:6008811110001', 'global-sources:6008822220002']);
    expect(scan.suppliers[0].claims.map((c) => c.id)).toEqual(['global-sources-verified', 'iso-9001', 'amfori-bsci']);
    expect(scan.suppliers[1].claims.map((c) => c.id)).toEqual(['ce', 'fcc', 'rohs']);
    expect(anchors.size).toBe(2);
    expect(scan.claims).toEqual([]); // the filter bar is chrome
  });
});
