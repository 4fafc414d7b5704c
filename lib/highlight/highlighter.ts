import type { Hit } from '../scan/hits';
import { BADGE_ATTR, HIGHLIGHT_CLAIM, HIGHLIGHT_FLAGGED } from './styles';
import { needsRecentre, viewportIndex, windowAround, type TextPieceRef } from './window';

/**
 * Marks hits in the page with the CSS Custom Highlight API: ranges registered in CSS.highlights,
 * no wrapping of page text (wrapping forced layout on big pages and can break a marketplace's
 * own re-rendering, see STYLE.md §10). Badge elements get an attribute instead.
 */

interface Span {
  node: Text;
  start: number;
  end: number;
  /** The range in the Highlight; a live Range for the hover card is made when asked for. */
  range: AbstractRange;
  hit: Hit;
  flagged: boolean;
}

export interface HighlighterOptions {
  /**
   * Above this many ranges, register only this many around the viewport and move them along as
   * the user scrolls (lib/highlight/window.ts). Unset: every range is registered.
   */
  windowSize?: number;
  /** Index of the first piece at the viewport's top (default: read from layout; tests stub it). */
  locate?(pieces: readonly TextPieceRef[]): number;
}

export interface HighlightCounts {
  claim: number;
  flagged: number;
  badges: number;
}

type HighlightRegistry = Map<string, unknown>;

type HighlightLike = { add(range: AbstractRange): unknown; priority?: number };

type HighlightCtor = new (...r: AbstractRange[]) => unknown;

type StaticRangeCtor = new (init: { startContainer: Node; startOffset: number; endContainer: Node; endOffset: number }) => AbstractRange;

function registry(doc: Document): { reg: HighlightRegistry; Ctor: HighlightCtor } | null {
  const win = doc.defaultView as unknown as {
    Highlight?: HighlightCtor;
    CSS?: { highlights?: HighlightRegistry };
  } | null;
  const css = win?.CSS;
  if (!css?.highlights || typeof win?.Highlight !== 'function') return null;
  return { reg: css.highlights, Ctor: win.Highlight };
}

/**
 * How ranges are made. A StaticRange where the browser has one: a live Range is registered with
 * its document and updated on every DOM change the page makes afterwards (tens of thousands of
 * them slowed down every later mutation of the page), and it costs three calls to make instead
 * of one. The Highlight API takes either.
 */
function rangeMaker(doc: Document): (node: Text, start: number, end: number) => AbstractRange {
  const Static = (doc.defaultView as unknown as { StaticRange?: StaticRangeCtor } | null)?.StaticRange;
  if (typeof Static === 'function') {
    return (node, start, end) => new Static({ startContainer: node, startOffset: start, endContainer: node, endOffset: end });
  }
  return (node, start, end) => {
    const range = doc.createRange();
    range.setStart(node, start);
    range.setEnd(node, end);
    return range;
  };
}

const isLiveRange = (r: AbstractRange): r is Range => typeof (r as Range).getClientRects === 'function';

/** Ranges made between two pauses of applySteps (a few milliseconds of work). */
export const HIGHLIGHT_CHUNK = 500;

export class Highlighter {
  private list: Span[] = [];
  /** Text node → its spans, built on the first hover lookup (most pages are never hovered). */
  private index: Map<Text, Span[]> | null = null;
  private badges = new Map<Element, Hit>();
  private registered = false;
  /** The registered slice of `list` when windowed, else null (everything registered). */
  private window: { lo: number; hi: number } | null = null;
  /** Removes the scroll listener that moves the window. */
  private unwatch: (() => void) | null = null;
  private readonly windowSize: number;
  private readonly locate: (pieces: readonly TextPieceRef[]) => number;

  constructor(
    private readonly doc: Document,
    options: HighlighterOptions = {},
  ) {
    this.windowSize = options.windowSize ?? Infinity;
    this.locate = options.locate ?? ((pieces) => viewportIndex(doc, pieces));
  }

