import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startSession, type Session } from '../../../lib/highlight/session';
import { BADGE_ATTR, HIGHLIGHT_CLAIM, HIGHLIGHT_FLAGGED } from '../../../lib/highlight/styles';
import type { PageScan } from '../../../lib/scan/page-scan';
import { fakeScan, installHighlightRegistry } from './fake-scan';

let registry: ReturnType<typeof installHighlightRegistry>;
let session: Session | null = null;
let sent: PageScan[] = [];
let scanCalls = 0;

function start(html: string, opts: { list?: boolean; maxWaitMs?: number } = {}) {
  document.body.innerHTML = html;
  if (opts.list) document.body.setAttribute('data-list', '');
  session = startSession({
    doc: document,
    scan: (doc, url) => {
      scanCalls += 1;
      return fakeScan(doc, url);
    },
    send: (scan) => void sent.push(scan),
    cards: { get: async () => ({}) },
    debounceMs: 50,
    maxWaitMs: opts.maxWaitMs,
    urlPollMs: 20,
  });
  return session;
}

beforeEach(() => {
  registry = installHighlightRegistry(window);
  sent = [];
  scanCalls = 0;
  document.body.removeAttribute('data-list');
});
afterEach(() => {
  session?.destroy();
  session = null;
  document.body.innerHTML = '';
  vi.useRealTimers();
});

const PAGE = `<div data-supplier="made-in-china:acme"><p>We hold ISO 9001 and ISO 9001:2008.</p><img data-badge alt="Audited"></div>`;

describe('highlight session', () => {
  it('registers claim and flagged highlights, outlines badges, and sets the claim count', () => {
    start(PAGE);
    expect(registry.get(HIGHLIGHT_CLAIM)?.size).toBe(1);
    expect(registry.get(HIGHLIGHT_FLAGGED)?.size).toBe(1);
    expect(document.querySelector('img')!.getAttribute(BADGE_ATTR)).toBe('claim');
    expect(document.documentElement.dataset.certlensClaims).toBe('2');
    expect(sent).toHaveLength(1);
    expect(sent[0]!.suppliers[0]!.key).toBe('made-in-china:acme');
  });

  it('highlights exactly the claim text, without changing the page text', () => {
    start(PAGE);
    const [range] = [...registry.get(HIGHLIGHT_CLAIM)!];
    expect(range!.toString()).toBe('ISO 9001');
    expect(document.querySelector('p')!.childNodes).toHaveLength(1);
    expect(document.querySelector('p')!.textContent).toBe('We hold ISO 9001 and ISO 9001:2008.');
  });

  it('rescans once after a burst of page changes, without duplicating highlights', async () => {
    start(PAGE);
    const p = document.querySelector('p')!;
    for (let i = 0; i < 5; i++) p.append(document.createTextNode(` ISO 9001 #${i}`));
    await vi.waitFor(() => expect(scanCalls).toBe(2));
    expect(registry.get(HIGHLIGHT_CLAIM)?.size).toBe(6);
    await new Promise((r) => setTimeout(r, 120));
    expect(scanCalls).toBe(2);
  });

  it('does not rescan because of its own markers and card', async () => {
    start(`<div data-supplier="made-in-china:a"><p>ISO 9001</p></div><div data-supplier="made-in-china:b"><p>none</p></div>`, { list: true });
    expect(document.querySelectorAll('certlens-marker')).toHaveLength(2);
    await new Promise((r) => setTimeout(r, 150));
    expect(scanCalls).toBe(1);
  });

  it('ignores text changes with no word in them (countdown timers)', async () => {
    start(`${PAGE}<span id="timer">02:13:45</span>`);
    const timer = document.getElementById('timer')!;
    timer.firstChild!.nodeValue = '02:13:44';
    timer.replaceChildren(document.createTextNode('02:13:43'));
    await new Promise((r) => setTimeout(r, 150));
    expect(scanCalls).toBe(1);
    timer.firstChild!.nodeValue = 'Sold out';
    await vi.waitFor(() => expect(scanCalls).toBe(2));
  });

  it('still rescans a page that never stops changing, within maxWaitMs', async () => {
    start(PAGE, { maxWaitMs: 200 });
    const p = document.querySelector('p')!;
    const ticker = setInterval(() => p.append(' more text'), 20);
    try {
      await vi.waitFor(() => expect(scanCalls).toBeGreaterThanOrEqual(2), { timeout: 1000 });
    } finally {
      clearInterval(ticker);
    }
  });

  it('puts a marker with claim and red-flag counts on each supplier card of a list page', () => {
    start(`<div data-supplier="made-in-china:a"><p>ISO 9001:2008 and ISO 9001</p></div><div data-supplier="made-in-china:b"><p>none</p></div>`, { list: true });
    const markers = [...document.querySelectorAll('certlens-marker')];
    expect(markers.map((m) => [m.getAttribute('data-claims'), m.getAttribute('data-flags')])).toEqual([
      ['1', '1'],
      ['0', '0'],
    ]);
    expect(markers[0]!.shadowRoot!.textContent).toContain('1 claim · 1 red flag');
  });

  it('sends the scan only when it changed', async () => {
    start(PAGE);
    document.body.append(document.createElement('span'));
    await vi.waitFor(() => expect(scanCalls).toBe(2));
    expect(sent).toHaveLength(1);
    document.querySelector('p')!.append(' ISO 9001:2008');
    await vi.waitFor(() => expect(scanCalls).toBe(3));
    expect(sent).toHaveLength(1); // same claims, same scan
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'ISO 9001 outside' }));
    await vi.waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1]!.claims.map((c) => c.id)).toEqual(['iso-9001']);
  });

  it('waits while the tab is hidden and scans when it becomes visible', async () => {
    const hidden = vi.spyOn(document, 'hidden', 'get').mockReturnValue(true);
    start('<p>nothing yet</p>');
    expect(scanCalls).toBe(0);
    hidden.mockReturnValue(false);
    document.dispatchEvent(new Event('visibilitychange'));
    expect(scanCalls).toBe(1);
    hidden.mockRestore();
  });

  it('rescans on a history-API navigation', async () => {
    start(PAGE);
    history.pushState({}, '', '/other-page.html');
    await vi.waitFor(() => expect(scanCalls).toBe(2));
    expect(sent.at(-1)?.url).toContain('/other-page.html');
  });

  it('destroy() restores the page: no highlights, outlines, markers, card or count', () => {
    start(PAGE.replace('<p>', '<p>').replace('</div>', '</div>'), { list: true });
    expect(document.querySelector('certlens-marker')).not.toBeNull();
    session!.destroy();
    session = null;
    expect(registry.has(HIGHLIGHT_CLAIM)).toBe(false);
    expect(registry.has(HIGHLIGHT_FLAGGED)).toBe(false);
    expect(document.querySelector(`[${BADGE_ATTR}]`)).toBeNull();
    expect(document.querySelector('certlens-marker, certlens-card')).toBeNull();
    expect(document.documentElement.dataset.certlensClaims).toBeUndefined();
    expect(document.adoptedStyleSheets ?? []).toHaveLength(0);
  });

  it('stops rescanning after destroy()', async () => {
    start(PAGE);
    session!.destroy();
    session = null;
    document.body.append(document.createElement('p'));
    await new Promise((r) => setTimeout(r, 120));
    expect(scanCalls).toBe(1);
  });
});
