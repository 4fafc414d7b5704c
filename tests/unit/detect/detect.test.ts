// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { ClaimId } from '../../../lib/claims/ids';
import { detect, type DetectOptions, type Match } from '../../../lib/detect';

const NOW = new Date('2026-11-27T12:00:00Z');
const run = (text: string, opts: DetectOptions = {}) => detect(text, { now: NOW, ...opts });
const ids = (text: string, opts?: DetectOptions) => run(text, opts).map((m) => m.id);
const one = (text: string, opts?: DetectOptions): Match => {
  const ms = run(text, opts);
  expect(ms, `one claim in "${text}", got ${JSON.stringify(ms.map((m) => [m.id, m.text]))}`).toHaveLength(1);
  return ms[0];
};

describe('spellings as on real pages', () => {
  const cases: Array<[string, ClaimId]> = [
    ['ISO9001', 'iso-9001'], ['ISO 9001:2015', 'iso-9001'], ['ISO-9001', 'iso-9001'], ['ISO 9001-2015', 'iso-9001'],
    ['ISO9001:2015', 'iso-9001'], ['ISO 9001：2015', 'iso-9001'], ['ＩＳＯ　９００１', 'iso-9001'], ['BS EN ISO 9001:2015', 'iso-9001'],
    ['EN ISO 13485:2016', 'iso-13485'], ['IATF16949', 'iatf-16949'], ['IATF 16949:2016', 'iatf-16949'], ['SA 8000', 'sa8000'],
    ['SA8000:2014', 'sa8000'], ['OHSAS/ OHSMS 18001', 'ohsas-18001'], ['amfori BSCI', 'amfori-bsci'], ['BSCI', 'amfori-bsci'],
    ['SMETA 4-pillar', 'sedex-smeta'], ['Sedex', 'sedex-smeta'], ['OEKO-TEX STANDARD 100', 'oeko-tex'], ['Öko-Tex', 'oeko-tex'],
    ['FSC-C123456', 'fsc'], ['cETLus', 'etl'], ['UL listed', 'ul'], ['cULus', 'ul'], ['ISO/IEC 27001:2022', 'iso-27001'],
    ['ISO 45001', 'iso-45001'], ['ISO 50001', 'iso-50001'], ['ISO/IEC 17025', 'iso-17025'], ['FSSC 22000', 'fssc-22000'],
    ['HACCP', 'haccp'], ['BRCGS', 'brcgs'], ['IFS Food', 'ifs'], ['GMPC', 'gmp'], ['AS9100D', 'as9100'], ['C-TPAT', 'c-tpat'],
    ['CTPAT', 'c-tpat'], ['GOTS', 'gots'], ['Global Recycled Standard', 'grs'], ['PEFC', 'pefc'], ['UKCA', 'ukca'],
    ['FCC ID', 'fcc'], ['RoHS', 'rohs'], ['CPSIA', 'cpc'], ['FDA', 'fda-registration'], ['LFGB', 'lfgb'], ['Prop 65', 'prop-65'],
    ['Energy Star', 'energy-star'], ['SASO', 'saso'], ['CNAS', 'cnas'], ['SGS', 'sgs'], ['TÜV SÜD', 'tuv'], ['TUV Rheinland', 'tuv'],
    ['Bureau Veritas', 'bureau-veritas'], ['Intertek', 'intertek'], ['DNV', 'dnv'], ['LRQA', 'lrqa'], ['QIMA', 'qima'],
    ['质量管理体系认证', 'iso-9001'], ['环境管理体系认证', 'iso-14001'], ['职业健康安全管理体系', 'iso-45001'],
    ['3C认证', 'ccc'], ['CCC认证', 'ccc'], ['BSCI验厂', 'amfori-bsci'], ['GB/T 19001-2016', 'iso-9001'], ['GB/T 24001', 'iso-14001'],
    ['GB/T 28001', 'ohsas-18001'], ['中国强制性产品认证', 'ccc'], ['诚信通', '1688-chengxintong'], ['Trade Assurance', 'alibaba-trade-assurance'],
    ['Audited Supplier', 'mic-audited-supplier'], ['TrustSEAL', 'indiamart-trustseal'],
  ];
  it.each(cases)('%s -> %s', (text, id) => {
    const m = one(`We hold ${text} since 2019.`);
    expect(m.id).toBe(id);
    expect(m.text).toContain(text.split(/[\s:：-]/)[0].replace('Ｉ', 'Ｉ'));
  });

  it('keeps Latin word boundaries: no claim inside longer words or model numbers', () => {
    expect(ids('MISO9001 PRICE CEO ULTRA GST BSCIX XBSCI')).toEqual([]);
    expect(ids('GS1 barcodes and the CE300 model', { claimList: true })).toEqual([]);
  });

  it('finds Chinese names with no word boundaries and merges "ISO9001质量管理体系认证" into one claim', () => {
    const ms = run('我司通过ISO9001质量管理体系认证和环境管理体系认证');
    expect(ms.map((m) => [m.id, m.text])).toEqual([
      ['iso-9001', 'ISO9001质量管理体系认证'],
      ['iso-14001', '环境管理体系认证'],
    ]);
  });

  it('reads "ISO 9001/14001" and "ISO 9001, 14001 and 45001" as separate standards', () => {
    expect(ids('ISO 9001/14001')).toEqual(['iso-9001', 'iso-14001']);
    expect(ids('ISO 9001, 14001 and 45001 certified')).toEqual(['iso-9001', 'iso-14001', 'iso-45001']);
    expect(ids('ISO 9001, 2015 edition')).toEqual(['iso-9001']);
  });
});

