import { describe, expect, it } from 'vitest';
import { explainClaimFlag, explainSupplierFlag, matchRedFlag, redFlagSpellings } from '../../../components/flag-explanations';
import type { Claim } from '../../../lib/scan/page-scan';
import { BSCI_ENTRY, ISO_9001_ENTRY } from './fixtures';

const claim = (c: Partial<Claim>): Claim => ({ id: 'iso-9001', text: 'ISO 9001', evidence: 'supplier', flags: [], ...c });

describe('flag explanations', () => {
  it('obsolete: names the version and the day its certificates ended, from the catalog', () => {
    const e = explainClaimFlag('obsolete', claim({ text: 'ISO9001:2008', version: 'ISO 9001:2008' }), ISO_9001_ENTRY, 'en-GB');
    expect(e.sentence).toBe(
      'Certificates to ISO 9001:2008 stopped being valid on 15 September 2018. It was replaced by ISO 9001:2015.',
    );
    expect(e.redFlag?.why).toMatch(/withdrawn/);
  });

  it('obsolete without a catalog date still says the version is withdrawn', () => {
    const e = explainClaimFlag('obsolete', claim({ id: 'ohsas-18001', text: 'OHSAS 18001', version: 'OHSAS 18001' }), undefined);
    expect(e.sentence).toMatch(/OHSAS 18001 is a withdrawn version/);
    expect(e.redFlag).toBeUndefined();
  });

  it('misnomer: picks the red flag whose label the page text contains', () => {
    const e = explainClaimFlag('misnomer', claim({ id: 'amfori-bsci', text: 'We are BSCI Certified!' }), BSCI_ENTRY);
    expect(e.label).toBe('Misnomer');
    expect(e.redFlag?.pattern).toBe('“BSCI certified”');
  });

  it('misnomer: picks the red flag about the wording, not the obsolete one', () => {
    const e = explainClaimFlag('misnomer', claim({ text: 'ISO approved factory' }), ISO_9001_ENTRY);
    expect(e.redFlag?.pattern).toBe('“ISO approved”');
  });

  it('vague, not-certifiable and expired each get their own sentence', () => {
    expect(explainClaimFlag('vague', claim({ id: 'iso-unspecified', text: 'ISO certified' }), undefined).sentence).toMatch(
      /does not say which standard/,
    );
    expect(explainClaimFlag('not-certifiable', claim({ id: 'iso-9000', text: 'ISO 9000' }), undefined).sentence).toMatch(
      /Nobody can be certified to iso-9000/,
    );
    expect(
      explainClaimFlag('expired', claim({ validUntil: '2024-03-01' }), ISO_9001_ENTRY, 'en-GB').sentence,
    ).toMatch(/valid until 1 March 2024, which has passed/);
  });

  it('implausible carries its reasons', () => {
    const e = explainSupplierFlag('implausible', ['Claims 38 unrelated standards.']);
    expect(e.reasons).toEqual(['Claims 38 unrelated standards.']);
    expect(e.sentence).toMatch(/unlikely to be true/);
  });

  it('an expired date is not explained with the red flag about a withdrawn version', () => {
    const e = explainClaimFlag('expired', claim({ text: 'ISO 9001', validUntil: '2023-05-01' }), ISO_9001_ENTRY);
    expect(e.redFlag).toBeUndefined();
  });

  it('reads the spellings a red flag label names', () => {
    expect(redFlagSpellings('“BSCI certified” / “BSCI certificate” / “BSCI认证”')).toEqual([
      'bscicertified',
      'bscicertificate',
      'bsci认证',
    ]);
    expect(redFlagSpellings('ISO/TS 16949, TS16949')).toEqual(['iso/ts16949', 'ts16949']);
    expect(redFlagSpellings('ISO 9001:2008 (GB/T 19001-2008)')).toEqual(['iso9001:2008']);
    expect(redFlagSpellings('OHSAS 18001 / BS OHSAS 18001:2007 shown as valid')[0]).toBe('ohsas18001');
  });

  it('matchRedFlag returns nothing without an entry', () => {
    expect(matchRedFlag(undefined, claim({}), 'vague')).toBeUndefined();
  });
});
