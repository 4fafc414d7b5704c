import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHtmlDocument } from '../../../lib/scan/node-html';
import { scanDocument } from '../../../lib/scan/scan-document';

/**
 * Shared by the adapter and scan tests. Real saved pages are read from ../shared/corpus (never
 * copied into the repository); tests that need them skip with a notice when it is absent.
 */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const corpusDir = path.resolve(repoRoot, '../shared/corpus');
export const hasCorpus = existsSync(corpusDir);
export const CORPUS_NOTICE = `../shared/corpus not found at ${corpusDir}: tests on real saved marketplace pages are skipped`;
if (!hasCorpus) console.warn(`[certlens] ${CORPUS_NOTICE}`);

export const pagesDir = path.join(repoRoot, 'tests/fixtures/pages');
export const demoDir = path.join(repoRoot, 'tests/fixtures/demo');

/** Today for the `expired` flag, fixed so results do not change with the calendar. */
export const NOW = new Date('2026-11-27T00:00:00Z');

/** The address each saved corpus page was captured from (see its .source.txt). */
export const CORPUS_URLS: Record<string, string> = {
  'alibaba-product-1.html': 'https://www.alibaba.com/product-detail/Wholesale-Custom-New-Design-Luxury-Sneakers_1600691082191.html',
  'alibaba-product-2.html': 'https://www.alibaba.com/product-detail/New-Smart-Watch-C26-Pro_1601213534842.html',
  'alibaba-search-1.html': 'https://www.alibaba.com/trade/search?SearchText=art',
  'alibaba-product-companyfragment-1.html': 'https://www.alibaba.com/product-detail/sequin-panel_60451064794.html',
  'made-in-china-company-1.html': 'https://bidisco.en.made-in-china.com',
  'made-in-china-search-1.html': 'https://www.made-in-china.com/manufacturers-directory/item3/Earphone-Case-1.html',
  '1688-captcha-1.html': 'https://detail.1688.com/offer/775610063728.html',
  'indiamart-company-1.html': 'https://www.indiamart.com/sign-in/',
  'dhgate-blocked-1.html': 'https://www.dhgate.com/store/products/20522858.html',
};

export const FIXTURE_URLS: Record<string, string> = JSON.parse(readFileSync(path.join(pagesDir, 'pages.json'), 'utf8'));
export const DEMO_URLS: Record<string, string> = JSON.parse(readFileSync(path.join(demoDir, 'pages.json'), 'utf8'));

const cache = new Map<string, Document>();
export function loadDoc(file: string): Document {
  let doc = cache.get(file);
  if (!doc) {
    doc = parseHtmlDocument(readFileSync(file, 'utf8'));
    cache.set(file, doc);
  }
  return doc;
}

export const corpusDoc = (name: string) => loadDoc(path.join(corpusDir, name));
export const fixtureDoc = (name: string) => loadDoc(path.join(pagesDir, name));
export const demoDoc = (name: string) => loadDoc(path.join(demoDir, name));

/** Fresh parse each time (scan results hold DOM references; tests that mutate need their own). */
export const scanCorpus = (name: string) =>
  scanDocument(parseHtmlDocument(readFileSync(path.join(corpusDir, name), 'utf8')), CORPUS_URLS[name], { now: NOW });
export const scanFixture = (name: string) =>
  scanDocument(parseHtmlDocument(readFileSync(path.join(pagesDir, name), 'utf8')), FIXTURE_URLS[name], { now: NOW });
export const scanDemo = (name: string) =>
  scanDocument(parseHtmlDocument(readFileSync(path.join(demoDir, name), 'utf8')), DEMO_URLS[name], { now: NOW });
