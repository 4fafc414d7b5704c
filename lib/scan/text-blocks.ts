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

const WORD_CHAR = /[A-Za-z0-9]/;

/** Flush a block once it is this long, at the next block edge (keeps detector input bounded). */
const MAX_BLOCK = 50_000;

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

/** True for elements the walker never enters (also used for the blocked-page text count). */
export function isSkippedElement(el: Element): boolean {
  const tag = el.tagName.toLowerCase();
  if (SKIP_TAGS.has(tag)) return true;
  // Our own in-page UI (markers, cards, marks) is never scanned again.
  if (tag.startsWith('certlens-')) return true;
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  return false;
}

export function collectBlocks(root: Element, opts: CollectOptions = {}): TextBlock[] {
  const skip = opts.skip;
  const blocks: TextBlock[] = [];
  let parts: string[] = [];
  let starts: number[] = [];
  let nodes: Text[] = [];
  let length = 0;
  let lastWasBreak = true;
  // Set when an inline element's edge was crossed: "<span>Certification</span><span>CE</span>"
  // shows as two words on screen, so a virtual space goes between them when both sides are Latin
  // letters or digits (CJK text has no spaces, and "ISO<b>9001</b>" still matches with one).
  let softEdge = false;

  const flush = () => {
    if (nodes.length) blocks.push({ text: parts.join(''), starts, nodes });
    parts = [];
    starts = [];
    nodes = [];
    length = 0;
    lastWasBreak = true;
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
  };

  // Explicit stack (pages nest deeply); marker objects close a block or an inline element.
  const CLOSE = Symbol('close');
  const EDGE = Symbol('edge');
  type Item = Node | { [CLOSE]: true } | { [EDGE]: true };
  const stack: Item[] = [root];
  while (stack.length) {
    const item = stack.pop()!;
    if (CLOSE in item) {
      brk();
      continue;
    }
    if (EDGE in item) {
      softEdge = true;
      continue;
    }
    const node = item as Node;
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      if (!data) continue;
      if (softEdge && !lastWasBreak && WORD_CHAR.test(data[0])) {
        const prev = parts[parts.length - 1];
        if (prev && WORD_CHAR.test(prev[prev.length - 1])) {
          parts.push(' ');
          length += 1;
        }
      }
      softEdge = false;
      starts.push(length);
      nodes.push(node as Text);
      parts.push(data);
      length += data.length;
      if (/\S/.test(data)) lastWasBreak = false;
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11) continue;
    const el = node as Element;
    if (node.nodeType === 1) {
      if (el !== root && skip?.has(el)) continue;
      if (isSkippedElement(el)) continue;
    }
    const isBlock = node.nodeType === 1 && BLOCK_TAGS.has(el.tagName.toLowerCase());
    if (isBlock) {
      brk();
      stack.push({ [CLOSE]: true });
    } else if (node.nodeType === 1) {
      softEdge = true;
      stack.push({ [EDGE]: true });
    }
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  flush();
  return blocks;
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