describe('look-alikes are not claims', () => {
  const negatives = [
    'Message from our CEO', 'Best PRICE guaranteed', 'ULTRA thin design', 'GST included', 'WRAP it in film before packing',
    'We REACH customers in 80 countries', 'IFS Cloud is our ERP', 'Shipped in an ISO container', 'Dates use ISO 8601',
    'Country codes follow ISO 3166', 'New GS Smartwatch with GPS', 'Colours: RED, BLUE, GREEN', 'Exported to GCC countries',
    'CQC registered care home, rated Good by the Care Quality Commission', 'Alibaba Gold Member since 2012, GS for short',
    'Camera up to ISO 6400', 'The ETL pipeline', 'Use CPC ads', 'An ERP system', 'Wrap the parts in bubble wrap',
  ];
  it.each(negatives)('%s', (text) => {
    expect(run(text).filter((m) => !['mic-membership'].includes(m.id))).toEqual([]);
  });

  it('"Gold Supplier" is the Alibaba membership, not the GS mark', () => {
    expect(ids('Gold Supplier for 8 years')).toEqual(['alibaba-gold-supplier']);
  });
  it('hard negatives hold even in a claim list', () => {
    expect(ids('IFS Cloud', { claimList: true })).toEqual([]);
    expect(ids('ISO 8601', { claimList: true })).toEqual([]);
    expect(ids('GCC countries', { claimList: true })).toEqual([]);
  });
});

describe('ambiguous short names need context', () => {
  const amb: Array<[string, ClaimId]> = [
    ['CE', 'ce'], ['UL', 'ul'], ['GS', 'gs-mark'], ['WRAP', 'wrap'], ['REACH', 'reach'], ['PSE', 'pse'], ['KC', 'kc'],
    ['CCC', 'ccc'], ['CQC', 'cqc'], ['RCM', 'rcm'], ['BIS', 'bis'], ['EAC', 'eac'], ['CB', 'cb-scheme'], ['ETL', 'etl'],
    ['CPC', 'cpc'], ['RED', 'emc-lvd-red'], ['BRC', 'brcgs'], ['IFS', 'ifs'], ['GRS', 'grs'], ['GSV', 'gsv'],
  ];
  it.each(amb)('%s alone: no claim; in a claim list, beside a certification word, or listed with another claim: %s', (name, id) => {
    expect(ids(`Model ${name} 2024 edition`)).toEqual([]);
    expect(ids(name, { claimList: true })).toEqual([id]);
    expect(ids(`${name} certified`)).toEqual([id]);
    expect(ids(`Certifications: ${name}`)).toEqual([id]);
    expect(ids(`${name}, RoHS`)).toEqual([id, 'rohs']);
  });

  it('unknown ISO standards are iso-other only with context', () => {
    expect(ids('ISO 20000 certified')).toEqual(['iso-other']);
    expect(ids('ISO 14064', { claimList: true })).toEqual(['iso-other']);
    expect(ids('see ISO 10012 for details')).toEqual([]);
  });
});

