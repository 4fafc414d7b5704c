import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NOTE_SAVE_DELAY_MS } from '../../../components/notes-box';
import { getNote, saveNote } from '../../../lib/db';
import { freshDb, renderPanel, supplierPageScan } from './fixtures';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const KEY = 'alibaba:zhenbenchina';

/**
 * Lets IndexedDB work finish without moving the (faked) setTimeout clock, so a save can only
 * have come from a flush, never from the debounce. (vi.waitFor would advance fake timers.)
 */
async function settledNote(db: Parameters<typeof getNote>[0]) {
  for (let i = 0; i < 100; i++) await new Promise((r) => setImmediate(r));
  return (await getNote(db, KEY))?.text;
}

describe('notes box', () => {
  it('saves once typing pauses (one write for a burst of keys) and says Saving… then Saved', async () => {
    const { db } = renderPanel(supplierPageScan());
    const box = await screen.findByTestId('notes');
    expect(box.getAttribute('aria-label')).toBe('Notes on Zhenben Packaging Co., Ltd.');
    await waitFor(() => expect(box.hasAttribute('readonly')).toBe(false));

    const user = userEvent.setup();
    await user.type(box, 'Ask for SGS report');
    expect(screen.getByTestId('notes-status').textContent).toBe('Saving…');
    // Not written yet: the debounce is still running.
    expect(await getNote(db, KEY)).toBeUndefined();

    await waitFor(() => expect(screen.getByTestId('notes-status').textContent).toBe('Saved'), {
      timeout: NOTE_SAVE_DELAY_MS * 5,
    });
    const note = await getNote(db, KEY);
    expect(note?.text).toBe('Ask for SGS report');
    // 18 keystrokes, one save.
    expect(note?.rev).toBe(1);
  });

  it('flushes at once on blur, before the debounce would fire', async () => {
    const { db } = renderPanel(supplierPageScan());
    const box = await screen.findByTestId('notes');
    await waitFor(() => expect(box.hasAttribute('readonly')).toBe(false));
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    fireEvent.change(box, { target: { value: 'Blurred note' } });
    fireEvent.blur(box);
    expect(await settledNote(db)).toBe('Blurred note');
  });

  it('flushes when the panel is hidden or closed (pagehide, visibilitychange)', async () => {
    const { db } = renderPanel(supplierPageScan());
    const box = await screen.findByTestId('notes');
    await waitFor(() => expect(box.hasAttribute('readonly')).toBe(false));
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });

    fireEvent.change(box, { target: { value: 'before pagehide' } });
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    expect(await settledNote(db)).toBe('before pagehide');

    fireEvent.change(box, { target: { value: 'before hidden' } });
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    act(() => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
    visibility.mockRestore();
    expect(await settledNote(db)).toBe('before hidden');
  });

  it('flushes when the supplier goes away (tab switch unmounts the box)', async () => {
    const { db, tabs } = renderPanel(supplierPageScan());
    const box = await screen.findByTestId('notes');
    await waitFor(() => expect(box.hasAttribute('readonly')).toBe(false));
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    fireEvent.change(box, { target: { value: 'typed just before switching' } });
    act(() => tabs.activate(99));
    expect(await settledNote(db)).toBe('typed just before switching');
  });

  it('shows the saved note on any page of the same supplier, days later', async () => {
    const db = freshDb();
    await saveNote(db, KEY, 'MOQ 500, sample paid', Date.UTC(2026, 10, 1));
    // A product page of the same supplier, not the page the note was written on.
    renderPanel(supplierPageScan({ pageKind: 'product', url: 'https://www.alibaba.com/product-detail/x_1.html' }), {
      db,
    });
    const box = await screen.findByTestId<HTMLTextAreaElement>('notes');
    await waitFor(() => expect(box.value).toBe('MOQ 500, sample paid'));
    expect(screen.getByTestId('notes-status').textContent).toBe('Saved');
  });

  it('shows a readable message when the note cannot be saved', async () => {
    const { db } = renderPanel(supplierPageScan());
    const box = await screen.findByTestId('notes');
    await waitFor(() => expect(box.hasAttribute('readonly')).toBe(false));
    vi.spyOn(db.notes, 'put').mockRejectedValue(new DOMException('full', 'QuotaExceededError'));
    fireEvent.change(box, { target: { value: 'x' } });
    fireEvent.blur(box);
    const status = await screen.findByRole('alert');
    expect(status.textContent).toMatch(/no storage space left/);
  });
});
