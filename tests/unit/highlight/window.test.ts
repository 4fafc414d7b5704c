import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Highlighter } from '../../../lib/highlight/highlighter';
import { startSession, type Session } from '../../../lib/highlight/session';
import { HIGHLIGHT_CLAIM, HIGHLIGHT_FLAGGED } from '../../../lib/highlight/styles';
import { HIGHLIGHT_WINDOW, firstBelowTop, viewportIndex } from '../../../lib/highlight/window';
import { fakeScan, installHighlightRegistry, manyHits } from './fake-scan';

let registry: ReturnType<typeof installHighlightRegistry>;
beforeEach(() => {
  registry = installHighlightRegistry(window);
});
afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

/** Indices (piece i starts at offset i * 3) of every registered range, sorted. */
function registeredPieces(): number[] {
  const out: number[] = [];
  for (const name of [HIGHLIGHT_CLAIM, HIGHLIGHT_FLAGGED]) {
    for (const r of registry.get(name) ?? []) out.push(r.startOffset / 3);
  }
  return out.sort((a, b) => a - b);
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

describe('windowed highlighting above the window size', () => {
  it('registers only a window of ranges around the viewport, yet counts and finds every hit', () => {
    const { text, hits } = manyHits(1000);
    const hl = new Highlighter(document, { windowSize: 100, locate: () => 500 });
    const counts = hl.apply(hits);
    // The counts are the page's: every hit, not only the painted ones.
    expect(counts).toMatchObject({ claim: 500, flagged: 500 });
    expect(hl.size).toBe(1000);
    const painted = registeredPieces();
    expect(painted).toHaveLength(100);
    expect(painted[0]).toBe(450);
    expect(painted.at(-1)).toBe(549);
    // Flagged ones go to the flagged highlight, which still wins overlaps.
    expect([...registry.get(HIGHLIGHT_FLAGGED)!].every((r) => (r.startOffset / 3) % 2 === 1)).toBe(true);
    expect(registry.get(HIGHLIGHT_FLAGGED)?.priority).toBe(1);
    // The hover card looks hits up by text position: one far outside the window is still found.
    const far = hl.hitAtTextPosition(text, 10 * 3 + 1);
    expect(far?.hit).toBe(hits[10]);
    expect(far?.range.toString()).toBe('CE');
    hl.destroy();
  });

  it('keeps the window inside the document at its ends', () => {
    const { hits } = manyHits(1000);
    let at = 3;
    const hl = new Highlighter(document, { windowSize: 100, locate: () => at });
    hl.apply(hits);
    expect(hl.registeredWindow).toEqual({ lo: 0, hi: 100 });
    hl.destroy();
    at = 990;
    hl.apply(hits);
    expect(hl.registeredWindow).toEqual({ lo: 900, hi: 1000 });
    hl.destroy();
  });

  it('moves the window when a scroll takes the viewport out of its middle half, not before', async () => {
    const { hits } = manyHits(1000);
    let at = 500;
    const locate = vi.fn(() => at);
    const hl = new Highlighter(document, { windowSize: 100, locate });
    hl.apply(hits);
    expect(hl.registeredWindow).toEqual({ lo: 450, hi: 550 });
    const before = registry.get(HIGHLIGHT_CLAIM);

    // Within the middle half (475..525): nothing is registered again.
    at = 520;
    window.dispatchEvent(new Event('scroll'));
    await nextFrame();
    expect(registry.get(HIGHLIGHT_CLAIM)).toBe(before);
    expect(hl.registeredWindow).toEqual({ lo: 450, hi: 550 });

    // Further down: the window is centred on the new position.
    at = 700;
    locate.mockClear();
    // Many scroll events in one frame make one look.
    for (let i = 0; i < 10; i++) window.dispatchEvent(new Event('scroll'));
    await nextFrame();
    expect(locate).toHaveBeenCalledTimes(1);
    expect(hl.registeredWindow).toEqual({ lo: 650, hi: 750 });
    expect(registeredPieces()).toEqual(Array.from({ length: 100 }, (_, i) => 650 + i));

    // Scrolling inside a page's own scroll box counts too (scroll events do not bubble).
    at = 200;
    const box = document.createElement('div');
    document.body.append(box);
    box.dispatchEvent(new Event('scroll'));
    await nextFrame();
    expect(hl.registeredWindow).toEqual({ lo: 150, hi: 250 });
    hl.destroy();
  });

  it('below the window size registers everything as before, with no scroll listener and no layout read', () => {
    const add = vi.spyOn(window, 'addEventListener');
    const { hits } = manyHits(100);
    const locate = vi.fn(() => 0);
    const hl = new Highlighter(document, { windowSize: 100, locate });
    expect(hl.apply(hits)).toMatchObject({ claim: 50, flagged: 50 });
    expect(registry.get(HIGHLIGHT_CLAIM)?.size).toBe(50);
    expect(registry.get(HIGHLIGHT_FLAGGED)?.size).toBe(50);
    expect(hl.registeredWindow).toBeNull();
    expect(locate).not.toHaveBeenCalled();
    expect(add.mock.calls.some(([type]) => type === 'scroll')).toBe(false);
    hl.destroy();
  });

  it('destroy and a rescan below the window size remove the scroll listener', async () => {
    const add = vi.spyOn(window, 'addEventListener');
    const remove = vi.spyOn(window, 'removeEventListener');
    const { hits } = manyHits(1000);
    let at = 500;
    const locate = vi.fn(() => at);
    const hl = new Highlighter(document, { windowSize: 100, locate });
    hl.apply(hits);
    const listener = add.mock.calls.find(([type]) => type === 'scroll')?.[1];
    expect(listener).toBeTypeOf('function');

    // A rescan that finds few hits: everything registered, the listener gone.
    hl.apply(hits.slice(0, 50));
    expect(remove.mock.calls.some(([type, fn]) => type === 'scroll' && fn === listener)).toBe(true);
    expect(registry.get(HIGHLIGHT_CLAIM)!.size + registry.get(HIGHLIGHT_FLAGGED)!.size).toBe(50);
    locate.mockClear();
    at = 900;
    window.dispatchEvent(new Event('scroll'));
    await nextFrame();
    expect(locate).not.toHaveBeenCalled();

    // Windowed again, then destroyed: no listener, nothing registered, scrolling does nothing.
    hl.apply(hits);
    hl.destroy();
    expect(registry.has(HIGHLIGHT_CLAIM)).toBe(false);
    const listeners = add.mock.calls.filter(([type]) => type === 'scroll').map(([, fn]) => fn);
    for (const fn of listeners) {
      expect(remove.mock.calls.some(([type, f]) => type === 'scroll' && f === fn)).toBe(true);
    }
    locate.mockClear();
    window.dispatchEvent(new Event('scroll'));
    await nextFrame();
    expect(locate).not.toHaveBeenCalled();
    expect(registry.has(HIGHLIGHT_CLAIM)).toBe(false);
  });
});

describe('finding the viewport among the hits', () => {
  it('binary-searches the first piece at or below the viewport top', () => {
    const tops = Array.from({ length: 10_000 }, (_, i) => i * 20 - 50_000);
    const reads = vi.fn((i: number) => tops[i]!);
    expect(firstBelowTop(tops.length, reads)).toBe(2500);
    // O(log n) layout reads, not one per hit.
    expect(reads.mock.calls.length).toBeLessThan(40);
    expect(firstBelowTop(tops.length, (i) => tops[i]! - 1e9)).toBe(tops.length);
    expect(firstBelowTop(tops.length, (i) => tops[i]! + 1e9)).toBe(0);
    expect(firstBelowTop(0, () => 0)).toBe(0);
  });

  it('steps over pieces with no box (display:none) instead of taking them for the viewport top', () => {
    // Pieces 100..199 are hidden (no rect); the viewport top is at piece 300.
    const top = (i: number) => (i >= 100 && i < 200 ? null : (i - 300) * 10);
    expect(firstBelowTop(1000, top)).toBe(300);
  });

  it('reads the pieces positions from their range rects', () => {
    const { hits } = manyHits(1000);
    const pieces = hits.map((h) => h.pieces[0]!);
    // Lay the pieces out one per 10 px line, scrolled down to piece 640.
    vi.spyOn(Range.prototype, 'getBoundingClientRect').mockImplementation(function (this: Range) {
      const top = (this.startOffset / 3) * 10 - 6400;
      return { top, bottom: top + 10, left: 0, right: 20, width: 20, height: 10, x: 0, y: top } as DOMRect;
    });
    expect(viewportIndex(document, pieces)).toBe(640);
  });
});

describe('a session on a page with more hits than the window', () => {
  let session: Session | null = null;
  afterEach(() => {
    session?.destroy();
    session = null;
  });

  it('paints a window of hits and still reports every claim', () => {
    const count = HIGHLIGHT_WINDOW + 500;
    document.body.innerHTML = `<div data-supplier="made-in-china:acme"><p>${'ISO 9001 '.repeat(count)}</p></div>`;
    let hitCount = 0;
    session = startSession({
      doc: document,
      scan: (doc, url) => {
        const result = fakeScan(doc, url);
        hitCount = result.hits.length;
        return result;
      },
      send: () => undefined,
      cards: { get: async () => ({}) },
      urlPollMs: 1000,
    });
    expect(hitCount).toBe(count);
    expect(registry.get(HIGHLIGHT_CLAIM)?.size).toBe(HIGHLIGHT_WINDOW);
    expect(session.last?.hits).toHaveLength(count);
    expect(document.documentElement.dataset.certlensClaims).toBe('1');
    session.destroy();
    expect(registry.has(HIGHLIGHT_CLAIM)).toBe(false);
  });
});
