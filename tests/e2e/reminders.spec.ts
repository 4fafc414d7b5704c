import { claimCount, demoPage, expect, openPanel, tabIdOf, test } from './fixtures';

/**
 * Issue #5: a confirmed certificate that expires within the reminder window (30 days by default)
 * raises a browser notification, through the real chrome.alarms listener of the service worker.
 */

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

test('a confirmed certificate expiring soon raises a reminder notification', async ({ ext }) => {
  const demo = demoPage('alibaba-product.html');
  ext.serve(demo.url, demo.html);
  const page = await ext.context.newPage();
  await page.goto(demo.url);
  await expect.poll(() => claimCount(page)).toBeGreaterThan(0);
  const panel = await openPanel(ext, await tabIdOf(ext, page));

  // Record "confirmed" with an expiry ten days from now.
  const expiry = isoDay(new Date(Date.now() + 10 * 86_400_000));
  const row = panel.locator('[data-testid="claim"][data-claim-id="iso-14001"]');
  await row.getByTestId('verify-button').click();
  const list = row.getByTestId('verify-checklist');
  await list.getByTestId('verify-outcome-status').selectOption('confirmed');
  await list.getByTestId('verify-issue-date').fill('2024-01-10');
  await list.getByTestId('verify-expiry-date').fill(expiry);
  await list.getByTestId('verify-save').click();
  await expect(row.getByTestId('verify-status')).toHaveAttribute('data-status', 'confirmed');

  // Fire the reminder alarm now instead of waiting up to 12 hours; the worker's own listener runs.
  const sw = await ext.sw();
  await sw.evaluate(() => chrome.alarms.create('certlens-expiry-check', { when: Date.now() + 200 }));
  await expect
    .poll(async () => Object.keys(await sw.evaluate(() => chrome.notifications.getAll())), { timeout: 15_000 })
    .toContainEqual(expect.stringMatching(/^expiring:alibaba:[^:]+:iso-14001:/));

  // Shown once per expiry date: the user dismisses it, the alarm fires again, nothing comes back.
  const ids = Object.keys(await sw.evaluate(() => chrome.notifications.getAll()));
  await sw.evaluate((all) => Promise.all(all.map((id) => chrome.notifications.clear(id))), ids);
  expect(Object.keys(await sw.evaluate(() => chrome.notifications.getAll()))).toEqual([]);
  await sw.evaluate(() => chrome.alarms.create('certlens-expiry-check', { when: Date.now() + 200 }));
  await page.waitForTimeout(2000);
  expect(Object.keys(await sw.evaluate(() => chrome.notifications.getAll()))).toEqual([]);
});
