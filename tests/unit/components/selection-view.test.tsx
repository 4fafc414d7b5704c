import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CatalogContext } from '../../../components/catalog-context';
import type { SelectionSource } from '../../../components/selection-view';
import { SidePanel } from '../../../components/side-panel';
import { createPanelStore } from '../../../components/store/panel-store';
import type { SelectionState } from '../../../lib/messages/selection';
import { fakeTabSource, freshDb, supplierPageScan, testLookup } from './fixtures';

afterEach(cleanup);

function fakeSelections(initial: Record<number, SelectionState | null> = {}) {
  const states = new Map(Object.entries(initial).map(([k, v]) => [Number(k), v]));
  const watchers = new Map<number, Set<(s: SelectionState | null) => void>>();
  const source: SelectionSource = {
    readSelection: async (id) => states.get(id) ?? null,
    watchSelection(id, cb) {
      const set = watchers.get(id) ?? new Set();
      set.add(cb);
      watchers.set(id, set);
      return () => set.delete(cb);
    },
  };
  return {
    source,
    push(id: number, s: SelectionState | null) {
      states.set(id, s);
      for (const cb of watchers.get(id) ?? []) cb(s);
    },
  };
}

function renderWith(selections: ReturnType<typeof fakeSelections>, tabId = 7) {
  const db = freshDb();
  const tabs = fakeTabSource(tabId, { [tabId]: supplierPageScan() });
  const source = { ...tabs.source, selection: selections.source };
  render(
    <CatalogContext.Provider value={testLookup}>
      <SidePanel db={db} tabSource={source} store={createPanelStore(db)} />
    </CatalogContext.Provider>,
  );
  return tabs;
}

const explained = (tabId: number): SelectionState => ({
  tabId,
  text: 'Certified <b>ISO 9001:2008</b>',
  claims: [{ id: 'iso-9001', text: 'ISO 9001:2008', version: 'ISO 9001:2008', evidence: 'supplier', flags: ['obsolete'] }],
  createdAt: 1,
});

describe('side panel: Explained from your selection', () => {
  it('shows the selection and its claims with the usual claim rows, above the page scan', async () => {
    renderWith(fakeSelections({ 7: explained(7) }));
    const section = await screen.findByTestId('selection');
    expect(within(section).getByRole('heading').textContent).toBe('Explained from your selection');
    // Page text stays text.
    expect(section.textContent).toContain('“Certified <b>ISO 9001:2008</b>”');
    expect(section.querySelector('b')).toBeNull();
    const rows = within(section).getAllByTestId('claim');
    expect(rows.map((r) => r.dataset.claimId)).toEqual(['iso-9001']);
    // The catalog's name and the obsolete-version flag, as in any claim row.
    expect(rows[0]!.textContent).toContain('ISO 9001');
    expect(within(rows[0]!).getAllByTestId('flag').map((f) => f.dataset.flag)).toContain('obsolete');
    // Before the tab's own scan.
    const supplier = await screen.findByTestId('supplier');
    expect(section.compareDocumentPosition(supplier) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('appears when a selection is explained while the panel is open, and says so when nothing was recognised', async () => {
    const sel = fakeSelections();
    renderWith(sel);
    await screen.findByTestId('supplier');
    expect(screen.queryByTestId('selection')).toBeNull();
    act(() => sel.push(7, { tabId: 7, text: 'Free shipping', claims: [], createdAt: 2 }));
    expect((await screen.findByTestId('selection-none')).textContent).toMatch(/recognises no certification/);
    act(() => sel.push(7, null));
    expect(screen.queryByTestId('selection')).toBeNull();
  });

  it('belongs to its tab: switching tabs hides it', async () => {
    const sel = fakeSelections({ 7: explained(7) });
    const tabs = renderWith(sel);
    await screen.findByTestId('selection');
    act(() => tabs.activate(8));
    await act(async () => {});
    expect(screen.queryByTestId('selection')).toBeNull();
  });
});
