/**
 * `npm run bench` (issue #7, Benchmarks): measures CertLens on this machine and writes
 * docs/benchmarks.md. Not a test and not part of CI: figures depend on the machine and its load.
 *
 *   build   `wxt build` (skipped with --no-build), then sizes (gzip) of .output/chrome-mv3
 *   detect  detector throughput in Node (scripts/bench-detect.ts)
 *   scan    scan + highlight in Chromium vs a bare TreeWalker walk and mark.js (page-entry.ts)
 *   long    long tasks from the real content script on a generated 5 MB supplier page
 *   panel   side panel: opening sidepanel.html?tab=<id> of a scanned tab until its claims are laid out
 *   db      IndexedDB at scale through lib/db and lib/io in a real Chromium page (db-entry.ts)
 *
 * Every part runs under its own time limit and in its own try/catch: a part that fails or runs
 * over is reported (with its error) in the printed log and in docs/benchmarks.md, and the other
 * parts still run. The report is always written (unless --only), and the last line printed is
 * one JSON object with the headline figures (null for a figure whose part failed). The exit code
 * is 0 when every part succeeded, 2 when some part failed.
 *
 * Options:
 *   --no-build        use .output/chrome-mv3 as it is
 *   --runs N          scan rounds per real page (default 5; the 5 MB page gets 2)
 *   --panel-runs N    panel opens per page (default 5, plus one first open reported apart)
 *   --mark-cap-s N    one mark.js round longer than N s is stopped and reported as "> N s" (default 20)
 *   --only a,b        just those parts (build,detect,scan,long,panel,db); the report is then not written,
 *                     and without `build` in the list the extension in .output/chrome-mv3 is used as it is
 *   --out FILE        write the report there instead of docs/benchmarks.md
 *
 * Budget on this 2-core machine: about 6–8 minutes for a full run (the IndexedDB part is half of it).
 */
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type { Page } from '@playwright/test';
import { findChromium, launchWithExtension, type Launched } from '../chromium';
import { generatedSupplierPage, GENERATED_URL } from './generated-page';
import type { ScanBenchResult } from './page-entry';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const corpusDir = path.resolve(repoRoot, '../shared/corpus');
const outDir = path.resolve(repoRoot, '.output/chrome-mv3');
const args = process.argv.slice(2);
const numArg = (name: string, dflt: number) => {
  const i = args.indexOf(name);
  const v = i >= 0 ? Number(args[i + 1]) : NaN;
  return v > 0 ? v : dflt;
};
const strArg = (name: string) => (args.includes(name) ? (args[args.indexOf(name) + 1] ?? '') : '');
const runs = numArg('--runs', 5);
const panelRuns = numArg('--panel-runs', 5);
const markCapMs = numArg('--mark-cap-s', 20) * 1000;
const onlyArg = strArg('--only');
const reportPath = strArg('--out') ? path.resolve(strArg('--out')) : path.join(repoRoot, 'docs/benchmarks.md');
type PartName = 'build' | 'detect' | 'scan' | 'long' | 'panel' | 'db';
/** `--only db,panel` runs just those parts (for work on one of them); docs/benchmarks.md is then not written. */
const only = onlyArg ? new Set(onlyArg.split(',')) : null;
const wanted = (name: PartName) => !only || only.has(name);

/** Time limits per part: generous (3–5× a normal run under load), so that only a hung part is cut. */
const LIMIT_S: Record<PartName, number> = { build: 240, detect: 180, scan: 240, long: 120, panel: 180, db: 420 };

const log = (line = '') => console.log(line);
const r1 = (n: number | null | undefined) => (n === null || n === undefined || !Number.isFinite(n) ? null : Math.round(n * 10) / 10);
const r2 = (n: number | null | undefined) => (n === null || n === undefined || !Number.isFinite(n) ? null : Math.round(n * 100) / 100);
const median = (xs: number[]) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const errText = (err: unknown) => (err instanceof Error ? `${err.name}: ${err.message}` : String(err)).split('\n').slice(0, 6).join(' ').slice(0, 600);

/** Pages served at a host no content script matches, so only our injected code touches them. */
const BENCH_ORIGIN = 'https://bench.certlens.test';

interface CorpusPage {
  file: string;
  url: string;
  /** What the panel shows first on this page: claim rows on a supplier page; on a list page, supplier rows (claims folded in). */
  panelSelector: string;
}
const CLAIM_ROW = '[data-testid="claim"]';
const SUPPLIER_ROW = '[data-testid="supplier"]';
const CORPUS: CorpusPage[] = [
  { file: 'alibaba-search-1.html', url: 'https://www.alibaba.com/trade/search?SearchText=earphone+case', panelSelector: SUPPLIER_ROW },
  { file: 'made-in-china-search-1.html', url: 'https://www.made-in-china.com/manufacturers-directory/item3/Earphone-Case-1.html', panelSelector: SUPPLIER_ROW },
  { file: 'made-in-china-company-1.html', url: 'https://bidisco.en.made-in-china.com/', panelSelector: CLAIM_ROW },
];

/**
 * mark.js gets the claims the detector knows by name, as one regular expression (its fastest
 * mode) and as a keyword list. It is not the same detector (no versions, flags or context), so
 * this is a floor for what mark.js would cost doing our job, not more.
 */
const MARK_KEYWORDS = [
  'ISO 9001', 'ISO9001', 'ISO 14001', 'ISO14001', 'ISO 45001', 'ISO 13485', 'ISO 22000', 'ISO 27001', 'OHSAS 18001',
  'IATF 16949', 'IATF16949', 'AS9100', 'amfori BSCI', 'BSCI', 'SEDEX', 'SMETA', 'SA8000', 'WRAP', 'C-TPAT', 'GOTS',
  'OEKO-TEX', 'GRS', 'FSC', 'HACCP', 'BRCGS', 'BRC', 'IFS', 'GMP', 'CE', 'UKCA', 'FCC', 'UL', 'ETL', 'cETLus', 'CSA',
  'CB', 'GS', 'RoHS', 'REACH', 'PSE', 'KC', 'CCC', '3C', 'FDA', 'BIS', 'SASO', 'EAC', 'SGS', 'TUV', 'Intertek',
  '3C认证', '质量管理体系认证', '环境管理体系认证',
];
const MARK_PATTERN =
  '\\b(?:ISO\\s?-?\\d{4,5}(?::\\d{4})?|OHSAS\\s?18001|IATF\\s?16949|AS\\s?9100|amfori\\s+BSCI|BSCI|SEDEX|SMETA|SA\\s?8000|WRAP|C-TPAT|GOTS|OEKO-TEX|GRS|FSC|HACCP|BRCGS|BRC|IFS|GMP|CE|UKCA|FCC|UL|c?ETL(?:us)?|CSA|CB|GS|RoHS|REACH|PSE|KC|CCC|3C|FDA|BIS|SASO|EAC|SGS|T[UÜ]V|Intertek)\\b|3C认证|质量管理体系认证|环境管理体系认证';

// ---------------------------------------------------------------------------------------------
// Parts: each runs under a time limit; its pages are closed when it fails or runs over.

