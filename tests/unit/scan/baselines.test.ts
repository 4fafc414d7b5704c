import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../../lib/scan/node-html';
import { PageScanSchema, type PageScan } from '../../../lib/scan/page-scan';
import { scanDocument } from '../../../lib/scan/scan-document';
import { CORPUS_NOTICE, corpusDir, hasCorpus, NOW, repoRoot } from '../sites/helpers';

/**
 * Golden baselines (STYLE.md §4): the expected PageScan of every saved corpus page, reviewed by
 * eye and committed. A difference is either a regression or an intended change; intended changes
 * regenerate the baseline in a commit of its own (tests/fixtures/baselines/README.md).
 */
const baselineDir = path.join(repoRoot, 'tests/fixtures/baselines');
const baselines = readdirSync(baselineDir).filter((f) => f.endsWith('.html.json'));

describe.skipIf(!hasCorpus)('golden baselines of the saved corpus pages', () => {
  it('every saved page has a baseline', () => {
    const pages = readdirSync(corpusDir).filter((f) => f.endsWith('.html'));
    const missing = pages.filter((p) => !baselines.includes(`${p}.json`));
    expect(missing, `add tests/fixtures/baselines/<page>.json for: ${missing.join(', ')} (see the README there)`).toEqual([]);
  });

  for (const file of baselines) {
    const page = file.replace(/\.json$/, '');
    it(`${page} scans to its baseline`, () => {
      const expected = PageScanSchema.parse(JSON.parse(readFileSync(path.join(baselineDir, file), 'utf8'))) as PageScan;
      const pagePath = path.join(corpusDir, page);
      expect(existsSync(pagePath), `${page} is gone from the corpus: delete its baseline`).toBe(true);
      const { scan } = scanDocument(parseHtmlDocument(readFileSync(pagePath, 'utf8')), expected.url, { now: NOW });
      expect(scan).toEqual(expected);
    });
  }
});

describe.runIf(!hasCorpus)('golden baselines of the saved corpus pages', () => {
  it.skip(CORPUS_NOTICE, () => {});
});
