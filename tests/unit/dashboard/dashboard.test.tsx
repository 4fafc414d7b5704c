import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { Dashboard } from '../../../components/dashboard/dashboard';
import { CertLensDb, putSightings } from '../../../lib/db';
import { createShortlist, addToShortlist } from '../../../lib/db/shortlists';
import { HOSTILE_NAME, sightingRow, supplierRow } from '../io/helpers';

let counter = 0;
const dbs: CertLensDb[] = [];
function freshDb() {
  const db = new CertLensDb(`certlens-dash-${process.pid}-${++counter}`);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  cleanup();
  await Promise.all(dbs.splice(0).map((d) => d.delete()));
});

async function seedBasic(db: CertLensDb) {
  await db.suppliers.bulkPut([
    supplierRow('alibaba:zhenben', { name: '深圳市振本包装有限公司', lastSeen: 3_000 }),
    supplierRow('made-in-china:evil', { name: HOSTILE_NAME, marketplace: 'made-in-china', url: 'javascript:alert(1)', lastSeen: 2_000 }),
    supplierRow('indiamart:plain', { name: 'Plain Exports', marketplace: 'indiamart', lastSeen: 1_000 }),
  ]);
  await putSightings(db, [
    sightingRow('alibaba:zhenben', 'iso-9001', { flags: ['obsolete'], version: 'ISO 9001:2008' }),
    sightingRow('alibaba:zhenben', 'alibaba-verified', { evidence: 'platform' }),
    sightingRow('made-in-china:evil', 'ce', { flags: ['misnomer'] }),
    sightingRow('indiamart:plain', 'iso-9001'),
  ]);
  await db.notes.put({ supplierKey: 'alibaba:zhenben', text: 'Asked for the audit report', updatedAt: 1, rev: 1 });
  await db.verifications.put({ supplierKey: 'alibaba:zhenben', claimId: 'iso-9001', version: 'ISO 9001:2008', status: 'confirmed', updatedAt: 5 });
}

const rowKeys = () => screen.queryAllByTestId('dash-row').map((r) => r.dataset.supplierKey);