interface PartOutcome<T> {
  name: PartName;
  ok: boolean;
  skipped: boolean;
  value: T | null;
  error: string | null;
  seconds: number;
}

class PartContext {
  readonly pages = new Set<Page>();
  constructor(readonly ext: Launched | null) {}
  async newPage(): Promise<Page> {
    if (!this.ext) throw new Error('no browser (Chromium did not start)');
    const page = await this.ext.context.newPage();
    this.pages.add(page);
    page.once('close', () => this.pages.delete(page));
    return page;
  }
  async closeAll(): Promise<void> {
    await Promise.all([...this.pages].map((p) => closeHard(p)));
  }
}

/** Closes a page even when its main thread is stuck in a long script (a mark.js round over the cap). */
async function closeHard(page: Page): Promise<void> {
  try {
    const cdp = await page.context().newCDPSession(page);
    await Promise.race([cdp.send('Runtime.terminateExecution'), sleep(2000)]);
  } catch {
    // no session: the page is gone already
  }
  await Promise.race([page.close({ runBeforeUnload: false }).catch(() => {}), sleep(10_000)]);
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

class TimeoutError extends Error {
  constructor(what: string, ms: number) {
    super(`${what}: over the ${Math.round(ms / 1000)} s limit`);
    this.name = 'TimeoutError';
  }
}

/** Resolves like `p`, or rejects with TimeoutError after `ms` (the work itself is stopped by the caller). */
async function within<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  // The loser of the race still settles later (a page closed under it): that rejection is expected.
  p.catch(() => {});
  try {
    return await Promise.race([p, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new TimeoutError(what, ms)), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}

async function runPart<T>(name: PartName, ext: Launched | null, fn: (ctx: PartContext) => Promise<T>): Promise<PartOutcome<T>> {
  if (!wanted(name)) return { name, ok: false, skipped: true, value: null, error: null, seconds: 0 };
  const t0 = Date.now();
  const ctx = new PartContext(ext);
  log(`[${name}] start (limit ${LIMIT_S[name]} s, load ${loadNow()})`);
  try {
    const value = await within(fn(ctx), LIMIT_S[name] * 1000, `part ${name}`);
    const seconds = (Date.now() - t0) / 1000;
    log(`[${name}] done in ${seconds.toFixed(0)} s`);
    return { name, ok: true, skipped: false, value, error: null, seconds };
  } catch (err) {
    const seconds = (Date.now() - t0) / 1000;
    log(`[${name}] FAILED after ${seconds.toFixed(0)} s: ${errText(err)}`);
    return { name, ok: false, skipped: false, value: null, error: errText(err), seconds };
  } finally {
    await ctx.closeAll();
  }
}

const loadNow = () => os.loadavg().map((l) => l.toFixed(2)).join(' ');

// ---------------------------------------------------------------------------------------------
// Machine, versions, sizes, detector

function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    os: `${os.type()} ${os.release()}`,
    node: process.version,
  };
}

/** Installed versions (node_modules), not the ranges in package.json. */
function versions(): Array<[string, string]> {
  const names = ['wxt', 'react', 'react-dom', 'dexie', 'dexie-react-hooks', 'zod', 'zustand', 'mark.js', '@playwright/test', 'esbuild', 'typescript'];
  return names.map((n) => {
    try {
      return [n, (JSON.parse(readFileSync(path.join(repoRoot, 'node_modules', n, 'package.json'), 'utf8')) as { version: string }).version];
    } catch {
      return [n, 'not installed'];
    }
  });
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

interface Sizes {
  rows: Array<{ file: string; kB: number; gzipKB: number }>;
  contentScriptGzipKB: number;
  totalGzipKB: number;
  panelJsGzipKB: number;
}

function sizes(): Sizes {
  const rows = filesUnder(outDir)
    .filter((f) => /\.(js|css|html|json)$/.test(f))
    .map((f) => {
      const buf = readFileSync(f);
      return { file: path.relative(outDir, f), kB: buf.length / 1024, gzipKB: gzipSync(buf, { level: 9 }).length / 1024 };
    })
    .sort((a, b) => b.gzipKB - a.gzipKB);
  const content = rows.find((r) => r.file.startsWith('content-scripts/') && r.file.endsWith('.js'));
  if (!content) throw new Error('no content script in .output/chrome-mv3/content-scripts');
  // What sidepanel.html loads before it can render: its script and every chunk it preloads.
  let panelJsGzipKB = NaN;
  const html = path.join(outDir, 'sidepanel.html');
  if (existsSync(html)) {
    const srcs = [...readFileSync(html, 'utf8').matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => m[1]!);
    panelJsGzipKB = rows.filter((r) => srcs.includes(r.file)).reduce((n, r) => n + r.gzipKB, 0);
  }
  return { rows, contentScriptGzipKB: content.gzipKB, totalGzipKB: rows.reduce((n, r) => n + r.gzipKB, 0), panelJsGzipKB };
}

interface Detect {
  table: string;
  json: Record<string, number | null>;
}

function detectorBench(): Promise<Detect> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', path.join(repoRoot, 'scripts/bench-detect.ts')],
      { cwd: repoRoot, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024, timeout: LIMIT_S.detect * 1000 - 5000 },
      (err, stdout, stderr) => {
        if (err) return reject(new Error(`${err.message.split('\n')[0]} ${stderr.slice(-400)}`));
        const lines = stdout.trim().split('\n');
        try {
          resolve({ table: lines.slice(0, -1).join('\n'), json: JSON.parse(lines.at(-1)!) });
        } catch {
          reject(new Error(`scripts/bench-detect.ts did not end with a JSON line: ${stdout.slice(-300)}`));
        }
      },
    );
  });
}

async function bundle(entry: string): Promise<string> {
  const r = await build({
    entryPoints: [path.join(repoRoot, 'scripts/bench', entry)],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    minify: false,
    logLevel: 'silent',
  });
  return r.outputFiles[0]!.text;
}

async function blankPage(ctx: PartContext, name: string, html = '<!doctype html><title>bench</title><body></body>'): Promise<Page> {
  const url = `${BENCH_ORIGIN}/${name}`;
  ctx.ext!.serve(url, html);
  const page = await ctx.newPage();
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  return page;
}

// ---------------------------------------------------------------------------------------------
// 1. scan + highlight vs walk vs mark.js

interface BenchPage {
  name: string;
  url: string;
  html: string;
  real: boolean;
}

interface ScanRow {
  page: string;
  real: boolean;
  htmlMB: number;
  textChars: number;
  claims: number;
  hits: number;
  rounds: number;
  walkMs: number;
  scanMs: number;
  scanOnlyMs: number;
  /** NaN: over the cap (see markRegExpNote). */
  markRegExpMs: number;
  markRegExpMatches: number;
  markRegExpNote: string;
  markKeywordsMs: number;
  markKeywordsMatches: number;
  markKeywordsNote: string;
  highlightError: string | null;
  error: string | null;
}

/**
 * One mark.js round as page-entry.ts times it (call → done → forced layout; then unmark, not
 * timed), run on its own so that it can be stopped: mark.js works synchronously, so a round
 * over the cap can only be ended by terminating the page's script.
 */
