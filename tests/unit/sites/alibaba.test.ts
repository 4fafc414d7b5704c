import { describe, expect, it } from 'vitest';
import { PageScanSchema, type PageScan, type SupplierScan } from '../../../lib/scan/page-scan';
import { authTagId, storeOf } from '../../../lib/sites/alibaba';
import { CORPUS_NOTICE, hasCorpus, scanCorpus, scanDemo, scanFixture } from './helpers';

const only = (scan: PageScan): SupplierScan => {
  expect(scan.suppliers).toHaveLength(1);
  return scan.suppliers[0];
};
const ids = (s: SupplierScan, evidence?: 'platform' | 'supplier') =>
  s.claims.filter((c) => !evidence || c.evidence === evidence).map((c) => c.id);

describe('alibaba store keys', () => {
  it('takes the store subdomain from minisite, mobile and trustpass hosts', () => {
    expect(storeOf('zhenbenchina.en.alibaba.com')).toBe('zhenbenchina');
    expect(storeOf('zhenbenchina.m.en.alibaba.com')).toBe('zhenbenchina');
    expect(storeOf('indartexports.trustpass.alibaba.com')).toBe('indartexports');
    expect(storeOf('www.alibaba.com')).toBe('');
    expect(storeOf('en.alibaba.com')).toBe('');
  });
  it('maps platform audit tags to claim ids, and leaves unknown ones out', () => {
    expect(authTagId('BSCI')).toBe('amfori-bsci');
    expect(authTagId('ISO')).toBe('iso-unspecified');
    expect(authTagId('FSC')).toBe('fsc');
    expect(authTagId('AEO')).toBeUndefined();
  });
});

describe.skipIf(!hasCorpus)('alibaba adapter on saved pages', () => {
  it('product detail 1: supplier from the header strip and the card, no claims on a page without any', () => {
    const { scan } = scanCorpus('alibaba-product-1.html');
    expect(PageScanSchema.parse(scan)).toBeTruthy();
    expect(scan).toMatchObject({ marketplace: 'alibaba', pageKind: 'product', claims: [] });
    const s = only(scan);
    expect(s).toMatchObject({
      key: 'alibaba:zhenbenchina',
      name: 'Quanzhou Zhenben Network Technology Co., Ltd.',
      years: '6 yrs',
      country: 'CN',
      businessType: 'Trading Company',
    });
    // "Verified purchase(s)" in reviews and the empty module_certification give nothing.
    expect(s.claims).toEqual([]);
  });

  it('product detail 2: a manufacturer with the order-protection block, still no claims', () => {
    const s = only(scanCorpus('alibaba-product-2.html').scan);
    expect(s).toMatchObject({
      key: 'alibaba:hytek6688',
      name: 'Shenzhen Hongyi Electronic Technology Co., Ltd.',
      years: '7 yrs',
      businessType: 'Manufacturer,Distributor/Wholesaler',
    });
    expect(s.claims).toEqual([]);
  });

  it('search page: one record per supplier from the embedded data, audit tags as platform evidence with their auditor', () => {
    const { scan, anchors, hits } = scanCorpus('alibaba-search-1.html');
    expect(scan.pageKind).toBe('search');
    expect(scan.suppliers).toHaveLength(21);
    expect(scan.claims).toEqual([]); // the filter list (BSCI, ISO, FSC ...) is page chrome
    const byKey = new Map(scan.suppliers.map((s) => [s.key, s]));
    const szb = byKey.get('alibaba:szbcarts')!;
    expect(szb.name).toBe('Shenzhen Xinsichuang Arts And Crafts Co., Ltd.');
    expect(szb.claims).toContainEqual(expect.objectContaining({ id: 'amfori-bsci', evidence: 'platform', issuer: 'SGS' }));
    expect(szb.claims).toContainEqual(expect.objectContaining({ id: 'alibaba-verified', evidence: 'platform', issuer: 'SGS' }));
    expect(szb.claims).toContainEqual(expect.objectContaining({ id: 'alibaba-gold-supplier', evidence: 'platform' }));
    // Same company name, different store: its own record.
    expect(byKey.get('alibaba:bcarts')?.name).toBe('Shenzhen Xinsichuang Arts And Crafts Co., Ltd.');
    const kb = byKey.get('alibaba:kbhomegm02')!;
    expect(kb.claims).toContainEqual(expect.objectContaining({ id: 'iso-unspecified', evidence: 'platform', issuer: 'TÜV Rheinland', flags: ['vague'] }));
    expect(ids(byKey.get('alibaba:mayco')!, 'platform')).toEqual(expect.arrayContaining(['fsc', 'amfori-bsci']));
    // Not assessed: no Verified claim.
    expect(ids(byKey.get('alibaba:tyyggy')!)).not.toContain('alibaba-verified');
    expect(byKey.get('alibaba:indartexports')).toMatchObject({ name: 'INDART EXPORTS', country: 'India' });
    // The 8 server-rendered cards are anchors for the per-card markers.
    expect(anchors.size).toBe(8);
    expect(anchors.get('alibaba:eager')?.querySelector('[data-pid="62415607427"]')).toBeTruthy();
    // The rendered Verified icons are highlighted as badges.
    expect(hits.filter((h) => h.element && h.id === 'alibaba-verified')).toHaveLength(3);
  });

  it('2018 company tab: store from its links, onsite/assessment icons as one platform claim', () => {
    const s = only(scanCorpus('alibaba-product-companyfragment-1.html').scan);
    expect(s.key).toBe('alibaba:weimo-luxe');
    expect(s.businessType).toBe('Manufacturer, Trading Company');
    expect(s.claims).toEqual([expect.objectContaining({ id: 'alibaba-verified', evidence: 'platform' })]);
  });
});

