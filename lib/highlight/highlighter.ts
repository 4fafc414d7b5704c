import type { Hit } from '../scan/hits';
import { BADGE_ATTR, HIGHLIGHT_CLAIM, HIGHLIGHT_FLAGGED } from './styles';

/**
 * Marks hits in the page with the CSS Custom Highlight API: ranges registered in CSS.highlights,
 * no wrapping of page text (wrapping forced layout on big pages and can break a marketplace's
 * own re-rendering, see STYLE.md §10). Badge elements get an attribute instead.
 */

interface Span {
  start: number;
  end: number;
  range: Range;
  hit: Hit;
}

export interface HighlightCounts {
  claim: number;
  flagged: number;
  badges: number;
}

type HighlightRegistry = Map<string, unknown>;

type HighlightLike = { add(range: Range): unknown; priority?: number };

/**
 * A Highlight holding these ranges. Added one by one: spreading tens of thousands of ranges into
 * the constructor overflows the call stack (76,394 ranges on the generated 5 MB page in
 * `npm run bench` threw RangeError).
 */
function makeHighlight(Ctor: new (...r: Range[]) => unknown, ranges: readonly Range[]): HighlightLike {
  const hl = new Ctor() as HighlightLike;
  for (const range of ranges) hl.add(range);
  return hl;
}

function registry(doc: Document): { reg: HighlightRegistry; Ctor: new (...r: Range[]) => unknown } | null {
  const win = doc.defaultView as unknown as {
    Highlight?: new (...r: Range[]) => unknown;
    CSS?: { highlights?: HighlightRegistry };
  } | null;
  const css = win?.CSS;
  if (!css?.highlights || typeof win?.Highlight !== 'function') return null;
  return { reg: css.highlights, Ctor: win.Highlight };
}

export class Highlighter {
  private spans = new Map<Text, Span[]>();
  private badges = new Map<Element, Hit>();
  private registered = false;

  constructor(private readonly doc: Document) {}

  /** Replaces whatever was highlighted with these hits (rescans never duplicate). */
  apply(hits: readonly Hit[]): HighlightCounts {
    this.clear();
    const claimRanges: Range[] = [];
    const flaggedRanges: Range[] = [];
    for (const hit of hits) {
      const flagged = hit.flags.length > 0;
      if (hit.element && hit.element.isConnected) {
        hit.element.setAttribute(BADGE_ATTR, flagged ? 'flagged' : 'claim');
        this.badges.set(hit.element, hit);
      }
      for (const piece of hit.pieces) {
        const { node, start, end } = piece;
        if (!node.isConnected || end <= start || end > node.data.length) continue;
        const range = this.doc.createRange();
        range.setStart(node, start);
        range.setEnd(node, end);
        (flagged ? flaggedRanges : claimRanges).push(range);
        let list = this.spans.get(node);
        if (!list) this.spans.set(node, (list = []));
        list.push({ start, end, range, hit });
      }
    }
    const r = registry(this.doc);
    if (r) {
      r.reg.set(HIGHLIGHT_CLAIM, makeHighlight(r.Ctor, claimRanges));
      const flaggedHl = makeHighlight(r.Ctor, flaggedRanges);
      // Flagged wins where both overlap.
      flaggedHl.priority = 1;
      r.reg.set(HIGHLIGHT_FLAGGED, flaggedHl);
      this.registered = true;
    }
    return { claim: claimRanges.length, flagged: flaggedRanges.length, badges: this.badges.size };
  }

  /** The hit at a text position (from caretPositionFromPoint), if any. */
  hitAtTextPosition(node: Node, offset: number): { hit: Hit; range: Range } | null {
    const list = node.nodeType === 3 ? this.spans.get(node as Text) : undefined;
    if (!list) return null;
    for (const span of list) {
      if (offset >= span.start && offset <= span.end) return { hit: span.hit, range: span.range };
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
    let n = 0;
    for (const list of this.spans.values()) n += list.length;
    return n + this.badges.size;
  }

  /** Removes every highlight and badge outline. */
  clear(): void {
    for (const el of this.badges.keys()) el.removeAttribute(BADGE_ATTR);
    this.badges.clear();
    this.spans.clear();
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
