/**
 * Windowed highlighting for pages with a huge number of hits. Chromium turns every range of the
 * highlight registry into document markers again whenever the registry changes, in the rendering
 * part of the next frame: 76,000 ranges on the generated 5 MB page made one ~200 ms frame,
 * however the registering was sliced. Above HIGHLIGHT_WINDOW ranges only that many, around the
 * viewport, are registered; the window moves when the user scrolls far enough. Counting is not
 * affected (the badge, the page's count and the side panel still see every claim).
 */

/**
 * Ranges registered at most. A real marketplace page has fewer than 500, so it never gets here.
 * Measured on the 5 MB bench page (2 loaded cores): the frame that registers n ranges renders
 * for about 12 ms plus 7 µs per range, and the same again when anything restyles the root while
 * they are registered (the session sets its count attribute on <html> in that same frame). 2,000
 * keeps that frame's rendering near 40 ms even under load; a window of 2,000 still spans some
 * twenty screens of that page (about 80 hits per screen).
 */
export const HIGHLIGHT_WINDOW = 2000;

export interface TextPieceRef {
  node: Text;
  start: number;
  end: number;
}

/** The first index in [lo, hi) of a range whose rect can be read (not display:none), with its top. */
function visibleTop(
  topOf: (i: number) => number | null,
  from: number,
  hi: number,
): { index: number; top: number } | null {
  // A few probes only: a hidden block of hits just makes the search a little less precise.
  for (let i = from; i < hi && i < from + 16; i++) {
    const top = topOf(i);
    if (top !== null) return { index: i, top };
  }
  return null;
}

/**
 * The index of the first piece at or below the viewport's top, by binary search: hits are in
 * document order, which on a page of text is top-to-bottom order, so O(log n) layout reads.
 * `topOf` gives a piece's top relative to the viewport, or null when it has no box.
 */
export function firstBelowTop(count: number, topOf: (i: number) => number | null): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const probe = visibleTop(topOf, mid, hi);
    if (probe && probe.top < 0) lo = probe.index + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Where the viewport stands among the pieces, read from layout. Range rects rather than
 * caretPositionFromPoint at the viewport's top: marketplaces keep a fixed header there, and the
 * caret would land in it (near the document's start) wherever the user has scrolled.
 */
export function viewportIndex(doc: Document, pieces: readonly TextPieceRef[]): number {
  const range = doc.createRange();
  return firstBelowTop(pieces.length, (i) => {
    const p = pieces[i]!;
    if (!p.node.isConnected || p.end > p.node.data.length) return null;
    try {
      range.setStart(p.node, p.start);
      range.setEnd(p.node, p.end);
    } catch {
      return null;
    }
    const rect = range.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) return null;
    return rect.top;
  });
}

/** The window of `size` pieces out of `total` centred on `index`, kept inside [0, total). */
export function windowAround(index: number, total: number, size: number): { lo: number; hi: number } {
  if (total <= size) return { lo: 0, hi: total };
  const lo = Math.max(0, Math.min(total - size, index - (size >> 1)));
  return { lo, hi: lo + size };
}

/**
 * Whether the viewport (its first piece at `index`) has left the middle half of the window, so
 * the window should be centred again. An end of the window at an end of the document never asks
 * to move: there is nothing further to show.
 */
export function needsRecentre(index: number, win: { lo: number; hi: number }, total: number): boolean {
  const quarter = (win.hi - win.lo) >> 2;
  if (win.lo > 0 && index < win.lo + quarter) return true;
  if (win.hi < total && index > win.hi - quarter) return true;
  return false;
}
