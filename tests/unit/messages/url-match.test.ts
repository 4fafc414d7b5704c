import { describe, expect, it } from 'vitest';
import { isMarketplaceUrl, matchesPattern } from '../../../lib/messages/url-match';

describe('marketplace URL matching (chrome match-pattern rules)', () => {
  it('accepts marketplace pages on any subdomain and the bare domain', () => {
    expect(isMarketplaceUrl('https://www.alibaba.com/product-detail/x_1.html')).toBe(true);
    expect(isMarketplaceUrl('https://zhenbenchina.en.alibaba.com/index.html')).toBe(true);
    expect(isMarketplaceUrl('https://bidisco.en.made-in-china.com/')).toBe(true);
    expect(isMarketplaceUrl('http://alibaba.com/')).toBe(true);
  });

  it('rejects look-alike hosts, other schemes and non-URLs', () => {
    expect(isMarketplaceUrl('https://alibaba.com.evil.example/')).toBe(false);
    expect(isMarketplaceUrl('https://notalibaba.com/')).toBe(false);
    expect(isMarketplaceUrl('chrome://newtab/')).toBe(false);
    expect(isMarketplaceUrl('about:blank')).toBe(false);
    expect(isMarketplaceUrl('not a url')).toBe(false);
  });

  it('honours the path part of a pattern', () => {
    expect(matchesPattern('https://example.com/shop/*', 'https://example.com/shop/a?b=1')).toBe(true);
    expect(matchesPattern('https://example.com/shop/*', 'https://example.com/blog/a')).toBe(false);
  });
});
