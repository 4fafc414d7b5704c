import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../../lib/scan/node-html';
import { scanDocument } from '../../../lib/scan/scan-document';
import { blockedReason } from '../../../lib/sites/blocked';
import { CORPUS_NOTICE, corpusDoc, hasCorpus, scanCorpus, scanFixture } from './helpers';

const doc = (html: string) => parseHtmlDocument(html);

describe.skipIf(!hasCorpus)('block pages from the corpus', () => {
  it('1688 slider captcha: blocked, no supplier, no claims', () => {
    const { scan, hits } = scanCorpus('1688-captcha-1.html');
    expect(scan).toMatchObject({ marketplace: '1688', pageKind: 'blocked', suppliers: [], claims: [] });
    expect(scan.blockedReason).toMatch(/captcha/);
    expect(hits).toEqual([]);
  });
  it('DHgate Akamai "Access Denied": blocked', () => {
    const { scan } = scanCorpus('dhgate-blocked-1.html');
    expect(scan).toMatchObject({ marketplace: 'dhgate', pageKind: 'blocked', suppliers: [], claims: [] });
    expect(scan.blockedReason).toMatch(/access denied/);
  });
  it('normal pages that load the same anti-bot scripts are not blocked', () => {
    // alibaba-search-1 loads nc.js (nocaptcha) like every Alibaba page.
    for (const f of ['alibaba-search-1.html', 'alibaba-product-1.html', 'made-in-china-company-1.html', 'indiamart-company-1.html']) {
      expect(blockedReason(corpusDoc(f), true), f).toBeUndefined();
    }
  });
});

describe.runIf(!hasCorpus)('block pages from the corpus', () => {
  it.skip(CORPUS_NOTICE, () => {});
});

describe('block page recognition', () => {
  it('Alibaba punish page (constructed from the documented markers)', () => {
    const { scan } = scanFixture('alibaba-punish.html');
    expect(scan).toMatchObject({ marketplace: 'alibaba', pageKind: 'blocked', suppliers: [], claims: [] });
  });
  it('an empty body on a marketplace is blocked; elsewhere it is just empty', () => {
    const empty = '<!doctype html><html><head><title></title></head><body>  </body></html>';
    expect(scanDocument(doc(empty), 'https://www.alibaba.com/product-detail/x_1.html').scan.pageKind).toBe('blocked');
    expect(scanDocument(doc(empty), 'https://example.org/').scan.pageKind).toBe('other');
  });
  it('an app shell waiting to render is not blocked', () => {
    const shell = '<html><head><title>Alibaba</title></head><body><div id="root"></div><script src="/app.js"></script></body></html>';
    expect(blockedReason(doc(shell), true)).toBeUndefined();
  });
  it('a product titled "Security Check ..." with a real page is not a bot check', () => {
    const page = `<html><head><title>Security Check X-ray Machine</title></head><body><main>${'Baggage scanner for airports. '.repeat(30)}</main></body></html>`;
    expect(blockedReason(doc(page), true)).toBeUndefined();
  });
  it('a Cloudflare-style interstitial is blocked even on other sites', () => {
    const cf = '<html><head><title>Just a moment...</title></head><body><p>Checking your browser.</p></body></html>';
    expect(blockedReason(doc(cf), false)).toMatch(/bot check/);
  });
});
