import AxeBuilder from '@axe-core/playwright';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, launchWithExtension, openPanel, test, visitDemo } from './fixtures';
import { CLAIM_IDS } from '../../lib/claims/ids';
import { MARKETPLACES } from '../../lib/sites/hosts';

/**
 * Issue #6 end to end: shortlist five suppliers from the side panel while browsing the demo
 * pages, open the dashboard, compare them, export CSV and JSON (the downloads are read back),
 * send the shortlist file to a colleague (a fresh profile) who imports it, and a corrupt file
 * rejected with nothing changed. axe-core checks the panel and the dashboard.
 */

const LIST = 'Travel mugs 2027';


/** Adds a supplier of the shown panel to the shortlist (creating it the first time). */
async function shortlist(panel: Page, supplierKey: string, create: boolean) {
  const section = panel.locator(`[data-testid="supplier"][data-supplier-key="${supplierKey}"]`);
  const toggle = section.locator('.certlens-supplier-toggle');
  if ((await toggle.count()) > 0 && (await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await section.getByTestId('add-to-shortlist').click();
  if (create) {
    await section.getByTestId('new-shortlist-name').fill(LIST);
    await section.getByTestId('create-shortlist').click();
  } else {
    await section.getByRole('checkbox', { name: LIST }).check();
  }
  await expect(section.getByTestId('shortlist-status')).toContainText(LIST);
  await expect(section.getByTestId('add-to-shortlist')).toHaveText('On 1 shortlist');
}

async function expectNoSeriousAxeViolations(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
  expect(bad, `axe on ${what}`).toEqual([]);
}

const PRIVATE_NOTE = 'Private: target price 2.10 USD, contact Ms Wang';

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string; bytes: Buffer }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), click()]);
  const file = await dl.path();
  const bytes = readFileSync(file);
  return { name: dl.suggestedFilename(), text: bytes.toString('utf8'), bytes };
}