describe('dashboard', () => {
  it('lists every supplier, most recently seen first; page text stays text', async () => {
    const db = freshDb();
    await seedBasic(db);
    render(<Dashboard db={db} />);
    await waitFor(() => expect(rowKeys()).toEqual(['alibaba:zhenben', 'made-in-china:evil', 'indiamart:plain']));
    expect(screen.getByTestId('dash-count').textContent).toBe('3 suppliers');
    // The hostile name is shown as written, and creates no element; its javascript: URL is no link.
    const evil = screen.getAllByTestId('dash-row')[1]!;
    expect(evil.textContent).toContain(HOSTILE_NAME);
    expect(document.querySelector('img')).toBeNull();
    expect(within(evil).queryByRole('link')).toBeNull();
  });

  it('searches, filters by claim, red flag and verification status, and sorts by a column header', async () => {
    const db = freshDb();
    await seedBasic(db);
    const user = userEvent.setup();
    render(<Dashboard db={db} />);
    await waitFor(() => expect(rowKeys()).toHaveLength(3));

    await user.type(screen.getByTestId('dash-search'), 'audit report');
    await waitFor(() => expect(rowKeys()).toEqual(['alibaba:zhenben']));
    await user.clear(screen.getByTestId('dash-search'));
    await waitFor(() => expect(rowKeys()).toHaveLength(3));

    await user.selectOptions(screen.getByLabelText('Claim'), 'iso-9001');
    await waitFor(() => expect(rowKeys()).toEqual(['alibaba:zhenben', 'indiamart:plain']));
    await user.selectOptions(screen.getByLabelText('Red flag'), 'any');
    await waitFor(() => expect(rowKeys()).toEqual(['alibaba:zhenben']));
    await user.selectOptions(screen.getByLabelText('Red flag'), '');
    // With a claim chosen, the status is that claim's: only Plain's ISO 9001 is unchecked.
    await user.selectOptions(screen.getByLabelText('Verification'), 'unchecked');
    await waitFor(() => expect(rowKeys()).toEqual(['indiamart:plain']));
    await user.selectOptions(screen.getByLabelText('Verification'), 'confirmed');
    await waitFor(() => expect(rowKeys()).toEqual(['alibaba:zhenben']));
    await user.selectOptions(screen.getByLabelText('Verification'), '');
    await user.selectOptions(screen.getByLabelText('Claim'), '');

    const supplierHeader = screen.getByRole('button', { name: /^Supplier/ });
    await user.click(supplierHeader);
    await waitFor(() => expect(rowKeys()).toEqual(['made-in-china:evil', 'indiamart:plain', 'alibaba:zhenben']));
    expect(supplierHeader.closest('th')!.getAttribute('aria-sort')).toBe('ascending');
    await user.click(supplierHeader);
    expect(supplierHeader.closest('th')!.getAttribute('aria-sort')).toBe('descending');
  });

  it('pages through many suppliers 50 at a time', async () => {
    const db = freshDb();
    await db.suppliers.bulkPut(Array.from({ length: 120 }, (_, i) => supplierRow(`alibaba:s${String(i).padStart(3, '0')}`, { lastSeen: i })));
    const user = userEvent.setup();
    render(<Dashboard db={db} />);
    await waitFor(() => expect(rowKeys()).toHaveLength(50));
    expect(screen.getByText('Page 1 of 3')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await waitFor(() => expect(rowKeys()).toHaveLength(20));
    expect(rowKeys()[19]).toBe('alibaba:s000');
  });

  it('compares the selected suppliers: a matrix of claims with evidence, red flags and verification, notes beside', async () => {
    const db = freshDb();
    await seedBasic(db);
    const user = userEvent.setup();
    render(<Dashboard db={db} />);
    await waitFor(() => expect(rowKeys()).toHaveLength(3));
    await user.click(screen.getByRole('checkbox', { name: 'Select 深圳市振本包装有限公司' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select Plain Exports' }));
    await user.click(screen.getByTestId('compare-selected'));
    const compare = await screen.findByTestId('compare');
    const rows = within(compare).getAllByTestId('compare-row');
    expect(rows.map((r) => r.dataset.supplierKey)).toEqual(['alibaba:zhenben', 'indiamart:plain']);
    const cell = (row: HTMLElement, id: string) => row.querySelector<HTMLElement>(`[data-testid="compare-cell"][data-claim-id="${id}"]`)!;
    expect(cell(rows[0]!, 'iso-9001').dataset).toMatchObject({ evidence: 'supplier', verification: 'confirmed' });
    expect(within(cell(rows[0]!, 'iso-9001')).getByTestId('flag').dataset.flag).toBe('obsolete');
    expect(cell(rows[0]!, 'alibaba-verified').dataset.evidence).toBe('platform');
    expect(cell(rows[1]!, 'alibaba-verified').textContent).toBe('—');
    expect(cell(rows[1]!, 'iso-9001').dataset.verification).toBe('unchecked');
    expect(within(rows[0]!).getByTestId('compare-notes').textContent).toBe('Asked for the audit report');
    // iso-9001 (two suppliers) comes before alibaba-verified (one).
    const heads = [...compare.querySelectorAll('thead th[data-claim-id]')].map((th) => th.getAttribute('data-claim-id'));
    expect(heads).toEqual(['iso-9001', 'alibaba-verified']);
  });

  it('tags a supplier from its row and filters by the tag', async () => {
    const db = freshDb();
    await seedBasic(db);
    const user = userEvent.setup();
    render(<Dashboard db={db} />);
    await waitFor(() => expect(rowKeys()).toHaveLength(3));
    await user.click(screen.getByRole('button', { name: 'Edit tags of Plain Exports' }));
    await user.type(screen.getByRole('textbox', { name: /Tags of Plain Exports/ }), 'audit due, textiles{Enter}');
    await waitFor(() => expect(screen.getByLabelText('Tag').querySelectorAll('option')).toHaveLength(3));
    await user.selectOptions(screen.getByLabelText('Tag'), 'textiles');
    await waitFor(() => expect(rowKeys()).toEqual(['indiamart:plain']));
    expect((await db.tags.get('indiamart:plain'))?.tags).toEqual(['audit due', 'textiles']);
  });

  it('a corrupt import file is refused with the reason, and nothing changes', async () => {
    const db = freshDb();
    await seedBasic(db);
    const user = userEvent.setup();
    render(<Dashboard db={db} />);
    await waitFor(() => expect(rowKeys()).toHaveLength(3));
    const input = screen.getByTestId('import-file') as HTMLInputElement;
    await user.upload(input, new File(['{"format":"certlens-backup","version":1,"tab'], 'backup.json', { type: 'application/json' }));
    const error = await screen.findByTestId('import-error');
    expect(error.textContent).toMatch(/nothing was changed/);
    expect(error.textContent).toMatch(/not complete JSON/);
    expect(screen.queryByTestId('import-preview')).toBeNull();
    expect(await db.suppliers.count()).toBe(3);
  });

  it('shortlists: delete with undo from the side column', async () => {
    const db = freshDb();
    await seedBasic(db);
    const list = await createShortlist(db, 'Mugs');
    await addToShortlist(db, list.id, 'alibaba:zhenben');
    const user = userEvent.setup();
    render(<Dashboard db={db} />);
    await screen.findByTestId('shortlist');
    await user.click(screen.getByRole('button', { name: 'Delete Mugs' }));
    await waitFor(() => expect(screen.queryByTestId('shortlist')).toBeNull());
    expect(await db.shortlistMembers.count()).toBe(0);
    await user.click(screen.getByTestId('undo-delete'));
    await screen.findByTestId('shortlist');
    expect(await db.shortlistMembers.count()).toBe(1);
    await act(async () => {});
  });
});
