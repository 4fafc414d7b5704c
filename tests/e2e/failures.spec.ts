import type { Page } from '@playwright/test';
import { claimCount, expect, type Launched, openPanel, test, visitDemo } from './fixtures';

/**
 * Failures a user meets without doing anything wrong (issue #7): Chrome stops the MV3 service
 * worker whenever it is idle, in the middle of a session; and the same supplier's notes are open
 * in two panels at once.
 */


/** The toolbar badge of a tab, read from an extension page (so asking does not wake the worker). */
const badgeFrom = (panel: Page, tabId: number) => panel.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);

/**
 * The extension's service worker as the DevTools protocol sees it, from a blank tab of its own
 * (so reloading the pages under test does not end the session): its running status from
 * ServiceWorker.workerVersionUpdated, and stopWorker, which is what Chrome does to an idle worker.
 */
async function workerControl(ext: Launched) {
  const tab = await ext.context.newPage();
  const cdp = await ext.context.newCDPSession(tab);
  const scriptURL = `chrome-extension://${ext.extensionId}/background.js`;
  const status = new Map<string, string>();
  cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
    for (const v of e.versions) if (v.scriptURL === scriptURL) status.set(v.versionId, v.runningStatus);
  });
  await cdp.send('ServiceWorker.enable');
  await expect.poll(() => [...status.values()], { message: 'the worker is listed' }).toContain('running');
  const running = () => [...status.values()].includes('running') || [...status.values()].includes('starting');
  return {
    running,
    async stop() {
      for (const [versionId, s] of status) if (s === 'running') await cdp.send('ServiceWorker.stopWorker', { versionId });
      await expect.poll(() => [...status.values()].every((s) => s === 'stopped'), { message: 'the worker stopped' }).toBe(true);
    },
    close: () => cdp.detach().catch(() => {}),
  };
}

test.describe('service worker stopped mid-session', () => {
  test('badge, panel and the note typed just before the stop survive; the next message wakes the worker', async ({ ext }) => {
    test.setTimeout(90_000);
    const { page, tabId, expected } = await visitDemo(ext, 'alibaba-product.html');
    const supplier = expected.scan.suppliers[0]!;
    const panel = await openPanel(ext, tabId);
    await expect(panel.getByTestId('claim')).toHaveCount(expected.count);
    await expect.poll(() => badgeFrom(panel, tabId)).toBe(String(expected.count));

    // Typed, and the worker stops before the save's debounce has even fired.
    const note = 'Typed right before Chrome stopped the worker: ask for the BSCI report.';
    const notes = panel.getByTestId('notes');
    await expect(notes).toBeEditable();
    const worker = await workerControl(ext);
    await notes.fill(note);
    await worker.stop();
    expect(worker.running()).toBe(false);

    // Nothing the user sees depended on the worker being alive.
    await expect(panel.getByTestId('notes-status')).toHaveText('Saved');
    expect(await badgeFrom(panel, tabId), 'badge of the tab').toBe(String(expected.count));
    await panel.reload();
    await expect(panel.getByTestId('claim'), 'claims from storage.session with no worker').toHaveCount(expected.count);
    await expect(panel.getByTestId('supplier-name')).toHaveText(supplier.name);
    await expect(panel.getByTestId('notes'), 'no note lost').toHaveValue(note);

    // The page's next scan is a message to the worker: it wakes, and sets the badge again
    // (cleared here first, so only the woken worker can have set it). Stopped again first: the
    // panel's reload may itself have woken it.
    await worker.stop();
    await panel.evaluate((id) => chrome.action.setBadgeText({ tabId: id, text: '' }), tabId);
    const storedAt = () => panel.evaluate(async (id) => ((await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] as { updatedAt?: number } | undefined)?.updatedAt ?? 0, tabId);
    const before = await storedAt();
    await page.reload();
    await expect.poll(() => claimCount(page)).toBe(expected.count);
    await expect.poll(() => worker.running(), { message: 'a message woke the worker' }).toBe(true);
    await expect.poll(() => badgeFrom(panel, tabId), { message: 'badge set by the woken worker' }).toBe(String(expected.count));
    await expect.poll(storedAt, { message: 'the woken worker stored the rescan' }).toBeGreaterThan(before);
    await worker.close();

    // A note typed after the restart saves as well.
    await panel.getByTestId('notes').fill(`${note} Sent on Monday.`);
    await panel.getByTestId('notes').blur();
    await expect(panel.getByTestId('notes-status')).toHaveText('Saved');
    await panel.reload();
    await expect(panel.getByTestId('notes')).toHaveValue(`${note} Sent on Monday.`);
  });
});

test.describe('two panels on the same supplier', () => {
  test('a save in one panel shows in the other; edits crossing each other are never silently lost', async ({ ext }) => {
    test.setTimeout(90_000);
    const { tabId } = await visitDemo(ext, 'alibaba-product.html');
    const a = await openPanel(ext, tabId);
    const b = await openPanel(ext, tabId);
    const boxA = a.getByTestId('notes');
    const boxB = b.getByTestId('notes');
    await expect(boxA).toBeEditable();
    await expect(boxB).toBeEditable();

    await boxA.fill('Sample ordered.');
    await boxA.blur();
    await expect(a.getByTestId('notes-status')).toHaveText('Saved');
    await expect(boxB, 'the other panel follows the save').toHaveValue('Sample ordered.');

    // Both type before either has saved. Whichever saves second finds the note changed.
    await boxB.fill('Sample ordered. B: factory audit booked.');
    await boxA.fill('Sample ordered. A: price agreed at $2.10.');
    await boxA.blur();
    await boxB.blur();
    await expect
      .poll(async () => (await a.getByTestId('notes-conflict').count()) + (await b.getByTestId('notes-conflict').count()), {
        message: 'one panel shows the conflict',
      })
      .toBe(1);
    const loser = (await a.getByTestId('notes-conflict').isVisible()) ? a : b;
    const winner = loser === a ? b : a;
    const mine = loser === a ? 'Sample ordered. A: price agreed at $2.10.' : 'Sample ordered. B: factory audit booked.';
    const theirs = loser === a ? 'Sample ordered. B: factory audit booked.' : 'Sample ordered. A: price agreed at $2.10.';
    await expect(loser.getByTestId('notes-theirs')).toHaveText(theirs);
    await expect(loser.getByTestId('notes')).toHaveValue(mine);
    await expect(loser.getByTestId('notes-status')).toContainText('changed in another CertLens tab');

    await loser.getByTestId('notes-keep-both').click();
    await expect(loser.getByTestId('notes-conflict')).toHaveCount(0);
    await expect(loser.getByTestId('notes-status')).toHaveText('Saved');
    for (const p of [winner, loser]) {
      await expect(p.getByTestId('notes')).toHaveValue(new RegExp(`${mine.replace(/[.$]/g, '\\$&')}[\\s\\S]*${theirs.replace(/[.$]/g, '\\$&')}`));
    }
    await winner.reload();
    await expect(winner.getByTestId('notes')).toHaveValue(new RegExp(theirs.replace(/[.$]/g, '\\$&')));
    await expect(winner.getByTestId('notes')).toHaveValue(new RegExp(mine.replace(/[.$]/g, '\\$&')));
  });
});
