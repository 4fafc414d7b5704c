import type { ClaimId } from '../claims/ids';
import type { Hit } from '../scan/hits';
import type { PageScan } from '../scan/page-scan';
import { claimCount } from '../messages/envelope';
import { isInsideOwn, isOwnElement } from './dom';
import { Highlighter } from './highlighter';
import { HoverCard, type CardSource } from './hover-card';
import { Markers } from './markers';
import { CANCELLED, loopYielder, runInSlices } from './slices';
import { injectPageStyles } from './styles';
import { HIGHLIGHT_WINDOW } from './window';

/**
 * One CertLens session per document (the content script's whole life on a page): scan,
 * highlight, markers, hover card, and rescans on DOM changes and in-page navigation.
 * Everything hangs off one AbortController; destroy() restores the page (STYLE.md §8).
 */

export interface ScanResult {
  scan: PageScan;
  hits: Hit[];
  anchors: Map<string, Element>;
}

export interface SessionOptions {
  doc: Document;
  /** The adapters + detector (lib/scan/scan-document.ts), passed in so tests can fake it. */
  scan(doc: Document, url: string): ScanResult;
  /**
   * The same scan as steps (lib/scan/scan-document.ts scanDocumentSteps). When given, the
   * session runs it in slices of sliceBudgetMs that yield to the event loop, so no scan is one
   * long task; `scan` is then not used.
   */
  scanSteps?(doc: Document, url: string): Iterator<void, ScanResult, void>;
  /**
   * Work per slice of a sliced scan (ms). 10 ms leaves room under the 50 ms long-task line for a
   * step that runs long and for the process being preempted on a busy machine.
   */
  sliceBudgetMs?: number;
  /** How a sliced scan gives the event loop back (tests pass their own). */
  yieldToLoop?(): Promise<void>;
  /** Sends the scan to the background (only when it changed since the last one sent). */
  send(scan: PageScan): unknown;
  cards: CardSource;
  /** Quiet time after the last DOM change before rescanning. */
  debounceMs?: number;
  /** A page that never stops changing (tickers, carousels) is still rescanned this often. */
  maxWaitMs?: number;
  /** How often to look for history-API navigations that fire no event. */
  urlPollMs?: number;
  onError?(error: unknown): void;
}

export interface Session {
  /** Scan now (clears and re-registers highlights). */
  rescan(): void;
  destroy(): void;
  readonly last: ScanResult | null;
  readonly signal: AbortSignal;
}

/** Two letters in a row (any script): text without one cannot name a certification. */
const WORD = /\p{L}\p{L}/u;
const hasWord = (text: string | null) => !!text && WORD.test(text);

/** Page kinds whose supplier cards get a marker. */
const LIST_KINDS = new Set<PageScan['pageKind']>(['search']);

