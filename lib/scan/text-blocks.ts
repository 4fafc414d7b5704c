import type { TextPiece } from './hits';

/**
 * Turns a region of the page into plain text for the detector, remembering which text node each
 * character came from, so a match ("ISO <b>9001</b>:2015") maps back to DOM pieces for the
 * highlighter even when it crosses element boundaries.
 *
 * One pass over the region's nodes, standard DOM only (childNodes / nodeType / tagName /
 * getAttribute): no innerText (it forces layout in browsers and does not exist in linkedom).
 * Block-level elements are separated by "\n" (a separator no node owns), so words of two cells
 * never run together and a match never spans two table cells by accident.
 */

/** Never page text a reader sees as such. */
const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'textarea', 'template', 'select', 'option', 'iframe', 'object',
  'embed', 'canvas', 'svg', 'math', 'head', 'title', 'input',
]);

/** Elements whose edges separate words. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot',
  'th', 'thead', 'tr', 'ul', 'caption', 'img',
]);

/** Flush a block once it is this long, at the next block edge (keeps detector input bounded). */
const MAX_BLOCK = 50_000;

/** Latin letter or digit (the only characters a virtual space is put between). */
const isWordUnit = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

export interface TextBlock {
  text: string;
  /** Start offset in `text` of each text node, in order. */
  starts: number[];
  nodes: Text[];
}

export interface CollectOptions {
  /** Elements (with their subtrees) to leave out: other regions' roots, excluded chrome. */
  skip?: ReadonlySet<Element>;
}

const SKIP = 1;
const BLOCK = 2;
const INLINE = 3;
/**
 * What a tag name is to the walker, by the name as the DOM gives it (upper case in HTML
 * documents): one Map lookup per element instead of toLowerCase() and two Set lookups. Bounded,
 * so a page made of endless distinct tag names cannot grow it.
 */
const TAG_KIND = new Map<string, number>();
function tagKind(tagName: string): number {
  let k = TAG_KIND.get(tagName);
  if (k === undefined) {
    const tag = tagName.toLowerCase();
    k = SKIP_TAGS.has(tag) || tag.startsWith('certlens-') ? SKIP : BLOCK_TAGS.has(tag) ? BLOCK : INLINE;
    if (TAG_KIND.size < 2000) TAG_KIND.set(tagName, k);
  }
  return k;
}

const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/** Hidden by its own attributes (`hidden`, an inline style): never read, like SKIP_TAGS. */
function hiddenByAttributes(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  return !!style && HIDDEN_STYLE.test(style);
}

/** True for elements the walker never enters (also used for the blocked-page text count). */
export function isSkippedElement(el: Element): boolean {
  return tagKind(el.tagName) === SKIP || hiddenByAttributes(el);
}

export function collectBlocks(root: Element, opts: CollectOptions = {}): TextBlock[] {
  return [...textBlocks(root, opts)];
}

/**
 * The same blocks, one at a time, so a caller working in slices (lib/scan/scan-document.ts)
 * never walks a whole 5 MB region in one go: the walk pauses after each block.
 *
 * Walks by firstChild / nextSibling / parentNode (no childNodes lists: making and indexing one per
 * element was most of the walk's time in Chromium), without recursion (pages nest deeply). The
 * DOM may change while the walk is paused: it stops when its place has left the region (the
 * page's change triggers a rescan anyway).
 */
export function* textBlocks(root: Element, opts: CollectOptions = {}): Generator<TextBlock, void, void> {
  const skip = opts.skip && opts.skip.size ? opts.skip : null;
  let parts: string[] = [];
  let starts: number[] = [];
  let nodes: Text[] = [];
  let length = 0;
  let lastWasBreak = true;
  // Last character of the text so far (-1 before any), for the virtual space below.
  let lastUnit = -1;
  // Set when an inline element's edge was crossed: "<span>Certification</span><span>CE</span>"
  // shows as two words on screen, so a virtual space goes between them when both sides are Latin
  // letters or digits (CJK text has no spaces, and "ISO<b>9001</b>" still matches with one).
  let softEdge = false;
  let ready: TextBlock | null = null;

  const flush = () => {
    if (nodes.length) ready = { text: parts.join(''), starts, nodes };
    parts = [];
    starts = [];
    nodes = [];
    length = 0;
    lastWasBreak = true;
    lastUnit = -1;
  };
  const brk = () => {
    if (lastWasBreak) return;
    if (length >= MAX_BLOCK) {
      flush();
      return;
    }
    parts.push('\n');
    length += 1;
    lastWasBreak = true;
    lastUnit = 10;
  };

  /** Kind of each open element (BLOCK or INLINE; 0 for a fragment), innermost last. */
  const open: number[] = [];
  let node: Node = root;
  walk: for (;;) {
    // Enter `node`.
    let kind = -1; // -1: nothing to descend into
    const type = node.nodeType;
    if (type === 3) {
      const data = (node as Text).data;
      if (data) {
        if (softEdge && !lastWasBreak && isWordUnit(data.charCodeAt(0)) && isWordUnit(lastUnit)) {
          parts.push(' ');
          length += 1;
        }
        softEdge = false;
        starts.push(length);
        nodes.push(node as Text);
        parts.push(data);
        length += data.length;
        lastUnit = data.charCodeAt(data.length - 1);
        if (lastWasBreak && /\S/.test(data)) lastWasBreak = false;
      }
    } else if (type === 1) {
      const el = node as Element;
      if (!(el !== root && skip?.has(el))) {
        const k = tagKind(el.tagName);
        if (k !== SKIP && !hiddenByAttributes(el)) {
          kind = k;
          if (k === BLOCK) brk();
          else softEdge = true;
        }
      }
    } else if (type === 11) kind = 0;

    if (kind !== -1) {
      const first = node.firstChild;
      if (first) {
        open.push(kind);
        if (ready) {
          yield ready;
          ready = null;
          if (!root.contains(first)) break walk;
        }
        node = first;
        continue;
      }
      // An element with no children is entered and left at once.
      if (kind === BLOCK) brk();
      else if (kind === INLINE) softEdge = true;
    }
    if (ready) {
      yield ready;
      ready = null;
      if (node !== root && !root.contains(node)) break walk;
    }
    // Leave `node`: on to its next sibling, or up, closing each element left.
    for (;;) {
      if (node === root) break walk;
      const next: Node | null = node.nextSibling;
      if (next) {
        node = next;
        continue walk;
      }
      const parent: Node | null = node.parentNode;
      if (!parent) break walk;
      node = parent;
      const k = open.pop();
      if (k === BLOCK) brk();
      else if (k === INLINE) softEdge = true;
      if (ready) {
        yield ready;
        ready = null;
        if (node !== root && !root.contains(node)) break walk;
      }
    }
  }
  flush();
  if (ready) yield ready;
}

/** The text-node pieces covering [start, end) of a block (binary search, then a short walk). */
export function piecesFor(block: TextBlock, start: number, end: number): TextPiece[] {
  const { starts, nodes } = block;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= start) lo = mid;
    else hi = mid - 1;
  }
  const pieces: TextPiece[] = [];
  for (let i = lo; i < nodes.length && starts[i] < end; i++) {
    const nodeStart = starts[i];
    const len = nodes[i].data.length;
    const s = Math.max(start, nodeStart) - nodeStart;
    const e = Math.min(end, nodeStart + len) - nodeStart;
    if (e > s) pieces.push({ node: nodes[i], start: s, end: e });
  }
  return pieces;
}
