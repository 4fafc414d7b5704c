import { test as base, expect, type Page } from '@playwright/test';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchWithExtension as launch, stripHash, type Launched } from '../../scripts/chromium';
import { scanHtml } from './node-scan';

export { stripHash, type Launched };

/**
 * Shared e2e fixture: launches system Chromium with the built extension in a fresh profile,
 * serves pages at their real marketplace URLs with context.route (no internet), aborts and
 * records every other request, and notes any request the extension itself makes.
 */

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const extensionPath = path.resolve(repoRoot, '.output/chrome-mv3');

/**
 * The tests load a private copy of the build, taken once per worker: a `wxt build` started
 * meanwhile (by a developer, or by `npm run dev`) empties .output and would pull the files
 * from under a running browser.
 */
let snapshot: string | null = null;
function extensionSnapshot(): string {
  if (snapshot && existsSync(path.join(snapshot, 'manifest.json'))) return snapshot;
  if (!existsSync(path.join(extensionPath, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionPath}: run \`npx wxt build\` first (npm run test:e2e does).`);
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'certlens-ext-'));
  cpSync(extensionPath, dir, { recursive: true });
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  snapshot = dir;
  return dir;
}

export const launchWithExtension = (userDataDir: string, opts: { headless?: boolean; extraArgs?: readonly string[] } = {}) =>
  launch({ userDataDir, extensionPath: extensionSnapshot(), headless: opts.headless ?? true, extraArgs: opts.extraArgs });
export const corpusDir = path.resolve(repoRoot, '../shared/corpus');
export const hasCorpus = existsSync(path.join(corpusDir, 'made-in-china-company-1.html'));
export const demoDir = path.resolve(repoRoot, 'tests/fixtures/demo');

export interface DemoPage {
  file: string;
  url: string;
  html: string;
}

/** Demo pages (the project's own, always present): pages.json maps each file to its real-looking URL. */
export function demoPages(): DemoPage[] {
  const map = JSON.parse(readFileSync(path.join(demoDir, 'pages.json'), 'utf8')) as Record<string, string>;
  return Object.entries(map).map(([file, url]) => ({ file, url, html: readFileSync(path.join(demoDir, file), 'utf8') }));
}

export function demoPage(file: string): DemoPage {
  const page = demoPages().find((p) => p.file === file);
  if (!page) throw new Error(`${file} is not listed in tests/fixtures/demo/pages.json`);
  return page;
}

/**
 * Opens a demo page at its marketplace URL (or `url`) and waits until the content script has
 * counted exactly what `npm run scan` finds in it: the start of most e2e stories.
 */
export async function visitDemo(l: Launched, file: string, url?: string) {
  const demo = demoPage(file);
  const at = url ?? demo.url;
  l.serve(at, demo.html);
  const page = await l.context.newPage();
  await page.goto(at);
  const expected = scanHtml(demo.html, at);
  await expect.poll(() => claimCount(page), { message: `${file} scanned` }).toBe(expected.count);
  return { page, tabId: await tabIdOf(l, page), expected, demo };
}

/** The Chrome tab id of a page, asked from the service worker by URL. */
export async function tabIdOf(l: Launched, page: Page): Promise<number> {
  const url = stripHash(page.url());
  let id: number | undefined;
  await expect
    .poll(async () => {
      id = await (await l.sw()).evaluate(async (u) => {
        const tabs = await chrome.tabs.query({});
        return tabs.find((t) => (t.url ?? '').replace(/#.*$/, '') === u)?.id;
      }, url);
      return id;
    })
    .toBeDefined();
  return id!;
}

export async function badgeText(l: Launched, tabId: number): Promise<string> {
  return (await l.sw()).evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** The number the content script wrote after its last scan, or null before the first. */
export async function claimCount(page: Page): Promise<number | null> {
  const raw = await page.evaluate(() => document.documentElement.dataset.certlensClaims ?? null);
  return raw === null ? null : Number(raw);
}

/** Sizes of our CSS highlights, read in the page. */
export async function highlightSizes(page: Page): Promise<{ claim: number; flagged: number }> {
  return page.evaluate(() => {
    const reg = (globalThis as unknown as { CSS: { highlights: Map<string, Set<unknown>> } }).CSS.highlights;
    return { claim: reg.get('certlens-claim')?.size ?? 0, flagged: reg.get('certlens-flagged')?.size ?? 0 };
  });
}

export async function openPanel(l: Launched, tabId: number): Promise<Page> {
  const panel = await l.context.newPage();
  await panel.goto(`chrome-extension://${l.extensionId}/sidepanel.html?tab=${tabId}`);
  await expect(panel.getByTestId('panel')).toBeVisible();
  return panel;
}

type Fixtures = {
  userDataDir: string;
  ext: Launched;
};

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  userDataDir: async ({}, use) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'certlens-e2e-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  ext: async ({ userDataDir }, use) => {
    const launched = await launchWithExtension(userDataDir);
    await use(launched);
    // The extension must never reach the network on its own (DESIGN.md: it sends nothing anywhere).
    const leaks = [...launched.network.fromExtension];
    await launched.close().catch(() => {});
    expect(leaks, 'requests made by the extension itself').toEqual([]);
  },
});

export { expect };