test.describe('shortlists, dashboard, export and import', () => {
  test('shortlist five suppliers from the panel, compare, export CSV and JSON, a colleague imports the share file', async ({ ext }) => {
    test.setTimeout(300_000);
    const picked: Array<{ key: string; name: string }> = [];

    // 1. While browsing: three supplier pages and two suppliers of a directory page.
    let panel: Page | undefined;
    for (const file of ['alibaba-product.html', 'alibaba-minisite-profile.html', 'made-in-china-supplier.html', 'made-in-china-directory.html']) {
      const { tabId, expected } = await visitDemo(ext, file);
      panel = await openPanel(ext, tabId);
      const suppliers = expected.scan.suppliers.slice(0, file.includes('directory') ? 2 : 1);
      for (const s of suppliers) {
        await shortlist(panel, s.key, picked.length === 0);
        picked.push({ key: s.key, name: s.name });
      }
      if (file === 'alibaba-product.html') {
        // A private note: it must not travel in a share file unless the user says so.
        await panel.getByTestId('notes').fill(PRIVATE_NOTE);
        await expect(panel.getByTestId('notes-status')).toHaveText('Saved');
      }
      if (file === 'made-in-china-supplier.html') await expectNoSeriousAxeViolations(panel, 'the side panel with the shortlist menu open');
    }
    expect(picked).toHaveLength(5);

    // 2. The panel's link opens the dashboard in a tab.
    const [dash] = await Promise.all([ext.context.waitForEvent('page'), panel!.getByTestId('open-dashboard').click()]);
    await expect(dash.getByTestId('dashboard')).toBeVisible();
    expect(dash.url()).toBe(`chrome-extension://${ext.extensionId}/dashboard.html`);
    // Every supplier seen on the four pages is listed, not only the shortlisted ones.
    await expect(dash.getByTestId('dash-count')).toHaveText('7 suppliers');
    await expect(dash.getByTestId('shortlist-name')).toHaveText(LIST);
    await expectNoSeriousAxeViolations(dash, 'the dashboard');

    // Filter by the shortlist: exactly the five.
    await dash.getByTestId('dash-filter-shortlist').selectOption({ label: LIST });
    await expect(dash.getByTestId('dash-count')).toHaveText('5 of 7 suppliers match');
    await expect(dash.getByTestId('dash-row')).toHaveCount(5);
    // Search narrows further, by name.
    await dash.getByTestId('dash-search').fill('Clearwater');
    await expect(dash.getByTestId('dash-row')).toHaveCount(1);
    await dash.getByTestId('dash-search').fill('');

    // 3. Compare the shortlist: suppliers × claims, each cell saying the evidence kind.
    const list = dash.getByTestId('shortlist').filter({ hasText: LIST });
    await list.getByRole('button', { name: 'Compare' }).click();
    const compare = dash.getByTestId('compare');
    await expect(compare).toBeVisible();
    await expect(compare.getByTestId('compare-row')).toHaveCount(5);
    expect((await compare.getByTestId('compare-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-supplier-key')))).sort()).toEqual(
      picked.map((p) => p.key).sort(),
    );
    const clearwater = compare.locator('[data-testid="compare-row"][data-supplier-key="made-in-china:clearwater-appliance"]');
    const bsci = clearwater.locator('[data-testid="compare-cell"][data-claim-id="amfori-bsci"]');
    await expect(bsci).toHaveAttribute('data-evidence', 'supplier');
    await expect(bsci).toHaveAttribute('data-verification', 'unchecked');
    await expect(bsci.getByTestId('flag').first()).toHaveAttribute('data-flag', 'misnomer');
    await expectNoSeriousAxeViolations(dash, 'the compare view');
    await compare.getByRole('button', { name: 'Back to the list' }).click();

    // 4. Exports: the shortlist as CSV (opens in a spreadsheet), as a share file, and a full backup.
    const csv = await download(dash, () => list.getByRole('button', { name: 'CSV' }).click());
    expect(csv.name).toMatch(/^certlens-suppliers-Travel-mugs-2027-\d{4}-\d{2}-\d{2}\.csv$/);
    expect([...csv.bytes.subarray(0, 3)], 'UTF-8 byte order mark for Excel').toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.text.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toMatch(/^Supplier,Marketplace,/);
    expect(lines).toHaveLength(6);
    for (const p of picked) expect(csv.text).toContain(p.name);

    const claimsCsv = await download(dash, () => dash.getByTestId('export-csv-claims').click());
    expect(claimsCsv.text.startsWith('\uFEFFSupplier,Marketplace,Claim,')).toBe(true);

    const dossier = await download(dash, () => list.getByRole('button', { name: 'Dossier (Markdown)' }).click());
    expect(dossier.name).toMatch(/^certlens-dossier-Travel-mugs-2027-.*\.md$/);
    expect(dossier.text).toMatch(/^# Shortlist: Travel mugs 2027\n/);
    expect(dossier.text).toContain('What it does not:');
    expect(dossier.text.match(/^## /gm)).toHaveLength(5);

    const options = dash.getByTestId('share-options');
    await expect(options.getByLabel('my notes on the suppliers')).not.toBeChecked();
    await expect(options.getByLabel('my verification records and attachments')).toBeChecked();
    const share = await download(dash, () => list.getByRole('button', { name: 'Share file (JSON)' }).click());
    const shareJson = JSON.parse(share.text);
    expect(shareJson).toMatchObject({ format: 'certlens-shortlist', version: 1 });
    expect(shareJson.tables.suppliers).toHaveLength(5);
    expect(share.text, 'notes stay out of a share file by default').not.toContain(PRIVATE_NOTE);
    expect(dossier.text).not.toContain(PRIVATE_NOTE);
    await options.getByLabel('my notes on the suppliers').check();
    const shareWithNotes = await download(dash, () => list.getByRole('button', { name: 'Share file (JSON)' }).click());
    expect(JSON.parse(shareWithNotes.text).tables.notes).toEqual([expect.objectContaining({ supplierKey: picked[0]!.key, text: PRIVATE_NOTE })]);

    const backup = await download(dash, () => dash.getByTestId('export-backup').click());
    const backupJson = JSON.parse(backup.text);
    expect(backupJson.format).toBe('certlens-backup');
    expect(backupJson.tables.suppliers).toHaveLength(7);
    expect(backupJson.tables.shortlistMembers).toHaveLength(5);

    // 5. The colleague: a fresh profile imports the share file.
    const otherDir = mkdtempSync(path.join(tmpdir(), 'certlens-e2e-colleague-'));
    const colleague = await launchWithExtension(otherDir);
    try {
      const page = await colleague.context.newPage();
      await page.goto(`chrome-extension://${colleague.extensionId}/dashboard.html`);
      await expect(page.getByTestId('dash-empty')).toBeVisible();

      // A corrupt file first (the share file cut in half): refused, nothing changed.
      await page.getByTestId('import-file').setInputFiles({
        name: 'broken.json',
        mimeType: 'application/json',
        buffer: Buffer.from(share.text.slice(0, Math.floor(share.text.length / 2))),
      });
      await expect(page.getByTestId('import-error')).toContainText('nothing was changed');
      await expect(page.getByTestId('import-error')).toContainText('not complete JSON');
      await expect(page.getByTestId('dash-empty')).toBeVisible();

      // A file with one wrong field: the message names the record and the field.
      const bad = structuredClone(shareJson);
      bad.tables.suppliers[0].marketplace = 'ebay';
      await page.getByTestId('import-file').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
      await expect(page.getByTestId('import-error')).toContainText(`Record 1 of “suppliers” (supplier ${bad.tables.suppliers[0].key}), field marketplace`);
      await expect(page.getByTestId('dash-empty')).toBeVisible();

      // The real file: preview, then import.
      await page.getByTestId('import-file').setInputFiles({ name: share.name, mimeType: 'application/json', buffer: share.bytes });
      const preview = page.getByTestId('import-preview');
      await expect(preview).toContainText(LIST);
      await expect(preview.getByRole('row', { name: /^suppliers/ })).toContainText('5');
      await expectNoSeriousAxeViolations(page, 'the import preview');
      await page.getByTestId('import-confirm').click();
      await expect(page.getByTestId('import-done')).toContainText('added');
      await expect(page.getByTestId('dash-count')).toHaveText('5 suppliers');
      await expect(page.getByTestId('shortlist-name')).toHaveText(LIST);
      await page.getByTestId('shortlist').getByRole('button', { name: 'Compare' }).click();
      await expect(page.getByTestId('compare-row')).toHaveCount(5);

      // The corrupt file again, now over real data: still refused, still 5 suppliers.
      await page.getByRole('button', { name: 'Back to the list' }).click();
      await page.getByTestId('import-file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"certlens-shortlist","version":1,') });
      await expect(page.getByTestId('import-error')).toContainText('nothing was changed');
      await expect(page.getByTestId('dash-count')).toHaveText('5 suppliers');
      expect(colleague.network.fromExtension).toEqual([]);
    } finally {
      await colleague.close();
      rmSync(otherDir, { recursive: true, force: true });
    }
  });

  test('shortlists are renamed, reordered and deleted with undo; notes per shortlist are kept', async ({ ext }) => {
    const { tabId, expected } = await visitDemo(ext, 'made-in-china-directory.html');
    const panel = await openPanel(ext, tabId);
    await shortlist(panel, expected.scan.suppliers[0]!.key, true);
    const dash = await ext.context.newPage();
    await dash.goto(`chrome-extension://${ext.extensionId}/dashboard.html`);
    await dash.getByLabel('New shortlist').fill('Bottles');
    await dash.getByRole('button', { name: 'Create' }).click();
    await expect(dash.getByTestId('shortlist-name')).toHaveText([LIST, 'Bottles']);

    await dash.getByRole('button', { name: 'Move Bottles up' }).click();
    await expect(dash.getByTestId('shortlist-name')).toHaveText(['Bottles', LIST]);

    await dash.getByRole('button', { name: 'Rename Bottles' }).click();
    await dash.getByLabel('New name').fill('Bottles (steel)');
    await dash.getByRole('button', { name: 'Save name' }).click();
    await expect(dash.getByTestId('shortlist-name')).toHaveText(['Bottles (steel)', LIST]);

    const mugs = dash.getByTestId('shortlist').filter({ hasText: LIST });
    await mugs.getByLabel('Note on this shortlist').fill('Samples due 15 January');
    await mugs.getByLabel('Note on this shortlist').blur();
    await expect(mugs.getByRole('status').first()).toHaveText('Saved');

    await dash.getByRole('button', { name: `Delete ${LIST}` }).click();
    await expect(dash.getByTestId('shortlist-name')).toHaveText(['Bottles (steel)']);
    await dash.getByTestId('undo-delete').click();
    await expect(dash.getByTestId('shortlist-name')).toHaveText(['Bottles (steel)', LIST]);
    // Undo brought back the members and the note too.
    await expect(dash.getByTestId('shortlist').filter({ hasText: LIST })).toContainText('(1 supplier)');
    await dash.reload();
    await expect(dash.getByTestId('shortlist').filter({ hasText: LIST }).getByLabel('Note on this shortlist')).toHaveValue('Samples due 15 January');
  });

  test('dark mode and the narrowest panel: no serious axe violation, the shortlist menu fits', async ({ ext }) => {
    test.setTimeout(120_000);
    const { tabId, expected } = await visitDemo(ext, 'made-in-china-supplier.html');
    const panel = await openPanel(ext, tabId);
    await panel.emulateMedia({ colorScheme: 'dark' });
    await panel.setViewportSize({ width: 320, height: 800 });
    const key = expected.scan.suppliers[0]!.key;
    await shortlist(panel, key, true);
    const menu = panel.getByTestId('shortlist-menu');
    await expect(menu).toBeVisible();
    // Nothing wider than the panel: no sideways scrolling at 320 px.
    expect(await panel.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    // The keyboard reaches the menu's controls and Escape closes it.
    await panel.getByTestId('new-shortlist-name').focus();
    await panel.keyboard.press('Escape');
    await expect(menu).toBeHidden();
    await expect(panel.getByTestId('add-to-shortlist')).toBeFocused();
    await panel.getByTestId('add-to-shortlist').click();
    await expectNoSeriousAxeViolations(panel, 'the panel, dark, 320 px');

    const dash = await ext.context.newPage();
    await dash.emulateMedia({ colorScheme: 'dark' });
    await dash.goto(`chrome-extension://${ext.extensionId}/dashboard.html`);
    await expect(dash.getByTestId('dash-row')).toHaveCount(1);
    expect(await dash.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe('rgb(255, 255, 255)');
    await expectNoSeriousAxeViolations(dash, 'the dashboard, dark');
  });

  test('the keyboard shortcut Alt+Shift+C is declared to open the panel', async ({ ext }) => {
    const sw = await ext.sw();
    // _execute_action runs the toolbar action, which opens the side panel (openPanelOnActionClick).
    const commands = await sw.evaluate(() => chrome.commands.getAll());
    expect(commands.map((c) => c.name)).toContain('_execute_action');
    const manifest = await sw.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.commands?._execute_action?.suggested_key).toEqual({ default: 'Alt+Shift+C' });
    // Headless Chromium may leave the key unassigned (getAll reports ''); when it assigns one, it is ours.
    const key = commands.find((c) => c.name === '_execute_action')?.shortcut ?? '';
    if (key) expect(key.replace(/\s/g, '')).toMatch(/^(Alt\+Shift\+C|⌥⇧C)$/);
  });

  test('10,000 suppliers: imported from a backup in one go, listed, searched and paged', async ({ ext }) => {
    test.setTimeout(240_000);
    const N = 10_000;
    const suppliers = Array.from({ length: N }, (_, i) => ({
      key: `${MARKETPLACES[i % MARKETPLACES.length]}:bulk${i}`,
      name: i % 2 ? `Ningbo Bulk Supplier ${i}` : `深圳批量供应商 ${i}`,
      marketplace: MARKETPLACES[i % MARKETPLACES.length],
      url: `https://bulk${i}.example.com/`,
      badges: [],
      firstSeen: 1_700_000_000_000 + i,
      lastSeen: 1_700_000_000_000 + i,
    }));
    const sightings = suppliers.flatMap((s, i) =>
      Array.from({ length: 5 }, (_, j) => ({
        supplierKey: s.key,
        claimId: CLAIM_IDS[(i + j * 11) % CLAIM_IDS.length],
        version: '',
        text: 'claim text',
        evidence: 'supplier',
        flags: j === 0 && i % 4 === 0 ? ['vague'] : [],
        firstSeen: s.firstSeen,
        lastSeen: s.lastSeen,
        pageUrl: s.url,
      })),
    );
    const file = { format: 'certlens-backup', version: 1, exportedAt: new Date().toISOString(), dbVersion: 3, tables: { suppliers, sightings } };
    const buffer = Buffer.from(JSON.stringify(file));

    const dash = await ext.context.newPage();
    await dash.goto(`chrome-extension://${ext.extensionId}/dashboard.html`);
    await expect(dash.getByTestId('dash-empty')).toBeVisible();
    let t = Date.now();
    await dash.getByTestId('import-file').setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer });
    await expect(dash.getByTestId('import-preview')).toBeVisible({ timeout: 60_000 });
    // Includes Playwright handing the 12 MB file to the page (several seconds on a loaded machine).
    const previewMs = Date.now() - t;
    t = Date.now();
    await dash.getByTestId('import-confirm').click();
    await expect(dash.getByTestId('import-done')).toBeVisible({ timeout: 120_000 });
    await expect(dash.getByTestId('dash-count')).toHaveText(`${N} suppliers`, { timeout: 60_000 });
    const importMs = Date.now() - t;

    // A fresh load of the dashboard over 10,000 suppliers.
    t = Date.now();
    await dash.reload();
    await expect(dash.getByTestId('dash-count')).toHaveText(`${N} suppliers`, { timeout: 60_000 });
    const loadMs = Date.now() - t;
    await expect(dash.getByTestId('dash-row')).toHaveCount(50);
    await expect(dash.getByText('Page 1 of 200')).toBeVisible();

    t = Date.now();
    await dash.getByTestId('dash-search').fill('ningbo 9999');
    await expect(dash.getByTestId('dash-row')).toHaveCount(1);
    const searchMs = Date.now() - t;
    await dash.getByTestId('dash-search').fill('');
    await dash.getByLabel('Red flag').selectOption('vague');
    await expect(dash.getByTestId('dash-count')).toHaveText(`${N / 4} of ${N} suppliers match`);

    console.log(
      `[figures] ${N} suppliers + ${sightings.length} claims (${(buffer.length / 1048576).toFixed(1)} MB file): preview ${previewMs} ms, import ${importMs} ms, dashboard load ${loadMs} ms, search ${searchMs} ms`,
    );
  });
});
