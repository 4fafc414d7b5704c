/**
 * `npm run bench` (issue #7, Benchmarks): measures CertLens on this machine and writes
 * docs/benchmarks.md. Not a test and not part of CI: figures depend on the machine and its load.
 *
 *   1. scan + highlight in Chromium vs a bare TreeWalker walk and mark.js (page-entry.ts)
 *   2. long tasks from the real content script on a generated 5 MB supplier page
 *   3. detector throughput in Node (scripts/bench-detect.ts)
 *   4. build sizes (gzip)
 *   5. IndexedDB at scale through lib/db and lib/io in a real Chromium page (db-entry.ts)
 *   6. side panel: opening sidepanel.html?tab=<id> until the claims are on screen
 *
 * The last line printed is one JSON object with the headline figures. Options:
 * `--no-build` (use .output/chrome-mv3 as it is), `--runs N` (scan runs per page, default 5),
 * `--only scan,long,panel,db,detect` (just those parts; the report is then not written).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type { Page } from '@playwright/test';
import { findChromium, launchWithExtension, type Launched } from '../chromium';
import { generatedSupplierPage, GENERATED_URL } from './generated-page';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const corpusDir = path.resolve(repoRoot, '../shared/corpus');
const outDir = path.resolve(repoRoot, '.output/chrome-mv3');
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) > 0 && args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 5;
const onlyArg = args.includes('--only') ? (args[args.indexOf('--only') + 1] ?? '') : '';
/** `--only db,panel` runs just those parts (for work on one of them); docs/benchmarks.md is then not written. */
const only = onlyArg ? new Set(onlyArg.split(',')) : null;
const part = (name: 'scan' | 'long' | 'panel' | 'db' | 'detect') => !only || only.has(name);
const log = (line = '') => console.log(line);
const r1 = (n: number | null | undefined) => (n === null || n === undefined || Number.isNaN(n) ? null : Math.round(n * 10) / 10);
const r2 = (n: number) => Math.round(n * 100) / 100;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** Pages served at a host no content script matches, so only our injected code touches them. */
const BENCH_ORIGIN = 'https://bench.certlens.test';

const CORPUS = [
  { file: 'alibaba-search-1.html', url: 'https://www.alibaba.com/trade/search?SearchText=earphone+case' },
  { file: 'made-in-china-search-1.html', url: 'https://www.made-in-china.com/manufacturers-directory/item3/Earphone-Case-1.html' },
  { file: 'made-in-china-company-1.html', url: 'https://bidisco.en.made-in-china.com/' },
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

interface ScanRow {
  page: string;
  htmlMB: number;
  textChars: number;
  claims: number;
  hits: number;
  walkMs: number;
  scanMs: number;
  scanOnlyMs: number;
  markRegExpMs: number;
  markRegExpMatches: number;
  markKeywordsMs: number | null;
  markKeywordsMatches: number;
  highlightError: string | null;
}

function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGB: Math.round(os.totalmem() / 2 ** 30 * 10) / 10,
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    load: os.loadavg().map((l) => l.toFixed(2)).join(' '),
  };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)],
  );
}

function sizes() {
  const rows = filesUnder(outDir)
    .filter((f) => /\.(js|css|html|json)$/.test(f))
    .map((f) => {
      const buf = readFileSync(f);
      return { file: path.relative(outDir, f), kB: buf.length / 1024, gzipKB: gzipSync(buf, { level: 9 }).length / 1024 };
    })
    .sort((a, b) => b.gzipKB - a.gzipKB);
  const content = rows.find((r) => r.file.startsWith('content-scripts/') && r.file.endsWith('.js'));
  return { rows, contentScriptGzipKB: content?.gzipKB ?? NaN, totalGzipKB: rows.reduce((n, r) => n + r.gzipKB, 0) };
}

