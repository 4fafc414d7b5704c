import { describe, expect, it } from 'vitest';
import { PageScanSchema, type SupplierScan } from '../../../lib/scan/page-scan';
import { hiddenRest, subOf } from '../../../lib/sites/made-in-china';
import { CORPUS_NOTICE, hasCorpus, scanCorpus, scanDemo, scanFixture } from './helpers';

const ids = (s: SupplierScan, evidence?: 'platform' | 'supplier') =>
  s.claims.filter((c) => !evidence || c.evidence === evidence).map((c) => c.id);

describe('made-in-china helpers', () => {
  it('keys suppliers by the minisite subdomain', () => {
    expect(subOf('bidisco.en.made-in-china.com')).toBe('bidisco');
    expect(subOf('www.made-in-china.com')).toBe('');
  });
  it('reads only the part of a cut-off certification list that the page hides', () => {
    expect(hiddenRest('ISO 9001, BSCI', 'ISO 9001, BSCI')).toBe('');
    expect(hiddenRest('ISO 9001, ISO 9000, ISO 14001, OHSAS 18001, GMP', 'ISO 9001, ISO 9000, ISO 14...')).toBe('ISO 14001, OHSAS 18001, GMP');
    expect(hiddenRest('ISO 9001, ISO 9000, ISO 14001, OHSAS 18001, GMP', 'ISO 9001, ISO 9000, ISO 14001...')).toBe('OHSAS 18001, GMP');
    expect(hiddenRest('ISO 9001, GMP', '')).toBe('ISO 9001, GMP');
  });
});

describe.skipIf(!hasCorpus)('made-in-china adapter on saved pages', () => {
  it('supplier home: name, key, membership and audit badges as platform claims, certificates from the profile text', () => {
    const { scan, hits } = scanCorpus('made-in-china-company-1.html');
    expect(PageScanSchema.parse(scan)).toBeTruthy();
    expect(scan).toMatchObject({ marketplace: 'made-in-china', pageKind: 'supplier', claims: [] });
    expect(scan.suppliers).toHaveLength(1);
    const s = scan.suppliers[0];
    expect(s).toMatchObject({
      key: 'made-in-china:bidisco',
      name: 'Dongguan Bidisco Electric CO., LTD',
      years: 'Since 2011',
      country: 'China',
      businessType: 'Manufacturer/Factory & Trading Company',
    });
    expect(s.badges).toEqual(['Diamond Member', 'Audited Supplier']);
    expect(ids(s, 'platform')).toEqual(['mic-membership', 'mic-audited-supplier']);
    // "5. Certified: ISO9001 amfori BSCI" and "...passed the ISO9001 ... and BSCI ..." (text-excerpts A1).
    expect(s.claims.find((c) => c.id === 'iso-9001')).toMatchObject({ evidence: 'supplier', text: 'ISO9001', occurrences: 2 });
    expect(s.claims.find((c) => c.id === 'amfori-bsci')).toMatchObject({ evidence: 'supplier', occurrences: 2 });
    expect(ids(s, 'supplier')).toEqual(expect.arrayContaining(['ce', 'ccc', 'kc', 'pse', 'etl']));
    // The membership tooltip "Suppliers with verified business licenses" is not a claim of its own.
    expect(s.claims.filter((c) => c.evidence === 'platform')).toHaveLength(2);
    // Badges are highlighted as elements; text claims map to text nodes of the profile.
    expect(hits.filter((h) => h.element).map((h) => h.id)).toEqual(['mic-membership', 'mic-audited-supplier']);
    const iso = hits.find((h) => h.id === 'iso-9001')!;
    expect(iso.pieces.map((p) => p.node.data.slice(p.start, p.end)).join('')).toBe('ISO9001');
  });

  it('directory list: 30 suppliers, each with its own badges and certification row', () => {
    const { scan, anchors } = scanCorpus('made-in-china-search-1.html');
    expect(scan.pageKind).toBe('search');
    expect(scan.suppliers).toHaveLength(30);
    expect(anchors.size).toBe(30);
    expect(new Set(scan.suppliers.map((s) => s.key)).size).toBe(30);
    const byName = new Map(scan.suppliers.map((s) => [s.name, s]));
    // text-excerpts A2, row by row.
    const lianping = byName.get('Dongguan Lianping Luggage Products Co., Ltd.')!;
    expect(lianping.key).toBe('made-in-china:lianpingbag');
    expect(lianping.badges).toEqual(['Gold Member', 'Audited Supplier']);
    expect(ids(lianping, 'supplier')).toEqual(['iso-9001', 'iso-9000', 'amfori-bsci']);
    expect(lianping.claims.find((c) => c.id === 'iso-9000')?.flags).toContain('not-certifiable');
    expect(byName.get('Dongguan Lintai Luggage Co., Ltd.')!.claims.find((c) => c.id === 'iso-9001')?.version).toBe('ISO 9001:2015');
    expect(ids(byName.get('Dongguan Shengfeng Industrial Co., Ltd.')!, 'supplier')).toEqual(
      expect.arrayContaining(['iso-9001', 'iatf-16949', 'gmp']),
    );
    expect(ids(byName.get('Fuzhou Haomin Imp. & Exp. Co., Ltd.')!, 'supplier')).toEqual(['iso-9001', 'amfori-bsci', 'sedex-smeta']);
    const fire = byName.get('Fire Mountain Technology Co., Ltd.')!;
    expect(fire.badges).toEqual(['Gold Member']);
    expect(ids(fire, 'platform')).not.toContain('mic-audited-supplier');
    // The card whose visible list is cut off: the full 38-item list comes from the span's title.
    const pile = scan.suppliers.find((s) => s.flags.includes('implausible'));
    expect(pile?.key).toBe('made-in-china:himtop');
    expect(ids(pile!, 'supplier')).toEqual(expect.arrayContaining(['ohsas-18001', 'sa8000', 'wrap', 'iso-17025', 'fsc', 'ifs']));
    expect(pile!.claims.find((c) => c.id === 'iso-9001')?.occurrences).toBe(1);
    expect(pile!.flagReasons?.[0]).toMatch(/standards/);
    // Only that one card is implausible; "ISO 9001, ISO 9000, BSCI" is ordinary.
    expect(scan.suppliers.filter((s) => s.flags.includes('implausible'))).toHaveLength(1);
  });
});