describe('versions and red flags', () => {
  const versions: Array<[string, string, string[]]> = [
    ['ISO 9001:2008', 'ISO 9001:2008', ['obsolete']],
    ['ISO 9001:2000', 'ISO 9001:2000', ['obsolete']],
    ['ISO 9001:2015', 'ISO 9001:2015', []],
    // ISO 9001:2026 is published (late 2026): a current edition on 2026-11-27.
    ['ISO 9001:2026', 'ISO 9001:2026', []],
    ['ISO 14001:2004', 'ISO 14001:2004', ['obsolete']],
    ['ISO 14001:2015', 'ISO 14001:2015', []],
    ['OHSAS 18001', 'OHSAS 18001', ['obsolete']],
    ['BS OHSAS 18001:2007', 'OHSAS 18001', ['obsolete']],
    ['ISO/TS 16949', 'ISO/TS 16949', ['obsolete']],
    ['TS16949', 'ISO/TS 16949', ['obsolete']],
    ['ISO 13485:2003', 'ISO 13485:2003', ['obsolete']],
    ['ISO 22000:2005', 'ISO 22000:2005', ['obsolete']],
    ['ISO/IEC 27001:2013', 'ISO/IEC 27001:2013', ['obsolete']],
    ['ISO 50001:2011', 'ISO 50001:2011', ['obsolete']],
    ['AS9100C', 'AS9100C', ['obsolete']],
    ['AS9100 Rev D', 'AS9100D', []],
    ['GB/T 19001-2008', 'ISO 9001:2008', ['obsolete']],
    ['GB/T 19001-2016', 'ISO 9001:2015', []],
    ['GB/T 28001-2011', 'OHSAS 18001', ['obsolete']],
  ];
  it.each(versions)('%s -> version %s %j', (text, version, flags) => {
    const m = one(`certified: ${text}`);
    expect(m.version).toBe(version);
    expect(m.flags).toEqual(flags);
  });
  it('ISO/TS 16949 is iatf-16949', () => expect(one('ISO/TS 16949').id).toBe('iatf-16949'));
  it('GB/T 28001 is ohsas-18001', () => expect(one('GB/T 28001').id).toBe('ohsas-18001'));

  it('ISO 9000 and ISO 14000 are not certifiable', () => {
    expect(run('ISO 9000, ISO 14000').map((m) => [m.id, m.flags])).toEqual([
      ['iso-9000', ['not-certifiable']],
      ['iso-14000', ['not-certifiable']],
    ]);
  });

  it('bare ISO claims are vague; "ISO approved" is also a misnomer', () => {
    expect(one('an ISO certified factory').flags).toEqual(['vague']);
    expect(one('ISO factory with 200 workers')).toMatchObject({ id: 'iso-unspecified', flags: ['vague'] });
    expect(one('certified by ISO').flags).toEqual(['vague']);
    expect(one('ISO approved').flags).toEqual(['vague', 'misnomer']);
  });

  const misnomers: Array<[string, ClaimId]> = [
    ['BSCI certified', 'amfori-bsci'], ['BSCI certificate', 'amfori-bsci'], ['BSCI认证', 'amfori-bsci'],
    ['SEDEX certified', 'sedex-smeta'], ['SMETA certified', 'sedex-smeta'], ['BEPI certified', 'amfori-bepi'],
    ['CE certified factory', 'ce'], ['CE certificate', 'ce'], ['FDA approved', 'fda-registration'],
    ['FDA certified', 'fda-registration'], ['FDA certificate', 'fda-registration'], ['RoHS certificate', 'rohs'],
    ['REACH certified', 'reach'], ['Prop 65 certified', 'prop-65'], ['LFGB certified', 'lfgb'], ['CPSC certified', 'cpc'],
    ['CPSC approved', 'cpc'], ['CNAS certified', 'cnas'], ['QIMA certified', 'qima'], ['Walmart certified', 'retailer-audit'],
    ['Disney certified', 'disney-fama'], ['C-TPAT certified', 'c-tpat'],
  ];
  it.each(misnomers)('%s is a misnomer (%s), and the highlight covers the wording', (text, id) => {
    const m = one(`We are ${text}.`);
    expect(m.id).toBe(id);
    expect(m.flags).toContain('misnomer');
    expect(m.text).toBe(text);
  });
  it('correct wording is not flagged', () => {
    for (const text of ['BSCI audit grade B', 'CE marking', 'CE certified charger', 'FDA registered facility', 'RoHS compliant', 'SMETA 4-pillar audit']) {
      expect(one(text).flags, text).toEqual([]);
    }
    expect(one('approved by the FDA').flags).toEqual(['misnomer']);
  });
});