function detectorBench(): { table: string; json: Record<string, number | null> } {
  const out = execFileSync(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'scripts/bench-detect.ts')], {
    cwd: repoRoot,
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  const lines = out.trim().split('\n');
  return { table: lines.slice(0, -1).join('\n'), json: JSON.parse(lines.at(-1)!) };
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

async function blankPage(ext: Launched, name: string, html = '<!doctype html><title>bench</title><body></body>'): Promise<Page> {
  const url = `${BENCH_ORIGIN}/${name}`;
  ext.serve(url, html);
  const page = await ext.context.newPage();
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  return page;
}

async function scanBench(ext: Launched, pages: Array<{ name: string; url: string; html: string }>, pageJs: string): Promise<ScanRow[]> {
  const markJs = readFileSync(path.join(repoRoot, 'node_modules/mark.js/dist/mark.min.js'), 'utf8');
  const rows: ScanRow[] = [];
  for (const p of pages) {
    const page = await blankPage(ext, `scan-${p.name.replace(/[^a-z0-9.]+/gi, "-")}`, p.html);
    await page.addScriptTag({ content: markJs });
    await page.addScriptTag({ content: pageJs });
    // The keyword-array mode is 50-200x slower than ours on the corpus pages: on the 5 MB page a
    // single run takes minutes, so it is measured on the real pages only.
    const big = p.html.length > 2e6;
    const keywordRuns = big ? 0 : 3;
    const pageRuns = big ? Math.min(runs, 2) : runs;
    const r = (await page.evaluate(
      `certlensBench.run(${JSON.stringify(p.url)}, ${JSON.stringify(MARK_PATTERN)}, ${JSON.stringify(MARK_KEYWORDS)}, ${pageRuns}, ${keywordRuns}, ${!big})`,
    )) as Omit<ScanRow, 'page' | 'htmlMB'>;
    await page.close();
    rows.push({ page: p.name, htmlMB: p.html.length / 1e6, ...r });
    log(
      `  ${p.name}: walk ${r.walkMs.toFixed(1)} ms, scan+highlight ${r.scanMs.toFixed(1)} ms (${(r.scanMs / r.walkMs).toFixed(2)}x walk; ` +
        `${r.claims} claims, ${r.hits} hits), mark.js markRegExp ${r.markRegExpMs.toFixed(1)} ms (${(r.markRegExpMs / r.scanMs).toFixed(2)}x ours), ` +
        `mark() keywords ${r.markKeywordsMs?.toFixed(0) ?? '-'} ms` +
        (r.highlightError ? ` — HIGHLIGHT FAILED: ${r.highlightError}` : ''),
    );
  }
  return rows;
}


interface LongTaskResult {
  claims: number | null;
  finished: boolean;
  errors: string[];
  scanWallMs: number | null;
  slices: number;
  longestSliceMs: number | null;
  highlightMs: number | null;
  duringMs: number[];
  startupMs: number[];
  allLongTasksMs: number[];
  longestTaskMs: number;
}

type Span = { start: number; duration: number };

async function longTasks(ext: Launched, html: string): Promise<LongTaskResult> {
  ext.serve(GENERATED_URL, html);
  const page = await ext.context.newPage();
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text().slice(0, 300));
  });
  page.on('pageerror', (err) => errors.push(String(err).slice(0, 300)));
  await page.addInitScript(() => {
    const w = window as unknown as { __longtasks: Array<{ start: number; duration: number }> };
    w.__longtasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(GENERATED_URL, { timeout: 120_000 });
  let finished = true;
  try {
    await page.waitForFunction(() => document.documentElement.dataset.certlensClaims !== undefined, undefined, { timeout: 60_000 });
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
      sessionStart: span('certlens-session-start')[0]?.start ?? NaN,
      scans: span('certlens-scan'),
      slices: span('certlens-scan-slice'),
      highlight: span('certlens-highlight'),
    };
  })()`)) as { claims: number | null; longtasks: Span[]; sessionStart: number; scans: Span[]; slices: Span[]; highlight: Span[] };
  await page.close();
  const scan = m.scans[0];
  const highlight = m.highlight[0];
  const slices = scan ? m.slices.filter((s) => s.start >= scan.start - 1 && s.start <= scan.start + scan.duration) : m.slices;
  // Without the content script's own end mark (it failed), every task after it started counts as ours.
  const from = scan ? Math.min(scan.start, slices[0]?.start ?? scan.start) : m.sessionStart;
  const to = highlight ? highlight.start + highlight.duration : Infinity;
  const during = m.longtasks.filter((t) => t.start < to && t.start + t.duration > from).map((t) => t.duration);
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
    longestTaskMs: Math.max(0, ...during, ...startup),
  };
}

/** Serves a page at its marketplace address and waits for the content script's count: the tab to open the panel on. */
async function scannedTab(ext: Launched, url: string, html: string): Promise<{ page: Page; tabId: number; claims: number }> {
  ext.serve(url, html);
  const page = await ext.context.newPage();
  await page.goto(url, { timeout: 120_000 });
  await page.waitForFunction(() => document.documentElement.dataset.certlensClaims !== undefined, undefined, { timeout: 60_000 });
  const claims = Number(await page.evaluate(() => document.documentElement.dataset.certlensClaims));
  // The background stores the tab's scan on its own time: give it a moment.
  await page.waitForTimeout(500);
  const tabId = (await (await ext.sw()).evaluate(
    `chrome.tabs.query({}).then((tabs) => tabs.find((t) => (t.url || '').startsWith(${JSON.stringify(url)}))?.id ?? -1)`,
  )) as number;
  return { page, tabId, claims };
}

/** Opens the side panel page for a scanned tab; time (from navigation start) until a claim row is in the DOM and laid out. */
async function panelBench(ext: Launched, tabId: number, times = 5): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < times; i++) {
    const page = await ext.context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { __claimsAt?: number };
      const check = () => {
        const el = document.querySelector('[data-testid="claim"]');
        if (el && el.getBoundingClientRect().height > 0 && w.__claimsAt === undefined) w.__claimsAt = performance.now();
        return w.__claimsAt !== undefined;
      };
      new MutationObserver((_, obs) => check() && obs.disconnect()).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?tab=${tabId}`);
    try {
      await page.waitForFunction(() => (window as unknown as { __claimsAt?: number }).__claimsAt !== undefined, undefined, { timeout: 30_000 });
    } catch {
      out.push(NaN);
      await page.close();
      continue;
    }
    out.push((await page.evaluate(() => (window as unknown as { __claimsAt: number }).__claimsAt)) as number);
    await page.close();
  }
  return out;
}

