import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { chromeTabSource, pinnedTabId } from '../../../components/tab-source';
import { writeTabState } from '../../../lib/messages/tab-state';
import { supplierPageScan } from './fixtures';

beforeEach(() => fakeBrowser.reset());
afterEach(() => fakeBrowser.reset());

describe('pinnedTabId', () => {
  it('reads ?tab=<id> and ignores anything else', () => {
    expect(pinnedTabId('?tab=42')).toBe(42);
    expect(pinnedTabId('?tab=abc')).toBeNull();
    expect(pinnedTabId('?tab=4.2')).toBeNull();
    expect(pinnedTabId('')).toBeNull();
  });
});

describe('chromeTabSource (fake browser)', () => {
  it('starts on the active tab of the current window and follows activation and updates', async () => {
    await fakeBrowser.windows.create({ focused: true });
    const first = await fakeBrowser.tabs.create({ url: 'https://a.en.alibaba.com/', active: true });
    const source = chromeTabSource('');
    expect(await source.initialTabId()).toBe(first.id);

    const onShow = vi.fn();
    const onChanged = vi.fn();
    const stop = source.follow(onShow, onChanged);
    const second = await fakeBrowser.tabs.create({ url: 'https://b.en.made-in-china.com/', active: true });
    await vi.waitFor(() => expect(onShow).toHaveBeenCalledWith(second.id));

    await fakeBrowser.tabs.update(second.id!, { url: 'https://b.en.made-in-china.com/products.html' });
    expect(onChanged).toHaveBeenCalledWith(second.id);

    stop();
    onShow.mockClear();
    await fakeBrowser.tabs.create({ url: 'https://c.en.alibaba.com/', active: true });
    await new Promise((r) => setTimeout(r, 10));
    expect(onShow).not.toHaveBeenCalled();
  });

  it('ignores tab switches in another window', async () => {
    await fakeBrowser.windows.create({ focused: true });
    const other = await fakeBrowser.windows.create({ focused: false });
    const source = chromeTabSource('');
    const onShow = vi.fn();
    source.follow(onShow, () => {});
    await fakeBrowser.tabs.create({ url: 'https://x.en.alibaba.com/', active: true, windowId: other!.id });
    await new Promise((r) => setTimeout(r, 10));
    expect(onShow).not.toHaveBeenCalled();
  });

  it('with ?tab= stays on that tab whatever becomes active', async () => {
    await fakeBrowser.windows.create({ focused: true });
    const source = chromeTabSource('?tab=1234');
    expect(await source.initialTabId()).toBe(1234);
    const onShow = vi.fn();
    source.follow(onShow, () => {});
    await fakeBrowser.tabs.create({ url: 'https://a.en.alibaba.com/', active: true });
    await new Promise((r) => setTimeout(r, 10));
    expect(onShow).not.toHaveBeenCalled();
  });

  it('reads and watches the tab scan the background keeps in storage.session', async () => {
    const source = chromeTabSource('?tab=5');
    expect(await source.read(5)).toBeNull();
    const seen = vi.fn();
    source.watch(5, seen);
    await writeTabState(5, supplierPageScan(), 1);
    expect((await source.read(5))?.scan.suppliers[0].key).toBe('alibaba:zhenbenchina');
    await vi.waitFor(() => expect(seen).toHaveBeenCalledWith(expect.objectContaining({ tabId: 5 })));
  });
});
