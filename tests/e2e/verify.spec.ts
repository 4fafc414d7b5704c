import AxeBuilder from '@axe-core/playwright';
import { getEntry } from '../../lib/claims/catalog';
import { expect, openPanel, test, visitDemo } from './fixtures';

/**
 * Issue #5 end to end: verify a claim from the side panel on a demo page. Registries open in a
 * new tab that the test serves itself (context.route), so the network is never reached.
 */

const SGS = getEntry('iso-14001')!.registries.find((r) => r.name === 'SGS Certified Client Directory')!;
// A 1×1 PNG, as a certificate picture the supplier sent.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');


test.describe('verification', () => {
  test('copy the request, open the registry, record "confirmed" with dates; it stays after a reload and on another page of the supplier', async ({ ext }) => {
    const { page, tabId } = await visitDemo(ext, 'alibaba-product.html');
    // Chrome grants no permission to an extension origin from here, so read the clipboard back
    // from the marketplace tab (an https origin we may grant clipboard-read to).
    await ext.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://www.alibaba.com' });
    const clipboard = async () => {
      await page.bringToFront();
      const text = await page.evaluate(() => navigator.clipboard.readText());
      await panel.bringToFront();
      return text;
    };
    const panel = await openPanel(ext, tabId);
    const row = panel.locator('[data-testid="claim"][data-claim-id="iso-14001"]');
    await expect(row.getByTestId('verify-status')).toHaveAttribute('data-status', 'unchecked');
    await expect(panel.getByTestId('verify-progress')).toContainText('0 of 8 claims confirmed');
    await row.getByTestId('verify-button').click();
    const list = row.getByTestId('verify-checklist');

    // 1. Ask the supplier: one click copies EN + 中文 and marks "asked supplier".
    await list.getByTestId('copy-request').click();
    await expect(list.getByTestId('copy-status')).toContainText('Marked “asked supplier”');
    const request = await clipboard();
    expect(request).toContain('ISO 14001:2015');
    expect(request).toContain('certificate number');
    expect(request).toContain('证书编号');
    await expect(row.getByTestId('verify-status')).toHaveAttribute('data-status', 'asked-supplier');

    // 2. Open the registry: SGS has no URL pattern, so its search page opens and the number is copied.
    await expect(list.getByTestId('verify-number')).toHaveValue('NSE-2022-1180');
    ext.serve(SGS.url, '<!doctype html><title>SGS directory (test stand-in)</title><p>Search</p>');
    const [registryTab] = await Promise.all([
      ext.context.waitForEvent('page'),
      list.getByTestId('registry-link').filter({ hasText: SGS.name }).click(),
    ]);
    await registryTab.waitForLoadState();
    expect(registryTab.url()).toBe(SGS.url);
    await expect(registryTab).toHaveTitle('SGS directory (test stand-in)');
    expect(await clipboard()).toBe('NSE-2022-1180');
    await registryTab.close();

    // 3. Check what matters: the holder name against the supplier's.
    await list.getByTestId('verify-holder').fill('HANGZHOU NORTHSTAR DRINKWARE CO.,LTD');
    await expect(list.getByTestId('holder-compare')).toHaveAttribute('data-verdict', 'match');

    // 4. Record the outcome, with dates and the certificate picture.
    await list.getByTestId('verify-outcome-status').selectOption('confirmed');
    // Opening SGS's directory made it the registry used; dates are not taken from the page.
    await expect(list.getByTestId('verify-registry-used')).toHaveValue(SGS.name);
    await expect(list.getByTestId('verify-expiry-date')).toHaveValue('');
    await list.getByTestId('verify-issue-date').fill('2023-03-12');
    await list.getByTestId('verify-expiry-date').fill('2099-03-11');
    await list.getByTestId('verify-scope').fill('Stainless steel drinkware');
    await list.getByTestId('verify-attachment-input').setInputFiles({ name: 'certificate.png', mimeType: 'image/png', buffer: PNG });
    await expect(list.getByTestId('verify-attachment').locator('img')).toBeVisible();
    await list.getByTestId('verify-save').click();
    await expect(list.getByTestId('verify-save-status')).toContainText(`Confirmed in ${SGS.name}`);
    await expect(row.getByTestId('verify-status')).toHaveAttribute('data-status', 'confirmed');
    await expect(panel.getByTestId('verify-progress')).toContainText('1 of 8 claims confirmed');

    // Reload: still there, attachment included.
    await panel.reload();
    const again = panel.locator('[data-testid="claim"][data-claim-id="iso-14001"]');
    await expect(again.getByTestId('verify-status')).toHaveAttribute('data-status', 'confirmed');
    await expect(again.getByTestId('verify-outcome')).toContainText('valid until 11 Mar 2099');
    await again.getByTestId('verify-button').click();
    await expect(again.getByTestId('verify-expiry-date')).toHaveValue('2099-03-11');
    await expect(again.getByTestId('verify-issue-date')).toHaveValue('2023-03-12');
    await expect(again.getByTestId('verify-attachment').locator('img')).toBeVisible();

    // Another product page of the same supplier shows the same record.
    const other = await visitDemo(ext, 'alibaba-product.html', 'https://www.alibaba.com/product-detail/Double-Wall-Tumbler_1600000000002.html');
    const panel2 = await openPanel(ext, other.tabId);
    await expect(
      panel2.locator('[data-testid="claim"][data-claim-id="iso-14001"]').getByTestId('verify-status'),
    ).toHaveAttribute('data-status', 'confirmed');
  });

  test('a registry with a URL pattern opens prefilled, with an odd number percent-encoded', async ({ ext }) => {
    const { tabId } = await visitDemo(ext, 'made-in-china-directory.html');
    const panel = await openPanel(ext, tabId);
    const section = panel.locator('[data-testid="supplier"][data-supplier-key="made-in-china:pinecrest-bottle"]');
    await section.getByRole('button', { expanded: false }).first().click();
    const row = section.locator('[data-testid="claim"][data-claim-id="fcc"]');
    await row.getByTestId('verify-button').click();
    await row.getByTestId('verify-number').fill('2ABCD XYZ/1#&');
    const expected = 'https://fccid.io/2ABCD%20XYZ%2F1%23%26';
    const link = row.getByTestId('registry-link').first();
    await expect(link).toHaveAttribute('href', expected);
    await expect(link).toHaveAttribute('data-prefilled', 'true');
    // The open checklist and the supplier sections pass axe (no serious or critical problems).
    const axe = await new AxeBuilder({ page: panel }).include('[data-testid="panel"]').analyze();
    const bad = axe.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
    expect(bad).toEqual([]);
    ext.serve(expected, '<!doctype html><title>fccid (test stand-in)</title>');
    const [tab] = await Promise.all([ext.context.waitForEvent('page'), link.click()]);
    await tab.waitForLoadState();
    expect(tab.url()).toBe(expected);
  });

  test('the options page saves markets and reminder days, and the supplier view shows market fit', async ({ ext }) => {
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await options.getByTestId('options-market').and(options.locator('[value="eu-retail"]')).check();
    await expect(options.getByTestId('options-status')).toHaveText('Saved');
    await options.getByTestId('options-reminder-days').fill('14');
    await expect(options.getByTestId('options-status')).toHaveText('Saved');
    await options.reload();
    await expect(options.getByTestId('options-reminder-days')).toHaveValue('14');
    await expect(options.locator('[data-testid="options-market"][value="eu-retail"]')).toBeChecked();

    const { tabId } = await visitDemo(ext, 'alibaba-minisite-profile.html');
    const panel = await openPanel(ext, tabId);
    const fit = panel.getByTestId('market-fit');
    await expect(fit.locator('[data-claim-id="sedex-smeta"]')).toHaveAttribute('data-claimed', 'true');
    await expect(fit.locator('[data-claim-id="iso-14001"]')).toHaveAttribute('data-claimed', 'false');
  });
});