function markRoundJs(kind: 'regexp' | 'keywords'): string {
  return `new Promise((resolve) => {
    const m = new Mark(document.body);
    const flush = () => document.body.getBoundingClientRect().height + document.body.offsetHeight;
    let found = 0;
    const t0 = performance.now();
    const done = () => {
      flush();
      const ms = performance.now() - t0;
      m.unmark({ done: () => { flush(); resolve({ ms, found }); } });
    };
    ${
      kind === 'regexp'
        ? `m.markRegExp(new RegExp(${JSON.stringify(MARK_PATTERN)}, 'gi'), { each: () => found++, done });`
        : `m.mark(${JSON.stringify(MARK_KEYWORDS)}, { separateWordSearch: false, accuracy: 'exactly', caseSensitive: false, each: () => found++, done });`
    }
  })`;
}

async function scanPage(ctx: PartContext, p: BenchPage, pageJs: string, markJs: string): Promise<ScanRow> {
  const slug = `scan-${p.name.replace(/[^a-z0-9.]+/gi, '-')}`;
  const open = async () => {
    const page = await blankPage(ctx, slug, p.html);
    await page.addScriptTag({ content: markJs });
    await page.addScriptTag({ content: pageJs });
    return page;
  };
  const capS = `${markCapMs / 1000} s`;
  // A probe round of each mark.js mode, under the cap; a mode over it is reported as "> cap" and
  // left out of the timed rounds (on the 5 MB page one markRegExp round takes minutes).
  let page = await open();
  const probe = async (kind: 'regexp' | 'keywords'): Promise<{ ms: number; found: number } | null> => {
    try {
      return (await within(page.evaluate(markRoundJs(kind)), markCapMs, `mark.js ${kind}`)) as { ms: number; found: number };
    } catch (err) {
      if (!(err instanceof TimeoutError)) throw err;
      await closeHard(page);
      page = await open();
      return null;
    }
  };
  const re = await probe('regexp');
  const kw = re ? await probe('keywords') : null;
  const big = p.html.length > 2e6;
  const rounds = big ? Math.min(runs, 2) : runs;
  // Repeat a mode only while its rounds stay cheap; otherwise the probe round is the figure.
  const budgetMs = markCapMs / 2;
  const reRepeat = re !== null && re.ms * (rounds + 1) <= budgetMs;
  const kwRounds = kw === null ? 0 : kw.ms * 3 <= budgetMs ? 3 : 0;
  const r = (await within(
    page.evaluate(
      `certlensBench.run(${JSON.stringify(p.url)}, ${JSON.stringify(MARK_PATTERN)}, ${JSON.stringify(MARK_KEYWORDS)}, ${rounds}, ${kwRounds}, ${reRepeat})`,
    ),
    LIMIT_S.scan * 1000,
    'scan rounds',
  )) as ScanBenchResult;
  await closeHard(page);
  const markRegExpMs = reRepeat ? r.markRegExpMs : re ? re.ms : NaN;
  const markKeywordsMs = kwRounds ? (r.markKeywordsMs ?? NaN) : kw ? kw.ms : NaN;
  return {
    page: p.name,
    real: p.real,
    htmlMB: p.html.length / 1e6,
    textChars: r.textChars,
    claims: r.claims,
    hits: r.hits,
    rounds,
    walkMs: r.walkMs,
    scanMs: r.scanMs,
    scanOnlyMs: r.scanOnlyMs,
    markRegExpMs,
    markRegExpMatches: reRepeat ? r.markRegExpMatches : (re?.found ?? 0),
    markRegExpNote: re === null ? `> ${capS} (one round stopped)` : reRepeat ? `median of ${rounds}` : 'one round',
    markKeywordsMs,
    markKeywordsMatches: kwRounds ? r.markKeywordsMatches : (kw?.found ?? 0),
    markKeywordsNote:
      re === null ? 'not run (markRegExp already over the cap; mark() is slower)' : kw === null ? `> ${capS} (one round stopped)` : kwRounds ? 'median of 3' : 'one round',
    highlightError: r.highlightError,
    error: null,
  };
}

async function scanBench(ctx: PartContext, pages: BenchPage[]): Promise<ScanRow[]> {
  const [pageJs, markJs] = [await bundle('page-entry.ts'), readFileSync(path.join(repoRoot, 'node_modules/mark.js/dist/mark.min.js'), 'utf8')];
  const rows: ScanRow[] = [];
  for (const p of pages) {
    let row: ScanRow;
    try {
      row = await scanPage(ctx, p, pageJs, markJs);
    } catch (err) {
      // One page failing (e.g. a half-done change in lib/scan) still lets the others be measured.
      row = {
        page: p.name, real: p.real, htmlMB: p.html.length / 1e6, textChars: 0, claims: 0, hits: 0, rounds: 0, walkMs: NaN, scanMs: NaN,
        scanOnlyMs: NaN, markRegExpMs: NaN, markRegExpMatches: 0, markRegExpNote: '', markKeywordsMs: NaN, markKeywordsMatches: 0,
        markKeywordsNote: '', highlightError: null, error: errText(err),
      };
      await ctx.closeAll();
    }
    rows.push(row);
    log(
      row.error
        ? `  ${p.name}: FAILED ${row.error}`
        : `  ${p.name}: walk ${row.walkMs.toFixed(1)} ms, scan+highlight ${row.scanMs.toFixed(1)} ms (${(row.scanMs / row.walkMs).toFixed(2)}x walk; ` +
            `${row.claims} claims, ${row.hits} hits), mark.js markRegExp ${fmtMark(row.markRegExpMs, row.markRegExpNote)} (${(row.markRegExpMs / row.scanMs).toFixed(2)}x ours), ` +
            `mark() keywords ${fmtMark(row.markKeywordsMs, row.markKeywordsNote)}` +
            (row.highlightError ? ` — HIGHLIGHT FAILED: ${row.highlightError}` : ''),
    );
  }
  if (rows.every((r) => r.error)) throw new Error(`every page failed; first: ${rows[0]?.error}`);
  return rows;
}

const fmtMark = (ms: number, note: string) => (Number.isFinite(ms) ? `${ms.toFixed(1)} ms (${note})` : note || '–');

// ---------------------------------------------------------------------------------------------
// 2. long tasks

interface LongTaskResult {
  claims: number | null;
  finished: boolean;
  errors: string[];
  scanWallMs: number | null;
  slices: number;
  longestSliceMs: number | null;
  /** Long animation frames (> 50 ms) overlapping the scan, highlight and the 500 ms after, and the rendering part of each. */
  longFramesMs: number[];
  longFramesRenderMs: number[];
  highlightMs: number | null;
  duringMs: number[];
  startupMs: number[];
  allLongTasksMs: number[];
  longestTaskMs: number;
}

type Span = { start: number; duration: number };

