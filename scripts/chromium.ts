/**
 * Finds a Chromium that can load unpacked extensions, for the e2e tests and the demo.
 * Order: $CHROMIUM_PATH, then the usual install locations. When none is found and we run as
 * root on a Debian-like system, installs the `chromium` package with apt-get; otherwise stops
 * with a message saying exactly what to install. (Playwright's own browser download is not
 * used: it needs internet access this project does not assume, and chromium-headless-shell
 * loads no extensions.)
 *
 * CLI: `npx tsx scripts/chromium.ts` prints the path (installing if allowed).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { chromium, type BrowserContext, type Worker } from '@playwright/test';

export const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/lib/chromium/chromium',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
];

export const INSTALL_HELP = [
  'CertLens needs Chromium (or Google Chrome) to run its browser tests and the demo.',
  'Install one of:',
  '  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium   (Ubuntu: chromium-browser)',
  '  Fedora:         sudo dnf install -y chromium',
  '  macOS:          brew install --cask chromium',
  'or point CHROMIUM_PATH at an existing Chromium/Chrome binary, e.g.',
  '  CHROMIUM_PATH=/path/to/chrome npm test',
  '(chromium-headless-shell does not work: it cannot load extensions.)',
].join('\n');

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The first usable Chromium, or null. Throws when CHROMIUM_PATH is set but wrong (say so, don't guess). */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  const fromEnv = env.CHROMIUM_PATH?.trim();
  if (fromEnv) {
    if (!executable(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} is not an executable file.\n${INSTALL_HELP}`);
    return fromEnv;
  }
  for (const path of CANDIDATES) if (executable(path)) return path;
  return null;
}

function isDebianLike(): boolean {
  return existsSync('/etc/debian_version') && spawnSync('which', ['apt-get']).status === 0;
}

/** findChromium, installing the Debian package when we may; throws with INSTALL_HELP otherwise. */
export function ensureChromium(log: (line: string) => void = (l) => console.error(l)): string {
  const found = findChromium();
  if (found) return found;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (root && isDebianLike()) {
    log('[certlens] No Chromium found: installing the Debian "chromium" package with apt-get (about 30 s)…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update'], { stdio: ['ignore', 'ignore', 'inherit'], env });
    execFileSync('apt-get', ['install', '-y', 'chromium'], { stdio: ['ignore', 'ignore', 'inherit'], env });
    const installed = findChromium();
    if (installed) return installed;
  }
  throw new Error(`No Chromium found.\n${INSTALL_HELP}`);
}

export const stripHash = (url: string) => url.replace(/#.*$/, '');

export interface NetworkLog {
  /** Requests nobody served (aborted): the page's own images and scripts, mostly. */
  aborted: string[];
  /** Requests made by the extension (service worker or extension pages) to the network. */
  fromExtension: string[];
}

export interface Launched {
  context: BrowserContext;
  /**
   * The extension's service worker. MV3 stops an idle worker after ~30 s, so ask for it each
   * time instead of holding on to one handle.
   */
  sw(): Promise<Worker>;
  extensionId: string;
  network: NetworkLog;
  /** Serve this HTML at this URL (any later navigation to it gets it). */
  serve(url: string, html: string): void;
  close(): Promise<void>;
}

export interface LaunchOptions {
  userDataDir: string;
  /** Absolute path of the built extension (.output/chrome-mv3). */
  extensionPath: string;
  headless?: boolean;
  /** More Chromium switches (the any-page e2e test needs --enable-unsafe-extension-debugging). */
  extraArgs?: readonly string[];
}

/**
 * Chromium with the extension loaded, in a persistent profile (the only way to load an unpacked
 * extension). Every http(s) request goes through one route: pages registered with serve() are
 * answered at their real marketplace URLs, everything else is aborted and logged, so nothing
 * reaches the internet. Requests from the service worker or extension pages are logged apart.
 */
export async function launchWithExtension({ userDataDir, extensionPath, headless = true, extraArgs = [] }: LaunchOptions): Promise<Launched> {
  if (!existsSync(path.join(extensionPath, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionPath}: run \`npx wxt build\` first (npm run test:e2e does).`);
  }
  const executablePath = ensureChromium();
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless,
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${extensionPath}`,
      `--load-extension=${extensionPath}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...extraArgs,
    ],
  });
  const network: NetworkLog = { aborted: [], fromExtension: [] };
  const served = new Map<string, string>();

  context.on('request', (req) => {
    const url = req.url();
    if (url.startsWith('chrome-extension://') || url.startsWith('data:') || url.startsWith('blob:')) return;
    let origin = '';
    if (req.serviceWorker()) origin = req.serviceWorker()!.url();
    else {
      try {
        origin = req.frame().url();
      } catch {
        origin = '';
      }
    }
    if (origin.startsWith('chrome-extension://')) network.fromExtension.push(`${req.method()} ${url} (from ${origin})`);
  });

  await context.route('**/*', async (route) => {
    const url = route.request().url();
    // The extension's own files (side panel scripts and styles) are not network requests.
    if (url.startsWith('chrome-extension://')) {
      await route.continue();
      return;
    }
    const html = served.get(stripHash(url));
    if (html !== undefined && route.request().resourceType() === 'document') {
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      return;
    }
    network.aborted.push(url);
    await route.abort('blockedbyclient');
  });

  const findWorker = async (): Promise<Worker> => {
    const live = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    if (live) return live;
    return context.waitForEvent('serviceworker', {
      timeout: 15_000,
      predicate: (w) => w.url().startsWith('chrome-extension://'),
    });
  };
  const extensionId = new URL((await findWorker()).url()).host;
  const sw = async (): Promise<Worker> => {
    const w = await findWorker();
    if (new URL(w.url()).host !== extensionId) throw new Error('a second extension service worker appeared');
    return w;
  };

  return {
    context,
    sw,
    extensionId,
    network,
    serve: (url, html) => void served.set(stripHash(url), html),
    close: () => context.close(),
  };
}


if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    console.log(ensureChromium());
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
