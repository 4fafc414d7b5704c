/**
 * Runs a long piece of work (the page scan, as a generator from lib/scan/scan-document.ts) in
 * slices of a few milliseconds, giving the event loop back between them, so that a big list
 * page never sees a task of ours longer than the browser's 50 ms long-task line (clicks and
 * scrolling stay answered while we read the page).
 */

export const CANCELLED: unique symbol = Symbol('certlens-cancelled');

export interface SliceOptions {
  /** Work this long, then yield. Steps are short (one text block), so slices end close to it. */
  budgetMs: number;
  now(): number;
  /** Gives the event loop back; resolves when the work may go on. */
  yieldToLoop(): Promise<void>;
  /** Checked before each slice: a newer scan started, or the session ended. */
  isCancelled(): boolean;
  /** Each slice's start and end, for the performance timeline. */
  onSlice?(start: number, end: number): void;
}

/**
 * Resolves with the generator's result, or CANCELLED when it was abandoned. The first slice
 * starts in a task of its own (not in the one that asked for the scan: the content script's
 * start-up or a mutation callback has work of its own). Rejects with whatever the work throws.
 */
export async function runInSlices<T>(steps: Iterator<void, T, void>, o: SliceOptions): Promise<T | typeof CANCELLED> {
  for (;;) {
    await o.yieldToLoop();
    if (o.isCancelled()) {
      steps.return?.(undefined as never);
      return CANCELLED;
    }
    const start = o.now();
    for (;;) {
      const r = steps.next();
      if (r.done) {
        o.onSlice?.(start, o.now());
        return r.value;
      }
      if (o.now() - start >= o.budgetMs) break;
    }
    o.onSlice?.(start, o.now());
  }
}

/**
 * The gentlest way this browser offers to give the event loop back: scheduler.yield() (keeps
 * our place ahead of other background work), else a zero-delay timer.
 */
export function loopYielder(win: Window): () => Promise<void> {
  const sched = (win as unknown as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (sched && typeof sched.yield === 'function') return () => sched.yield!();
  return () => new Promise<void>((resolve) => win.setTimeout(resolve, 0));
}
