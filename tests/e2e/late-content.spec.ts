import { readFileSync } from 'node:fs';
import path from 'node:path';
import { detect } from '../../lib/detect';
import { badgeText, claimCount, expect, highlightSizes, openPanel, repoRoot, tabIdOf, test } from './fixtures';
import { scanHtml } from './node-scan';

/**
 * Content that arrives after load (issue #4): a marketplace page that renders its certification
 * block late gets it highlighted once — the rescan replaces the highlights, never adds a second
 * set — and our own highlighting does not set off rescans of its own.
 */

const FILE = 'made-in-china-product.html';
const BLOCK = 'Certified: ISO 9001:2015, BSCI';

test('a certification block added after the first scan is highlighted once, badge and panel follow', async ({ ext }) => {
  const url = (JSON.parse(readFileSync(path.join(repoRoot, 'tests/fixtures/pages/pages.json'), 'utf8')) as Record<string, string>)[FILE]!;
  const html = readFileSync(path.join(repoRoot, 'tests/fixtures/pages', FILE), 'utf8');
  const expected = scanHtml(html, url);
  // The block names two claims this page does not state yet.
  const added = detect(BLOCK, {});
  expect(added.map((m) => m.id).sort()).toEqual(['amfori-bsci', 'iso-9001']);
  const allIds = new Set(expected.scan.suppliers.flatMap((s) => s.claims.map((c) => c.id)));
  expect(added.filter((m) => allIds.has(m.id))).toEqual([]);

  ext.serve(url, html);
  const page = await ext.context.newPage();
  await page.goto(url);
  const tabId = await tabIdOf(ext, page);
  await expect.poll(() => claimCount(page)).toBe(expected.count);
  const before = await highlightSizes(page);
  const beforeBadges = await page.locator('[certlens-badge]').count();
  await expect.poll(() => badgeText(ext, tabId)).toBe(String(expected.count));

  // The site renders the block late, inside the part of the page where the supplier's own
  // claims are (next to the first highlighted claim).
  await page.evaluate((text) => {
    const reg = (globalThis as unknown as { CSS: { highlights: Map<string, Set<Range>> } }).CSS.highlights;
    const first = [...(reg.get('certlens-claim') ?? [])][0]!;
    const host = first.startContainer.parentElement!;
    const div = document.createElement('div');
    div.id = 'late-block';
    div.textContent = text;
    host.append(div);
  }, BLOCK);

  await expect.poll(() => claimCount(page), { message: 'rescanned after the change' }).toBe(expected.count + added.length);
  const after = await highlightSizes(page);
  expect(after.claim + after.flagged - (before.claim + before.flagged), 'exactly the new claims were highlighted').toBe(added.length);
  await expect(page.locator('[certlens-badge]')).toHaveCount(beforeBadges);
  await expect.poll(() => badgeText(ext, tabId)).toBe(String(expected.count + added.length));

  // The new ranges are in the new block.
  const inBlock = await page.evaluate(() => {
    const reg = (globalThis as unknown as { CSS: { highlights: Map<string, Set<AbstractRange>> } }).CSS.highlights;
    const block = document.getElementById('late-block')!;
    // Static ranges (the highlighter's) have no toString(): read the text they cover.
    return [...(reg.get('certlens-claim') ?? []), ...(reg.get('certlens-flagged') ?? [])]
      .filter((r) => block.contains(r.startContainer))
      .map((r) => {
        const live = document.createRange();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        return live.toString();
      });
  });
  expect(inBlock.sort()).toEqual(added.map((m) => m.text).sort());

  // Quiet page: no rescans set off by our own highlights. More unrelated changes (a countdown
  // ticking, a new line with no claim) change nothing and add nothing.
  const scans = () => page.evaluate(() => performance.getEntriesByName('certlens-scan').length);
  const settled = await scans();
  await page.waitForTimeout(1500);
  expect(await scans(), 'no rescan while nothing changes').toBe(settled);
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = '02:13:45';
    document.body.append(p);
    const q = document.createElement('p');
    q.textContent = 'Free shipping on orders over 500 pieces';
    document.body.append(q);
  });
  await expect.poll(scans, { message: 'the new line was looked at' }).toBeGreaterThan(settled);
  await page.waitForTimeout(700);
  expect(await highlightSizes(page)).toEqual(after);
  expect(await claimCount(page)).toBe(expected.count + added.length);

  const panel = await openPanel(ext, tabId);
  await expect(panel.getByTestId('claim')).toHaveCount(expected.count + added.length);
  await expect(panel.locator('[data-testid="claim"][data-claim-id="amfori-bsci"]')).toHaveCount(1);
  await expect(panel.locator('[data-testid="claim"][data-claim-id="iso-9001"]')).toHaveCount(1);
});
