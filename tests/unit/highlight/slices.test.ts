import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startSession, type ScanResult, type Session } from '../../../lib/highlight/session';
import { CANCELLED, runInSlices } from '../../../lib/highlight/slices';
import { HIGHLIGHT_CLAIM } from '../../../lib/highlight/styles';
import type { PageScan } from '../../../lib/scan/page-scan';
import { parseHtmlDocument } from '../../../lib/scan/node-html';
import { scanDocument, scanDocumentSteps } from '../../../lib/scan/scan-document';
import { fakeScan, installHighlightRegistry } from './fake-scan';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** A clock the steps move forward: each step "costs" its given milliseconds. */
function clockedSteps(costs: number[]) {
  let t = 0;
  const done: number[] = [];
  function* gen(): Generator<void, string, void> {
    for (let i = 0; i < costs.length; i++) {
      t += costs[i]!;
      done.push(i);
      yield;
    }
    return 'result';
  }
  return { gen: gen(), now: () => t, done };
}

describe('runInSlices', () => {
  it('yields whenever a slice has used its budget, and returns the result', async () => {
    const { gen, now } = clockedSteps([5, 5, 5, 5, 5, 5, 5, 30, 1, 1]);
    const slices: Array<[number, number]> = [];
    let yields = 0;
    const result = await runInSlices(gen, {
      budgetMs: 12,
      now,
      yieldToLoop: async () => void (yields += 1),
      isCancelled: () => false,
      onSlice: (a, b) => slices.push([a, b]),
    });
    expect(result).toBe('result');
    // 15 | 15 | 5+30 | 1+1: a slice ends at the first step past the budget.
    expect(slices.map(([a, b]) => b - a)).toEqual([15, 15, 35, 2]);
    // One yield before the first slice (the caller's task has its own work), one between slices.
    expect(yields).toBe(4);
  });

  it('stops when cancelled between slices, without running more steps', async () => {
    const { gen, now, done } = clockedSteps([10, 10, 10, 10, 10, 10]);
    let cancel = false;
    const result = await runInSlices(gen, {
      budgetMs: 15,
      now,
      yieldToLoop: async () => {},
      isCancelled: () => cancel,
      onSlice: () => void (cancel = true),
    });
    expect(result).toBe(CANCELLED);
    expect(done).toEqual([0, 1]);
  });

  it('passes on what the work throws', async () => {
    function* bad(): Generator<void, string, void> {
      yield;
      throw new Error('adapter broke');
    }
    await expect(runInSlices(bad(), { budgetMs: 10, now: () => 0, yieldToLoop: async () => {}, isCancelled: () => false })).rejects.toThrow(
      'adapter broke',
    );
  });
});

describe('scanDocumentSteps', () => {
  it('gives the same scan as scanDocument, pausing at least once per supplier region', () => {
    const dir = path.join(repoRoot, 'tests/fixtures/pages');
    const urls = JSON.parse(readFileSync(path.join(dir, 'pages.json'), 'utf8')) as Record<string, string>;
    for (const file of ['global-sources-search.html', 'made-in-china-product-search.html', 'dhgate-store.html']) {
      const html = readFileSync(path.join(dir, file), 'utf8');
      const now = new Date('2026-11-27');
      const whole = scanDocument(parseHtmlDocument(html), urls[file]!, { now });
      const steps = scanDocumentSteps(parseHtmlDocument(html), urls[file]!, { now });
      let pauses = 0;
      let r = steps.next();
      while (!r.done) {
        pauses += 1;
        r = steps.next();
      }
      expect(pauses, file).toBeGreaterThan(whole.scan.suppliers.length);
      expect(r.value.scan, file).toEqual(whole.scan);
      expect(r.value.hits.length, file).toBe(whole.hits.length);
    }
  });
});

describe('highlight session, sliced', () => {
  let registry: ReturnType<typeof installHighlightRegistry>;
  let session: Session | null = null;
  let sent: PageScan[] = [];

  beforeEach(() => {
    registry = installHighlightRegistry(window);
    sent = [];
  });
  afterEach(() => {
    session?.destroy();
    session = null;
    document.body.innerHTML = '';
  });

  /** fakeScan as steps, one pause per paragraph (the page may change in between). */
  function* fakeSteps(doc: Document, url: string): Generator<void, ScanResult, void> {
    for (let i = 0; i < doc.querySelectorAll('p').length; i++) yield;
    return fakeScan(doc, url);
  }

  function start(html: string) {
    document.body.innerHTML = html;
    let resume: (() => void) | null = null;
    session = startSession({
      doc: document,
      scan: () => {
        throw new Error('the sliced session must not call the one-go scan');
      },
      scanSteps: fakeSteps,
      sliceBudgetMs: 0,
      // The test decides when each slice may run.
      yieldToLoop: () => new Promise<void>((r) => (resume = r)),
      send: (scan) => void sent.push(scan),
      cards: { get: async () => ({}) },
      debounceMs: 30,
      urlPollMs: 20,
    });
    return {
      async step() {
        const r = resume;
        resume = null;
        r?.();
        await new Promise((res) => setTimeout(res, 0));
      },
      get waiting() {
        return resume !== null;
      },
    };
  }

  it('shows nothing until the last slice, then highlights once and sends once', async () => {
    const s = start(`<p>ISO 9001</p><p>ISO 9001:2008</p><p>plain</p>`);
    expect(document.documentElement.dataset.certlensClaims).toBeUndefined();
    let n = 0;
    while (s.waiting && n++ < 10) {
      expect(sent).toHaveLength(0);
      await s.step();
    }
    expect(document.documentElement.dataset.certlensClaims).toBe('1');
    expect(registry.get(HIGHLIGHT_CLAIM)?.size).toBe(1);
    expect(sent).toHaveLength(1);
    expect(n).toBeGreaterThan(2);
  });

  it('a change made by the page while the scan was paused is scanned after, not lost', async () => {
    const s = start(`<p>ISO 9001</p><p>plain</p>`);
    await s.step();
    // The page adds a claim between two slices.
    const p = document.createElement('p');
    p.textContent = 'Now also ISO 9001';
    document.body.append(p);
    let n = 0;
    await vi.waitFor(async () => {
      if (s.waiting) await s.step();
      n += 1;
      expect(registry.get(HIGHLIGHT_CLAIM)?.size).toBe(2);
    }, { timeout: 2000, interval: 10 });
    expect(n).toBeGreaterThan(0);
  });

  it('a newer scan replaces one still running; destroy() stops it', async () => {
    const s = start(`<p>ISO 9001</p><p>ISO 9001</p>`);
    await s.step();
    session!.rescan();
    let n = 0;
    while (s.waiting && n++ < 20) await s.step();
    // The abandoned scan never reported: one scan sent.
    expect(sent).toHaveLength(1);
    session!.rescan();
    await s.step();
    session!.destroy();
    while (s.waiting && n++ < 40) await s.step();
    expect(sent).toHaveLength(1);
    expect(document.documentElement.dataset.certlensClaims).toBeUndefined();
  });
});
