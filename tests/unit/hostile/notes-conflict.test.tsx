/**
 * Two panels editing the same supplier's notes (issue #7): no silent lost update. The repository
 * saves with compare-and-set on `rev`; the notes box follows the other panel's saves while it has
 * no unsaved edits, and otherwise shows both texts and lets the user choose.
 */
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { mergeNotes } from '../../../components/notes-box';
import { getNote, saveNote, saveNoteIfUnchanged } from '../../../lib/db';
import { freshDb, renderPanel, supplierPageScan } from '../components/fixtures';

const KEY = 'alibaba:zhenbenchina';

afterEach(() => cleanup());

describe('saveNoteIfUnchanged (compare-and-set on rev)', () => {
  it('writes only at the expected rev; a stale writer gets the current note and writes nothing', async () => {
    const db = freshDb();
    const first = await saveNoteIfUnchanged(db, KEY, 'from panel A', 0, 1_000);
    expect(first).toMatchObject({ ok: true, note: { text: 'from panel A', rev: 1 } });
    // Panel B also started from "no note" (rev 0).
    const stale = await saveNoteIfUnchanged(db, KEY, 'from panel B', 0, 2_000);
    expect(stale).toEqual({ ok: false, current: { supplierKey: KEY, text: 'from panel A', updatedAt: 1_000, rev: 1 } });
    expect(await getNote(db, KEY)).toMatchObject({ text: 'from panel A', rev: 1 });
    // Based on rev 1 it goes through.
    expect(await saveNoteIfUnchanged(db, KEY, 'from panel B', 1, 3_000)).toMatchObject({ ok: true, note: { rev: 2 } });
    // Same words as stored: no conflict, no new rev.
    expect(await saveNoteIfUnchanged(db, KEY, 'from panel B', 1)).toMatchObject({ ok: true, note: { rev: 2 } });
    await db.delete();
  });

  it('of two saves racing from the same rev exactly one wins', async () => {
    const db = freshDb();
    await saveNote(db, KEY, 'base');
    const results = await Promise.all([
      saveNoteIfUnchanged(db, KEY, 'tab one', 1),
      saveNoteIfUnchanged(db, KEY, 'tab two', 1),
      saveNoteIfUnchanged(db, KEY, 'tab three', 1),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const winner = results.find((r) => r.ok)!;
    const stored = await getNote(db, KEY);
    expect(stored).toMatchObject({ rev: 2, text: winner.ok ? winner.note.text : '' });
    for (const r of results) if (!r.ok) expect(r.current?.text).toBe(stored?.text);
    await db.delete();
  });

  it('mergeNotes keeps both texts (and drops an empty side)', () => {
    expect(mergeNotes('mine', 'theirs')).toMatch(/^mine\n\n.*\ntheirs$/);
    expect(mergeNotes('mine', '  ')).toBe('mine');
    expect(mergeNotes('', 'theirs')).toBe('theirs');
  });
});

/** Two side panels on the same supplier and database, as two tabs would have. */
async function twoPanels() {
  const db = freshDb();
  const a = renderPanel(supplierPageScan(), { db, tabId: 1 });
  const b = renderPanel(supplierPageScan({ url: 'https://www.alibaba.com/product-detail/x_1.html', pageKind: 'product' }), { db, tabId: 2 });
  const boxA = await within(a.container).findByTestId<HTMLTextAreaElement>('notes');
  const boxB = await within(b.container).findByTestId<HTMLTextAreaElement>('notes');
  await waitFor(() => expect(boxA.readOnly || boxB.readOnly).toBe(false));
  return { db, a, b, boxA, boxB };
}

function type(box: HTMLTextAreaElement, text: string, blur = true) {
  fireEvent.change(box, { target: { value: text } });
  if (blur) fireEvent.blur(box);
}

describe('notes box in two panels', () => {
  it('follows the other panel’s save while it has no unsaved edits', async () => {
    const { db, boxA, boxB } = await twoPanels();
    type(boxA, 'Asked for the SGS report');
    await waitFor(() => expect(boxB.value).toBe('Asked for the SGS report'));
    // B edits from there: based on A's rev, so no conflict.
    type(boxB, 'Asked for the SGS report; received');
    await waitFor(async () => expect((await getNote(db, KEY))?.text).toBe('Asked for the SGS report; received'));
    await waitFor(() => expect(boxA.value).toBe('Asked for the SGS report; received'));
    expect(screen.queryByTestId('notes-conflict')).toBeNull();
    await db.delete();
  });

  it('unsaved edits meet the other panel’s save: both texts shown, nothing overwritten; keep both', async () => {
    const { db, a, b, boxA, boxB } = await twoPanels();
    type(boxA, 'base');
    await waitFor(() => expect(boxB.value).toBe('base'));

    type(boxB, 'base + B’s words', false); // typed, not saved yet
    type(boxA, 'base + A’s words'); // A saves meanwhile
    await waitFor(async () => expect((await getNote(db, KEY))?.text).toBe('base + A’s words'));
    // B keeps what its user typed.
    expect(boxB.value).toBe('base + B’s words');
    fireEvent.blur(boxB);

    const conflict = await within(b.container).findByTestId('notes-conflict');
    expect(within(conflict).getByTestId('notes-theirs').textContent).toBe('base + A’s words');
    expect(within(b.container).getByTestId('notes-status').textContent).toMatch(/changed in another CertLens tab/);
    expect(boxB.value).toBe('base + B’s words');
    // B's text was not written over A's.
    expect((await getNote(db, KEY))?.text).toBe('base + A’s words');

    act(() => within(conflict).getByTestId('notes-keep-both').click());
    await waitFor(async () => {
      const stored = (await getNote(db, KEY))?.text ?? '';
      expect(stored).toContain('base + A’s words');
      expect(stored).toContain('base + B’s words');
    });
    expect(within(b.container).queryByTestId('notes-conflict')).toBeNull();
    // A has no unsaved edits: it shows the merged note.
    await waitFor(() => expect(boxA.value).toContain('base + B’s words'));
    expect(within(a.container).queryByTestId('notes-conflict')).toBeNull();
    await db.delete();
  });

  it('keep mine overwrites only after the user chose it; take the other tab’s drops the local edit', async () => {
    const { db, b, boxA, boxB } = await twoPanels();
    type(boxB, 'B draft', false);
    type(boxA, 'A saved');
    await waitFor(async () => expect((await getNote(db, KEY))?.text).toBe('A saved'));
    fireEvent.blur(boxB);
    let conflict = await within(b.container).findByTestId('notes-conflict');
    act(() => within(conflict).getByTestId('notes-keep-mine').click());
    await waitFor(async () => expect((await getNote(db, KEY))?.text).toBe('B draft'));
    await waitFor(() => expect(boxA.value).toBe('B draft'));
    await waitFor(() => expect(within(b.container).getByTestId('notes-status').textContent).toBe('Saved'));

    type(boxB, 'B second draft', false);
    type(boxA, 'A again');
    await waitFor(async () => expect((await getNote(db, KEY))?.text).toBe('A again'));
    fireEvent.blur(boxB);
    conflict = await within(b.container).findByTestId('notes-conflict');
    act(() => within(conflict).getByTestId('notes-take-theirs').click());
    expect(boxB.value).toBe('A again');
    expect(within(b.container).getByTestId('notes-status').textContent).toBe('Saved');
    expect((await getNote(db, KEY))?.text).toBe('A again');
    await db.delete();
  });

  it('a conflict left open when the panel closes keeps both texts', async () => {
    const { db, b, boxA, boxB } = await twoPanels();
    type(boxB, 'B unsaved', false);
    type(boxA, 'A saved');
    await waitFor(async () => expect((await getNote(db, KEY))?.text).toBe('A saved'));
    fireEvent.blur(boxB);
    await within(b.container).findByTestId('notes-conflict');
    type(boxB, 'B unsaved, more', false);
    b.unmount();
    await waitFor(async () => {
      const stored = (await getNote(db, KEY))?.text ?? '';
      expect(stored).toContain('A saved');
      expect(stored).toContain('B unsaved, more');
    });
    await db.delete();
  });
});
