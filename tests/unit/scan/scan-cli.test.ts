import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PageScanSchema } from '../../../lib/scan/page-scan';
import { DEMO_URLS, demoDir, repoRoot } from '../sites/helpers';

// `npm run scan` is `tsx scripts/scan.ts`: run the same thing, without npm's own banner.
const tsx = path.join(repoRoot, 'node_modules/tsx/dist/cli.mjs');
// Each run starts tsx (a few seconds here): runs are async so the cases go in parallel.
const run = (args: string[], cwd = repoRoot) =>
  new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [tsx, path.join(repoRoot, 'scripts/scan.ts'), ...args], {
      cwd,
      env: { ...process.env, INIT_CWD: cwd },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });

describe.concurrent('npm run scan', () => {
  it('prints exactly one JSON PageScan on stdout and nothing else', async () => {
    const file = path.join(demoDir, 'made-in-china-directory.html');
    const r = await run([file, '--url', DEMO_URLS['made-in-china-directory.html']]);
    expect(r.status, r.stderr).toBe(0);
    const scan = PageScanSchema.parse(JSON.parse(r.stdout));
    expect(scan.marketplace).toBe('made-in-china');
    expect(scan.suppliers).toHaveLength(4);
    expect(r.stdout.trim().startsWith('{')).toBe(true);
  }, 60_000);

  it('reads a path relative to the directory it was called from', async () => {
    const r = await run(['alibaba-product.html', '--url', DEMO_URLS['alibaba-product.html']], demoDir);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).suppliers[0].key).toBe('alibaba:northstardrink');
  }, 60_000);

  it.each([
    [['/nonexistent/page.html', '--url', 'https://www.alibaba.com/'], /no such file/],
    [[path.join(demoDir, 'alibaba-product.html')], /missing --url/],
    [[path.join(demoDir, 'alibaba-product.html'), '--url', 'alibaba.com/x'], /bad URL/],
    [[demoDir, '--url', 'https://www.alibaba.com/'], /not a file/],
  ])('fails with exit code 1 and a clear message on stderr: %j', async (args, message) => {
    const r = await run(args as string[]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  }, 60_000);

  it('refuses binary content', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'certlens-scan-'));
    const file = path.join(dir, 'image.html');
    writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    const r = await run([file, '--url', 'https://www.alibaba.com/']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/does not look like HTML/);
  }, 60_000);
});