async function longTasks(ctx: PartContext, html: string): Promise<LongTaskResult> {
  ctx.ext!.serve(GENERATED_URL, html);
  const page = await ctx.newPage();
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text().slice(0, 300));
  });
  page.on('pageerror', (err) => errors.push(String(err).slice(0, 300)));
  // A string, not a function: tsx would wrap named inner functions in its `__name` helper, which
  // does not exist in the page (the init script would throw before doing anything).
  await page.addInitScript(`(() => {
    window.__longtasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
    // Long animation frames also count the rendering a task caused (style, layout, paint of the
    // highlights), which a long task entry may not: painting 76k highlight ranges is ours too.
    window.__loafs = [];
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__loafs.push({ start: e.startTime, duration: e.duration, render: e.duration - (e.renderStart ? e.renderStart - e.startTime : e.duration) });
      }).observe({ type: 'long-animation-frame', buffered: true });
    } catch {}
  })();`);
  await page.goto(GENERATED_URL, { timeout: 120_000 });
  let finished = true;
  try {
    await page.waitForFunction('document.documentElement.dataset.certlensClaims !== undefined', undefined, { timeout: 60_000 });
  } catch {
    finished = false;
  }
  await page.waitForTimeout(1000);
  const m = (await page.evaluate(`(() => {
    const span = (name) => performance.getEntriesByName(name).map((e) => ({ start: e.startTime, duration: e.duration }));
    const c = document.documentElement.dataset.certlensClaims;
    return {
      claims: c === undefined ? null : Number(c),
      longtasks: window.__longtasks,
      loafs: window.__loafs,
      sessionStart: span('certlens-session-start')[0]?.start ?? NaN,
      scans: span('certlens-scan'),
      slices: span('certlens-scan-slice'),
      highlight: span('certlens-highlight'),
    };
  })()`)) as { claims: number | null; longtasks: Span[]; loafs: (Span & { render: number })[]; sessionStart: number; scans: Span[]; slices: Span[]; highlight: Span[] };
  await page.close();
  const scan = m.scans[0];
  const highlight = m.highlight[0];
  const slices = scan ? m.slices.filter((s) => s.start >= scan.start - 1 && s.start <= scan.start + scan.duration) : m.slices;
  // Without the content script's own end mark (it failed), every task after it started counts as ours.
  const from = scan ? Math.min(scan.start, slices[0]?.start ?? scan.start) : m.sessionStart;
  // Half a second past the last highlight step: the frame that paints the highlights is ours.
  const to = highlight ? highlight.start + highlight.duration + 500 : Infinity;
  const during = m.longtasks.filter((t) => t.start < to && t.start + t.duration > from).map((t) => t.duration);
  const frames = m.loafs.filter((t) => t.start < to && t.start + t.duration > from);
  // The task that evaluates the content script and starts the session: ours too.
  const startup = m.longtasks.filter((t) => t.start <= m.sessionStart && t.start + t.duration >= m.sessionStart).map((t) => t.duration);
  return {
    claims: m.claims,
    finished,
    errors,
    scanWallMs: scan?.duration ?? null,
    slices: slices.length,
    longestSliceMs: slices.length ? Math.max(...slices.map((s) => s.duration)) : null,
    highlightMs: highlight?.duration ?? null,
    duringMs: during,
    startupMs: startup,
    allLongTasksMs: m.longtasks.map((t) => t.duration),
    longFramesMs: frames.map((t) => t.duration),
    longFramesRenderMs: frames.map((t) => t.render),
    // The rendering step of a frame is one piece of main-thread work too: painting our highlights counts.
    longestTaskMs: Math.max(0, ...during, ...startup, ...frames.map((t) => Math.max(0, t.render))),
  };
}

// ---------------------------------------------------------------------------------------------
// 3. side panel

/**
 * Serves a page at its marketplace address, waits for the content script's count, then for the
 * background to have stored the tab's scan in chrome.storage.session (`tab:<id>`): the panel
 * reads it from there, so a panel opened before it would time the empty state.
 */
async function scannedTab(ctx: PartContext, url: string, html: string): Promise<{ page: Page; tabId: number; claims: number }> {
  const ext = ctx.ext!;
  ext.serve(url, html);
  const page = await ctx.newPage();
  await page.goto(url, { timeout: 120_000 });
  await page.waitForFunction('document.documentElement.dataset.certlensClaims !== undefined', undefined, { timeout: 60_000 });
  const claims = Number(await page.evaluate('document.documentElement.dataset.certlensClaims'));
  const deadline = Date.now() + 20_000;
  for (;;) {
    const found = (await (await ext.sw()).evaluate(`(async () => {
      const tabs = await chrome.tabs.query({});
      const tab = tabs.find((t) => (t.url || '').replace(/#.*$/, '') === ${JSON.stringify(url.replace(/#.*$/, ''))});
      if (!tab) return -1;
      const key = 'tab:' + tab.id;
      const stored = await chrome.storage.session.get(key);
      return stored[key] ? tab.id : -1;
    })()`)) as number;
    if (found >= 0) return { page, tabId: found, claims };
    if (Date.now() > deadline) throw new Error(`the background stored no scan for ${url} within 20 s (no tab:<id> in storage.session)`);
    await sleep(100);
  }
}

/**
 * Installed before the panel's own scripts (a string: see longTasks). Times are performance.now()
 * in the panel page, whose origin is the navigation start. `rows` is when a MutationObserver
 * first finds the row selector with a laid-out box (getBoundingClientRect forces layout);
 * `frame` the next animation frame after that (the frame that paints it).
 */
const panelProbe = (selector: string) => `(() => {
  const t = (window.__certlensPanel = { checks: 0 });
  document.addEventListener('DOMContentLoaded', () => { t.dcl = performance.now(); });
  const check = () => {
    if (t.rows !== undefined) return true;
    t.checks++;
    if (t.panel === undefined && document.querySelector('[data-testid="panel"]')) t.panel = performance.now();
    const el = document.querySelector(${JSON.stringify(selector)});
    if (!el) return false;
    const h = el.getBoundingClientRect().height;
    if (h <= 0) { t.zeroHeight = (t.zeroHeight || 0) + 1; return false; }
    t.rows = performance.now();
    requestAnimationFrame(() => { t.frame = performance.now(); });
    return true;
  };
  new MutationObserver((_, obs) => { if (check()) obs.disconnect(); }).observe(document, { childList: true, subtree: true });
  // A row laid out with no DOM change after it (a style sheet applied late) would leave the observer waiting: check every frame too.
  const poll = () => { if (!check()) requestAnimationFrame(poll); };
  requestAnimationFrame(poll);
})();`;

interface PanelOpen {
  dcl: number;
  panel: number;
  rows: number;
  frame: number;
}

interface PanelRow {
  page: string;
  claims: number;
  shows: string;
  first: PanelOpen | null;
  opens: PanelOpen[];
  failures: string[];
  medianMs: number;
}

