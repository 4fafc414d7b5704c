import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ClaimId } from '../../../lib/claims/ids';
import { VERIFICATION_STATUSES } from '../../../lib/db/verification-records';
import { Highlighter } from '../../../lib/highlight/highlighter';
import { CARD_STATUS_LABELS, HoverCard, claimStatuses, statusText, supplierClaims, type CardSource } from '../../../lib/highlight/hover-card';
import { Markers, markerText } from '../../../lib/highlight/markers';
import { startSession } from '../../../lib/highlight/session';
import { CARD_STATUSES, CardVerificationSchema, type CardVerification } from '../../../lib/messages/to-content';
import { cardVerification } from '../../../lib/verify/card-progress';
import { STATUS_LABELS } from '../../../lib/verify/status';
import { fakeScan, installHighlightRegistry } from './fake-scan';

const TODAY = '2026-11-27';

/** Built the way the background builds it, from full records with private fields. */
function verificationOf(supplierKey: string, claims: { id: string; version?: string }[], records: { claimId: string; version: string; status: (typeof VERIFICATION_STATUSES)[number] }[]) {
  const full = records.map((r) => ({
    ...r,
    claimId: r.claimId as ClaimId,
    supplierKey,
    note: 'PRIVATE-NOTE called Lisa',
    holderName: 'PRIVATE-HOLDER Ltd',
    certificateNumber: 'PRIVATE-NUMBER-123',
    registryUsed: 'PRIVATE-REGISTRY',
    checkedOn: '2026-03-12',
  }));
  return cardVerification(supplierKey, claims, full, TODAY);
}

describe('the content script\'s copies of the verification vocabulary', () => {
  it('match lib/db and lib/verify (the content script cannot import them)', () => {
    expect([...CARD_STATUSES]).toEqual([...VERIFICATION_STATUSES]);
    expect(CARD_STATUS_LABELS).toEqual(STATUS_LABELS);
    expect(Object.values(CARD_STATUS_LABELS).join(' ').toLowerCase()).not.toContain('fake');
  });

  it('the page-side schema accepts what the background builds', () => {
    const v = verificationOf('alibaba:acme', [{ id: 'iso-9001' }, { id: 'ce' }], [{ claimId: 'iso-9001', version: '', status: 'confirmed' }]);
    expect(CardVerificationSchema.safeParse(v).success).toBe(true);
    expect(CardVerificationSchema.safeParse({ ...v, statuses: { 'iso-9001|': 'fake' } }).success).toBe(false);
  });
});

describe('supplierClaims and claimStatuses', () => {
  it('lists each supplier\'s distinct claims with their versions', () => {
    const scan = {
      suppliers: [
        {
          key: 'alibaba:acme',
          name: 'Acme',
          flags: [],
          claims: [
            { id: 'iso-9001' as const, text: 'ISO 9001:2015', version: 'ISO 9001:2015', evidence: 'supplier' as const, flags: [] },
            { id: 'iso-9001' as const, text: 'ISO9001:2015', version: 'ISO 9001:2015', evidence: 'platform' as const, flags: [] },
            { id: 'ce' as const, text: 'CE', evidence: 'supplier' as const, flags: [] },
          ],
        },
      ],
    };
    expect(supplierClaims(scan)).toEqual([{ key: 'alibaba:acme', claims: [{ id: 'iso-9001', version: 'ISO 9001:2015' }, { id: 'ce' }] }]);
  });

  it('finds the statuses of one claim, whatever its version', () => {
    const v = verificationOf('alibaba:acme', [{ id: 'iso-9001', version: 'ISO 9001:2015' }, { id: 'iso-14001' }], [
      { claimId: 'iso-9001', version: 'ISO 9001:2015', status: 'not-found' },
      { claimId: 'iso-14001', version: '', status: 'confirmed' },
    ]);
    expect(claimStatuses(v, 'iso-9001')).toEqual([{ version: 'ISO 9001:2015', status: 'not-found', date: '2026-03-12' }]);
    expect(claimStatuses(v, 'iso-14001')).toEqual([{ version: '', status: 'confirmed', date: '2026-03-12' }]);
    expect(claimStatuses(v, 'ce')).toEqual([]);
    expect(claimStatuses(undefined, 'ce')).toEqual([]);
  });
});

describe('statusText', () => {
  it('says what the day means for each status, and nothing when no day was recorded', () => {
    expect(statusText('confirmed', '2026-03-12')).toBe('Confirmed at issuer, checked on 2026-03-12');
    expect(statusText('asked-supplier', '2026-11-20')).toBe('Asked supplier, asked on 2026-11-20');
    expect(statusText('expired', '2026-01-31')).toBe('Expired, valid until 2026-01-31');
    expect(statusText('not-found', undefined)).toBe('Not found at registry');
  });
});

