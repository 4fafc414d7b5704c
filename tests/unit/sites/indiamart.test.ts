import { describe, expect, it } from 'vitest';
import { slugOf } from '../../../lib/sites/indiamart';
import { CORPUS_NOTICE, hasCorpus, scanCorpus, scanFixture } from './helpers';

describe('indiamart slugs', () => {
  it('keys a minisite by its first path segment, not by site sections', () => {
    expect(slugOf(new URL('https://www.indiamart.com/sign-in/'))).toBe('sign-in');
    expect(slugOf(new URL('https://www.indiamart.com/sign-in/profile.html'))).toBe('sign-in');
    expect(slugOf(new URL('https://www.indiamart.com/proddetail/x-123.html'))).toBe('');
    expect(slugOf(new URL('https://dir.indiamart.com/search.mp?ss=x'))).toBe('');
  });
});

describe.skipIf(!hasCorpus)('indiamart adapter on the saved minisite', () => {
  it('name, key, TrustSEAL as a platform claim, years; GST is an identifier, never a claim', () => {
    const { scan, hits } = scanCorpus('indiamart-company-1.html');
    expect(scan).toMatchObject({ marketplace: 'indiamart', pageKind: 'supplier', claims: [] });
    expect(scan.suppliers).toHaveLength(1);
    const s = scan.suppliers[0];
    expect(s).toMatchObject({ key: 'indiamart:sign-in', name: 'Sign In', years: '8 yrs', country: 'India' });
    expect(s.identifiers).toEqual([{ type: 'GSTIN', value: '36AFDPG3107Q1ZE' }]);
    expect(s.claims).toEqual([expect.objectContaining({ id: 'indiamart-trustseal', evidence: 'platform' })]);
    // The footer banner "IndiaMART Certification Trust Seal Verified" is not a second claim.
    expect(s.claims[0].occurrences).toBe(1);
    expect(hits).toHaveLength(1);
    expect(hits[0].element?.getAttribute('onclick')).toContain('trustseal.indiamart.com');
  });
});

describe.runIf(!hasCorpus)('indiamart adapter on the saved minisite', () => {
  it.skip(CORPUS_NOTICE, () => {});
});

describe('indiamart search cards (constructed fixture)', () => {
  it('one supplier per card, TrustSEAL only where the card shows it', () => {
    const { scan, anchors } = scanFixture('indiamart-search.html');
    expect(scan.pageKind).toBe('search');
    expect(scan.suppliers.map((s) => s.key)).toEqual(['indiamart:example-steelware', 'indiamart:rajkot-thermoware']);
    expect(scan.suppliers[0].claims.map((c) => c.id)).toEqual(['indiamart-trustseal', 'bis']);
    expect(scan.suppliers[1].claims.map((c) => c.id)).toEqual(['iso-9001']);
    expect(anchors.size).toBe(2);
    expect(scan.claims).toEqual([]); // the filter bar "ISO Certified sellers" is chrome
  });
});