async function openPanelOnce(ctx: PartContext, tabId: number, selector: string): Promise<PanelOpen> {
  const page = await ctx.newPage();
  try {
    await page.addInitScript(panelProbe(selector));
    await page.goto(`chrome-extension://${ctx.ext!.extensionId}/sidepanel.html?tab=${tabId}`);
    let waitError = '';
    try {
      // Polled on a timer, not on animation frames (Playwright's default): a page that gets no
      // frames for a while would time out here although its probe had long seen the row.
      await page.waitForFunction('window.__certlensPanel && window.__certlensPanel.frame !== undefined', undefined, { timeout: 15_000, polling: 50 });
    } catch (err) {
      waitError = errText(err).split('\n')[0]!.slice(0, 200);
      // The probe may have seen the row although the wait itself failed (it has been seen to
      // fail with the row on screen): then the open counts, with what the probe measured.
      const seen = (await page.evaluate('window.__certlensPanel').catch(() => null)) as PanelOpen | null;
      if (seen && seen.frame !== undefined) {
        log(`    (the wait failed: ${waitError}; the probe had the row at ${r1(seen.rows)} ms: counted)`);
        return seen;
      }
      const shown = (await page.evaluate('document.body.innerText').catch(() => '')) as string;
      const probe = JSON.stringify(await page.evaluate('window.__certlensPanel').catch(() => null));
      throw new Error(`no ${selector} laid out within 15 s (${waitError}; probe: ${probe}); the panel showed: ${JSON.stringify(shown.slice(0, 120))}`);
    }
    return (await page.evaluate('window.__certlensPanel')) as PanelOpen;
  } finally {
    await page.close();
  }
}

async function panelBench(ctx: PartContext, sources: Array<BenchPage & { panelSelector: string }>): Promise<PanelRow[]> {
  const rows: PanelRow[] = [];
  for (const src of sources) {
    const row: PanelRow = { page: src.name, claims: 0, shows: src.panelSelector === CLAIM_ROW ? 'first claim row' : 'first supplier row', first: null, opens: [], failures: [], medianMs: NaN };
    rows.push(row);
    let tab: Awaited<ReturnType<typeof scannedTab>>;
    try {
      tab = await scannedTab(ctx, src.url, src.html);
    } catch (err) {
      row.failures.push(errText(err));
      log(`  ${src.name}: FAILED ${errText(err)}`);
      continue;
    }
    row.claims = tab.claims;
    // The first open after the page was scanned is reported apart (the panel's files may still be cold).
    for (let i = -1; i < panelRuns; i++) {
      try {
        const o = await openPanelOnce(ctx, tab.tabId, src.panelSelector);
        if (i < 0) row.first = o;
        else row.opens.push(o);
      } catch (err) {
        row.failures.push(errText(err));
      }
    }
    await tab.page.close();
    row.medianMs = median(row.opens.map((o) => o.rows));
    log(
      `  ${src.name} (${row.claims} claims; ${row.shows}): first open ${row.first ? row.first.rows.toFixed(0) : '–'} ms, then ` +
        `${row.opens.map((o) => o.rows.toFixed(0)).join(', ') || '–'} ms (median ${Number.isFinite(row.medianMs) ? row.medianMs.toFixed(0) : '–'})` +
        (row.failures.length ? `; ${row.failures.length} failed: ${row.failures[0]}` : ''),
    );
  }
  if (rows.every((r) => !Number.isFinite(r.medianMs))) throw new Error(`no panel open showed its rows; first failure: ${rows[0]?.failures[0]}`);
  return rows;
}

// ---------------------------------------------------------------------------------------------
// 4. IndexedDB

async function dbBench(ctx: PartContext): Promise<Record<string, unknown>> {
  const dbJs = await bundle('db-entry.ts');
  // A plain https page: a CSP without eval made zod's compiled fast path throw here.
  const page = await blankPage(ctx, 'db.html');
  await page.addScriptTag({ content: dbJs });
  return (await page.evaluate('certlensDbBench.run()')) as Record<string, unknown>;
}

// ---------------------------------------------------------------------------------------------
// Report

type Headline = Record<
  'scanVsWalk' | 'markjsVsScan' | 'longestTaskMs' | 'contentScriptGzipKB' | 'supplierLookupMs' | 'filterMs' | 'exportMs' | 'importMs' | 'panelMs',
  number | null
>;

interface Results {
  when: string;
  finished: string;
  totalSeconds: number;
  m: ReturnType<typeof machine>;
  loadStart: string;
  loadEnd: string;
  chromium: string;
  versions: Array<[string, string]>;
  notes: string[];
  build: PartOutcome<Sizes>;
  detect: PartOutcome<Detect>;
  scan: PartOutcome<ScanRow[]>;
  long: PartOutcome<LongTaskResult>;
  panel: PartOutcome<PanelRow[]>;
  db: PartOutcome<Record<string, unknown>>;
}

/** Worst real page for a per-page figure: [value, page]. */
function worst<T>(rows: T[], value: (r: T) => number, name: (r: T) => string, pick: 'max' | 'min'): [number, string] | null {
  const ok = rows.filter((r) => Number.isFinite(value(r)));
  if (!ok.length) return null;
  const best = ok.reduce((a, b) => ((pick === 'max' ? value(b) > value(a) : value(b) < value(a)) ? b : a));
  return [value(best), name(best)];
}

function headlineOf(r: Results): { headline: Headline; where: Partial<Record<keyof Headline, string>> } {
  const where: Partial<Record<keyof Headline, string>> = {};
  const real = (r.scan.value ?? []).filter((x) => x.real && !x.error);
  const sw = worst(real, (x) => x.scanMs / x.walkMs, (x) => x.page, 'max');
  const mj = worst(real, (x) => x.markRegExpMs / x.scanMs, (x) => x.page, 'min');
  const pn = worst((r.panel.value ?? []).filter((x) => x.page !== GENERATED_PANEL), (x) => x.medianMs, (x) => x.page, 'max') ??
    worst(r.panel.value ?? [], (x) => x.medianMs, (x) => x.page, 'max');
  if (sw) where.scanVsWalk = sw[1];
  if (mj) where.markjsVsScan = mj[1];
  if (pn) where.panelMs = pn[1];
  const db = (r.db.value ?? {}) as Record<string, number>;
  const num = (k: string) => (typeof db[k] === 'number' ? db[k] : NaN);
  const importMs = Math.max(num('importFreshMs'), num('importSameMs'));
  if (Number.isFinite(importMs)) where.importMs = num('importFreshMs') >= num('importSameMs') ? 'into an empty database' : 'over identical data';
  if (r.long.value) where.longestTaskMs = 'generated 5 MB supplier page';
  return {
    headline: {
      scanVsWalk: r2(sw?.[0]),
      markjsVsScan: r2(mj?.[0]),
      longestTaskMs: r1(r.long.value?.longestTaskMs),
      contentScriptGzipKB: r1(r.build.value?.contentScriptGzipKB),
      supplierLookupMs: r2(num('supplierLookupMs')),
      filterMs: r1(num('filterMs')),
      exportMs: r1(num('exportMs')),
      importMs: r1(importMs),
      panelMs: r1(pn?.[0]),
    },
    where,
  };
}

const GENERATED_PANEL = 'generated supplier page (300 KB)';

