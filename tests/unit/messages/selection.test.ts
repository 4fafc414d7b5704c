import { describe, expect, it } from 'vitest';
import {
  clearSelection,
  readSelection,
  selectionKey,
  writeSelection,
  type SessionArea,
} from '../../../lib/messages/selection';

function fakeArea(): SessionArea & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = {};
  return {
    data,
    get: async (k) => (k in data ? { [k]: data[k] } : {}),
    set: async (items) => void Object.assign(data, items),
    remove: async (k) => void delete data[k],
  };
}

describe('selection state in storage.session', () => {
  it('round-trips under selection:<tabId>, apart from the tab scan key', async () => {
    const area = fakeArea();
    const state = { tabId: 5, text: 'BSCI', claims: [{ id: 'amfori-bsci' as const, text: 'BSCI', evidence: 'supplier' as const, flags: [] }], createdAt: 1 };
    await writeSelection(state, area);
    expect(Object.keys(area.data)).toEqual([selectionKey(5)]);
    expect(selectionKey(5)).toBe('selection:5');
    expect(await readSelection(5, area)).toEqual(state);
    expect(await readSelection(6, area)).toBeNull();
    await clearSelection(5, area);
    expect(await readSelection(5, area)).toBeNull();
  });

  it('reads anything malformed as nothing', async () => {
    const area = fakeArea();
    area.data[selectionKey(1)] = { tabId: 1, text: 'x', claims: [{ id: 'not-a-claim' }], createdAt: 1 };
    expect(await readSelection(1, area)).toBeNull();
    area.data[selectionKey(2)] = 'garbage';
    expect(await readSelection(2, area)).toBeNull();
  });

  it('refuses to write an invalid state', async () => {
    const area = fakeArea();
    await expect(writeSelection({ tabId: 1, text: 'x'.repeat(3000), claims: [], createdAt: 1 }, area)).rejects.toThrow();
    expect(area.data).toEqual({});
  });
});
