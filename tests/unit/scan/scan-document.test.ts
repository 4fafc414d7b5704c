import { Window } from 'happy-dom';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../../lib/scan/node-html';
import { countClaims, PageScanSchema } from '../../../lib/scan/page-scan';
import { scanDocument } from '../../../lib/scan/scan-document';
import { CORPUS_URLS, corpusDir, DEMO_URLS, demoDir, FIXTURE_URLS, hasCorpus, NOW, pagesDir } from '../sites/helpers';

const MIC_HOME = (inner: string) => `<!doctype html><html><head><link rel="canonical" href="https://acme.en.made-in-china.com"></head><body>
  <h1 class="shop-sign__header-title--text">Acme Test Co., Ltd.</h1>
  <div class="company-desc">${inner}</div></body></html>`;

describe('scanDocument', () => {
  it('produces a schema-valid PageScan for every demo and constructed page', () => {
    for (const [dir, urls] of [[demoDir, DEMO_URLS], [pagesDir, FIXTURE_URLS]] as const) {
      for (const [file, url] of Object.entries(urls)) {
        const { scan } = scanDocument(parseHtmlDocument(readFileSync(path.join(dir, file), 'utf8')), url, { now: NOW });
        const parsed = PageScanSchema.safeParse(scan);
        expect(parsed.success, `${file}: ${parsed.success ? '' : parsed.error.message}`).toBe(true);
      }
    }
  });

  it('merges repeated statements of one claim: first text kept, occurrences counted, flags united, certificate details preferred', () => {
    const doc = parseHtmlDocument(
      MIC_HOME(`<p>We hold ISO 9001.</p><p>Our BSCI certified plant.</p><p>amfori BSCI audit done.</p>
        <p>ISO 9001 certificate No. QA-55102 valid until 2028-01-31.</p>`),
    );
    const { scan, hits } = scanDocument(doc, 'https://acme.en.made-in-china.com/', { now: NOW });
    const s = scan.suppliers[0];
    const iso = s.claims.find((c) => c.id === 'iso-9001')!;
    expect(iso).toMatchObject({ text: 'ISO 9001', occurrences: 2, certificateNumber: 'QA-55102', validUntil: '2028-01-31' });
    const bsci = s.claims.find((c) => c.id === 'amfori-bsci')!;
    expect(bsci.occurrences).toBe(2);
    expect(bsci.flags).toContain('misnomer');
    // One hit per statement, each with its own flags (only the misnomer one is flagged).
    const bsciHits = hits.filter((h) => h.id === 'amfori-bsci');
    expect(bsciHits).toHaveLength(2);
    expect(bsciHits.map((h) => h.flags.includes('misnomer'))).toEqual([true, false]);
    expect(countClaims(scan)).toBe(s.claims.length);
  });

  it('keeps different versions of a standard apart', () => {
    const { scan } = scanDocument(parseHtmlDocument(MIC_HOME('<p>ISO 9001:2008 and later ISO 9001:2015.</p>')), 'https://acme.en.made-in-china.com/', { now: NOW });
    const versions = scan.suppliers[0].claims.filter((c) => c.id === 'iso-9001').map((c) => c.version);
    expect(versions).toEqual(['ISO 9001:2008', 'ISO 9001:2015']);
  });

  it('does not read its own markers again on a rescan', () => {
    const doc = parseHtmlDocument(MIC_HOME('<p>Certified: ISO 9001</p>'));
    const first = scanDocument(doc, 'https://acme.en.made-in-china.com/', { now: NOW });
    const marker = doc.createElement('certlens-marker');
    marker.textContent = 'ISO 9001 · BSCI · 2 claims';
    doc.querySelector('.company-desc')!.prepend(marker);
    const second = scanDocument(doc, 'https://acme.en.made-in-china.com/', { now: NOW });
    expect(second.scan).toEqual(first.scan);
  });

  it('gives the same result on a browser DOM (happy-dom) as on linkedom', () => {
    for (const [file, url] of Object.entries(DEMO_URLS)) {
      const html = readFileSync(path.join(demoDir, file), 'utf8');
      const window = new Window({ url });
      const browserDoc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
      const a = scanDocument(browserDoc, url, { now: NOW });
      const b = scanDocument(parseHtmlDocument(html), url, { now: NOW });
      expect(a.scan, file).toEqual(b.scan);
      expect(a.hits.length, file).toBe(b.hits.length);
      // Hits point at real text in the browser DOM.
      for (const h of a.hits) for (const p of h.pieces) expect(p.node.data.length).toBeGreaterThanOrEqual(p.end);
      window.close();
    }
  });

  it('handles a bad URL and a page without body without throwing', () => {
    const doc = parseHtmlDocument('<p>ISO 14001</p>');
    expect(scanDocument(doc, 'not a url').scan.marketplace).toBe('generic');
    expect(PageScanSchema.safeParse(scanDocument(doc, 'not a url').scan).success).toBe(true);
  });

  it('scans a large page quickly (one pass over the text nodes)', () => {
    const rows = Array.from({ length: 4000 }, (_, i) => `<tr><td>Item ${i}</td><td>Steel cup, ${i % 50 === 0 ? 'CE, ISO 9001' : 'food grade'}</td></tr>`).join('');
    const doc = parseHtmlDocument(MIC_HOME(`<table>${rows}</table>`));
    const t0 = performance.now();
    const { scan } = scanDocument(doc, 'https://acme.en.made-in-china.com/', { now: NOW });
    const ms = performance.now() - t0;
    expect(scan.suppliers[0].claims.find((c) => c.id === 'iso-9001')?.occurrences).toBe(80);
    expect(ms).toBeLessThan(1500);
  });
});

describe('scanDocument with a failing adapter', () => {
  it('returns an empty, valid scan instead of throwing', async () => {
    const { alibaba } = await import('../../../lib/sites/alibaba');
    const original = alibaba.extract;
    alibaba.extract = () => {
      throw new Error('layout nobody foresaw');
    };
    try {
      const doc = parseHtmlDocument('<html><body><p>ISO 9001</p></body></html>');
      const { scan } = scanDocument(doc, 'https://www.alibaba.com/product-detail/x_1.html');
      expect(PageScanSchema.parse(scan)).toMatchObject({ marketplace: 'alibaba', suppliers: [], claims: [] });
    } finally {
      alibaba.extract = original;
    }
  });
});

describe.skipIf(!hasCorpus)('scanDocument on a browser DOM, real saved pages', () => {
  // happy-dom stands in for the page's own DOM (the content script's case); linkedom is `npm run scan`.
  for (const file of ['made-in-china-company-1.html', 'made-in-china-search-1.html', 'alibaba-search-1.html', 'indiamart-company-1.html']) {
    it(`${file}: same scan and same number of highlights as linkedom`, () => {
      const url = CORPUS_URLS[file];
      const html = readFileSync(path.join(corpusDir, file), 'utf8');
      const window = new Window({ url });
      const browserDoc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
      const a = scanDocument(browserDoc, url, { now: NOW });
      const b = scanDocument(parseHtmlDocument(html), url, { now: NOW });
      expect(a.scan).toEqual(b.scan);
      expect(a.hits.length).toBe(b.hits.length);
      window.close();
    });
  }
});
