import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { MARKETPLACES } from '../../lib/sites/hosts';
import { badgeText, claimCount, expect, highlightSizes, openPanel, repoRoot, tabIdOf, test, type Launched } from './fixtures';
import { scanHtml } from './node-scan';

/**
 * Every marketplace of the mission (issue #4), end to end: each page of tests/fixtures/pages
 * (constructed from documented selectors where no real page could be saved; see its README)
 * served at its real address in Chromium with the built extension. Highlights, badge outlines,
 * list markers, the toolbar badge and the side panel must agree with `npm run scan` on the same
 * file. One browser per marketplace; its pages are visited in turn.
 */

const pagesDir = path.join(repoRoot, 'tests/fixtures/pages');
const urls = JSON.parse(readFileSync(path.join(pagesDir, 'pages.json'), 'utf8')) as Record<string, string>;
const pages = Object.entries(urls).map(([file, url]) => {
  const html = readFileSync(path.join(pagesDir, file), 'utf8');
  return { file, url, html, expected: scanHtml(html, url) };
});

async function checkPage(ext: Launched, p: (typeof pages)[number]): Promise<Page> {
  const { file, url, html, expected } = p;
  ext.serve(url, html);
  const page = await ext.context.newPage();
  await page.goto(url);
  const tabId = await tabIdOf(ext, page);

  if (expected.scan.pageKind === 'blocked') {
    await expect.poll(() => claimCount(page), { message: `${file}: scanned` }).toBe(0);
    await expect.poll(() => badgeText(ext, tabId)).toBe('!');
    const panel = await openPanel(ext, tabId);
    await expect(panel.getByTestId('blocked-notice')).toBeVisible();
    await expect(panel.getByTestId('claim')).toHaveCount(0);
    await panel.close();
    return page;
  }

  expect(expected.count, `${file}: the fixture states claims`).toBeGreaterThan(0);
  await expect.poll(() => claimCount(page), { message: `${file}: scanned` }).toBe(expected.count);
  const sizes = await highlightSizes(page);
  expect(sizes.claim + sizes.flagged, `${file}: CSS highlight ranges`).toBe(expected.ranges);
  await expect(page.locator('[certlens-badge]'), `${file}: badges outlined`).toHaveCount(expected.badges);
  expect(expected.ranges + expected.badges, `${file}: something is marked in the page`).toBeGreaterThan(0);
  await expect.poll(() => badgeText(ext, tabId), { message: `${file}: toolbar badge` }).toBe(String(expected.count));

  const panel = await openPanel(ext, tabId);
  const keys = () => panel.getByTestId('supplier').evaluateAll((els) => els.map((e) => e.getAttribute('data-supplier-key')));
  await expect.poll(keys, { message: `${file}: suppliers in the panel` }).toEqual(expected.scan.suppliers.map((s) => s.key));

  if (expected.scan.pageKind === 'search') {
    await expect(page.locator('certlens-marker'), `${file}: one marker per card`).toHaveCount(expected.anchors);
    // A list shows one supplier at a time: open each and count its claim rows.
    for (const s of expected.scan.suppliers) {
      const section = panel.locator(`[data-testid="supplier"][data-supplier-key="${s.key}"]`);
      await section.getByRole('button', { expanded: false }).first().click();
      await expect(section.getByTestId('claim'), `${file}: ${s.key}`).toHaveCount(s.claims.length);
    }
  } else {
    await expect(panel.getByTestId('claim'), `${file}: claim rows`).toHaveCount(expected.count);
    const shown = await panel
      .getByTestId('claim')
      .evaluateAll((els) => els.map((e) => `${e.getAttribute('data-claim-id')}|${e.getAttribute('data-evidence')}`).sort());
    const want = [...expected.scan.suppliers.flatMap((s) => s.claims), ...expected.scan.claims]
      .map((c) => `${c.id}|${c.evidence}`)
      .sort();
    expect(shown, `${file}: the panel lists the same claims`).toEqual(want);
  }
  await panel.close();
  return page;
}

test.describe('every marketplace, at its real addresses', () => {
  test('the fixtures cover all seven marketplaces', () => {
    const covered = new Set(pages.filter((p) => p.expected.scan.pageKind !== 'blocked').map((p) => p.expected.scan.marketplace));
    expect([...covered].sort()).toEqual([...MARKETPLACES].sort());
  });

  for (const marketplace of MARKETPLACES) {
    const mine = pages.filter((p) => p.expected.scan.marketplace === marketplace);
    test(`${marketplace}: ${mine.map((p) => p.file).join(', ')}`, async ({ ext }) => {
      test.setTimeout(30_000 + 20_000 * mine.length);
      for (const p of mine) {
        const page = await checkPage(ext, p);
        await page.close();
      }
    });
  }
});
