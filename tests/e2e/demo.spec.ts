import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getEntry } from '../../lib/claims/catalog';
import {
  badgeText,
  claimCount,
  demoPage,
  demoPages,
  expect,
  highlightSizes,
  launchWithExtension,
  openPanel,
  repoRoot,
  tabIdOf,
  test,
  visitDemo,
} from './fixtures';

/**
 * The built extension on the project's own demo pages (always present), served at their real
 * marketplace URLs: what a user sees and does, end to end.
 */


/** Centre of the first range of one of our highlights, in viewport coordinates. */
async function highlightPoint(page: import('@playwright/test').Page, name: string) {
  return page.evaluate((hl) => {
    const reg = (globalThis as unknown as { CSS: { highlights: Map<string, Set<AbstractRange>> } }).CSS.highlights;
    const first = [...(reg.get(hl) ?? [])][0];
    if (!first) return null;
    // The highlighter registers static ranges (no geometry, no text): a live copy has both.
    const range = document.createRange();
    range.setStart(first.startContainer, first.startOffset);
    range.setEnd(first.endContainer, first.endOffset);
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const r = range.getClientRects()[0]!;
    return { x: r.left + r.width / 2, y: r.top + r.height / 2, text: range.toString() };
  }, name);
}

test.describe('demo pages', () => {
  for (const { file } of demoPages()) {
    test(`${file}: claims highlighted, badge counts them, panel lists them`, async ({ ext }) => {
      const { page, tabId, expected } = await visitDemo(ext, file);
      expect(expected.count, 'the demo page states claims').toBeGreaterThan(0);
      const sizes = await highlightSizes(page);
      expect(expected.ranges).toBeGreaterThan(0);
      expect(sizes.claim + sizes.flagged, 'CSS highlight ranges registered in the page').toBe(expected.ranges);
      await expect(page.locator('[certlens-badge]'), 'badges outlined').toHaveCount(expected.badges);
      await expect.poll(() => badgeText(ext, tabId)).toBe(String(expected.count));

      const panel = await openPanel(ext, tabId);
      await expect(panel.getByTestId('supplier')).toHaveCount(expected.scan.suppliers.length);
      if (expected.scan.pageKind === 'search') {
        expect(expected.anchors, 'every supplier on the demo list has its card').toBe(expected.scan.suppliers.length);
        await expect(page.locator('certlens-marker')).toHaveCount(expected.anchors);
        // Marker numbers match the scan of that supplier.
        for (const s of expected.scan.suppliers) {
          await expect(page.locator('certlens-marker').filter({ hasText: `${s.claims.length} claim` })).not.toHaveCount(0);
        }
      } else {
        await expect(panel.getByTestId('claim')).toHaveCount(expected.count);
        const platform = expected.scan.suppliers.flatMap((s) => s.claims).filter((c) => c.evidence === 'platform').length;
        await expect(panel.locator('[data-testid="claim"][data-evidence="platform"]')).toHaveCount(platform);
      }
      // Demo pages load nothing from the network (data: images only), so any request left over
      // would be the content script's own: there must be none (favicon is the browser's).
      expect(ext.network.aborted.filter((u) => !u.endsWith('/favicon.ico'))).toEqual([]);
    });
  }

  test('a claim opens to what it certifies and what it does not, in the catalog\'s words', async ({ ext }) => {
    const { tabId, expected } = await visitDemo(ext, 'made-in-china-supplier.html');
    const panel = await openPanel(ext, tabId);
    const claim = expected.scan.suppliers[0]!.claims.find((c) => c.id === 'amfori-bsci')!;
    const entry = getEntry(claim.id)!;
    const row = panel.locator(`[data-testid="claim"][data-claim-id="${claim.id}"]`).first();
    await row.getByRole('button').first().click();
    const details = row.getByTestId('claim-details');
    await expect(details).toBeVisible();
    await expect(details).toContainText('What it does not');
    await expect(details).toContainText(entry.doesNotCertify);
    await expect(details).toContainText(entry.howToVerify);
    // The flagged claim ("BSCI certified") shows its red flag.
    await expect(row.getByTestId('flag').first()).toHaveAttribute('data-flag', 'misnomer');
  });

  test('hovering a highlight shows the hover card with the claim\'s meaning and red flag', async ({ ext }) => {
    const { page, expected } = await visitDemo(ext, 'made-in-china-supplier.html');
    const point = await highlightPoint(page, 'certlens-flagged');
    expect(point, 'a flagged highlight exists').not.toBeNull();
    await page.mouse.move(point!.x - 40, point!.y - 40);
    await page.mouse.move(point!.x, point!.y, { steps: 4 });
    const host = page.locator('certlens-card');
    // The host is a zero-size fixed box; the card box lives in its shadow root.
    const card = page.locator('certlens-card .card');
    await expect(card).toBeVisible();
    await expect(card).toContainText('Red flag');
    // The card's text is the catalog's summary of one of the claims (it came from the background).
    const text = await host.evaluate((el) => el.shadowRoot?.textContent ?? '');
    const flaggedIds = expected.scan.suppliers.flatMap((s) => s.claims).filter((c) => c.flags.length).map((c) => c.id);
    const summaries = flaggedIds.map((id) => getEntry(id)?.summary ?? '').filter(Boolean);
    expect(summaries.some((s) => text.includes(s)), `card text "${text}"`).toBe(true);
    await page.mouse.move(5, 5);
    await expect(card).toBeHidden();

    // Hostile page CSS neither hides nor restyles the card: its styles live in its shadow root.
    await page.addStyleTag({
      content: `* { font-size: 40px !important; color: rgb(0, 255, 0) !important; }
        certlens-card { display: none !important; opacity: 0 !important; }
        .card, .name, .summary { visibility: hidden !important; }`,
    });
    // The page's text got bigger: find the highlight again.
    const moved = (await highlightPoint(page, 'certlens-flagged'))!;
    await page.mouse.move(moved.x - 40, moved.y - 40);
    await page.mouse.move(moved.x, moved.y, { steps: 4 });
    await expect(card).toBeVisible();
    const look = await host.evaluate((el) => {
      const summary = el.shadowRoot!.querySelector('.summary')!;
      const cs = getComputedStyle(summary);
      return { color: cs.color, size: cs.fontSize, visibility: cs.visibility, opacity: getComputedStyle(el).opacity };
    });
    expect(look).toEqual({ color: 'rgb(27, 31, 35)', size: '13px', visibility: 'visible', opacity: '1' });
  });

  test('a note survives a panel reload and a browser restart; recent suppliers are listed', async ({ ext, userDataDir }) => {
    test.setTimeout(90_000);
    const { tabId, expected } = await visitDemo(ext, 'alibaba-product.html');
    const supplier = expected.scan.suppliers[0]!;
    let panel = await openPanel(ext, tabId);
    const note = `Asked for the BSCI audit report on ${new Date().toISOString().slice(0, 10)}; waiting.`;
    const notes = panel.getByTestId('notes');
    await expect(notes).toHaveAttribute('aria-label', `Notes on ${supplier.name}`);
    await notes.fill(note);
    await expect(panel.getByTestId('notes-status')).toHaveText('Saved');
    await panel.reload();
    await expect(panel.getByTestId('notes')).toHaveValue(note);
    await expect(panel.getByTestId('recent-suppliers')).toContainText(supplier.name);

    await ext.close();
    const again = await launchWithExtension(userDataDir);
    try {
      // Another page of the same supplier, days later: the notes come back.
      const profile = demoPage('alibaba-product.html');
      again.serve(profile.url, profile.html);
      const page = await again.context.newPage();
      await page.goto(profile.url);
      await expect.poll(() => claimCount(page)).not.toBeNull();
      const tab = await tabIdOf(again, page);
      panel = await openPanel(again, tab);
      await expect(panel.getByTestId('notes')).toHaveValue(note);
      await expect(panel.getByTestId('recent-suppliers')).toContainText(supplier.name);
      expect(again.network.fromExtension).toEqual([]);
    } finally {
      await again.close();
    }
  });

  test('an in-page navigation rescans: highlights and badge follow the new content', async ({ ext }) => {
    const { page, tabId, expected } = await visitDemo(ext, 'alibaba-product.html');
    await expect.poll(() => badgeText(ext, tabId)).toBe(String(expected.count));
    const before = await highlightSizes(page);
    // The marketplace swaps the page content without a reload (history API).
    await page.evaluate(() => {
      history.pushState({}, '', '/product-detail/Plain-Mug-No-Claims_1600000000777.html');
      for (const el of document.querySelectorAll('[data-module-name="module_certification"], [data-module-name="module_attribute"], .module_description, [data-module-name="module_description"]')) el.remove();
    });
    await expect.poll(() => claimCount(page)).toBeLessThan(expected.count);
    const now = await claimCount(page);
    await expect.poll(() => badgeText(ext, tabId)).toBe(now ? String(now) : '');
    const after = await highlightSizes(page);
    // Cleared and registered again, not added to the old set.
    expect(after.claim + after.flagged).toBeLessThan(before.claim + before.flagged);
  });

  test('a block page shows the blocked notice in the panel', async ({ ext }) => {
    const pages = JSON.parse(readFileSync(path.join(repoRoot, 'tests/fixtures/pages/pages.json'), 'utf8')) as Record<string, string>;
    const url = pages['alibaba-punish.html']!;
    ext.serve(url, readFileSync(path.join(repoRoot, 'tests/fixtures/pages/alibaba-punish.html'), 'utf8'));
    const page = await ext.context.newPage();
    await page.goto(url);
    await expect.poll(() => claimCount(page)).toBe(0);
    const tabId = await tabIdOf(ext, page);
    await expect.poll(() => badgeText(ext, tabId)).toBe('!');
    const panel = await openPanel(ext, tabId);
    await expect(panel.getByTestId('blocked-notice')).toBeVisible();
  });

  test('leaving the marketplaces or closing the tab clears the tab\'s badge and stored scan', async ({ ext }) => {
    const { page, tabId, expected } = await visitDemo(ext, 'alibaba-product.html');
    await expect.poll(() => badgeText(ext, tabId)).toBe(String(expected.count));
    ext.serve('https://example.org/', '<!doctype html><title>Elsewhere</title><p>Not a marketplace.</p>');
    await page.goto('https://example.org/');
    await expect.poll(() => badgeText(ext, tabId)).toBe('');
    const stored = async () =>
      (await ext.sw()).evaluate(async (id) => (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] ?? null, tabId);
    await expect.poll(stored).toBeNull();

    // Back on a marketplace, then the tab closes: nothing of it stays in storage.session.
    await page.goto(demoPage('alibaba-product.html').url);
    await expect.poll(stored).not.toBeNull();
    await page.close();
    await expect.poll(stored).toBeNull();
  });

  test('clicking the toolbar icon opens the side panel', async ({ ext }) => {
    const sw = await ext.sw();
    await expect
      .poll(() => sw.evaluate(() => chrome.sidePanel.getPanelBehavior()))
      .toEqual({ openPanelOnActionClick: true });
  });

  test('the no-network guard notices a request made by the extension', async ({ ext }) => {
    // Proves the check every test runs at teardown can fail: make the worker fetch on purpose.
    const sw = await ext.sw();
    await sw.evaluate(() => fetch('https://tracker.example.net/ping').catch(() => null));
    await expect.poll(() => ext.network.fromExtension.length).toBeGreaterThan(0);
    ext.network.fromExtension.length = 0;
  });
});
