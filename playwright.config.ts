import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests: the built extension (.output/chrome-mv3, from `wxt build`) in a real
 * headless system Chromium. The browser is launched by tests/e2e/fixtures.ts (a persistent
 * context is the only way to load an unpacked extension), so no `use.browserName` here.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  // Two cores on the project's machines: one Chromium at a time keeps timings steady.
  workers: Number(process.env.E2E_WORKERS ?? 1),
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME
    ? [['list'], ['json']]
    : [['list']],
  outputDir: 'test-results',
});
