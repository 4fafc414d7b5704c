import { corpusHtml, nodeScan } from './corpus-pages';
import { claimCount, expect, hasCorpus, test } from './fixtures';

/**
 * The content script must not freeze a big page (issue #4): the scan is cut into slices that
 * give the event loop back (lib/highlight/slices.ts), so no task of the scan lasts longer than
 * the browser's 50 ms long-task line. Measured with PerformanceObserver('longtask') from page
 * start on the largest saved list page, against the content script's own performance entries:
 * certlens-session-start (mark), certlens-scan-slice and certlens-highlight (measures).
 */
test.describe('long tasks', () => {
  test.skip(!hasCorpus, 'Skipped: ../shared/corpus is absent (third-party captures are not part of the repository).');

  test('made-in-china-search-1: the scan runs in slices that give the page back between them', async ({ ext }) => {
    const file = 'made-in-china-search-1.html';
    const url = 'https://www.made-in-china.com/manufacturers-directory/item3/Earphone-Case-1.html';
    const expected = nodeScan(file, url);
    ext.serve(url, corpusHtml(file));
    // Whether a slice stays under 50 ms depends on the machine and its load, so that figure is
    // printed here and judged by `npm run bench`, not asserted (a timed test would flake in CI).
    // What is asserted is the structure: the scan is cut into several slices.
    const run = await measureOnce();
    console.log(`[long tasks] ${run.fig}`);
    test.info().annotations.push({ type: 'figures', description: run.fig });
    expect(run.slices, 'the scan was cut into slices').toBeGreaterThan(1);

    async function measureOnce() {
      const page = await ext.context.newPage();
      await page.addInitScript(() => {
        const w = window as unknown as { __longtasks: Array<{ start: number; duration: number }> };
        w.__longtasks = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) w.__longtasks.push({ start: e.startTime, duration: e.duration });
        }).observe({ type: 'longtask', buffered: true });
      });
      await page.goto(url);
      await expect.poll(() => claimCount(page)).toBe(expected.count);
      await page.waitForTimeout(500);

      const m = await page.evaluate(() => {
        const w = window as unknown as { __longtasks: Array<{ start: number; duration: number }> };
        const span = (name: string) => performance.getEntriesByName(name).map((e) => ({ start: e.startTime, duration: e.duration }));
        return {
          longtasks: w.__longtasks,
          sessionStart: span('certlens-session-start')[0]?.start ?? NaN,
          scans: span('certlens-scan'),
          slices: span('certlens-scan-slice'),
          highlight: span('certlens-highlight'),
        };
      });
      await page.close();
      const scan = m.scans[0]!;
      const highlight = m.highlight[0]!;
      const slices = m.slices.filter((s) => s.start >= scan.start && s.start <= scan.start + scan.duration);
      // From the first slice of the first scan to the end of its highlighting.
      const from = slices[0]?.start ?? scan.start;
      const to = highlight.start + highlight.duration;
      const during = m.longtasks.filter((t) => t.start < to && t.start + t.duration > from);
      // The task that loads the content script (before the session starts) is reported apart.
      const startup = m.longtasks.filter((t) => t.start <= m.sessionStart && t.start + t.duration >= m.sessionStart);
      const fig =
        `scan ${scan.duration.toFixed(1)} ms wall in ${slices.length} slices ` +
        `(longest ${Math.max(0, ...slices.map((s) => s.duration)).toFixed(1)} ms, work ${slices.reduce((n, s) => n + s.duration, 0).toFixed(1)} ms); ` +
        `highlight ${highlight.duration.toFixed(1)} ms; long tasks during the scan: ${during.map((t) => t.duration.toFixed(0)).join(', ') || 'none'}; ` +
        `start-up task (loading the content script): ${startup.map((t) => t.duration.toFixed(0)).join(', ') || 'under 50 ms'}`;
      return { slices: slices.length, longest: Math.max(0, ...during.map((t) => t.duration)), fig };
    }
  });
});
