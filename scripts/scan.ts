/**
 * `npm run scan -- <file.html> --url <url>`: prints one JSON PageScan on stdout (nothing else),
 * using the same lib/scan/scan-document.ts as the content script. Errors go to stderr, exit 1.
 * A fixed interface (issue #2): tools outside the project read its output.
 */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHtmlDocument } from '../lib/scan/node-html';
import { PageScanSchema } from '../lib/scan/page-scan';
import { scanDocument } from '../lib/scan/scan-document';

const USAGE = 'usage: npm run scan -- <file.html> --url <https://page-address>';

function fail(message: string): never {
  process.stderr.write(`scan: ${message}\n${USAGE}\n`);
  process.exit(1);
}

function parseArgs(argv: string[]): { file: string; url: string; now?: Date } {
  let file = '';
  let url = '';
  let now: Date | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--url') url = argv[++i] ?? '';
    else if (a.startsWith('--url=')) url = a.slice(6);
    else if (a === '--now') now = new Date(argv[++i] ?? '');
    else if (a === '--help' || a === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (a.startsWith('--')) fail(`unknown option ${a}`);
    else if (!file) file = a;
    else fail(`unexpected argument ${a}`);
  }
  if (!file) fail('missing the HTML file to scan');
  if (!url) fail('missing --url (the address the page was saved from)');
  if (now && Number.isNaN(now.getTime())) fail('--now is not a date (use YYYY-MM-DD)');
  return { file, url, now };
}

function main() {
  const { file, url, now } = parseArgs(process.argv.slice(2));
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    fail(`bad URL "${url}" (give a full address such as https://www.alibaba.com/...)`);
  }
  if (!/^https?:$/.test(parsed.protocol)) fail(`bad URL "${url}" (only http and https pages are scanned)`);

  // npm runs scripts from the package root; a relative path means the caller's directory.
  const path = resolve(process.env.INIT_CWD ?? process.cwd(), file);
  let html: string;
  try {
    if (!statSync(path).isFile()) fail(`${file} is not a file`);
    html = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    fail(code === 'ENOENT' ? `no such file: ${file}` : `cannot read ${file}: ${(e as Error).message}`);
  }
  if (html.includes('\u0000')) fail(`${file} does not look like HTML (binary content)`);

  let doc: Document;
  try {
    doc = parseHtmlDocument(html);
  } catch (e) {
    fail(`cannot parse ${file} as HTML: ${(e as Error).message}`);
  }
  const { scan } = scanDocument(doc, url, { now });
  const checked = PageScanSchema.safeParse(scan);
  if (!checked.success) fail(`internal error: the scan does not match the PageScan schema: ${checked.error.message}`);
  process.stdout.write(`${JSON.stringify(checked.data, null, 2)}\n`);
}

main();