describe('hover card with verification', () => {
  let card: HoverCard;
  let highlighter: Highlighter;
  const shadow = () => document.querySelector('certlens-card')!.shadowRoot!;

  function setup(source: CardSource) {
    installHighlightRegistry(window);
    document.body.innerHTML =
      '<div data-supplier="alibaba:acme"><p>Certified: ISO 9001 since 2010</p></div><div data-supplier="alibaba:other"><p>Also ISO 9001 here</p></div>';
    highlighter = new Highlighter(document);
    const result = fakeScan(document, location.href);
    highlighter.apply(result.hits);
    card = new HoverCard(document, highlighter, source);
    vi.spyOn(Range.prototype, 'getClientRects').mockReturnValue([{ left: 0, right: 200, top: 0, bottom: 20 }] as unknown as DOMRectList);
    return result;
  }
  const pointAt = (p: number) => {
    const text = document.querySelectorAll('p')[p]!.firstChild!;
    (document as unknown as { caretPositionFromPoint: unknown }).caretPositionFromPoint = () => ({ offsetNode: text, offset: 13 });
  };

  afterEach(() => {
    card.destroy();
    highlighter.destroy();
    vi.restoreAllMocks();
  });

  it('shows the claim\'s recorded status and the supplier\'s progress, and only those', async () => {
    const acme = verificationOf('alibaba:acme', [{ id: 'iso-9001' }, { id: 'ce' }], [{ claimId: 'iso-9001', version: '', status: 'confirmed' }]);
    const verification = vi.fn(async () => ({ 'alibaba:acme': acme }));
    const { scan } = setup({ get: async () => ({}), verification });
    const answer = await card.loadVerification(scan);
    expect(answer['alibaba:acme']?.progress).toBe('1 of 2 claims confirmed');
    expect(verification).toHaveBeenCalledWith([
      { key: 'alibaba:acme', claims: [{ id: 'iso-9001' }] },
      { key: 'alibaba:other', claims: [{ id: 'iso-9001' }] },
    ]);
    pointAt(0);
    expect(card.check(10, 10)?.supplierKey).toBe('alibaba:acme');
    const line = shadow().querySelector('.verification')!;
    expect(line.getAttribute('data-status')).toBe('confirmed');
    expect(line.textContent).toBe('You recorded: Confirmed at issuer, checked on 2026-03-12');
    expect(shadow().querySelector('.progress')?.textContent).toBe('This supplier: 1 of 2 claims confirmed');
    expect(shadow().textContent).not.toMatch(/PRIVATE|Lisa/);
  });

  it('words "not found" as the status vocabulary does, never "fake"', async () => {
    const acme = verificationOf('alibaba:acme', [{ id: 'iso-9001' }], [{ claimId: 'iso-9001', version: '', status: 'not-found' }]);
    const { scan } = setup({ get: async () => ({}), verification: async () => ({ 'alibaba:acme': acme }) });
    await card.loadVerification(scan);
    pointAt(0);
    card.check(10, 10);
    expect(shadow().querySelector('.verification')?.textContent).toBe('You recorded: Not found at registry, checked on 2026-03-12');
    expect(shadow().querySelector('.progress')?.textContent).toBe('This supplier: 0 of 1 claim confirmed');
    expect(shadow().textContent!.toLowerCase()).not.toContain('fake');
  });

  it('says nothing about verification for a supplier with no record', async () => {
    const acme = verificationOf('alibaba:acme', [{ id: 'iso-9001' }], [{ claimId: 'iso-9001', version: '', status: 'confirmed' }]);
    const other = verificationOf('alibaba:other', [{ id: 'iso-9001' }], []);
    const { scan } = setup({ get: async () => ({}), verification: async () => ({ 'alibaba:acme': acme, 'alibaba:other': other }) });
    await card.loadVerification(scan);
    pointAt(1);
    expect(card.check(10, 10)?.supplierKey).toBe('alibaba:other');
    expect(shadow().querySelector('.verification, .progress')).toBeNull();
  });

  it('updates a card already open when the answer arrives, and keeps working when the background fails', async () => {
    let resolve!: (v: Record<string, CardVerification>) => void;
    const { scan } = setup({ get: async () => ({}), verification: () => new Promise((r) => (resolve = r)) });
    const pending = card.loadVerification(scan);
    pointAt(0);
    card.check(10, 10);
    expect(shadow().querySelector('.verification')).toBeNull();
    resolve({ 'alibaba:acme': verificationOf('alibaba:acme', [{ id: 'iso-9001' }], [{ claimId: 'iso-9001', version: '', status: 'mismatch' }]) });
    await pending;
    expect(shadow().querySelector('.verification')?.getAttribute('data-status')).toBe('mismatch');

    const failing = new HoverCard(document, highlighter, { get: async () => ({}), verification: async () => Promise.reject(new Error('no db')) });
    await expect(failing.loadVerification(scan)).resolves.toEqual({});
    failing.destroy();
  });
});

