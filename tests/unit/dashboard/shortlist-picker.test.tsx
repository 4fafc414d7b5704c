import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createShortlist } from '../../../lib/db/shortlists';
import { renderPanel, supplierPageScan } from '../components/fixtures';

afterEach(cleanup);

describe('Add to shortlist in the side panel', () => {
  it('creates a shortlist and adds the supplier in one step, recording the supplier if the background has not yet', async () => {
    const { db } = renderPanel(supplierPageScan());
    const user = userEvent.setup();
    const section = await screen.findByTestId('supplier');
    const button = within(section).getByTestId('add-to-shortlist');
    expect(button.textContent).toBe('Add to shortlist');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    await user.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    await user.type(within(section).getByRole('textbox', { name: 'New shortlist name' }), 'Packaging 2027');
    await user.click(within(section).getByRole('button', { name: 'Create and add' }));
    await waitFor(() => expect(within(section).getByTestId('shortlist-status').textContent).toBe('Added to new shortlist “Packaging 2027”'));
    await waitFor(() => expect(button.textContent).toBe('On 1 shortlist'));
    const [list] = await db.shortlists.toArray();
    expect(list!.name).toBe('Packaging 2027');
    expect((await db.shortlistMembers.toArray()).map((m) => m.supplierKey)).toEqual(['alibaba:zhenbenchina']);
    // The supplier's record exists, so a share file can name it.
    expect((await db.suppliers.get('alibaba:zhenbenchina'))?.name).toBe('Zhenben Packaging Co., Ltd.');
  });

  it('ticks and unticks existing shortlists; Escape closes the menu and returns focus', async () => {
    const { db } = renderPanel(supplierPageScan());
    await createShortlist(db, 'Mugs');
    await createShortlist(db, 'Bottles');
    const user = userEvent.setup();
    const section = await screen.findByTestId('supplier');
    const button = within(section).getByTestId('add-to-shortlist');
    await user.click(button);
    const bottles = await within(section).findByRole('checkbox', { name: 'Bottles' });
    await user.click(bottles);
    await waitFor(() => expect(button.textContent).toBe('On 1 shortlist'));
    expect(bottles).toHaveProperty('checked', true);
    await user.click(within(section).getByRole('checkbox', { name: 'Mugs' }));
    await waitFor(() => expect(button.textContent).toBe('On 2 shortlists'));
    await user.click(bottles);
    await waitFor(() => expect(button.textContent).toBe('On 1 shortlist'));
    expect(await db.shortlistMembers.count()).toBe(1);
    await user.keyboard('{Escape}');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(button);
  });

  it('the panel links to the dashboard', async () => {
    renderPanel(supplierPageScan());
    const link = await screen.findByTestId('open-dashboard');
    expect(link.getAttribute('href')).toBe('dashboard.html');
    expect(link.getAttribute('target')).toBe('_blank');
  });
});
