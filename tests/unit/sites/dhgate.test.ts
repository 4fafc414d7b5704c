import { describe, expect, it } from 'vitest';
import { sellerIdOf } from '../../../lib/sites/dhgate';
import { scanFixture } from './helpers';

describe('dhgate adapter (constructed fixtures from documented selectors)', () => {
  it('reads the seller id from store URLs', () => {
    expect(sellerIdOf('https://www.dhgate.com/store/21880856')).toBe('21880856');
    expect(sellerIdOf('https://www.dhgate.com/store/top-selling/21880856.html')).toBe('21880856');
    expect(sellerIdOf('//www.dhgate.com/store/products/20522858.html')).toBe('20522858');
    expect(sellerIdOf('https://www.example.com/store/21880856')).toBe('');
  });

  it('store page: name, About Us rows, Top Merchant badge as a platform claim, red flags in the introduction', () => {
    const { scan } = scanFixture('dhgate-store.html');
    expect(scan).toMatchObject({ marketplace: 'dhgate', pageKind: 'supplier', claims: [] });
    const s = scan.suppliers[0];
    expect(s).toMatchObject({ key: 'dhgate:21880856', name: 'Brightwave Lighting', businessType: 'Manufacturer', country: 'China' });
    expect(s.claims.filter((c) => c.evidence === 'platform').map((c) => c.id)).toEqual(['dhgate-top-merchant']);
    expect(s.claims.find((c) => c.id === 'ce')?.flags).toContain('misnomer'); // "CE certified factory"
    expect(s.claims.find((c) => c.id === 'iso-9001')?.flags).toContain('obsolete');
    // The site's "Top Merchant program" nav link is not a claim of this store.
    expect(s.claims.find((c) => c.id === 'dhgate-top-merchant')?.occurrences).toBe(1);
  });

  it('product page: the "About the Store" block that holds the store link, not the other soldby block', () => {
    const { scan } = scanFixture('dhgate-product.html');
    expect(scan.pageKind).toBe('product');
    const s = scan.suppliers[0];
    expect(s).toMatchObject({ key: 'dhgate:21880856', name: 'Brightwave Lighting' });
    expect(s.claims.map((c) => `${c.evidence}:${c.id}`)).toEqual(['platform:dhgate-top-merchant', 'supplier:amfori-bsci']);
    // Claims in other stores' recommendations are not this store's.
    expect(s.claims.map((c) => c.id)).not.toContain('rohs');
  });
});
