import type { Hit } from '../../../lib/scan/hits';
import type { PageScan } from '../../../lib/scan/page-scan';
import type { ScanResult } from '../../../lib/highlight/session';

/**
 * A stand-in for lib/scan/scan-document.ts: finds "ISO 9001" (flagged when ":2008" follows) in
 * text nodes and treats elements with data-badge as platform badges and [data-supplier] as cards.
 * Keeps these tests about the highlighter's behaviour, not the detector's.
 */
export function fakeScan(doc: Document, url: string): ScanResult {
  const hits: Hit[] = [];
  const walker = doc.createTreeWalker(doc.body, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = n as Text;
    if (text.parentElement?.closest('[certlens-skip], script, style')) continue;
    for (const m of text.data.matchAll(/ISO 9001(:2008)?/g)) {
      const supplierEl = text.parentElement?.closest('[data-supplier]');
      hits.push({
        supplierKey: supplierEl?.getAttribute('data-supplier') ?? null,
        id: 'iso-9001',
        evidence: 'supplier',
        flags: m[1] ? ['obsolete'] : [],
        pieces: [{ node: text, start: m.index!, end: m.index! + m[0].length }],
      });
    }
  }
  for (const badge of Array.from(doc.querySelectorAll('[data-badge]'))) {
    hits.push({ supplierKey: badge.closest('[data-supplier]')?.getAttribute('data-supplier') ?? null, id: 'alibaba-verified', evidence: 'platform', flags: [], pieces: [], element: badge });
  }
  const anchors = new Map<string, Element>();
  const suppliers: PageScan['suppliers'] = [];
  for (const card of Array.from(doc.querySelectorAll('[data-supplier]'))) {
    const key = card.getAttribute('data-supplier')!;
    anchors.set(key, card);
    const mine = hits.filter((h) => h.supplierKey === key);
    const ids = [...new Set(mine.map((h) => h.id))];
    suppliers.push({
      key,
      name: key,
      flags: [],
      claims: ids.map((id) => ({ id, text: id, evidence: 'supplier' as const, flags: mine.find((h) => h.id === id && h.flags.length)?.flags ?? [] })),
    });
  }
  const loose = [...new Set(hits.filter((h) => !h.supplierKey).map((h) => h.id))];
  return {
    scan: {
      url,
      marketplace: 'made-in-china',
      pageKind: doc.body.hasAttribute('data-list') ? 'search' : 'supplier',
      suppliers,
      claims: loose.map((id) => ({ id, text: id, evidence: 'supplier' as const, flags: [] })),
    },
    hits,
    anchors,
  };
}

/** happy-dom has no CSS Custom Highlight API: a minimal registry with the same shape. */
export function installHighlightRegistry(win: Window): Map<string, Set<Range> & { priority?: number }> {
  const registry = new Map<string, Set<Range> & { priority?: number }>();
  class FakeHighlight extends Set<Range> {
    priority = 0;
    constructor(...ranges: Range[]) {
      super(ranges);
    }
  }
  // happy-dom's window.CSS is a getter returning a fresh object each time: replace it.
  Object.defineProperty(win, 'CSS', { value: { highlights: registry }, configurable: true, writable: true });
  (win as unknown as { Highlight: unknown }).Highlight = FakeHighlight;
  return registry;
}

/** `count` hits of "CE" in one text node, every other one flagged (piece i starts at i * 3). */
export function manyHits(count: number): { text: Text; hits: Hit[] } {
  const text = document.createTextNode('CE '.repeat(count));
  document.body.append(text);
  const hits: Hit[] = Array.from({ length: count }, (_, i) => ({
    supplierKey: null,
    id: 'ce',
    evidence: 'supplier',
    flags: i % 2 ? ['misnomer'] : [],
    pieces: [{ node: text, start: i * 3, end: i * 3 + 2 }],
  }));
  return { text, hits };
}
