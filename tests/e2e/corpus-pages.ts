import { readFileSync } from 'node:fs';
import path from 'node:path';
import { corpusDir } from './fixtures';
import { scanHtml } from './node-scan';

/**
 * The real saved pages in ../shared/corpus (third-party captures: read from there, never copied
 * into the repository) and the addresses they are served at. The URLs follow each
 * marketplace's real URL forms (lib/sites/*.ts examples); the supplier subdomains are the ones
 * the pages themselves link to.
 */
export const CORPUS_PAGES = [
  { file: 'alibaba-product-1.html', url: 'https://www.alibaba.com/product-detail/Corpus-Sample-Product-One_1600000000001.html' },
  { file: 'alibaba-product-2.html', url: 'https://www.alibaba.com/product-detail/Corpus-Sample-Product-Two_1600000000002.html' },
  { file: 'alibaba-search-1.html', url: 'https://www.alibaba.com/trade/search?SearchText=earphone+case' },
  { file: 'made-in-china-company-1.html', url: 'https://bidisco.en.made-in-china.com/' },
  { file: 'made-in-china-search-1.html', url: 'https://www.made-in-china.com/manufacturers-directory/item3/Earphone-Case-1.html' },
] as const;

export const BLOCKED_CORPUS_PAGES = [
  { file: 'dhgate-blocked-1.html', url: 'https://www.dhgate.com/store/products/21880856.html' },
  { file: '1688-captcha-1.html', url: 'https://detail.1688.com/offer/600000000001.html' },
] as const;

export function corpusHtml(file: string): string {
  return readFileSync(path.join(corpusDir, file), 'utf8');
}

/** What `npm run scan` says about a corpus page (see node-scan.ts). */
export function nodeScan(file: string, url: string) {
  return scanHtml(corpusHtml(file), url);
}