describe.runIf(!hasCorpus)('made-in-china adapter on saved pages', () => {
  it.skip(CORPUS_NOTICE, () => {});
});

describe('made-in-china adapter on constructed and demo pages', () => {
  it('product page: supplier box, certification attribute row as a claim list, badges', () => {
    const { scan } = scanFixture('made-in-china-product.html');
    expect(scan.pageKind).toBe('product');
    const s = scan.suppliers[0];
    expect(s).toMatchObject({ key: 'made-in-china:swiftmix', name: 'Yongkang Swiftmix Appliance Co., Ltd.', businessType: 'Manufacturer/Factory', country: 'China' });
    expect(ids(s, 'platform')).toEqual(expect.arrayContaining(['mic-audited-supplier', 'mic-membership']));
    expect(ids(s, 'supplier')).toEqual(expect.arrayContaining(['ce', 'rohs', 'fcc', 'ul']));
  });

  it('product-search list: one record per supplier across its product cards, product names read', () => {
    const { scan, anchors } = scanFixture('made-in-china-product-search.html');
    expect(scan.pageKind).toBe('search');
    expect(scan.suppliers.map((s) => s.key)).toEqual(['made-in-china:windrose-beauty', 'made-in-china:sunpeak-tools']);
    const windrose = scan.suppliers[0];
    expect(windrose).toMatchObject({ country: 'China', businessType: 'Manufacturer/Factory', badges: ['Diamond Member', 'Audited Supplier'] });
    expect(ids(windrose, 'supplier')).toEqual(['ce', 'gs-mark', 'etl']); // from both of its product cards
    expect(ids(scan.suppliers[1])).toEqual(['mic-membership']);
    expect(anchors.size).toBe(2);
    expect(scan.claims).toEqual([]);
  });

  it('audited-supplier report page: header badges, report lines, site chrome left out', () => {
    const { scan } = scanFixture('made-in-china-report.html');
    expect(scan.pageKind).toBe('supplier');
    const s = scan.suppliers[0];
    expect(s.key).toBe('made-in-china:tidewell');
    expect(s.claims.find((c) => c.id === 'iso-9001')).toMatchObject({ certificateNumber: 'TW-0098-Q', validUntil: '2026-01-15' });
    expect(s.claims.find((c) => c.id === 'iso-9001')?.flags).toContain('expired');
    expect(ids(s, 'supplier')).toEqual(expect.arrayContaining(['sedex-smeta', 'gots']));
    expect(ids(s)).not.toContain('sgs'); // only in the site header
  });

  it('demo supplier home: every red flag of the seed article is found', () => {
    const s = scanDemo('made-in-china-supplier.html').scan.suppliers[0];
    expect(s.key).toBe('made-in-china:clearwater-appliance');
    const flagged = (id: string) => s.claims.filter((c) => c.id === id).flatMap((c) => c.flags);
    expect(flagged('iso-9001')).toEqual(expect.arrayContaining(['obsolete', 'expired']));
    expect(flagged('ohsas-18001')).toContain('obsolete');
    expect(flagged('amfori-bsci')).toContain('misnomer');
    expect(flagged('ce')).toContain('misnomer');
    expect(flagged('fda-registration')).toContain('misnomer');
    expect(flagged('iso-unspecified')).toContain('vague');
    expect(s.claims.find((c) => c.id === 'ul')?.certificateNumber).toBe('E512345');
  });

  it('demo directory: four cards, the pile of standards flagged implausible', () => {
    const { scan, anchors } = scanDemo('made-in-china-directory.html');
    expect(scan.suppliers.map((s) => s.key)).toEqual([
      'made-in-china:harbourlight',
      'made-in-china:summitcup',
      'made-in-china:brookfield-home',
      'made-in-china:pinecrest-bottle',
    ]);
    expect(anchors.size).toBe(4);
    expect(scan.suppliers[1].flags).toEqual(['implausible']);
    expect(scan.suppliers[2].claims.find((c) => c.id === 'iso-9001')?.flags).toContain('obsolete');
    expect(scan.claims).toEqual([]); // the filter bar "Mgmt. Certification: ISO 9001 ..." is chrome
  });
});
