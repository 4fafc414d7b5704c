import { describe, expect, it, vi } from 'vitest';
import { createBackgroundRouter, type BackgroundDeps } from '../../../lib/messages/background-router';
import { cardVerifications } from '../../../lib/messages/card-info';
import { createContentClient, type RuntimeLike } from '../../../lib/messages/content-client';
import { CardInfoResponseSchema, ContentToBackgroundSchema, cardInfoRequest } from '../../../lib/messages/protocol';

const EXT = 'abcdefghijklmnopabcdefghijklmnop';
const fromTab = { id: EXT, tab: { id: 7 }, frameId: 0 };
const TODAY = '2026-11-27';

/** Records as IndexedDB holds them, with fields the page must never see. */
const RECORDS: Record<string, { claimId: string; version: string; status: 'confirmed' | 'not-found'; expiryDate?: string; checkedOn?: string; note: string; registryUsed: string }[]> = {
  'alibaba:acme': [
    { claimId: 'iso-9001', version: '', status: 'confirmed', expiryDate: '2099-01-01', checkedOn: '2026-03-12', note: 'PRIVATE-NOTE', registryUsed: 'PRIVATE-REGISTRY' },
    { claimId: 'ce', version: '', status: 'not-found', note: 'PRIVATE-NOTE', registryUsed: 'PRIVATE-REGISTRY' },
    // Expired by today: counts as expired, not confirmed.
    { claimId: 'fcc', version: '', status: 'confirmed', expiryDate: '2026-01-01', note: '', registryUsed: '' },
  ],
};
const list = vi.fn(async (key: string) => {
  if (key === 'alibaba:broken') throw new Error('db gone');
  return (RECORDS[key] ?? []) as never;
});

const suppliers = [
  { key: 'alibaba:acme', claims: [{ id: 'iso-9001' as const }, { id: 'ce' as const }, { id: 'fcc' as const }, { id: 'amfori-bsci' as const }] },
  { key: 'alibaba:new', claims: [{ id: 'iso-9001' as const }] },
];

function router(overrides: Partial<BackgroundDeps> = {}) {
  const log = vi.fn();
  const r = createBackgroundRouter({
    extensionId: EXT,
    writeTabState: async () => {},
    clearTabState: async () => {},
    setBadge: async () => {},
    cardInfos: () => ({}),
    verification: (s) => cardVerifications(s, list, TODAY),
    log,
    ...overrides,
  });
  return { r, log };
}

describe('cardVerifications', () => {
  it('gives each supplier its progress and statuses, with no typed field, and leaves out one it cannot read', async () => {
    const out = await cardVerifications([...suppliers, { key: 'alibaba:broken', claims: [{ id: 'ce' }] }], list, TODAY);
    expect(Object.keys(out).sort()).toEqual(['alibaba:acme', 'alibaba:new']);
    expect(out['alibaba:acme']).toEqual({
      supplierKey: 'alibaba:acme',
      progress: '1 of 4 claims confirmed',
      confirmed: 1,
      total: 4,
      statuses: { 'iso-9001|': 'confirmed', 'ce|': 'not-found', 'fcc|': 'expired' },
      dates: { 'iso-9001|': '2026-03-12', 'fcc|': '2026-01-01' },
    });
    expect(out['alibaba:new']).toMatchObject({ confirmed: 0, total: 1, statuses: {} });
    expect(JSON.stringify(out)).not.toMatch(/PRIVATE/);
  });
});

describe('card-info with suppliers', () => {
  it('answers with the named suppliers\' verification, in a shape the content script accepts', async () => {
    const { r } = router();
    const msg = cardInfoRequest(['iso-9001'], suppliers);
    expect(ContentToBackgroundSchema.safeParse(msg).success).toBe(true);
    const res = await r.handle(msg, fromTab);
    const parsed = CardInfoResponseSchema.safeParse(res);
    expect(parsed.success).toBe(true);
    expect(parsed.data?.verification?.['alibaba:acme']?.progress).toBe('1 of 4 claims confirmed');
    expect(parsed.data?.verification?.['alibaba:new']?.total).toBe(1);
  });

  it('does not read records for a plain card-info request, nor without the dependency', async () => {
    const verification = vi.fn(async () => ({}));
    const { r } = router({ verification });
    expect(await r.handle(cardInfoRequest(['iso-9001']), fromTab)).toEqual({ ok: true, cards: {} });
    expect(verification).not.toHaveBeenCalled();
    const { r: bare } = router({ verification: undefined });
    expect(await bare.handle(cardInfoRequest(['iso-9001'], suppliers), fromTab)).toEqual({ ok: true, cards: {} });
  });

  it('still answers the cards when the records cannot be read', async () => {
    const { r, log } = router({ verification: async () => Promise.reject(new Error('db gone')) });
    expect(await r.handle(cardInfoRequest(['iso-9001'], suppliers), fromTab)).toEqual({ ok: true, cards: {} });
    expect(log).toHaveBeenCalledWith('could not read the verifications', expect.any(Error));
  });

  it('drops a request naming a malformed supplier', async () => {
    const { r } = router();
    const bad = { ...cardInfoRequest(['iso-9001']), suppliers: [{ key: 'x', claims: [{ id: 'not-a-claim' }] }] };
    expect(await r.handle(bad, fromTab)).toBeNull();
  });
});

describe('content client getVerification', () => {
  function runtime(answer: unknown) {
    const sent: unknown[] = [];
    const rt: RuntimeLike = {
      id: 'ours',
      sendMessage: async (m) => (sent.push(m), answer),
      onMessage: { addListener: () => {}, removeListener: () => {} },
    };
    return { rt, sent };
  }

  it('sends the suppliers on a valid card-info request and returns their verification', async () => {
    const v = { supplierKey: 'alibaba:acme', progress: '1 of 4 claims confirmed', confirmed: 1, total: 4, statuses: { 'iso-9001|': 'confirmed' } };
    const { rt, sent } = runtime({ ok: true, cards: {}, verification: { 'alibaba:acme': v } });
    expect(await createContentClient(rt).getVerification(suppliers)).toEqual({ 'alibaba:acme': v });
    expect(ContentToBackgroundSchema.safeParse(sent[0]).success).toBe(true);
    expect((sent[0] as { ids: string[] }).ids.sort()).toEqual(['amfori-bsci', 'ce', 'fcc', 'iso-9001']);
  });

  it('returns nothing for a malformed answer, an answer without verification, or no claims', async () => {
    const bad = { ok: true, cards: {}, verification: { 'alibaba:acme': { supplierKey: 'alibaba:acme', progress: 'x', confirmed: 1, total: 1, statuses: { 'ce|': 'fake' } } } };
    expect(await createContentClient(runtime(bad).rt).getVerification(suppliers)).toEqual({});
    expect(await createContentClient(runtime({ ok: true, cards: {} }).rt).getVerification(suppliers)).toEqual({});
    const none = runtime({ ok: true, cards: {} });
    expect(await createContentClient(none.rt).getVerification([{ key: 'alibaba:acme', claims: [] }])).toEqual({});
    expect(none.sent).toEqual([]);
  });
});