const GOALS: Array<[keyof Headline, string, (v: number) => boolean, string]> = [
  ['scanVsWalk', '≤ 1.5', (v) => v <= 1.5, 'scan + highlight time over a bare TreeWalker walk of the same text nodes (1 = as cheap as only reading the text)'],
  ['markjsVsScan', '≥ 5', (v) => v >= 5, 'mark.js `markRegExp` time over our scan + highlight on the same page (higher is better for us)'],
  ['longestTaskMs', '≤ 50', (v) => v <= 50, 'longest main-thread task of the content script (start-up, scan slices, highlight) on the 5 MB page'],
  ['contentScriptGzipKB', '≤ 40', (v) => v <= 40, 'the built content script, gzip -9'],
  ['supplierLookupMs', '≤ 5', (v) => v <= 5, 'one supplier record and its sightings from IndexedDB with 10,000 suppliers (median of 50)'],
  ['filterMs', '≤ 50', (v) => v <= 50, 'the dashboard\'s filter + sort over 10,000 suppliers in memory (median of 25)'],
  ['exportMs', '≤ 1000', (v) => v <= 1000, 'CSV export of everything as the dashboard\'s buttons do it: both CSV files from the views the open dashboard holds (median of 3); exportWithReadMs in section 5 adds reading every table again'],
  ['importMs', '≤ 3000', (v) => v <= 3000, 'backup import of 10,000 suppliers / 100,000 sightings / 20,000 notes, read + preview + apply (the slower of two)'],
  ['panelMs', '≤ 300', (v) => v <= 300, 'opening the side panel on a scanned tab until its first claim (or supplier) row is laid out (median of the opens)'],
];

