import { BLOCKED_CORPUS_PAGES, CORPUS_PAGES, corpusHtml, nodeScan } from './corpus-pages';
import { badgeText, claimCount, expect, hasCorpus, highlightSizes, openPanel, tabIdOf, test } from './fixtures';

/**
 * The built extension on the real saved marketplace pages, served at their real addresses.
 * CI always has ../shared/corpus; a user's clone does not, so these skip with a notice.
 */
test.describe('real marketplace pages (../shared/corpus)', () => {
  test.skip(!hasCorpus, 'Skipped: ../shared/corpus is absent (third-party captures are not part of the repository).');

  for (const { file, url } of CORPUS_PAGES) {
    test(`${file}: highlights every claim, badge and panel agree with \`npm run scan\``, async ({ ext }) => {
      // The Alibaba product captures have an empty certification block: 0 is the right answer there.
      const expected = nodeScan(file, url);

      ext.serve(url, corpusHtml(file));
      const page = await ext.context.newPage();
      await page.goto(url);

      await expect.poll(() => claimCount(page), { message: 'content script scanned the page' }).toBe(expected.count);
      const sizes = await highlightSizes(page);
      expect(sizes.claim + sizes.flagged, 'CSS highlight ranges registered in the page').toBe(expected.ranges);
      await expect(page.locator('[certlens-badge]'), 'badges outlined').toHaveCount(expected.badges);

      const tabId = await tabIdOf(ext, page);
      await expect
        .poll(() => badgeText(ext, tabId), { message: 'toolbar badge' })
        .toBe(expected.count > 0 ? String(expected.count) : '');

      const panel = await openPanel(ext, tabId);
      await expect(panel.getByTestId('supplier')).toHaveCount(expected.scan.suppliers.length);
      const keys = await panel.getByTestId('supplier').evaluateAll((els) => els.map((e) => e.getAttribute('data-supplier-key')));
      expect(keys).toEqual(expected.scan.suppliers.map((s) => s.key));

      if (expected.scan.pageKind === 'search') {
        // List pages: one marker per supplier card, and the panel opens one supplier at a time.
        await expect(page.locator('certlens-marker')).toHaveCount(expected.anchors);
        const busiest = [...expected.scan.suppliers].sort((a, b) => b.claims.length - a.claims.length)[0]!;
        const section = panel.locator(`[data-testid="supplier"][data-supplier-key="${busiest.key}"]`);
        await section.getByRole('button', { expanded: false }).first().click();
        await expect(section.getByTestId('claim')).toHaveCount(busiest.claims.length);
      } else {
        await expect(panel.getByTestId('claim')).toHaveCount(expected.count);
      }
    });
  }

  for (const { file, url } of BLOCKED_CORPUS_PAGES) {
    test(`${file}: a block page is reported as blocked, not as "no claims"`, async ({ ext }) => {
      ext.serve(url, corpusHtml(file));
      const page = await ext.context.newPage();
      await page.goto(url);
      await expect.poll(() => claimCount(page)).toBe(0);
      const tabId = await tabIdOf(ext, page);
      await expect.poll(() => badgeText(ext, tabId)).toBe('!');
      const panel = await openPanel(ext, tabId);
      await expect(panel.getByTestId('blocked-notice')).toBeVisible();
    });
  }
});