export function startSession(opts: SessionOptions): Session {
  const { doc } = opts;
  const win = doc.defaultView!;
  const ac = new AbortController();
  const { signal } = ac;
  const debounceMs = opts.debounceMs ?? 500;
  const maxWaitMs = opts.maxWaitMs ?? 3000;
  const onError = opts.onError ?? ((e: unknown) => console.warn('[certlens]', e));

  try {
    // Where the session began in the page's timeline (start-up cost vs. scan cost, in DevTools and e2e).
    win.performance?.mark?.('certlens-session-start');
  } catch {
    // Timing is only a debugging aid.
  }
  const removeStyles = injectPageStyles(doc);
  // Painting is windowed on pages with a huge number of hits (lib/highlight/window.ts).
  const highlighter = new Highlighter(doc, { windowSize: HIGHLIGHT_WINDOW });
  const markers = new Markers(doc);
  const card = new HoverCard(doc, highlighter, opts.cards, signal);

  let last: ScanResult | null = null;
  let lastSent = '';
  let pendingWhileHidden = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** When the first change of the current burst was seen (for maxWaitMs). */
  let burstStart = 0;
  let href = currentHref();

  const perf = win.performance;
  const now = () => perf?.now() ?? Date.now();
  function measure(name: string, start: number, end: number): void {
    try {
      perf?.measure?.(name, { start, end });
    } catch {
      // Old engines without the options form: timing is only a debugging aid.
    }
  }

  function currentHref(): string {
    // A hash change is not a new page.
    return win.location.href.replace(/#.*$/, '');
  }

  /** Bumped by every scan started: a sliced scan still running when a newer one starts is dropped. */
  let generation = 0;
  const yieldToLoop = opts.yieldToLoop ?? loopYielder(win);

  function run(): void {
    if (signal.aborted) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    burstStart = 0;
    if (doc.hidden) {
      // Hidden tabs do no work; visibilitychange picks it up.
      pendingWhileHidden = true;
      return;
    }
    pendingWhileHidden = false;
    const gen = ++generation;
    const t0 = now();
    if (opts.scanSteps) {
      let steps: Iterator<void, ScanResult, void>;
      try {
        steps = opts.scanSteps(doc, win.location.href);
      } catch (error) {
        onError(error);
        return;
      }
      const sliceOptions = (name: string) => ({
        budgetMs: opts.sliceBudgetMs ?? 10,
        now,
        yieldToLoop,
        isCancelled: () => signal.aborted || gen !== generation,
        onSlice: (a: number, b: number) => measure(name, a, b),
      });
      const current = () => !signal.aborted && gen === generation;
      runInSlices(steps, sliceOptions('certlens-scan-slice'))
        .then(async (result) => {
          if (result === CANCELLED || !current()) return;
          const t1 = now();
          // Highlighting tens of thousands of hits is sliced too; the new highlights replace the
          // old ones in the last slice.
          const counts = await runInSlices(highlighter.applySteps(result.hits), sliceOptions('certlens-highlight-slice'));
          if (counts === CANCELLED || !current()) return;
          finish(result, t0, t1);
        })
        .catch(onError);
      return;
    }
    let result: ScanResult;
    try {
      result = opts.scan(doc, win.location.href);
    } catch (error) {
      onError(error);
      return;
    }
    finish(result, t0);
  }

  /**
   * Shows a finished scan: highlights (unless a sliced run already did, since t1), markers,
   * count, hover-card texts, and tells the background.
   */
  function finish(result: ScanResult, t0: number, highlightedSince?: number): void {
    const t1 = highlightedSince ?? now();
    // Page changes not yet delivered to the observer (a sliced scan gives the page time to
    // change): taken apart from our own changes below, and looked at once we are done.
    const pending = observer.takeRecords();
    last = result;
    card.reset();
    if (highlightedSince === undefined) highlighter.apply(result.hits);
    if (LIST_KINDS.has(result.scan.pageKind)) markers.apply(result.scan, result.anchors);
    else markers.clear();
    // Shows in the page's performance timeline (DevTools, e2e): where the time of a scan goes.
    measure('certlens-scan', t0, t1);
    measure('certlens-highlight', t1, now());
    doc.documentElement.dataset.certlensClaims = String(claimCount(result.scan));
    // Our own changes above must not trigger another scan; the page's own ones still do.
    observer.takeRecords();
    if (pending.length && relevant(pending)) schedule();
    card.prefetch(new Set<ClaimId>(result.hits.map((h) => h.id)));
    void card.loadVerification(result.scan).then((v) => markers.showVerification(v));
    const serial = JSON.stringify(result.scan);
    if (serial !== lastSent) {
      lastSent = serial;
      try {
        const sent = opts.send(result.scan);
        if (sent instanceof Promise) sent.catch(onError);
      } catch (error) {
        onError(error);
      }
    }
  }

  function schedule(): void {
    if (signal.aborted) return;
    const now = Date.now();
    if (!burstStart) burstStart = now;
    if (timer !== undefined) clearTimeout(timer);
    // Debounced, but never put off for longer than maxWaitMs in total.
    timer = setTimeout(run, Math.max(0, Math.min(debounceMs, burstStart + maxWaitMs - now)));
  }

  /**
   * Whether a batch of DOM changes can have changed the claims. Our own elements never count;
   * neither does text with no word in it (countdown timers, prices ticking: "02:13:45"), which
   * would otherwise rescan a deal page every second. A huge batch counts without a look.
   */
  function relevant(records: MutationRecord[]): boolean {
    if (records.length > 1000) return true;
    for (const r of records) {
      if (isInsideOwn(r.target)) continue;
      if (r.type === 'characterData') {
        if (hasWord(r.target.nodeValue)) return true;
        continue;
      }
      for (const list of [r.addedNodes, r.removedNodes]) {
        for (let i = 0; i < list.length; i++) {
          const n = list[i]!;
          if (n.nodeType === 3 ? hasWord(n.nodeValue) : n.nodeType === 1 && !isOwnElement(n)) return true;
        }
      }
    }
    return false;
  }

  // One observer per document; attributes are not watched (we set some on badges).
  const observer = new win.MutationObserver((records) => {
    if (relevant(records)) schedule();
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });

  doc.addEventListener(
    'visibilitychange',
    () => {
      if (!doc.hidden && pendingWhileHidden) run();
    },
    { signal },
  );

  function checkUrl(): void {
    const now = currentHref();
    if (now === href) return;
    href = now;
    // In-page navigation: forget the old page at once, then scan the new one.
    run();
  }
  win.addEventListener('popstate', checkUrl, { signal });
  // pushState/replaceState fire no event in the content script's world; poll the URL.
  const poll = setInterval(checkUrl, opts.urlPollMs ?? 500);

  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearInterval(poll);
    if (timer !== undefined) clearTimeout(timer);
  });

  run();

  return {
    rescan: run,
    get last() {
      return last;
    },
    signal,
    destroy() {
      if (signal.aborted) return;
      ac.abort();
      card.destroy();
      highlighter.destroy();
      markers.destroy();
      removeStyles();
      delete doc.documentElement.dataset.certlensClaims;
      observer.takeRecords();
    },
  };
}