function markdown(o: {
  when: string;
  m: ReturnType<typeof machine>;
  chromium: string;
  notes: string[];
  scanRows: ScanRow[];
  lt: LongTaskResult;
  det: { table: string; json: Record<string, number | null> };
  sz: ReturnType<typeof sizes>;
  db: Record<string, unknown>;
  panel: number[];
  panelPage: string;
  headline: Record<string, number | null>;
}): string {
  const goals: Array<[string, string, (v: number) => boolean]> = [
    ['scanVsWalk', '≤ 1.5', (v) => v <= 1.5],
    ['markjsVsScan', '≥ 5', (v) => v >= 5],
    ['longestTaskMs', '≤ 50', (v) => v <= 50],
    ['contentScriptGzipKB', '≤ 40', (v) => v <= 40],
    ['supplierLookupMs', '≤ 5', (v) => v <= 5],
    ['filterMs', '≤ 50', (v) => v <= 50],
    ['exportMs', '≤ 1000', (v) => v <= 1000],
    ['importMs', '≤ 3000', (v) => v <= 3000],
    ['panelMs', '≤ 300', (v) => v <= 300],
  ];
  const f = (n: number | null | undefined, d = 1) => (n === null || n === undefined || Number.isNaN(n) ? '–' : n.toFixed(d));
  const L: string[] = [];
  L.push('# Benchmarks', '');
  L.push('Generated by `npm run bench` (scripts/bench/index.ts); do not edit by hand. Figures depend on the machine and its load;');
  L.push('they are medians of several runs in one session unless said otherwise.', '');
  L.push(`- Date: ${o.when}`);
  L.push(`- Machine: ${o.m.cpu}, ${o.m.cores} cores, ${o.m.memoryGB} GB memory, ${o.m.os}, load average at start ${o.m.load}`);
  L.push(`- Chromium: ${o.chromium} (headless, system binary); Node ${o.m.node}`);
  for (const n of o.notes) L.push(`- ${n}`);
  L.push('', '## Headline', '', '| Figure | Measured | Goal | Met |', '|---|---:|---:|:-:|');
  for (const [k, goal, ok] of goals) {
    const v = o.headline[k];
    L.push(`| ${k} | ${f(v, k.endsWith('Ms') ? 0 : 2)} | ${goal} | ${v === null || v === undefined ? '–' : ok(v) ? 'yes' : '**no**'} |`);
  }
  L.push('', '## 1. Scan + highlight vs a bare walk and mark.js (Chromium)', '');
  L.push('Each page is served at a host no content script matches; the content script\'s own `scanDocument` + `Highlighter` are');
  L.push('bundled into it (esbuild) and timed against a TreeWalker that only reads every text node of the body, and mark.js 8.11');
  L.push('(`markRegExp` with one combined pattern of the claim names, and `mark()` with the same names as a keyword array,');
  L.push('`accuracy: "exactly"`; measured on the real pages only). On the 5 MB page mark.js is not run: four rounds of `markRegExp` there');
  L.push('(about 120,000 matches to wrap) had not finished after 10 minutes on this loaded 2-core machine. Every timing ends with a forced layout, so mark.js\'s wrapping elements are paid for in the run');
  L.push('that made them. Our scan is the unsliced one (`scanDocument`): the sliced one does the same work in pieces.', '');
  L.push('| Page | HTML MB | text chars | claims | hits | walk ms | scan+highlight ms | (scan only) | ×walk | mark.js markRegExp ms (matches) | ×ours | mark.js mark() keywords ms (matches) |');
  L.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of o.scanRows) {
    L.push(
      `| ${r.page} | ${f(r.htmlMB, 2)} | ${r.textChars} | ${r.claims} | ${r.hits} | ${f(r.walkMs)} | ${f(r.scanMs)} | ${f(r.scanOnlyMs)} | ${f(r.scanMs / r.walkMs, 2)} | ${f(r.markRegExpMs)} (${r.markRegExpMatches}) | ${f(r.markRegExpMs / r.scanMs, 2)} | ${f(r.markKeywordsMs, 0)} (${r.markKeywordsMatches}) |`,
    );
  }
  for (const r of o.scanRows) if (r.highlightError) L.push('', `**${r.page}: the highlighter threw \`${r.highlightError}\`**; the row times the scan and the failed attempt.`);
  L.push('', 'Headline `scanVsWalk` is the largest ratio over the pages, `markjsVsScan` the smallest (the least favourable for us).');
  L.push('', '## 2. Long tasks from the content script (generated 5 MB supplier page)', '');
  L.push('The built extension is loaded; the page is served at a made-in-china.com supplier address so the real content script');
  L.push('scans it; a `PerformanceObserver("longtask")` is installed before the page starts.', '');
  if (!o.lt.finished) L.push('- **the content script did not finish the scan within 60 s: no count was set on the page** (errors below)');
  L.push(`- claims on the badge: ${o.lt.claims ?? '–'}`);
  L.push(`- scan: ${f(o.lt.scanWallMs)} ms wall in ${o.lt.slices} slices (longest slice ${f(o.lt.longestSliceMs)} ms); highlight ${f(o.lt.highlightMs)} ms`);
  for (const e of o.lt.errors) L.push(`- page error: \`${e.replace(/`/g, "'")}\``);
  L.push(`- long tasks overlapping the scan and highlight: ${o.lt.duringMs.map((d) => d.toFixed(0)).join(', ') || 'none'} ms`);
  L.push(`- long task that loads the content script and starts the session: ${o.lt.startupMs.map((d) => d.toFixed(0)).join(', ') || 'none (under 50 ms)'} ms`);
  L.push(`- every long task on the page, its own parsing included: ${o.lt.allLongTasksMs.map((d) => d.toFixed(0)).join(', ') || 'none'} ms`);
  L.push(`- **longestTaskMs** (ours: start-up and scan): ${f(o.lt.longestTaskMs, 0)}`);
  L.push('', '## 3. Detector throughput (Node, scripts/bench-detect.ts)', '', '```', o.det.table, '```', '');
  L.push('## 4. Sizes (built with `wxt build`, gzip -9)', '', '| File | KB | gzip KB |', '|---|---:|---:|');
  for (const r of o.sz.rows) L.push(`| ${r.file} | ${f(r.kB)} | ${f(r.gzipKB)} |`);
  L.push(`| **total** | | ${f(o.sz.totalGzipKB)} |`);
  L.push('', '## 5. IndexedDB at scale (Chromium page bundling lib/db, lib/io and the dashboard model)', '');
  L.push('10,000 suppliers, 100,000 claim sightings (10 each), 20,000 notes (10,000 on suppliers with no supplier row).');
  L.push('Lookup: `getSupplier` + `listSightings` of one supplier (median of 50). Filter: the dashboard\'s `filterViews` + `sortViews`');
  L.push('over the index (median of 25 over 5 filter sets). Export: `loadSupplierViews` + `suppliersToCsv` + `claimsToCsv` (median of 3).');
  L.push('Import: `readImportFile` + `previewImport` + `applyImport` of the full backup, into an empty database and again over the');
  L.push('same data (everything unchanged); `importMs` is the slower of the two.');
  L.push('`seedMs` is the floor: the same 130,000 rows written with plain Dexie `bulkAdd` in one transaction, no validation.', '', '| Measure | Value |', '|---|---:|');
  for (const [k, v] of Object.entries(o.db)) L.push(`| ${k} | ${typeof v === 'number' ? f(v) : JSON.stringify(v)} |`);
  L.push('', '## 6. Side panel', '');
  L.push(`Opening \`sidepanel.html?tab=<id>\` of a scanned tab (${o.panelPage}), from navigation start until the first claim row is laid out: ${o.panel.map((p) => p.toFixed(0)).join(', ')} ms (median ${f(median(o.panel), 0)}).`);
  L.push('', '## Headline JSON', '', '```json', JSON.stringify(o.headline), '```', '');
  return L.join('\n');
}

