import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Highlighter } from '../../../lib/highlight/highlighter';
import { HoverCard, pickFlagNote } from '../../../lib/highlight/hover-card';
import { fakeScan, installHighlightRegistry } from './fake-scan';

const cards = {
  'iso-9001': {
    name: 'ISO 9001',
    summary: 'A quality process was audited; says nothing about your product.',
    flagNotes: ['ISO 9001:2008 ended on 2018-09-14; it was replaced by ISO 9001:2015.', 'Bare "ISO certified": names no standard.'],
  },
};

let card: HoverCard;
let highlighter: Highlighter;
let get: ReturnType<typeof vi.fn<() => Promise<typeof cards>>>;

function caretAt(node: Node, offset: number) {
  (document as unknown as { caretPositionFromPoint: unknown }).caretPositionFromPoint = () => ({ offsetNode: node, offset });
}

beforeEach(() => {
  installHighlightRegistry(window);
  document.body.innerHTML = '<p>Certified: ISO 9001:2008 since 2010</p><p>plain words</p>';
  highlighter = new Highlighter(document);
  highlighter.apply(fakeScan(document, location.href).hits);
  get = vi.fn(async () => cards);
  card = new HoverCard(document, highlighter, { get });
  vi.spyOn(Range.prototype, 'getClientRects').mockReturnValue([{ left: 0, right: 200, top: 0, bottom: 20 }] as unknown as DOMRectList);
});
afterEach(() => {
  card.destroy();
  highlighter.destroy();
  vi.restoreAllMocks();
});

const shadowText = () => document.querySelector('certlens-card')?.shadowRoot?.textContent ?? '';

describe('hover card', () => {
  it('shows name, summary and the matching red flag for the claim under the pointer', async () => {
    const text = document.querySelector('p')!.firstChild!;
    caretAt(text, 15);
    card.prefetch(['iso-9001']);
    await vi.waitFor(() => expect(get).toHaveBeenCalled());
    await Promise.resolve();
    expect(card.check(10, 10)?.id).toBe('iso-9001');
    expect(card.visible).toBe(true);
    await vi.waitFor(() => expect(shadowText()).toContain('says nothing about your product'));
    expect(shadowText()).toContain('ISO 9001');
    expect(shadowText()).toContain('Red flag: Obsolete version');
    expect(shadowText()).toContain('ISO 9001:2008 ended on 2018-09-14');
  });

  it('keeps the card out of the page text flow: a shadow root with its own style', async () => {
    caretAt(document.querySelector('p')!.firstChild!, 15);
    card.check(10, 10);
    const host = document.querySelector('certlens-card')!;
    expect(host.shadowRoot?.querySelector('style')?.textContent).toContain(':host');
    expect(host.parentElement).toBe(document.documentElement);
  });

  it('hides when the pointer is over text that is not a claim', () => {
    caretAt(document.querySelector('p')!.firstChild!, 15);
    card.check(10, 10);
    caretAt(document.querySelectorAll('p')[1]!.firstChild!, 3);
    expect(card.check(10, 40)).toBeNull();
    expect(card.visible).toBe(false);
  });

  it('ignores a caret inside the claim text when the pointer is outside its box', () => {
    caretAt(document.querySelector('p')!.firstChild!, 15);
    expect(card.check(500, 500)).toBeNull();
  });

  it('asks the background only once per claim id', async () => {
    card.prefetch(['iso-9001']);
    card.prefetch(['iso-9001']);
    await vi.waitFor(() => expect(get).toHaveBeenCalledTimes(1));
    caretAt(document.querySelector('p')!.firstChild!, 15);
    card.check(10, 10);
    await new Promise((r) => setTimeout(r, 10));
    expect(get).toHaveBeenCalledTimes(1);
  });
});

describe('pickFlagNote', () => {
  it('prefers the note about what the page wrote', () => {
    const notes = ['"BSCI certified": BSCI is an audit, not a certificate.', '"SEDEX certified": Sedex is a platform.'];
    expect(pickFlagNote(notes, 'SEDEX certified', ['misnomer'])).toContain('Sedex is a platform');
    expect(pickFlagNote(notes, 'BSCI certified', ['misnomer'])).toContain('BSCI is an audit');
  });
  it('gives nothing for an unflagged claim', () => {
    expect(pickFlagNote(['x: why'], 'ISO 9001', [])).toBeUndefined();
  });
});
