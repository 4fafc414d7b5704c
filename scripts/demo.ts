/**
 * `npm run demo`: builds CertLens, starts Chromium with it loaded, and opens the bundled demo
 * pages (tests/fixtures/demo, the project's own) at their real marketplace addresses, served by
 * request interception, so no internet is needed, plus the side panel for the first tab.
 *
 *   npm run demo                                   headed; close the browser (or Ctrl+C) to stop
 *   npm run demo -- --headless --screenshots out   no screen: save PNGs into out/ and exit
 *   options: --no-build (use the existing .output/chrome-mv3)
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { launchWithExtension, type Launched } from './chromium';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const extensionPath = path.join(repoRoot, '.output/chrome-mv3');
const demoDir = path.join(repoRoot, 'tests/fixtures/demo');

interface Args {
  headless: boolean;
  screenshots: string | null;
  build: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { headless: false, screenshots: null, build: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--headless') args.headless = true;
    else if (a === '--no-build') args.build = false;
    else if (a === '--screenshots') {
      const dir = argv[++i];
      if (!dir || dir.startsWith('--')) fail('--screenshots needs a directory, e.g. --screenshots out');
      args.screenshots = path.resolve(dir);
    } else if (a.startsWith('--screenshots=')) args.screenshots = path.resolve(a.slice('--screenshots='.length));
    else if (a === '--help' || a === '-h') {
      console.log('usage: npm run demo [-- --headless] [--screenshots <dir>] [--no-build]');
      process.exit(0);
    } else fail(`unknown option ${a}`);
  }
  return args;
}

function fail(message: string): never {
  console.error(`demo: ${message}`);
  process.exit(1);
}

function log(message: string) {
  console.log(`[demo] ${message}`);
}

async function tabIdOf(l: Launched, page: Page): Promise<number> {
  const url = page.url().replace(/#.*$/, '');
  for (let i = 0; i < 50; i++) {
    const id = await (await l.sw()).evaluate(async (u) => {
      const tabs = await chrome.tabs.query({});
      return tabs.find((t) => (t.url ?? '').replace(/#.*$/, '') === u)?.id ?? null;
    }, url);
    if (id !== null) return id;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no tab found for ${url}`);
}

async function waitForScan(page: Page): Promise<number> {
  await page.waitForFunction(() => document.documentElement.dataset.certlensClaims !== undefined, null, { timeout: 15_000 });
  return Number(await page.evaluate(() => document.documentElement.dataset.certlensClaims));
}

/** Scrolls the first flagged (else plain) highlight into view and rests the pointer on it. */
async function hoverFirstHighlight(page: Page): Promise<boolean> {
  const point = await page.evaluate(() => {
    const reg = (globalThis as unknown as { CSS: { highlights: Map<string, Set<AbstractRange>> } }).CSS.highlights;
    const first = [...(reg.get('certlens-flagged') ?? [])][0] ?? [...(reg.get('certlens-claim') ?? [])][0];
    if (!first) return null;
    // The highlighter registers static ranges (no geometry): a live copy has it.
    const range = document.createRange();
    range.setStart(first.startContainer, first.startOffset);
    range.setEnd(first.endContainer, first.endOffset);
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const r = range.getClientRects()[0];
    return r ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
  });
  if (!point) return false;
  await page.mouse.move(point.x - 30, point.y - 30);
  await page.mouse.move(point.x, point.y, { steps: 5 });
  try {
    await page.locator('certlens-card .card').waitFor({ state: 'visible', timeout: 5_000 });
    // The card text arrives from the background; give it a moment to render.
    await page.waitForFunction(() => !document.querySelector('certlens-card')?.shadowRoot?.textContent?.includes('Loading'), null, { timeout: 5_000 });
    return true;
  } catch {
    return false;
  }
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (!args.headless && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY && process.platform === 'linux') {
    log('No screen found (DISPLAY is not set): running headless. Use --screenshots <dir> to see the result.');
    args.headless = true;
  }

  if (args.build) {
    log('Building the extension (npx wxt build)…');
    const built = spawnSync('npx', ['wxt', 'build'], { cwd: repoRoot, stdio: 'inherit' });
    if (built.status !== 0) fail('the build failed');
  }

  const pages = Object.entries(JSON.parse(readFileSync(path.join(demoDir, 'pages.json'), 'utf8')) as Record<string, string>).map(
    ([file, url]) => ({ file, url, html: readFileSync(path.join(demoDir, file), 'utf8') }),
  );
  const profile = mkdtempSync(path.join(tmpdir(), 'certlens-demo-'));
  const ext = await launchWithExtension({ userDataDir: profile, extensionPath, headless: args.headless });
  for (const p of pages) ext.serve(p.url, p.html);

  const tabs: Array<{ page: Page; file: string; claims: number }> = [];
  const blank = ext.context.pages()[0];
  for (const p of pages) {
    const page = await ext.context.newPage();
    await page.goto(p.url);
    const claims = await waitForScan(page);
    tabs.push({ page, file: p.file, claims });
    log(`${p.url}  →  ${claims} claims`);
  }
  await blank?.close().catch(() => {});
  const first = tabs[0]!;
  const firstTab = await tabIdOf(ext, first.page);
  const panel = await ext.context.newPage();
  await panel.setViewportSize({ width: 420, height: 900 });
  await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?tab=${firstTab}`);
  await panel.getByTestId('panel').waitFor();
  log(`Side panel for the first tab: chrome-extension://${ext.extensionId}/sidepanel.html?tab=${firstTab}`);

  if (args.screenshots) {
    mkdirSync(args.screenshots, { recursive: true });
    const out = (name: string) => path.join(args.screenshots!, name);

    // The side panel with a flagged claim opened.
    const flagged = panel.locator('[data-testid="claim"].certlens-claim--flagged').first();
    const row = (await flagged.count()) > 0 ? flagged : panel.getByTestId('claim').first();
    if ((await row.count()) > 0) await row.getByRole('button').first().click();
    await panel.screenshot({ path: out('side-panel.png'), fullPage: false });

    // The highlighted page with the hover card open.
    await first.page.bringToFront();
    const hovered = await hoverFirstHighlight(first.page);
    await first.page.screenshot({ path: out('page-highlighted.png') });
    if (!hovered) log('warning: the hover card did not open for the screenshot');

    // A list page with its per-supplier markers.
    const list = tabs.find((t) => t.file.includes('directory'));
    if (list) {
      await list.page.bringToFront();
      await list.page.locator('certlens-marker').first().scrollIntoViewIfNeeded().catch(() => {});
      await list.page.screenshot({ path: out('list-markers.png') });
    }
    log(`Screenshots in ${args.screenshots}: side-panel.png, page-highlighted.png${list ? ', list-markers.png' : ''}`);
    if (ext.network.fromExtension.length) log(`warning: the extension made requests: ${ext.network.fromExtension.join(', ')}`);
  }

  const finish = async () => {
    await ext.close().catch(() => {});
    rmSync(profile, { recursive: true, force: true });
  };

  if (args.headless) {
    await finish();
    return;
  }
  log('Chromium is open with the demo pages and the side panel. Close the browser or press Ctrl+C to stop.');
  await new Promise<void>((resolve) => {
    ext.context.on('close', () => resolve());
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
  await finish();
}

main().catch((error) => {
  console.error(`demo: ${(error as Error).message ?? error}`);
  process.exit(1);
});
