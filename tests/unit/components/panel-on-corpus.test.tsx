import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { SidePanel } from '../../../components/side-panel';
import { getEntry } from '../../../lib/claims/catalog';
import { recordPageScan } from '../../../lib/db';
import { parseHtmlDocument } from '../../../lib/scan/node-html';
import type { PageScan } from '../../../lib/scan/page-scan';
import { scanDocument } from '../../../lib/scan/scan-document';
import { fakeTabSource, freshDb } from './fixtures';

/**
 * The panel on real saved pages (../shared/corpus), through the same scan code as the content
 * script and the real catalog: what a user would see on those pages.
 */
const repoRoot = path.resolve(import.meta.dirname, '../../..');
const corpus = path.resolve(repoRoot, '../shared/corpus');
const haveCorpus = existsSync(corpus);
if (!haveCorpus) console.warn(`panel-on-corpus: skipped, ${corpus} is absent (a user's clone has no corpus)`);

function scanFile(file: string, url: string): PageScan {
  const doc = parseHtmlDocument(readFileSync(path.join(corpus, file), 'utf8'));
  return scanDocument(doc, url, { now: new Date('2026-11-27') }).scan;
}

function renderScan(scan: PageScan) {
  const db = freshDb();
  const tabs = fakeTabSource(1, { 1: scan });
  render(<SidePanel db={db} tabSource={tabs.source} />);
  return db;
}

afterEach(cleanup);

describe.skipIf(!haveCorpus)('side panel on corpus pages', () => {
  it('made-in-china directory: 30 suppliers collapsed, one opens with claims named from the catalog', async () => {
    const scan = scanFile('made-in-china-search-1.html', 'https://www.made-in-china.com/manufacturers/bottle.html');
    renderScan(scan);
    const sections = await screen.findAllByTestId('supplier');
    expect(sections).toHaveLength(scan.suppliers.length);
    expect(sections.length).toBe(30);
    expect(screen.queryAllByTestId('claim')).toHaveLength(0);

    // Open the supplier with the most claims.
    const richest = [...scan.suppliers].sort((a, b) => b.claims.length - a.claims.length)[0];
    const section = sections.find((s) => s.dataset.supplierKey === richest.key)!;
    await userEvent.click(within(section).getAllByRole('button')[0]);
    const rows = within(section).getAllByTestId('claim');
    expect(rows).toHaveLength(richest.claims.length);
    for (const row of rows) {
      const entry = getEntry(row.dataset.claimId as never);
      if (entry) expect(within(row).getAllByRole('button')[0].textContent).toContain(entry.name);
    }
    if (richest.flags.includes('implausible')) {
      const flag = within(section)
        .getAllByTestId('flag')
        .find((f) => f.dataset.flag === 'implausible');
      expect(flag).toBeTruthy();
    }
  });

  it('made-in-china supplier home: header, both evidence groups and details for each claim', async () => {
    const scan = scanFile('made-in-china-company-1.html', 'https://bidisco.en.made-in-china.com/');
    renderScan(scan);
    const section = await screen.findByTestId('supplier');
    expect(section.dataset.supplierKey).toBe('made-in-china:bidisco');
    expect(within(section).getByTestId('supplier-name').textContent).toBe(scan.suppliers[0].name);
    expect(section.textContent).toContain('Made-in-China.com');
    const rows = within(section).getAllByTestId('claim');
    expect(rows.length).toBe(scan.suppliers[0].claims.length);
    for (const row of rows) {
      await userEvent.click(within(row).getAllByRole('button')[0]);
      expect(within(row).getByTestId('claim-details')).toBeTruthy();
    }
  });

  it('bot-check pages show the blocked notice', async () => {
    for (const [file, url] of [
      ['dhgate-blocked-1.html', 'https://www.dhgate.com/store/products/21880856.html'],
      ['1688-captcha-1.html', 'https://detail.1688.com/offer/600000000001.html'],
    ]) {
      const scan = scanFile(file, url);
      expect(scan.pageKind).toBe('blocked');
      renderScan(scan);
      await screen.findByTestId('blocked-notice');
      cleanup();
    }
  });

  it('recording the corpus pages fills the recent list', async () => {
    const db = freshDb();
    await recordPageScan(db, scanFile('alibaba-product-1.html', 'https://www.alibaba.com/product-detail/x_1600000000000.html'), 1_000);
    await recordPageScan(db, scanFile('made-in-china-company-1.html', 'https://bidisco.en.made-in-china.com/'), 2_000);
    render(<SidePanel db={db} tabSource={fakeTabSource(null).source} />);
    const list = await screen.findByTestId('recent-suppliers');
    await waitFor(() =>
      expect(within(list).getAllByRole('listitem').map((li) => li.dataset.supplierKey)).toEqual([
        'made-in-china:bidisco',
        'alibaba:zhenbenchina',
      ]),
    );
  });
});
