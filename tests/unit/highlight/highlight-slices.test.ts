import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Hit } from '../../../lib/scan/hits';
import { HIGHLIGHT_CHUNK, Highlighter } from '../../../lib/highlight/highlighter';
import { startSession, type ScanResult, type Session } from '../../../lib/highlight/session';
import { HIGHLIGHT_CLAIM, HIGHLIGHT_FLAGGED } from '../../../lib/highlight/styles';
import { fakeScan, installHighlightRegistry, manyHits } from './fake-scan';

let registry: ReturnType<typeof installHighlightRegistry>;
beforeEach(() => {
  registry = installHighlightRegistry(window);
});
afterEach(() => {
  document.body.innerHTML = '';
  delete (window as unknown as { StaticRange?: unknown }).StaticRange;
});

describe('Highlighter.applySteps (highlighting in slices)', () => {
  it('pauses every chunk of ranges, keeps the old highlights on screen until the last step, then shows every hit', () => {
    const hl = new Highlighter(document);
    const { hits: first } = manyHits(10);
    hl.apply(first);
    expect(registry.get(HIGHLIGHT_CLAIM)?.size).toBe(5);

    const { hits } = manyHits(20_000);
    const steps = hl.applySteps(hits, 1000);
    let pauses = 0;
    for (let r = steps.next(); !r.done; r = steps.next()) {
      pauses += 1;
      // Mid-way the page still shows the previous scan's highlights, untouched.
      expect(registry.get(HIGHLIGHT_CLAIM)?.size).toBe(5);
      expect(registry.get(HIGHLIGHT_FLAGGED)?.size).toBe(5);
    }
    expect(pauses).toBe(20);
    expect(registry.get(HIGHLIGHT_CLAIM)?.size).toBe(10_000);
    expect(registry.get(HIGHLIGHT_FLAGGED)?.size).toBe(10_000);
    expect(registry.get(HIGHLIGHT_FLAGGED)?.priority).toBe(1);
    expect(hl.size).toBe(20_000);
  });

  it('a run abandoned half-way changes nothing on the page', () => {
    const hl = new Highlighter(document);
    const { hits: first } = manyHits(4);
    hl.apply(first);
    const steps = hl.applySteps(manyHits(5000).hits, 1000);
    steps.next();
    steps.next();
    steps.return(undefined as never);
    expect(registry.get(HIGHLIGHT_CLAIM)?.size).toBe(2);
    expect(hl.size).toBe(4);
  });

  it('uses static ranges where the browser has them, and still gives the hover card a live range on the claim text', () => {
    // happy-dom has no StaticRange: a minimal one with the standard shape.
    class FakeStaticRange {
      startContainer: Node;
      startOffset: number;
      endContainer: Node;
      endOffset: number;
      collapsed = false;
      constructor(init: { startContainer: Node; startOffset: number; endContainer: Node; endOffset: number }) {
        this.startContainer = init.startContainer;
        this.startOffset = init.startOffset;
        this.endContainer = init.endContainer;
        this.endOffset = init.endOffset;
      }
    }
    (window as unknown as { StaticRange: unknown }).StaticRange = FakeStaticRange;
    const p = document.createElement('p');
    p.textContent = 'We hold ISO 9001 and CE.';
    document.body.append(p);
    const node = p.firstChild as Text;
    const hit: Hit = { supplierKey: null, id: 'iso-9001', evidence: 'supplier', flags: [], pieces: [{ node, start: 8, end: 16 }] };
    const hl = new Highlighter(document);
    hl.apply([hit]);
    const [range] = [...registry.get(HIGHLIGHT_CLAIM)!];
    expect(range).toBeInstanceOf(FakeStaticRange);
    expect(node.data.slice(range!.startOffset, range!.endOffset)).toBe('ISO 9001');
    const found = hl.hitAtTextPosition(node, 10);
    expect(found?.hit).toBe(hit);
    expect(found?.range.toString()).toBe('ISO 9001');
    expect(hl.hitAtTextPosition(node, 20)).toBeNull();
  });
});

describe('sliced session on a page with a huge number of hits', () => {
  let session: Session | null = null;
  afterEach(() => {
    session?.destroy();
    session = null;
  });

  it('highlights in several slices after the scan, sets the count only when every hit is highlighted', async () => {
    const count = HIGHLIGHT_CHUNK * 3 + 7;
    document.body.innerHTML = `<div data-supplier="made-in-china:acme"><p>${'ISO 9001 '.repeat(count)}</p></div>`;
    let yields = 0;
    let resume: (() => void) | null = null;
    function* steps(doc: Document, url: string): Generator<void, ScanResult, void> {
      yield;
      return fakeScan(doc, url);
    }
    session = startSession({
      doc: document,
      scan: () => {
        throw new Error('the sliced session must not call the one-go scan');
      },
      scanSteps: steps,
      sliceBudgetMs: 0,
      yieldToLoop: () => new Promise<void>((r) => {
        yields += 1;
        resume = r;
      }),
      send: () => undefined,
      cards: { get: async () => ({}) },
      debounceMs: 30,
      urlPollMs: 1000,
    });
    let highlightYields = 0;
    for (let n = 0; n < 50 && resume; n++) {
      const r: () => void = resume;
      resume = null;
      if (registry.get(HIGHLIGHT_CLAIM) === undefined && yields > 2) {
        highlightYields += 1;
        expect(document.documentElement.dataset.certlensClaims).toBeUndefined();
      }
      r();
      await new Promise((res) => setTimeout(res, 0));
    }
    expect(highlightYields).toBeGreaterThanOrEqual(3);
    expect(registry.get(HIGHLIGHT_CLAIM)?.size).toBe(count);
    expect(document.documentElement.dataset.certlensClaims).toBe('1');
  });
});
