import { test, expect } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { CATALOG } from '../../lib/claims/catalog';
import { MARKETPLACE_MATCHES } from '../../lib/sites/hosts';
import { extensionPath } from './fixtures';

/**
 * The built extension's shape (what `wxt build` produced for the browser tests): the content
 * script carries no catalog prose and no React, stays small, and the manifest asks for the
 * marketplaces only.
 */
const manifest = () => JSON.parse(readFileSync(path.join(extensionPath, 'manifest.json'), 'utf8'));
const contentScripts = () =>
  readdirSync(path.join(extensionPath, 'content-scripts'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(path.join(extensionPath, 'content-scripts', f), 'utf8'));

test('the content script bundles no catalog prose and no React', () => {
  const code = contentScripts().join('\n');
  expect(code.length).toBeGreaterThan(0);
  const leaked = CATALOG.flatMap((e) => [e.summary, e.doesNotCertify, e.howToVerify]).filter((text) =>
    code.includes(text.slice(0, 60)),
  );
  expect(leaked, 'catalog text found in the content script: import only lib/claims/ids.ts there').toEqual([]);
  expect(code).not.toMatch(/react\.element|__SECRET_INTERNALS|useState/);
});

test('the content script stays small (under 60 kB gzipped)', () => {
  const code = contentScripts().join('\n');
  const gz = gzipSync(code).length;
  test.info().annotations.push({ type: 'content-script size', description: `${code.length} B, ${gz} B gzipped` });
  expect(gz, 'content script gzip size in bytes').toBeLessThan(60_000);
});

test('the manifest asks for the marketplaces only, and runs the content script there only', () => {
  const m = manifest();
  expect([...m.host_permissions].sort()).toEqual([...MARKETPLACE_MATCHES].sort());
  expect(m.permissions).not.toContain('tabs');
  expect(JSON.stringify(m)).not.toContain('<all_urls>');
  for (const cs of m.content_scripts) expect([...cs.matches].sort()).toEqual([...MARKETPLACE_MATCHES].sort());
  expect(m.action).toBeDefined();
  expect(m.side_panel?.default_path).toBe('sidepanel.html');
});