describe.runIf(!hasCorpus)('alibaba adapter on saved pages', () => {
  it.skip(CORPUS_NOTICE, () => {});
});

describe('alibaba adapter on constructed and demo pages', () => {
  it('minisite profile: certificates from the rendered section and the embedded JSON, counted once', () => {
    const { scan } = scanFixture('alibaba-minisite-profile.html');
    expect(scan.pageKind).toBe('supplier');
    const s = only(scan);
    expect(s).toMatchObject({ key: 'alibaba:brightleafhome', name: 'Ningbo Brightleaf Housewares Co., Ltd.', years: '6 yrs' });
    const iso = s.claims.find((c) => c.id === 'iso-9001' && c.certificateNumber);
    expect(iso).toMatchObject({ certificateNumber: 'BL-QMS-20417', validUntil: '2027-03-31', occurrences: 1 });
    // LFGB and CE exist only in the JSON (not rendered yet).
    expect(ids(s)).toEqual(expect.arrayContaining(['lfgb', 'ce', 'amfori-bsci']));
    expect(s.claims.find((c) => c.id === 'amfori-bsci')?.occurrences).toBe(1);
    // Buyer reviews ("FDA approved") and the footer's inspection-firm names are not the supplier's claims.
    expect(ids(s)).not.toContain('fda-registration');
    expect(ids(s)).not.toContain('sgs');
    expect(ids(s)).not.toContain('alibaba-trade-assurance');
  });

  it('demo product page: red flags with certificate details; Alibaba promotions and notices are not claims', () => {
    const { scan, hits } = scanDemo('alibaba-product.html');
    const s = only(scan);
    expect(s.key).toBe('alibaba:northstardrink');
    const iso = s.claims.find((c) => c.id === 'iso-9001');
    expect(iso).toMatchObject({ version: 'ISO 9001:2008', certificateNumber: 'NSQ-2013-0457', validUntil: '2016-09-14' });
    expect(iso?.flags).toEqual(expect.arrayContaining(['obsolete', 'expired']));
    expect(s.claims.find((c) => c.id === 'amfori-bsci')?.flags).toContain('misnomer');
    expect(s.claims.find((c) => c.id === 'ce')?.flags).toContain('misnomer');
    expect(s.claims.find((c) => c.id === 'fda-registration')?.flags).toContain('misnomer');
    expect(s.claims.find((c) => c.id === 'iso-unspecified')?.flags).toContain('vague');
    expect(s.claims.find((c) => c.id === 'iso-14001')).toMatchObject({ issuer: 'SGS', validUntil: '2027-05-20' });
    // "Trade Assurance" appears in the header promo and in module_ta_plus on every product page.
    expect(ids(s)).not.toContain('alibaba-trade-assurance');
    expect(ids(s)).not.toContain('alibaba-gold-supplier');
    expect(ids(s)).not.toContain('rohs'); // only in Alibaba's risk-control notice
    // Every supplier-text claim is highlighted somewhere in the page.
    for (const c of s.claims) expect(hits.some((h) => h.id === c.id), c.id).toBe(true);
  });

  it('demo minisite profile: misnomers and obsolete standards from the sections, reviews left out', () => {
    const s = only(scanDemo('alibaba-minisite-profile.html').scan);
    expect(s.key).toBe('alibaba:evergreenkitchen');
    expect(s.claims.find((c) => c.id === 'sedex-smeta')?.flags).toContain('misnomer');
    expect(s.claims.find((c) => c.id === 'ohsas-18001')?.flags).toContain('obsolete');
    expect(s.claims.find((c) => c.id === 'iatf-16949')?.flags).toContain('obsolete');
    expect(ids(s)).toContain('rohs'); // from the JSON only
    expect(ids(s)).not.toContain('ce'); // "CE certified" is in a buyer review
  });
});