describe('list-page markers with verification', () => {
  let markers: Markers;
  beforeEach(() => {
    installHighlightRegistry(window);
    document.body.innerHTML = '<div data-supplier="mic:a"><p>ISO 9001 and ISO 9001:2008</p></div><div data-supplier="mic:b"><p>ISO 9001</p></div>';
    document.body.setAttribute('data-list', '');
    markers = new Markers(document);
  });
  afterEach(() => {
    markers.destroy();
    document.body.removeAttribute('data-list');
  });
  const markerOf = (key: string) => document.querySelector(`[data-supplier="${key}"] certlens-marker`)!;
  const textOf = (key: string) => markerOf(key).shadowRoot!.querySelector('.m')!.textContent;

  it('adds "n of m confirmed" to the marker of a supplier with records, in place and on later scans', () => {
    const { scan, anchors } = fakeScan(document, location.href);
    markers.apply(scan, anchors);
    expect(textOf('mic:a')).toBe('CertLens: 1 claim · 1 red flag');
    const a = verificationOf('mic:a', [{ id: 'iso-9001' }, { id: 'ce' }], [{ claimId: 'iso-9001', version: '', status: 'confirmed' }]);
    const b = verificationOf('mic:b', [{ id: 'iso-9001' }], []);
    markers.showVerification({ 'mic:a': a, 'mic:b': b });
    expect(textOf('mic:a')).toBe('CertLens: 1 claim · 1 red flag · 1 of 2 confirmed');
    expect(markerOf('mic:a').getAttribute('aria-label')).toBe('CertLens: 1 claim · 1 red flag · 1 of 2 confirmed');
    expect(markerOf('mic:a').getAttribute('data-confirmed')).toBe('1');
    expect(markerOf('mic:a').getAttribute('data-total')).toBe('2');
    // No record: the marker stays as it was.
    expect(textOf('mic:b')).toBe('CertLens: 1 claim');
    expect(markerOf('mic:b').hasAttribute('data-confirmed')).toBe(false);
    // A rescan replaces the markers; the progress shows on the new ones at once.
    markers.apply(scan, anchors);
    expect(document.querySelectorAll('certlens-marker')).toHaveLength(2);
    expect(textOf('mic:a')).toContain('1 of 2 confirmed');
    expect(markerOf('mic:a').shadowRoot!.querySelectorAll('.m')).toHaveLength(1);
    expect(document.body.innerHTML + markerOf('mic:a').shadowRoot!.innerHTML).not.toMatch(/PRIVATE/);
  });

  it('markerText counts recorded outcomes that are not confirmations as "0 of m confirmed"', () => {
    const v = verificationOf('mic:a', [{ id: 'iso-9001' }, { id: 'ce' }, { id: 'fcc' }], [{ claimId: 'ce', version: '', status: 'asked-supplier' }]);
    expect(markerText({ claims: 3, flags: 0 }, v)).toBe('CertLens: 3 claims · 0 of 3 confirmed');
    expect(markerText({ claims: 3, flags: 0 }, verificationOf('mic:a', [{ id: 'ce' }], []))).toBe('CertLens: 3 claims');
    expect(markerText({ claims: 3, flags: 0 })).toBe('CertLens: 3 claims');
  });
});

describe('session wiring', () => {
  it('asks for the scan\'s suppliers\' progress and shows it on the list-page markers', async () => {
    installHighlightRegistry(window);
    document.body.innerHTML = '<div data-supplier="mic:a"><p>ISO 9001</p></div><div data-supplier="mic:b"><p>ISO 9001</p></div>';
    document.body.setAttribute('data-list', '');
    const a = verificationOf('mic:a', [{ id: 'iso-9001' }], [{ claimId: 'iso-9001', version: '', status: 'confirmed' }]);
    const verification = vi.fn(async () => ({ 'mic:a': a }));
    const session = startSession({ doc: document, scan: fakeScan, send: () => {}, cards: { get: async () => ({}), verification }, urlPollMs: 1000 });
    try {
      await vi.waitFor(() => expect(document.querySelector('certlens-marker[data-confirmed="1"]')).not.toBeNull());
      expect(verification).toHaveBeenCalledTimes(1);
      const marker = document.querySelector('[data-supplier="mic:a"] certlens-marker')!;
      expect(marker.shadowRoot!.textContent).toContain('1 claim · 1 of 1 confirmed');
      expect(document.querySelector('[data-supplier="mic:b"] certlens-marker')!.hasAttribute('data-confirmed')).toBe(false);
    } finally {
      session.destroy();
      document.body.removeAttribute('data-list');
    }
  });
});