const f = (n: number | null | undefined, d = 1) => (n === null || n === undefined || !Number.isFinite(n) ? '–' : n.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d }));
const code = (s: string) => '`' + s.replace(/`/g, "'") + '`';

function partLine(p: PartOutcome<unknown>): string {
  if (p.skipped) return `- ${p.name}: skipped`;
  return p.ok ? `- ${p.name}: ok, ${p.seconds.toFixed(0)} s` : `- **${p.name}: FAILED** after ${p.seconds.toFixed(0)} s — ${code(p.error ?? '')}`;
}

function failedBlock(L: string[], p: PartOutcome<unknown>) {
  if (p.skipped) L.push('Not run (skipped).');
  else L.push(`**This part failed** after ${p.seconds.toFixed(0)} s: ${code(p.error ?? '')}. Its figures are missing from the headline.`);
}

function markdown(r: Results): string {
  const { headline, where } = headlineOf(r);
  const L: string[] = [];
  L.push('# Benchmarks', '');
  L.push('Generated by `npm run bench` (scripts/bench/index.ts); do not edit by hand. Figures depend on the machine and its load');
  L.push('(this is a shared 2-core machine: other work may have been running, see the load averages). Timings are medians of');
  L.push('several rounds in one session unless said otherwise; ratios are taken within one page and one session, so load hits both sides.', '');
  L.push(`- Date: ${r.when} (finished ${r.finished}, ${Math.round(r.totalSeconds)} s in all)`);
  L.push(`- Machine: ${r.m.cpu}, ${r.m.cores} cores, ${r.m.memoryGB} GB memory, ${r.m.os}`);
  L.push(`- Load average (1, 5, 15 min): ${r.loadStart} at start, ${r.loadEnd} at end`);
  L.push(`- ${r.chromium} (headless, system binary, with the built extension loaded); Node ${r.m.node}`);
  L.push(`- Packages (installed): ${r.versions.map(([n, v]) => `${n} ${v}`).join(', ')}`);
  for (const n of r.notes) L.push(`- ${n}`);
  L.push('', 'Parts:', '');
  for (const p of [r.build, r.detect, r.scan, r.long, r.panel, r.db]) L.push(partLine(p));

  L.push('', '## Headline', '', '| Figure | Measured | Goal | Met | Where |', '|---|---:|---:|:-:|---|');
  for (const [k, goal, ok] of GOALS) {
    const v = headline[k];
    L.push(`| ${k} | ${f(v, k.endsWith('Ms') || k === 'contentScriptGzipKB' ? 1 : 2)} | ${goal} | ${v === null ? '–' : ok(v) ? 'yes' : '**no**'} | ${where[k] ?? ''} |`);
  }
  L.push('', 'What each figure means:', '');
  for (const [k, , , meaning] of GOALS) L.push(`- \`${k}\`: ${meaning}.`);
  L.push('- Where a figure covers several pages, the headline takes the worst real corpus page (named in "Where"); the tables keep every page, the generated one included.');

  // 1. scan
  L.push('', '## 1. Scan + highlight vs a bare walk and mark.js (Chromium)', '');
  if (!r.scan.ok) failedBlock(L, r.scan);
  if (r.scan.value) {
    L.push('Each page is served at a host no content script matches; the content script\'s own `scanDocument` + `Highlighter` (CSS Custom');
    L.push('Highlights, no DOM wrapping) are bundled into it (scripts/bench/page-entry.ts) and timed against a TreeWalker that only reads');
    L.push('every text node of the body, and against mark.js: `markRegExp` with one combined pattern of the claim names (its fastest mode),');
    L.push('and `mark()` with the same names as a keyword array (`accuracy: "exactly"`). mark.js is not the same detector (no versions,');
    L.push('flags or context), so its time is a floor for what it would cost doing our job. Every timing ends with a forced layout, so');
    L.push('mark.js\'s wrapping elements are paid for in the round that made them. Our scan here is the unsliced `scanDocument`.');
    L.push(`A mark.js round is first tried once with a ${markCapMs / 1000} s cap: a round over it is stopped and reported as "> ${markCapMs / 1000} s";`);
    L.push(`a mode whose round costs more than ${markCapMs / 2000} s over all rounds is timed once (its probe round) instead of as a median.`, '');
    L.push('| Page | HTML MB | text chars | claims | hits | rounds | walk ms | scan+highlight ms | (scan only) | ×walk | mark.js markRegExp ms (matches) | ×ours | mark.js mark() keywords ms (matches) |');
    L.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const x of r.scan.value) {
      if (x.error) {
        L.push(`| ${x.page} | ${f(x.htmlMB, 2)} | failed: ${code(x.error)} | | | | | | | | | | |`);
        continue;
      }
      const reCell = Number.isFinite(x.markRegExpMs) ? `${f(x.markRegExpMs)} (${x.markRegExpMatches}; ${x.markRegExpNote})` : x.markRegExpNote;
      const ratio = Number.isFinite(x.markRegExpMs) ? f(x.markRegExpMs / x.scanMs, 2) : `> ${f(markCapMs / x.scanMs, 0)}`;
      const kwCell = Number.isFinite(x.markKeywordsMs) ? `${f(x.markKeywordsMs, 0)} (${x.markKeywordsMatches}; ${x.markKeywordsNote})` : x.markKeywordsNote;
      L.push(
        `| ${x.page} | ${f(x.htmlMB, 2)} | ${x.textChars} | ${x.claims} | ${x.hits} | ${x.rounds} | ${f(x.walkMs)} | ${f(x.scanMs)} | ${f(x.scanOnlyMs)} | ${f(x.scanMs / x.walkMs, 2)} | ${reCell} | ${ratio} | ${kwCell} |`,
      );
    }
    for (const x of r.scan.value) if (x.highlightError) L.push('', `**${x.page}: the highlighter threw ${code(x.highlightError)}**; the row times the scan and the failed attempt.`);
    const ali = r.scan.value.find((x) => x.page.startsWith('alibaba-search-1') && !x.error);
    if (ali)
      L.push(
        '',
        `- alibaba-search-1: the adapter reads the suppliers and their claims from the page's embedded data, not from its (unrendered) text nodes: the walk has ${ali.textChars} characters to read and mark.js finds ${ali.markRegExpMatches} matches in them, while we report ${ali.claims} claims. Neither ratio compares like with like on this page.`,
      );
    const gen = r.scan.value.find((x) => !x.real && !x.error);
    if (gen)
      L.push(
        `- The generated 5 MB page (scripts/bench/generated-page.ts) is claim-dense on purpose (${gen.hits.toLocaleString('en-US')} hits): it measures scale, not a real page, so it is in the table but not in the headline.`,
      );
  }

  // 2. long tasks
  L.push('', '## 2. Long tasks from the content script (generated 5 MB supplier page)', '');
  if (!r.long.ok) failedBlock(L, r.long);
  const lt = r.long.value;
  if (lt) {
    L.push('The built extension is loaded and the page is served at a made-in-china.com supplier address, so the real content script');
    L.push('scans it; a `PerformanceObserver("longtask")` is installed before the page starts. The content script marks its session start,');
    L.push('its scan and each slice (`performance.mark`/`measure`); long tasks overlapping those, and the one that loads the script, are ours.', '');
    if (!lt.finished) L.push('- **the content script did not finish the scan within 60 s: no count was set on the page** (errors below)');
    L.push(`- claims counted: ${lt.claims ?? '–'}`);
    L.push(`- scan: ${f(lt.scanWallMs)} ms wall in ${lt.slices} slices (longest slice ${f(lt.longestSliceMs)} ms); highlight ${f(lt.highlightMs)} ms`);
    for (const e of lt.errors) L.push(`- page error: ${code(e)}`);
    L.push(`- long tasks overlapping the scan, the highlight and the 500 ms after it: ${lt.duringMs.map((d) => d.toFixed(0)).join(', ') || 'none'} ms`);
    L.push(`- long task that loads the content script and starts the session: ${lt.startupMs.map((d) => d.toFixed(0)).join(', ') || 'none (under 50 ms)'}`);
    L.push(`- long animation frames in the same window (task + the rendering it caused): ${lt.longFramesMs.map((d, i) => `${d.toFixed(0)} (rendering ${Math.max(0, lt.longFramesRenderMs[i] ?? 0).toFixed(0)})`).join(', ') || 'none'} ms`);
    L.push(`- every long task on the page, the page's own parsing included: ${lt.allLongTasksMs.map((d) => d.toFixed(0)).join(', ') || 'none'} ms`);
    L.push(`- **longestTaskMs** (ours: start-up, scan and highlight tasks, and the rendering step of a long frame in that window): ${f(lt.longestTaskMs, 0)}`);
  }

  // 3. detector
  L.push('', '## 3. Detector throughput (Node, scripts/bench-detect.ts)', '');
  if (!r.detect.ok) failedBlock(L, r.detect);
  if (r.detect.value) {
    L.push('Best of several runs per text; MB/s over UTF-16 characters (1 char = 1 byte). The adversarial texts are 1 M characters each.', '');
    L.push('```', r.detect.value.table, '```');
  }

  // 4. sizes
  L.push('', '## 4. Sizes (built with `wxt build`, gzip -9)', '');
  if (!r.build.ok) failedBlock(L, r.build);
  if (r.build.value) {
    const sz = r.build.value;
    L.push(`Content script: ${f(sz.contentScriptGzipKB)} KB gzip (goal ≤ 40; no React and no catalog prose in it). The side panel page loads ${f(sz.panelJsGzipKB)} KB gzip of JavaScript before it can render.`, '');
    L.push('| File | KB | gzip KB |', '|---|---:|---:|');
    for (const x of sz.rows) L.push(`| ${x.file} | ${f(x.kB)} | ${f(x.gzipKB)} |`);
    L.push(`| **total** | | ${f(sz.totalGzipKB)} |`);
  }

  // 5. db
  L.push('', '## 5. IndexedDB at scale (Chromium page bundling lib/db, lib/io and the dashboard model)', '');
  if (!r.db.ok) failedBlock(L, r.db);
  if (r.db.value) {
    const db = r.db.value as Record<string, unknown>;
    L.push('scripts/bench/db-entry.ts: 10,000 suppliers, 100,000 claim sightings (10 each), 20,000 notes (10,000 on suppliers with no supplier row).');
    L.push('Lookup: `getSupplier` + `listSightings` of one supplier (median of 50). Filter: the dashboard\'s `filterViews` + `sortViews`');
    L.push('over the index (median of 25 over 5 filter sets). Export: `loadSupplierViews` + `suppliersToCsv` + `claimsToCsv` (median of 3).');
    L.push('Import: `readImportFile` + `previewImport` + `applyImport` of the full backup, into an empty database and again over the');
    L.push('same data (everything unchanged); `importMs` is the slower of the two. `seedMs` is the floor: the same 130,000 rows written');
    L.push('with plain Dexie `bulkAdd` in one transaction, no validation.', '', '| Measure | Value |', '|---|---:|');
    for (const [k, v] of Object.entries(db)) L.push(`| ${k} | ${typeof v === 'number' ? f(v) : JSON.stringify(v)} |`);
    const seed = db.seedMs;
    const imp = db.importFreshMs;
    if (typeof seed === 'number' && typeof imp === 'number')
      L.push(
        '',
        `- The import into an empty database took ${f(imp / 1000)} s against ${f(seed / 1000)} s for the plain \`bulkAdd\` of the same rows: ` +
          `${imp > seed ? `${f((imp - seed) / 1000)} s over the floor (validation, the preview's reads, the plan)` : 'at the floor'}. ` +
          'Where the floor alone is over the goal, the time goes to IndexedDB writes in this Chromium, not to our code.',
      );
  }

  // 6. panel
  L.push('', '## 6. Side panel', '');
  if (!r.panel.ok) failedBlock(L, r.panel);
  if (r.panel.value) {
    L.push('Each page is served at its marketplace address and scanned by the real content script; once the background has stored the');
    L.push('tab\'s scan in `chrome.storage.session`, `sidepanel.html?tab=<id>` is opened in a new tab, as the side panel opens it. A');
    L.push('script installed before the panel\'s own (Playwright `addInitScript`) watches the DOM with a MutationObserver; the time is');
    L.push('`performance.now()` in the panel page (origin: navigation start) when the first row is in the DOM with a non-zero');
    L.push('`getBoundingClientRect()` height (which forces layout). On a supplier page that row is the first claim row; on a list page');
    L.push('the claims are folded under one row per supplier (with its claim count), so the first supplier row. The first open after the');
    L.push(`scan is reported apart; the median is over the next ${panelRuns}. DOMContentLoaded marks the end of loading and running the`);
    L.push('panel\'s scripts; "panel" is React\'s first render; "frame" is the next animation frame (about when it is painted).', '');
    L.push('| Page | claims | row timed | first open ms | opens: rows laid out, ms | median ms | DOMContentLoaded ms (median) | panel ms (median) | frame ms (median) |');
    L.push('|---|---:|---|---:|---|---:|---:|---:|---:|');
    for (const x of r.panel.value) {
      L.push(
        `| ${x.page} | ${x.claims} | ${x.shows} | ${f(x.first?.rows, 0)} | ${x.opens.map((o) => o.rows.toFixed(0)).join(', ') || '–'} | ${f(x.medianMs, 0)} | ${f(median(x.opens.map((o) => o.dcl)), 0)} | ${f(median(x.opens.map((o) => o.panel)), 0)} | ${f(median(x.opens.map((o) => o.frame)), 0)} |`,
      );
    }
    for (const x of r.panel.value) for (const e of x.failures) L.push('', `- ${x.page}: ${code(e)}`);
  }

  L.push('', '## Headline JSON', '', '```json', JSON.stringify(headline), '```', '');
  return L.join('\n');
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<number> {
  const t0 = Date.now();
  const when = new Date().toISOString();
  const loadStart = loadNow();
  const m = machine();
  const notes: string[] = [];
  log(`CertLens benchmarks, ${when}`);
  log(`machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB, ${m.os}, node ${m.node}, load ${loadStart}`);

  const buildPart = await runPart('build', null, async () => {
    if (args.includes('--no-build')) notes.push('Built extension used as it was (`--no-build`).');
    else {
      log('  npx wxt build…');
      await new Promise<void>((resolve, reject) =>
        execFile('npx', ['wxt', 'build'], { cwd: repoRoot, timeout: LIMIT_S.build * 1000 - 5000, maxBuffer: 64 * 1024 * 1024 }, (err, _out, stderr) =>
          err ? reject(new Error(`wxt build failed: ${stderr.slice(-500) || err.message}`)) : resolve(),
        ),
      );
    }
    const sz = sizes();
    log(`  content script ${sz.contentScriptGzipKB.toFixed(1)} KB gzip, side panel JS ${sz.panelJsGzipKB.toFixed(1)} KB gzip, everything ${sz.totalGzipKB.toFixed(1)} KB gzip`);
    return sz;
  });
  // Sizes are always wanted: with --only, the build part is "skipped" but the sizes of .output are still read.
  if (buildPart.skipped && existsSync(outDir)) {
    try {
      Object.assign(buildPart, { value: sizes() });
    } catch {
      /* reported as skipped */
    }
  }

  const detect = await runPart('detect', null, async () => {
    const d = await detectorBench();
    log(d.table);
    return d;
  });

  let chromium = 'Chromium: not found';
  let ext: Launched | null = null;
  let extCopy = '';
  let profile = '';
  const chromiumPath = findChromium();
  if (!chromiumPath) notes.push('No Chromium found (see scripts/chromium.ts): the browser parts did not run.');
  else if (!existsSync(path.join(outDir, 'manifest.json'))) notes.push('No built extension in .output/chrome-mv3: the browser parts did not run.');
  else {
    chromium = execFileSync(chromiumPath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    log(`chromium: ${chromium}`);
    // A private copy of the build: a `wxt build` started meanwhile (another engineer) empties .output under the browser.
    extCopy = mkdtempSync(path.join(os.tmpdir(), 'certlens-bench-ext-'));
    cpSync(outDir, extCopy, { recursive: true });
    profile = mkdtempSync(path.join(os.tmpdir(), 'certlens-bench-profile-'));
    try {
      ext = await launchWithExtension({ userDataDir: profile, extensionPath: extCopy });
    } catch (err) {
      notes.push(`Chromium did not start with the extension: ${code(errText(err))}`);
    }
  }

  const pages: BenchPage[] = [];
  for (const c of CORPUS) {
    const file = path.join(corpusDir, c.file);
    if (existsSync(file)) pages.push({ name: c.file, url: c.url, html: readFileSync(file, 'utf8'), real: true });
    else notes.push(`${c.file} absent (../shared/corpus): skipped.`);
  }
  for (const n of notes) log(`notice: ${n}`);
  const generated = generatedSupplierPage(5_000_000);

  try {
    const scan = await runPart('scan', ext, (ctx) =>
      scanBench(ctx, [...pages, { name: 'generated supplier page (5 MB)', url: GENERATED_URL, html: generated, real: false }]),
    );
    const long = await runPart('long', ext, async (ctx) => {
      const lt = await longTasks(ctx, generated);
      log(
        `  ${lt.finished ? `${lt.claims} claims; scan ${r1(lt.scanWallMs)} ms wall in ${lt.slices} slices (longest ${r1(lt.longestSliceMs)} ms), highlight ${r1(lt.highlightMs)} ms` : 'the content script did not finish within 60 s (no count on the page)'}; ` +
          `long tasks during (to highlight end + 500 ms): ${lt.duringMs.map((d) => d.toFixed(0)).join(', ') || 'none'}; long frames: ${lt.longFramesMs.map((d, i) => `${d.toFixed(0)}/${Math.max(0, lt.longFramesRenderMs[i] ?? 0).toFixed(0)} render`).join(', ') || 'none'}; start-up: ${lt.startupMs.map((d) => d.toFixed(0)).join(', ') || 'none'}`,
      );
      for (const e of lt.errors) log(`  page error: ${e}`);
      return lt;
    });
    const panel = await runPart('panel', ext, async (ctx) => {
      const sources = CORPUS.flatMap((c) => {
        const p = pages.find((x) => x.name === c.file);
        return p ? [{ ...p, panelSelector: c.panelSelector }] : [];
      });
      // Without the corpus: a generated supplier page small enough for the content script to finish quickly.
      if (!sources.length)
        sources.push({ name: GENERATED_PANEL, url: GENERATED_URL.replace('bench-supplier', 'bench-panel'), html: generatedSupplierPage(300_000), real: false, panelSelector: CLAIM_ROW });
      return panelBench(ctx, sources);
    });
    const db = await runPart('db', ext, async (ctx) => {
      const d = await dbBench(ctx);
      for (const [k, v] of Object.entries(d)) log(`  ${k}: ${typeof v === 'number' ? v.toFixed(1) : JSON.stringify(v)}`);
      return d;
    });

    const results: Results = {
      when,
      finished: new Date().toISOString(),
      totalSeconds: (Date.now() - t0) / 1000,
      m,
      loadStart,
      loadEnd: loadNow(),
      chromium,
      versions: versions(),
      notes,
      build: buildPart,
      detect,
      scan,
      long,
      panel,
      db,
    };
    const { headline } = headlineOf(results);
    const parts = [buildPart, detect, scan, long, panel, db];
    const failed = parts.filter((p) => !p.ok && !p.skipped);
    if (!only) {
      mkdirSync(path.dirname(reportPath), { recursive: true });
      writeFileSync(reportPath, markdown(results));
      log(`wrote ${path.relative(process.cwd(), reportPath) || reportPath}`);
    }
    log(`total ${Math.round(results.totalSeconds)} s; load ${loadStart} at start, ${results.loadEnd} at end`);
    if (failed.length) log(`parts failed: ${failed.map((p) => `${p.name} (${p.error})`).join('; ')}`);
    log(JSON.stringify(headline));
    return failed.length ? 2 : 0;
  } finally {
    await ext?.close().catch(() => {});
    if (profile) rmSync(profile, { recursive: true, force: true });
    if (extCopy) rmSync(extCopy, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    console.log(JSON.stringify({ error: errText(err) }));
    process.exit(1);
  },
);
