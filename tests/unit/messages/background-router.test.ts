import { describe, expect, it, vi } from 'vitest';
import { BADGE_COLOR_FLAGGED, BADGE_COLOR_PLAIN, badgeFor } from '../../../lib/messages/badge';
import { createBackgroundRouter, type BackgroundDeps } from '../../../lib/messages/background-router';
import { cardInfos } from '../../../lib/messages/card-info';
import { cardInfoRequest, pageScanMessage } from '../../../lib/messages/protocol';
import type { ClaimEntry } from '../../../lib/claims/schema';
import type { PageScan } from '../../../lib/scan/page-scan';
import { sampleScan } from './helpers';

const EXT = 'abcdefghijklmnopabcdefghijklmnop';
const fromTab = (tabId = 7) => ({ id: EXT, tab: { id: tabId }, frameId: 0 });

function setup(overrides: Partial<BackgroundDeps> = {}) {
  const state = new Map<number, PageScan>();
  const badges = new Map<number, { text: string; color: string }>();
  const recorded: PageScan[] = [];
  const log = vi.fn();
  const deps: BackgroundDeps = {
    extensionId: EXT,
    writeTabState: async (tabId, scan) => void state.set(tabId, scan),
    clearTabState: async (tabId) => void state.delete(tabId),
    setBadge: async (tabId, badge) => void badges.set(tabId, badge),
    recordPageScan: async (scan) => void recorded.push(scan),
    cardInfos: (ids) => cardInfos(ids, fakeLookup),
    log,
    ...overrides,
  };
  return { router: createBackgroundRouter(deps), state, badges, recorded, log };
}

const fakeEntry = {
  id: 'iso-9001',
  name: 'ISO 9001',
  summary: 'A quality management system was audited; it says nothing about your product.',
  obsoleteVersions: [{ version: 'ISO 9001:2008', endedOn: '2018-09-14', replacedBy: 'ISO 9001:2015' }],
  redFlags: [{ pattern: 'Bare "ISO certified"', why: 'Names no standard, so there is nothing to check.' }],
} as unknown as ClaimEntry;
const fakeLookup = (id: string) => (id === 'iso-9001' ? fakeEntry : undefined);

describe('background router', () => {
  it('stores the tab scan, sets the badge to the claim count and records the sighting', async () => {
    const { router, state, badges, recorded } = setup();
    const scan = sampleScan();
    const res = await router.handle(pageScanMessage(scan), fromTab(7));
    expect(res).toEqual({ ok: true, badge: '2' });
    expect(state.get(7)).toEqual(scan);
    expect(badges.get(7)).toEqual({ text: '2', color: BADGE_COLOR_PLAIN });
    expect(recorded).toHaveLength(1);
  });

  it('turns the badge red-ish when a claim carries a red flag', async () => {
    const { router, badges } = setup();
    await router.handle(pageScanMessage(sampleScan({ flagged: true })), fromTab(3));
    expect(badges.get(3)?.color).toBe(BADGE_COLOR_FLAGGED);
  });

  it('drops messages from another extension, from extension pages, and malformed ones', async () => {
    const { router, state, log } = setup();
    const msg = pageScanMessage(sampleScan());
    expect(await router.handle(msg, { id: 'someone-else', tab: { id: 1 } })).toBeNull();
    expect(await router.handle(msg, { id: EXT })).toBeNull();
    expect(await router.handle({ ...msg, v: 99 }, fromTab(1))).toBeNull();
    expect(await router.handle({ type: 'page-scan', scan: { url: 1 } }, fromTab(1))).toBeNull();
    expect(state.size).toBe(0);
    expect(log).toHaveBeenCalled();
  });

  it('ignores scans from subframes so an embedded page cannot replace the tab scan', async () => {
    const { router, state } = setup();
    expect(await router.handle(pageScanMessage(sampleScan()), { ...fromTab(4), frameId: 3 })).toBeNull();
    expect(state.has(4)).toBe(false);
  });

  it('still updates the badge and tab state when recording in IndexedDB fails', async () => {
    const { router, state, badges, log } = setup({
      recordPageScan: async () => {
        throw new Error('QuotaExceededError');
      },
    });
    const res = await router.handle(pageScanMessage(sampleScan()), fromTab(5));
    expect(res).toEqual({ ok: true, badge: '2' });
    expect(state.has(5)).toBe(true);
    expect(badges.get(5)?.text).toBe('2');
    expect(log).toHaveBeenCalledWith('could not record the sighting', expect.any(Error));
  });

  it('answers card-info with name, summary and red-flag notes, and nothing for unknown ids', async () => {
    const { router } = setup();
    const res = await router.handle(cardInfoRequest(['iso-9001', 'ce']), fromTab());
    expect(res).toMatchObject({ ok: true });
    const cards = (res as { cards: Record<string, { name: string; summary: string; flagNotes: string[] }> }).cards;
    expect(cards['iso-9001']?.name).toBe('ISO 9001');
    expect(cards['iso-9001']?.summary).toContain('says nothing about your product');
    expect(cards['iso-9001']?.flagNotes[0]).toContain('ISO 9001:2008 ended on 2018-09-14');
    expect(cards['iso-9001']?.flagNotes[1]).toContain('nothing to check');
    expect(cards.ce).toBeUndefined();
  });

  it('clears state and badge when the tab leaves the marketplaces, keeps them on marketplace URLs', async () => {
    const { router, state, badges } = setup();
    await router.handle(pageScanMessage(sampleScan()), fromTab(9));
    await router.onTabUrlChanged(9, 'https://bidisco.en.made-in-china.com/');
    expect(state.has(9)).toBe(true);
    await router.onTabUrlChanged(9, 'https://example.org/');
    expect(state.has(9)).toBe(false);
    expect(badges.get(9)?.text).toBe('');
  });

  it('clears a tab whose new URL Chrome hides from us (a host outside our permissions)', async () => {
    const { router, state } = setup();
    await router.handle(pageScanMessage(sampleScan()), fromTab(8));
    await router.onTabUrlChanged(8, '');
    expect(state.has(8)).toBe(false);
  });

  it('forgets a closed tab', async () => {
    const { router, state } = setup();
    await router.handle(pageScanMessage(sampleScan()), fromTab(2));
    await router.onTabRemoved(2);
    expect(state.has(2)).toBe(false);
  });

  it('listener answers tab messages asynchronously and leaves extension-page messages alone', async () => {
    const { router } = setup();
    const sendResponse = vi.fn();
    expect(router.listener(pageScanMessage(sampleScan()), fromTab(1), sendResponse)).toBe(true);
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledWith({ ok: true, badge: '2' }));
    expect(router.listener(pageScanMessage(sampleScan()), { id: EXT }, vi.fn())).toBe(false);
  });
});

describe('badgeFor', () => {
  it('is empty for a page without claims and "!" on a blocked page', () => {
    const empty = { ...sampleScan(), suppliers: [] };
    expect(badgeFor(empty).text).toBe('');
    expect(badgeFor({ ...empty, pageKind: 'blocked', blockedReason: 'captcha' }).text).toBe('!');
  });
});