  /** Replaces whatever was highlighted with these hits (rescans never duplicate). */
  apply(hits: readonly Hit[]): HighlightCounts {
    const steps = this.applySteps(hits);
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value;
    }
  }

  /**
   * The same as steps that pause every `chunk` ranges, for a caller that must not hold the
   * thread (lib/highlight/slices.ts): a 5 MB page has tens of thousands of hits. The ranges go
   * into new Highlight objects that are registered only at the end, in one go: what was
   * highlighted stays on screen until then (no flicker on rescans), and the browser lays out the
   * highlights once instead of after every slice. Abandoned half-way, it changes nothing.
   */
  *applySteps(hits: readonly Hit[], chunk = HIGHLIGHT_CHUNK): Generator<void, HighlightCounts, void> {
    const r = registry(this.doc);
    const claimHl = r ? (new r.Ctor() as HighlightLike) : null;
    const flaggedHl = r ? (new r.Ctor() as HighlightLike) : null;
    const makeRange = rangeMaker(this.doc);
    const list: Span[] = [];
    const badges = new Map<Element, Hit>();
    let claim = 0;
    let flagged = 0;
    let sinceYield = 0;
    for (const hit of hits) {
      const isFlagged = hit.flags.length > 0;
      if (hit.element) badges.set(hit.element, hit);
      for (const piece of hit.pieces) {
        const { node, start, end } = piece;
        if (end <= start || end > node.data.length || !node.isConnected) continue;
        const range = makeRange(node, start, end);
        // Past the window size these Highlight objects are dropped at the end (a window is
        // registered instead): no point filling them.
        const fill = list.length < this.windowSize;
        if (isFlagged) {
          if (fill) flaggedHl?.add(range);
          flagged++;
        } else {
          if (fill) claimHl?.add(range);
          claim++;
        }
        list.push({ node, start, end, range, hit, flagged: isFlagged });
        if (++sinceYield >= chunk) {
          sinceYield = 0;
          yield;
        }
      }
    }
    // Commit: the old highlights and outlines go, the new ones come, in one task.
    this.clear();
    for (const [el, hit] of badges) {
      if (!el.isConnected) continue;
      el.setAttribute(BADGE_ATTR, hit.flags.length > 0 ? 'flagged' : 'claim');
      this.badges.set(el, hit);
    }
    this.list = list;
    if (r && list.length > this.windowSize) {
      this.showWindowAt(this.locate(list));
      this.watchScroll();
    } else if (r && claimHl && flaggedHl) {
      r.reg.set(HIGHLIGHT_CLAIM, claimHl);
      // Flagged wins where both overlap.
      flaggedHl.priority = 1;
      r.reg.set(HIGHLIGHT_FLAGGED, flaggedHl);
      this.registered = true;
    }
    return { claim, flagged, badges: this.badges.size };
  }

  /** Registers the window of ranges centred on piece `index` in place of what was registered. */
  private showWindowAt(index: number): void {
    const r = registry(this.doc);
    if (!r) return;
    const win = windowAround(index, this.list.length, this.windowSize);
    const claimHl = new r.Ctor() as HighlightLike;
    const flaggedHl = new r.Ctor() as HighlightLike;
    for (let i = win.lo; i < win.hi; i++) {
      const span = this.list[i]!;
      (span.flagged ? flaggedHl : claimHl).add(span.range);
    }
    r.reg.set(HIGHLIGHT_CLAIM, claimHl);
    flaggedHl.priority = 1;
    r.reg.set(HIGHLIGHT_FLAGGED, flaggedHl);
    this.registered = true;
    this.window = win;
  }

  /**
   * Moves the window when the viewport has left its middle half: one look per frame at most
   * (a scroll fires many events per frame), passive so scrolling never waits for us. Captured
   * on the window so scrolling inside a page's own scroll box counts too.
   */
  private watchScroll(): void {
    if (this.unwatch) return;
    const view = this.doc.defaultView;
    if (!view) return;
    let pending = false;
    let frame: number | undefined;
    const check = () => {
      pending = false;
      frame = undefined;
      if (!this.window) return;
      const index = this.locate(this.list);
      if (needsRecentre(index, this.window, this.list.length)) this.showWindowAt(index);
    };
    const onScroll = () => {
      if (pending) return;
      pending = true;
      frame = view.requestAnimationFrame(check);
    };
    view.addEventListener('scroll', onScroll, { passive: true, capture: true });
    this.unwatch = () => {
      view.removeEventListener('scroll', onScroll, { capture: true });
      if (frame !== undefined) view.cancelAnimationFrame(frame);
      this.unwatch = null;
    };
  }

  /** The pieces registered now, as [first, end) indices in document order (null: all of them). */
  get registeredWindow(): { lo: number; hi: number } | null {
    return this.window ? { ...this.window } : null;
  }

  /** The hit at a text position (from caretPositionFromPoint), if any. */
  hitAtTextPosition(node: Node, offset: number): { hit: Hit; range: Range } | null {
    if (node.nodeType !== 3) return null;
    if (!this.index) {
      this.index = new Map();
      for (const span of this.list) {
        let spans = this.index.get(span.node);
        if (!spans) this.index.set(span.node, (spans = []));
        spans.push(span);
      }
    }
    const spans = this.index.get(node as Text);
    if (!spans) return null;
    for (const span of spans) {
      if (offset >= span.start && offset <= span.end) {
        if (isLiveRange(span.range)) return { hit: span.hit, range: span.range };
        try {
          const range = this.doc.createRange();
          range.setStart(span.node, span.start);
          range.setEnd(span.node, span.end);
          return { hit: span.hit, range };
        } catch {
          // The page shortened the text since: no card rather than a wrong one.
          return null;
        }
      }
    }
    return null;
  }

  /** The badge hit an element belongs to (the pointer may be over a child of the badge). */
  hitForElement(el: Element | null): { hit: Hit; element: Element } | null {
    for (let cur = el; cur; cur = cur.parentElement) {
      const hit = this.badges.get(cur);
      if (hit) return { hit, element: cur };
    }
    return null;
  }

  get size(): number {
    return this.list.length + this.badges.size;
  }

  /** Removes every highlight and badge outline. */
  clear(): void {
    for (const el of this.badges.keys()) el.removeAttribute(BADGE_ATTR);
    this.badges.clear();
    this.list = [];
    this.index = null;
    this.window = null;
    this.unwatch?.();
    const r = registry(this.doc);
    if (r && this.registered) {
      r.reg.delete(HIGHLIGHT_CLAIM);
      r.reg.delete(HIGHLIGHT_FLAGGED);
    }
  }

  destroy(): void {
    this.clear();
  }
}
