import { describe, expect, it } from 'vitest';
import { ADAPTERS, generic, pickAdapter } from '../../../lib/sites';
import { parseHtmlDocument } from '../../../lib/scan/node-html';

// STYLE.md "What CertLens should take from them" §2: every adapter accepts its own example
// URLs (with the stated page kind) and every other adapter rejects them.
const empty = parseHtmlDocument('<!doctype html><html><head></head><body></body></html>');

describe('adapter example URLs', () => {
  for (const adapter of ADAPTERS) {
    describe(adapter.id, () => {
      it('lists examples', () => {
        expect(adapter.examples.length).toBeGreaterThan(0);
      });
      for (const { url, pageKind } of adapter.examples) {
        it(`accepts ${url} as ${pageKind}`, () => {
          const u = new URL(url);
          expect(adapter.matches(u)).toBe(true);
          expect(pickAdapter(u).id).toBe(adapter.id);
          expect(adapter.pageKind(u, empty)).toBe(pageKind);
        });
      }
      it("rejects every other adapter's examples", () => {
        for (const other of ADAPTERS) {
          if (other === adapter) continue;
          for (const { url } of other.examples) expect(adapter.matches(new URL(url)), `${adapter.id} on ${url}`).toBe(false);
        }
      });
    });
  }

  it('falls back to the generic adapter for any other site, and for non-web URLs', () => {
    for (const { url } of generic.examples) expect(pickAdapter(new URL(url)).id).toBe('generic');
    expect(pickAdapter(new URL('https://notalibaba.com/x')).id).toBe('generic');
    expect(pickAdapter(new URL('https://alibaba.com.evil.example/x')).id).toBe('generic');
    expect(pickAdapter(new URL('file:///tmp/x.html')).id).toBe('generic');
    expect(pickAdapter(null).id).toBe('generic');
  });

  it('has one adapter per marketplace, each registered once', () => {
    const ids = ADAPTERS.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(['1688', 'alibaba', 'aliexpress', 'dhgate', 'global-sources', 'indiamart', 'made-in-china']);
  });
});