async function main() {
  const when = new Date().toISOString();
  const m = machine();
  const notes: string[] = [];
  log(`CertLens benchmarks, ${when}`);
  log(`machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB, ${m.os}, node ${m.node}, load ${m.load}`);

  if (!args.includes('--no-build')) {
    log('building (npx wxt build)…');
    execFileSync('npx', ['wxt', 'build'], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const sz = sizes();
  log(`sizes: content script ${sz.contentScriptGzipKB.toFixed(1)} KB gzip, everything ${sz.totalGzipKB.toFixed(1)} KB gzip`);

  log('detector throughput (Node)…');
  const det = part('detect') ? detectorBench() : { table: '(skipped)', json: {} };
  log(det.table);

  const chromiumPath = findChromium();
  if (!chromiumPath) throw new Error('No Chromium found (see scripts/chromium.ts).');
  const chromiumVersion = execFileSync(chromiumPath, ['--version'], { encoding: 'utf8' }).trim();
  log(`chromium: ${chromiumVersion}`);

  // A private copy of the build: a `wxt build` started meanwhile empties .output under the browser.
  const extCopy = mkdtempSync(path.join(os.tmpdir(), 'certlens-bench-ext-'));
  cpSync(outDir, extCopy, { recursive: true });
  const profile = mkdtempSync(path.join(os.tmpdir(), 'certlens-bench-profile-'));
  const ext = await launchWithExtension({ userDataDir: profile, extensionPath: extCopy });
  try {
    const [pageJs, dbJs] = await Promise.all([bundle('page-entry.ts'), bundle('db-entry.ts')]);
    const generated = generatedSupplierPage(5_000_000);
    const pages: Array<{ name: string; url: string; html: string }> = [];
    for (const c of CORPUS) {
      const file = path.join(corpusDir, c.file);
      if (existsSync(file)) pages.push({ name: c.file, url: c.url, html: readFileSync(file, 'utf8') });
      else notes.push(`${c.file} absent (../shared/corpus): skipped.`);
    }
    if (notes.length) for (const n of notes) log(`notice: ${n}`);
    pages.push({ name: 'generated supplier page (5 MB)', url: GENERATED_URL, html: generated });

    log(`scan + highlight vs walk vs mark.js (median of ${runs})…`);
    const scanRows = part('scan') ? await scanBench(ext, pages, pageJs) : [];

    if (part('long')) log('long tasks from the content script on the 5 MB page…');
    const lt: LongTaskResult = part('long')
      ? await longTasks(ext, generated)
      : { claims: null, finished: false, errors: [], scanWallMs: null, slices: 0, longestSliceMs: null, highlightMs: null, duringMs: [], startupMs: [], allLongTasksMs: [], longestTaskMs: NaN };
    if (part('long')) log(
      `  ${lt.finished ? `${lt.claims} claims; scan ${r1(lt.scanWallMs)} ms wall in ${lt.slices} slices (longest ${r1(lt.longestSliceMs)} ms), highlight ${r1(lt.highlightMs)} ms` : `the content script did not finish within 60 s (no count on the page)`}; ` +
        `long tasks during: ${lt.duringMs.map((d) => d.toFixed(0)).join(', ') || 'none'}; start-up: ${lt.startupMs.map((d) => d.toFixed(0)).join(', ') || 'none'}`,
    );
    for (const e of lt.errors) log(`  page error: ${e}`);

    // The panel on a scanned tab: the largest real list page when present, else a generated one small enough to finish.
    log('side panel…');
    const panelSource = pages.find((p) => p.name === 'made-in-china-company-1.html') ?? {
      name: 'generated supplier page (300 KB)',
      url: GENERATED_URL.replace('bench-supplier', 'bench-panel'),
      html: generatedSupplierPage(300_000),
    };
    const tab = part('panel') ? await scannedTab(ext, panelSource.url, panelSource.html) : null;
    const panel = tab && tab.tabId >= 0 ? await panelBench(ext, tab.tabId) : [];
    log(`  ${panelSource.name} (${tab?.claims} claims): claims visible after ${panel.map((p) => p.toFixed(0)).join(', ')} ms`);
    await tab?.page.close();

    log('IndexedDB at scale (10,000 suppliers, 100,000 sightings, 20,000 notes)…');
    let db: Record<string, number> = { supplierLookupMs: NaN, filterMs: NaN, exportMs: NaN, importFreshMs: NaN, importSameMs: NaN };
    if (part('db')) {
      // A plain https page (a CSP without eval made zod's compiled fast path throw here: not yet looked into).
      const dbPage = await blankPage(ext, 'db.html');
      await dbPage.addScriptTag({ content: dbJs });
      db = (await dbPage.evaluate('certlensDbBench.run()')) as Record<string, number>;
      await dbPage.close();
    }
    for (const [k, v] of Object.entries(db)) log(`  ${k}: ${typeof v === 'number' ? v.toFixed(1) : JSON.stringify(v)}`);

    const headline = {
      scanVsWalk: r2(Math.max(...scanRows.map((r) => r.scanMs / r.walkMs))),
      markjsVsScan: r2(Math.min(...scanRows.filter((r) => !Number.isNaN(r.markRegExpMs)).map((r) => r.markRegExpMs / r.scanMs))),
      longestTaskMs: r1(lt.longestTaskMs),
      contentScriptGzipKB: r1(sz.contentScriptGzipKB),
      supplierLookupMs: r2(db.supplierLookupMs!),
      filterMs: r1(db.filterMs),
      exportMs: r1(db.exportMs),
      importMs: r1(Math.max(db.importFreshMs!, db.importSameMs!)),
      panelMs: r1(panel.length ? median(panel) : NaN),
    };
    if (!only) {
      mkdirSync(path.join(repoRoot, 'docs'), { recursive: true });
      writeFileSync(
      path.join(repoRoot, 'docs/benchmarks.md'),
      markdown({ when, m, chromium: chromiumVersion, notes, scanRows, lt, det, sz, db, panel, panelPage: `${panelSource.name} (${tab?.claims} claims)`, headline }),
    );
      log('wrote docs/benchmarks.md');
    }
    log(JSON.stringify(headline));
  } finally {
    await ext.close();
    rmSync(profile, { recursive: true, force: true });
    rmSync(extCopy, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
