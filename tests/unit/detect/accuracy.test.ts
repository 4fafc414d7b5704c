// @vitest-environment node
/**
 * Issue #3 §Accuracy: precision and recall per claim id and overall on a labelled set: our own
 * sentences (English and Chinese, every claim id, spellings and look-alikes) plus real text from
 * ../shared/corpus read at test time. Fails below precision 0.98 or recall 0.95 overall.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { CLAIM_IDS } from '../../../lib/claims/ids';
import { detect } from '../../../lib/detect';
import { type CorpusLabel, corpusDir, labelledDir, locate, parseLabelled, precision, recall, report, score, type Sample } from './labelled';

const NOW = new Date('2026-11-27T12:00:00Z');
const run = (s: Sample) => detect(s.text, { ...s.opts, now: NOW });
const own = [...parseLabelled('en.txt'), ...parseLabelled('zh.txt'), ...parseLabelled('holdout.txt'), ...parseLabelled('holdout2.txt'), ...parseLabelled('holdout3.txt')];
const hasCorpus = fs.existsSync(corpusDir);

function corpusSamples(): Sample[] {
  const labels = JSON.parse(fs.readFileSync(path.join(labelledDir, 'corpus.json'), 'utf8'));
  const out: Sample[] = [];
  const read = (f: string) => parseHTML(fs.readFileSync(path.join(corpusDir, f), 'utf8')).document;

  const search = read('made-in-china-search-1.html');
  const titles = [...search.querySelectorAll('td.subject')]
    .filter((td) => td.textContent?.includes('Mgmt. Certification'))
    .map((td) => {
      const v = td.nextElementSibling!;
      return v.querySelector('span[title]')?.getAttribute('title') ?? v.textContent!.trim();
    });
  const items = labels['made-in-china-search-1.html'].items as CorpusLabel[][];
  expect(titles.length, 'Mgmt. Certification rows on the saved directory page').toBe(items.length);
  titles.forEach((t, i) => out.push(locate(`made-in-china-search-1.html row ${i + 1}`, t, items[i], { claimList: true })));

  const company = read('made-in-china-company-1.html');
  const desc = company.querySelector('.company-desc')!.textContent!;
  out.push(locate('made-in-china-company-1.html .company-desc', desc, labels['made-in-china-company-1.html'].items[0], {}));

  const html = fs.readFileSync(path.join(corpusDir, 'alibaba-search-1.html'), 'utf8');
  const tagLabels = labels['alibaba-search-1.html'].tagLabels as Record<string, [string, string[]?]>;
  const tags = new Set<string>();
  for (const m of html.matchAll(/"companyAuthTag":\[([^\]]{0,400})\]/g)) for (const t of JSON.parse(`[${m[1]}]`)) tags.add(t);
  expect(tags.size).toBeGreaterThan(0);
  for (const t of tags) {
    expect(tagLabels[t], `label for Alibaba tag "${t}"`).toBeDefined();
    const [id, flags] = tagLabels[t];
    out.push(locate(`alibaba-search-1.html tag ${t}`, t, [[id, t, flags]], { claimList: true }));
  }
  return out;
}

describe('detector accuracy on the labelled set', () => {
  it('covers every claim id with at least one labelled claim', () => {
    const seen = new Set(own.flatMap((s) => s.labels.map((l) => l.id)));
    const missing = CLAIM_IDS.filter((id) => !seen.has(id));
    // Claims no page can spell unambiguously are listed here with the reason.
    const noSpelling = new Set(['aliexpress-store-badge']); // no badge wording in the fact sheet
    expect(missing.filter((id) => !noSpelling.has(id))).toEqual([]);
  });

  it('own sentences (English and Chinese): precision >= 0.98, recall >= 0.95', () => {
    const r = score(own, run);
    console.log(report('own labelled sentences', r));
    expect(precision(r.total)).toBeGreaterThanOrEqual(0.98);
    expect(recall(r.total)).toBeGreaterThanOrEqual(0.95);
  });

  describe.skipIf(!hasCorpus)('with real corpus text (../shared/corpus)', () => {
    it('corpus spans: precision >= 0.98, recall >= 0.95, and overall', () => {
      const corpus = corpusSamples();
      const rc = score(corpus, run);
      console.log(report('corpus text', rc));
      const all = score([...own, ...corpus], run);
      console.log(report('overall', all));
      expect(precision(rc.total)).toBeGreaterThanOrEqual(0.98);
      expect(recall(rc.total)).toBeGreaterThanOrEqual(0.95);
      expect(precision(all.total)).toBeGreaterThanOrEqual(0.98);
      expect(recall(all.total)).toBeGreaterThanOrEqual(0.95);
    });
  });
  describe.skipIf(!hasCorpus)('whole saved pages (../shared/corpus): no claim outside the expected ids', () => {
    const pages = hasCorpus ? (JSON.parse(fs.readFileSync(path.join(labelledDir, 'corpus.json'), 'utf8')).pages as Record<string, string[]>) : {};
    const files = hasCorpus ? fs.readdirSync(corpusDir).filter((f) => f.endsWith('.html')) : [];
    it('every saved page has an expectation', () => {
      expect(files.filter((f) => !(f in pages))).toEqual([]);
    });
    it.each(files)('%s', (file) => {
      const { document } = parseHTML(fs.readFileSync(path.join(corpusDir, file), 'utf8'));
      for (const el of document.querySelectorAll('script,style,noscript,template')) el.remove();
      const text = document.body?.textContent ?? '';
      const unexpected = detect(text, { now: NOW })
        .filter((m) => !pages[file].includes(m.id))
        .map((m) => `${m.id} "${m.text}" in …${text.slice(Math.max(0, m.start - 30), m.end + 30).replace(/\s+/g, ' ')}…`);
      expect(unexpected).toEqual([]);
    });
  });
  if (!hasCorpus) it.skip('corpus part skipped: ../shared/corpus is absent (a user clone)', () => {});
});