describe('certificate number, issuer and validity near a claim', () => {
  it('extracts what the sentence states', () => {
    const ms = run('ISO 9001:2015 certificate, Cert. No.: CN09/12345, issued by TÜV SÜD, valid until 2027-03-01');
    // The certification body is a claim of its own (the panel explains who TÜV SÜD is).
    expect(ms.map((m) => m.id)).toEqual(['iso-9001', 'tuv']);
    const m = ms[0];
    expect(m).toMatchObject({ id: 'iso-9001', certificateNumber: 'CN09/12345', issuer: 'TÜV SÜD', validUntil: '2027-03-01' });
    expect(m.flags).toEqual([]);
  });
  it.each([
    ['证书编号：00122Q31234R1M 质量管理体系认证', undefined],
    ['ISO 14001 证书编号：00122E31234R1M', '00122E31234R1M'],
    ['ISO 9001 Certificate No 12 100 45678', '12 100 45678'],
    ['FSC-C123456', 'FSC-C123456'],
    ['UL listed, file E123456', 'E123456'],
    ['FCC ID: 2ABCD-XYZ123', '2ABCD-XYZ123'],
    ['Sedex member ZC1234567', 'ZC1234567'],
    ['CE 0123', 'NB 0123'],
  ])('%s -> %s', (text, number) => {
    expect(run(text)[0].certificateNumber).toBe(number);
  });
  it.each([
    ['ISO 9001 (SGS)', 'SGS'], ['ISO 9001 certified by Bureau Veritas', 'Bureau Veritas'], ['ISO 9001 audited by BV', 'Bureau Veritas'],
    ['ISO 9001 issued by Intertek', 'Intertek'], ['ISO 14001 certificate from DNV GL', 'DNV'], ['ISO 9001 by LRQA', 'LRQA'],
    ['CCC certificate issued by CQC', 'CQC'], ['ISO 9001 certified by CQM', 'CQM'], ['TÜV Rheinland GS mark', 'TÜV Rheinland'],
  ])('%s -> issuer %s', (text, issuer) => {
    const bodies = ['sgs', 'tuv', 'bureau-veritas', 'intertek', 'dnv', 'lrqa', 'cqc'];
    const claim = run(text).find((m) => !bodies.includes(m.id) || m.id === 'cqc' && text.startsWith('CQC'));
    expect(claim?.issuer).toBe(issuer);
  });
  it('never reads the next claim\'s details across a list', () => {
    const [a, b] = run('ISO 9001, ISO 14001 certified by SGS valid until 2027-01-31');
    expect(a.issuer).toBeUndefined();
    expect(a.validUntil).toBeUndefined();
    expect(b).toMatchObject({ issuer: 'SGS', validUntil: '2027-01-31' });
    expect(run('SGS, CE, RoHS')[1].issuer).toBeUndefined();
  });
  it.each([
    ['valid until 2027-03-01', '2027-03-01'], ['Expiry date: 2027/3/1', '2027-03-01'], ['有效期至2027年3月1日', '2027-03-01'],
    ['Expiry date: 25/03/2027', '2027-03-25'], ['expiry date 03/25/2027', '2027-03-25'], ['valid until 1 March 2027', '2027-03-01'],
    ['valid until March 1, 2027', '2027-03-01'], ['valid till 01-Mar-2027', '2027-03-01'],
    // Ambiguous day/month order: not read.
    ['Expiry date: 12/03/2027', undefined], ['valid until 2027-02-30', undefined],
  ])('ISO 9001 %s -> %s', (tail, date) => {
    expect(run(`ISO 9001 ${tail}`)[0].validUntil).toBe(date);
  });
  it('flags a stated date before "now" as expired, using opts.now', () => {
    expect(run('ISO 9001 valid until 2026-11-26')[0].flags).toEqual(['expired']);
    expect(run('ISO 9001 valid until 2026-11-28')[0].flags).toEqual([]);
    expect(detect('ISO 9001 valid until 2026-11-28', { now: new Date('2027-01-01') })[0].flags).toEqual(['expired']);
  });
  it('an invalid opts.now falls back to the clock instead of throwing', () => {
    expect(detect('ISO 9001 valid until 2000-01-01', { now: new Date('nonsense') })[0].flags).toEqual(['expired']);
  });
  it('never judges a number from its format', () => {
    const m = one('ISO 9001 Cert. No.: 0000000');
    expect(m.certificateNumber).toBe('0000000');
    expect(m.flags).toEqual([]);
  });
});

describe('offsets', () => {
  it('text.slice(start, end) === match.text, with fullwidth, zero-width and emoji around', () => {
    const text = '😀 ＩＳＯ９００１：２０１５\u200b, \u202eBSCI\u202c 认证 👍 CE\u00a0mark 质量管理体系认证';
    const ms = run(text);
    expect(ms.map((m) => m.id)).toEqual(['iso-9001', 'amfori-bsci', 'ce', 'iso-9001']);
    for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('all-caps titles', () => {
  it('English words in capitals need their own context or a strong claim beside them', () => {
    expect(ids('EASY TO REACH, CE CERTIFIED')).toEqual(['ce']);
    expect(ids('GIFT WRAP, CE CERTIFIED')).toEqual(['ce']);
    expect(ids('RED, CE APPROVED')).toEqual(['ce']);
    expect(ids('CE, ROHS, REACH')).toEqual(['ce', 'rohs', 'reach']);
    expect(ids('REACH COMPLIANT, CE')).toEqual(['reach', 'ce']);
    expect(ids('REACH, WRAP', { claimList: true })).toEqual(['reach', 'wrap']);
  });
});
