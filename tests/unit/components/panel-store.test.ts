import { describe, expect, it } from 'vitest';
import { createPanelStore } from '../../../components/store/panel-store';
import { selectNoteState } from '../../../components/store/notes-slice';
import { selectScan, selectTabLoaded } from '../../../components/store/tab-slice';
import { claimRowKey, selectClaimExpanded } from '../../../components/store/ui-slice';
import { getNote } from '../../../lib/db';
import { freshDb, supplierPageScan } from './fixtures';

describe('panel store', () => {
  it('drops a late scan for a tab the panel no longer shows', () => {
    const store = createPanelStore(freshDb());
    const s = store.getState();
    s.showTab(1);
    expect(selectTabLoaded(store.getState())).toBe(false);
    s.showTab(2);
    s.receiveTabState(1, { tabId: 1, scan: supplierPageScan(), updatedAt: 1 });
    expect(selectScan(store.getState())).toBeNull();
    s.receiveTabState(2, { tabId: 2, scan: supplierPageScan(), updatedAt: 1 });
    expect(selectScan(store.getState())?.suppliers).toHaveLength(1);
  });

  it('closes open claims when the tab shows a new page', () => {
    const store = createPanelStore(freshDb());
    const s = store.getState();
    s.showTab(1);
    s.receiveTabState(1, { tabId: 1, scan: supplierPageScan(), updatedAt: 1 });
    const row = claimRowKey('alibaba:zhenbenchina', { id: 'iso-9001', evidence: 'supplier' });
    s.toggleClaim(row);
    expect(selectClaimExpanded(row)(store.getState())).toBe(true);
    // Same page re-scanned: stays open.
    s.receiveTabState(1, { tabId: 1, scan: supplierPageScan(), updatedAt: 2 });
    expect(selectClaimExpanded(row)(store.getState())).toBe(true);
    s.receiveTabState(1, { tabId: 1, scan: supplierPageScan({ url: 'https://other.example/' }), updatedAt: 3 });
    expect(selectClaimExpanded(row)(store.getState())).toBe(false);
  });

  it('saveNote writes through lib/db, and only says saved when no newer edit is pending', async () => {
    const db = freshDb();
    const store = createPanelStore(db);
    const s = store.getState();
    s.markNoteEdited('alibaba:k');
    const saving = s.saveNote('alibaba:k', 'first');
    s.markNoteEdited('alibaba:k'); // typed again while the first save runs
    await saving;
    expect(selectNoteState('alibaba:k')(store.getState()).status).toBe('saving');
    await store.getState().saveNote('alibaba:k', 'second');
    expect(selectNoteState('alibaba:k')(store.getState()).status).toBe('saved');
    expect((await getNote(db, 'alibaba:k'))?.text).toBe('second');
  });
});
