import { describe, expect, it } from 'vitest';
import { storeIdOf } from '../../../lib/sites/aliexpress';
import { scanFixture } from './helpers';

describe('aliexpress adapter (constructed fixture; no documented store selectors)', () => {
  it('reads the store id from store URLs', () => {
    expect(storeIdOf(new URL('https://www.aliexpress.com/store/1101234567'))).toBe('1101234567');
    expect(storeIdOf(new URL('https://www.aliexpress.us/store/1101234567/pages/all-items.html'))).toBe('1101234567');
    expect(storeIdOf(new URL('https://www.aliexpress.com/item/1005001234567890.html'))).toBe('');
  });

  it('store page: name from og:title, claims from main only (header and footer are site chrome)', () => {
    const { scan } = scanFixture('aliexpress-store.html');
    expect(scan).toMatchObject({ marketplace: 'aliexpress', pageKind: 'supplier', claims: [] });
    const s = scan.suppliers[0];
    expect(s).toMatchObject({ key: 'aliexpress:1101234567', name: 'Lumora Home Official Store' });
    expect(s.claims.map((c) => c.id)).toEqual(['ce', 'rohs', 'iso-9001']);
  });
});
