import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../../lib/scan/node-html';
import { PageScanSchema } from '../../../lib/scan/page-scan';
import { scanDocument } from '../../../lib/scan/scan-document';

describe('generic adapter (any other site)', () => {
  it('reads the whole body; claims go to the page-level list', () => {
    const doc = parseHtmlDocument(
      '<html><head><title>About us</title></head><body><h1>Acme Lamps</h1><p>We are ISO 9001:2015 certified and our lamps carry the CE mark.</p></body></html>',
    );
    const { scan, hits } = scanDocument(doc, 'https://www.acme-lamps.example/about');
    expect(PageScanSchema.parse(scan)).toBeTruthy();
    expect(scan).toMatchObject({ marketplace: 'generic', pageKind: 'other', suppliers: [] });
    expect(scan.claims.map((c) => c.id)).toEqual(['iso-9001', 'ce']);
    expect(hits.every((h) => h.supplierKey === null)).toBe(true);
  });
});
