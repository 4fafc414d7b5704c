import type { Page } from '@playwright/test';
import { claimCount, expect, openPanel, test, visitDemo } from './fixtures';

/**
 * Issue #5, "progress in the hover card and on list-page markers": what the user records in the
 * panel shows on the marketplace page after a reload — the claim's status in its hover card, the
 * supplier's progress on the card and on its list-page marker — and nothing the user typed.
 */

const NOTE = 'PRIVATE-NOTE talked to Lisa, price 3.10';


/** Records "confirmed" for a claim row from its checklist, with a note that must stay in the panel. */
async function confirm(panel: Page, row: ReturnType<Page['locator']>) {
  await row.getByTestId('verify-button').click();
  const list = row.getByTestId('verify-checklist');
  await list.getByTestId('verify-outcome-status').selectOption('confirmed');
  await list.getByTestId('verify-note').fill(NOTE);
  await list.getByTestId('verify-checked-on').fill('2026-03-12');
  await list.getByTestId('verify-save').click();
  await expect(row.getByTestId('verify-status')).toHaveAttribute('data-status', 'confirmed');
}

/** The middle of the first on-screen occurrence of `text` in the page (a highlighted claim). */
async function textPoint(page: Page, text: string) {
  return page.evaluate((wanted) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = (n as Text).data.indexOf(wanted);
      if (at < 0) continue;
      n.parentElement?.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + wanted.length);
      const r = range.getClientRects()[0];
      if (r && r.width > 0) return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }
    return null;
  }, text);
}

test.describe('verification on the page', () => {
  test('a claim confirmed in the panel shows its status and the supplier progress in the hover card after a reload', async ({ ext }) => {
    const { page, tabId } = await visitDemo(ext, 'alibaba-product.html');
    const panel = await openPanel(ext, tabId);
    const row = panel.locator('[data-testid="claim"][data-claim-id="iso-14001"]');
    await confirm(panel, row);
    await expect(panel.getByTestId('verify-progress')).toContainText('1 of 8 claims confirmed');

    await page.bringToFront();
    await page.reload();
    await expect.poll(() => claimCount(page)).toBeGreaterThan(0);
    const point = await textPoint(page, 'ISO 14001:2015');
    expect(point, 'the ISO 14001 claim is on screen').not.toBeNull();
    const card = page.locator('certlens-card .card');
    // The progress answer may land after the first hover: move again until the card shows it.
    await expect(async () => {
      await page.mouse.move(point!.x - 40, point!.y - 40);
      await page.mouse.move(point!.x, point!.y, { steps: 4 });
      await expect(card.locator('.verification')).toHaveAttribute('data-status', 'confirmed', { timeout: 1000 });
    }).toPass({ timeout: 10_000 });
    await expect(card).toContainText('ISO 14001');
    await expect(card.locator('.verification')).toHaveText('You recorded: Confirmed at issuer, checked on 2026-03-12');
    await expect(card.locator('.progress')).toHaveText('This supplier: 1 of 8 claims confirmed');
    // Only statuses and counts entered the page: not the note, nor the word "fake".
    const cardText = await page.locator('certlens-card').evaluate((el) => el.shadowRoot?.textContent ?? '');
    expect(cardText).not.toContain('PRIVATE-NOTE');
    expect(cardText.toLowerCase()).not.toContain('fake');
    expect(await page.evaluate(() => document.documentElement.outerHTML)).not.toContain('PRIVATE-NOTE');

    // A claim of the same supplier with nothing recorded shows the progress but no status.
    const other = await textPoint(page, 'ISO 9001');
    expect(other, 'the ISO 9001 claim is on screen').not.toBeNull();
    await page.mouse.move(5, 5);
    await page.mouse.move(other!.x, other!.y, { steps: 4 });
    await expect(card).toContainText('ISO 9001');
    await expect(card.locator('.progress')).toHaveText('This supplier: 1 of 8 claims confirmed');
    await expect(card.locator('.verification')).toHaveCount(0);
  });

  test('list-page markers show "n of m confirmed" for a supplier with a record, and nothing new for the others', async ({ ext }) => {
    const { page, tabId } = await visitDemo(ext, 'made-in-china-directory.html');
    const markers = page.locator('certlens-marker');
    await expect(markers.first()).toBeVisible();
    const count = await markers.count();
    expect(count).toBeGreaterThan(1);
    await expect(page.locator('certlens-marker[data-confirmed]')).toHaveCount(0);

    const panel = await openPanel(ext, tabId);
    const section = panel.locator('[data-testid="supplier"][data-supplier-key="made-in-china:pinecrest-bottle"]');
    await section.getByRole('button', { expanded: false }).first().click();
    await confirm(panel, section.locator('[data-testid="claim"][data-claim-id="fcc"]'));
    const progress = (await section.getByTestId('verify-progress').textContent()) ?? '';
    const [, total] = /1 of (\d+) claims? confirmed/.exec(progress) ?? [];
    expect(total, `panel progress "${progress}"`).toBeTruthy();

    await page.bringToFront();
    await page.reload();
    const confirmed = page.locator('certlens-marker[data-confirmed="1"]');
    await expect(confirmed).toHaveCount(1);
    await expect(confirmed).toHaveAttribute('data-total', total!);
    await expect(confirmed.locator('.m')).toContainText(`1 of ${total} confirmed`);
    await expect(confirmed).toHaveAttribute('aria-label', new RegExp(`1 of ${total} confirmed$`));
    // The marker sits in the Pinecrest card; the other cards' markers say nothing about verification.
    await expect(markers).toHaveCount(count);
    await expect(page.locator('certlens-marker:not([data-confirmed])')).toHaveCount(count - 1);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).not.toContain('PRIVATE-NOTE');
  });
});
