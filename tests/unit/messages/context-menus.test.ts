import { describe, expect, it, vi } from 'vitest';
import { detect } from '../../../lib/detect';
import {
  MENU_EXPLAIN_SELECTION,
  MENU_SCAN_PAGE,
  createMenuHandler,
  installContextMenus,
  type MenuCreateProps,
  type MenuDeps,
} from '../../../lib/messages/context-menus';
import { SelectionStateSchema, type SelectionState } from '../../../lib/messages/selection';

/** A fake of chrome.contextMenus that, like Chrome, refuses an id that already exists. */
function fakeMenus() {
  const items = new Map<string, MenuCreateProps>();
  return {
    items,
    removeAll: vi.fn(async () => items.clear()),
    create: vi.fn((props: MenuCreateProps) => {
      if (items.has(props.id)) throw new Error(`Cannot create item with duplicate id ${props.id}`);
      items.set(props.id, props);
    }),
  };
}

function deps(over: Partial<MenuDeps> = {}) {
  const calls: string[] = [];
  const stored: SelectionState[] = [];
  const d: MenuDeps = {
    openPanel: vi.fn(async (tabId: number) => void calls.push(`open ${tabId}`)),
    injectScanner: vi.fn(async (tabId: number) => void calls.push(`inject ${tabId}`)),
    detect: (text) => detect(text, { claimList: true, now: new Date('2026-11-27') }),
    writeSelection: vi.fn(async (s: SelectionState) => void stored.push(s)),
    now: () => 1_800_000_000_000,
    log: vi.fn(),
    ...over,
  };
  return { d, calls, stored };
}

describe('context menus', () => {
  it('creates "Scan this page" on the toolbar icon and the page, "Explain this claim" on selections', async () => {
    const menus = fakeMenus();
    await installContextMenus(menus);
    expect(menus.items.get(MENU_SCAN_PAGE)?.contexts).toEqual(['action', 'page']);
    expect(menus.items.get(MENU_EXPLAIN_SELECTION)?.contexts).toEqual(['selection']);
  });

  it('installing again (an update, a reload) does not hit a duplicate id', async () => {
    const menus = fakeMenus();
    await installContextMenus(menus);
    await expect(installContextMenus(menus)).resolves.toBeUndefined();
    expect(menus.items.size).toBe(2);
  });
});

describe('"Scan this page"', () => {
  it('opens the panel first (inside the gesture) and injects the scanner into that tab', async () => {
    const { d, calls } = deps();
    const handler = createMenuHandler(d);
    const done = handler({ menuItemId: MENU_SCAN_PAGE }, { id: 7 });
    // Both calls happened before the handler returned, i.e. before any await.
    expect(calls).toEqual(['open 7', 'inject 7']);
    await done;
  });

  it('a page no extension may touch is logged, not thrown', async () => {
    const { d } = deps({ injectScanner: async () => Promise.reject(new Error('Cannot access a chrome:// URL')) });
    await expect(createMenuHandler(d)({ menuItemId: MENU_SCAN_PAGE }, { id: 3 })).resolves.toBeUndefined();
    expect(d.log).toHaveBeenCalledWith('could not scan this page', expect.any(Error));
  });

  it('does nothing without a tab', async () => {
    const { d, calls } = deps();
    await createMenuHandler(d)({ menuItemId: MENU_SCAN_PAGE }, undefined);
    await createMenuHandler(d)({ menuItemId: MENU_SCAN_PAGE }, { id: -1 });
    expect(calls).toEqual([]);
  });
});

describe('"Explain this claim"', () => {
  it('stores what the detector recognises in the selection for that tab, and opens the panel', async () => {
    const { d, calls, stored } = deps();
    await createMenuHandler(d)(
      { menuItemId: MENU_EXPLAIN_SELECTION, selectionText: '  Our plant is ISO 9001:2008\n certified and BSCI audited. ' },
      { id: 12 },
    );
    expect(calls).toEqual(['open 12']);
    expect(stored).toHaveLength(1);
    const s = SelectionStateSchema.parse(stored[0]);
    expect(s.tabId).toBe(12);
    expect(s.text).toBe('Our plant is ISO 9001:2008 certified and BSCI audited.');
    expect(s.claims.map((c) => c.id).sort()).toEqual(['amfori-bsci', 'iso-9001']);
    const iso = s.claims.find((c) => c.id === 'iso-9001')!;
    expect(iso.version).toBe('ISO 9001:2008');
    expect(iso.flags).toContain('obsolete');
    expect(s.claims.every((c) => c.evidence === 'supplier')).toBe(true);
  });

  it('a short selection of just a mark ("CE") is explained: the user picked it as a claim', async () => {
    const { d, stored } = deps();
    await createMenuHandler(d)({ menuItemId: MENU_EXPLAIN_SELECTION, selectionText: 'CE' }, { id: 1 });
    expect(stored[0]!.claims.map((c) => c.id)).toEqual(['ce']);
  });

  it('a selection with no claim is stored with none, so the panel can say so', async () => {
    const { d, stored } = deps();
    await createMenuHandler(d)({ menuItemId: MENU_EXPLAIN_SELECTION, selectionText: 'Free shipping on orders over $500' }, { id: 1 });
    expect(stored[0]!.claims).toEqual([]);
  });

  it('a huge selection is cut to the stored limit and still validates', async () => {
    const { d, stored } = deps();
    const text = 'ISO 9001 certified. '.repeat(500);
    await createMenuHandler(d)({ menuItemId: MENU_EXPLAIN_SELECTION, selectionText: text }, { id: 1 });
    expect(SelectionStateSchema.safeParse(stored[0]).success).toBe(true);
    expect(stored[0]!.text.length).toBeLessThanOrEqual(2000);
    // One claim stated many times, not hundreds of rows.
    expect(stored[0]!.claims).toHaveLength(1);
    expect(stored[0]!.claims[0]!.occurrences).toBeGreaterThan(10);
  });

  it('a detector failure still stores the selection and opens the panel', async () => {
    const { d, stored, calls } = deps({
      detect: () => {
        throw new Error('boom');
      },
    });
    await createMenuHandler(d)({ menuItemId: MENU_EXPLAIN_SELECTION, selectionText: 'ISO 9001' }, { id: 4 });
    expect(calls).toEqual(['open 4']);
    expect(stored[0]!.claims).toEqual([]);
    expect(d.log).toHaveBeenCalled();
  });

  it('a panel that cannot open (no gesture) is logged; the selection is still stored', async () => {
    const { d, stored } = deps({
      openPanel: () => {
        throw new Error('`sidePanel.open()` may only be called in response to a user gesture.');
      },
    });
    await createMenuHandler(d)({ menuItemId: MENU_EXPLAIN_SELECTION, selectionText: 'BSCI' }, { id: 4 });
    expect(stored).toHaveLength(1);
    expect(d.log).toHaveBeenCalledWith('could not open the side panel', expect.any(Error));
  });

  it('ignores menu items that are not ours', async () => {
    const { d, calls, stored } = deps();
    await createMenuHandler(d)({ menuItemId: 'someone-else' }, { id: 4 });
    expect(calls).toEqual([]);
    expect(stored).toEqual([]);
  });
});
