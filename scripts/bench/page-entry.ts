/**
 * Bundled for the page by scripts/bench (esbuild, IIFE) and run inside Chromium: the content
 * script's own scan and highlighter, timed against a bare TreeWalker walk and mark.js on the
 * same document. Every timing ends with a forced layout, so work the browser would do before
 * the next frame (mark.js's wrapping elements) is counted for everyone alike.
 */
import { scanDocument } from '../../lib/scan/scan-document';
import { Highlighter } from '../../lib/highlight/highlighter';
import { countClaims } from '../../lib/scan/page-scan';

interface MarkInstance {
  markRegExp(re: RegExp, opts: Record<string, unknown>): void;
  mark(words: string[], opts: Record<string, unknown>): void;
  unmark(opts: Record<string, unknown>): void;
}
type MarkCtor = new (ctx: Element) => MarkInstance;

const flushLayout = (): number => document.body.getBoundingClientRect().height + document.body.offsetHeight;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  flushLayout();
  return performance.now() - t0;
}

/** The floor: visits the same text nodes and reads their text, nothing else. */
function walk(): number {
  const tw = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let chars = 0;
  for (let n = tw.nextNode(); n; n = tw.nextNode()) chars += (n as Text).data.length;
  return chars;
}

function markWith(fn: (m: MarkInstance, done: () => void) => void): Promise<number> {
  const Mark = (window as unknown as { Mark: MarkCtor }).Mark;
  const m = new Mark(document.body);
  return new Promise<number>((resolve) => {
    const t0 = performance.now();
    fn(m, () => {
      flushLayout();
      const ms = performance.now() - t0;
      m.unmark({ done: () => (flushLayout(), resolve(ms)) });
    });
  });
}

export interface ScanBenchResult {
  textChars: number;
  claims: number;
  hits: number;
  walkMs: number;
  scanMs: number;
  scanOnlyMs: number;
  markRegExpMs: number;
  markRegExpMatches: number;
  markKeywordsMs: number | null;
  markKeywordsMatches: number;
  highlightError: string | null;
  runs: number;
}

async function run(url: string, pattern: string, keywords: string[], runs: number, keywordRuns: number, withMarkRegExp = true): Promise<ScanBenchResult> {
  const walks: number[] = [];
  const scans: number[] = [];
  const scanOnly: number[] = [];
  const marks: number[] = [];
  const markKw: number[] = [];
  let textChars = 0;
  let claims = 0;
  let hits = 0;
  let markRegExpMatches = 0;
  let markKeywordsMatches = 0;
  let highlightError: string | null = null;
  const hl = new Highlighter(document);
  // One warm-up round of each (JIT, style caches), then interleaved runs so load drifts hit all alike.
  for (let i = -1; i < runs; i++) {
    let chars = 0;
    const w = time(() => (chars = walk()));
    let s1 = 0;
    const s = time(() => {
      const t0 = performance.now();
      const r = scanDocument(document, url);
      s1 = performance.now() - t0;
      try {
        hl.apply(r.hits);
      } catch (err) {
        // Reported, not hidden: the row then times the scan and the failed highlight attempt.
        highlightError = String(err);
      }
      claims = countClaims(r.scan);
      hits = r.hits.length;
    });
    hl.clear();
    flushLayout();
    const re = new RegExp(pattern, 'gi');
    let found = 0;
    const m = withMarkRegExp ? await markWith((mk, done) => mk.markRegExp(re, { each: () => found++, done })) : NaN;
    markRegExpMatches = found;
    if (i >= 0) {
      walks.push(w);
      scans.push(s);
      scanOnly.push(s1);
      marks.push(m);
      textChars = chars;
    }
  }
  for (let i = 0; i < keywordRuns; i++) {
    let found = 0;
    markKw.push(
      await markWith((mk, done) =>
        mk.mark(keywords, { separateWordSearch: false, accuracy: 'exactly', caseSensitive: false, each: () => found++, done }),
      ),
    );
    markKeywordsMatches = found;
  }
  return {
    textChars,
    claims,
    hits,
    walkMs: median(walks),
    scanMs: median(scans),
    scanOnlyMs: median(scanOnly),
    markRegExpMs: median(marks),
    markRegExpMatches,
    markKeywordsMs: markKw.length ? median(markKw) : null,
    markKeywordsMatches,
    highlightError,
    runs,
  };
}

(globalThis as unknown as { certlensBench: unknown }).certlensBench = { run };
