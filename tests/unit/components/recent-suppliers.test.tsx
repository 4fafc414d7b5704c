import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DbProvider } from '../../../components/db-context';
import { formatSeen } from '../../../components/format';
import { RecentSuppliers } from '../../../components/recent-suppliers';
import { recordPageScan } from '../../../lib/db';
import type { PageScan } from '../../../lib/scan/page-scan';
import { freshDb } from './fixtures';

afterEach(cleanup);

const NOW = Date.UTC(2026, 10, 27, 12, 0);
const HOUR = 3_600_000;

function page(key: string, name: string, marketplace: PageScan['marketplace'], url: string): PageScan {
  return { url, marketplace, pageKind: 'supplier', claims: [], suppliers: [{ key, name, flags: [], claims: [], url }] };
}

describe('recent suppliers', () => {
  it('lists suppliers most recent first, with marketplace, when, and a link', async () => {
    const db = freshDb();
    await recordPageScan(db, page('alibaba:a', 'Alpha', 'alibaba', 'https://a.en.alibaba.com/'), NOW - 50 * HOUR);
    await recordPageScan(db, page('made-in-china:b', 'Beta', 'made-in-china', 'https://b.en.made-in-china.com/'), NOW - 2 * HOUR);
    render(
      <DbProvider db={db}>
        <RecentSuppliers now={NOW} />
      </DbProvider>,
    );
    const list = await screen.findByTestId('recent-suppliers');
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(2));
    const [first, second] = within(list).getAllByRole('listitem');
    expect(first.dataset.supplierKey).toBe('made-in-china:b');
    expect(first.textContent).toContain('Made-in-China.com');
    expect(first.textContent).toContain(formatSeen(NOW - 2 * HOUR, NOW));
    expect(within(first).getByRole('link', { name: 'Beta' }).getAttribute('href')).toBe('https://b.en.made-in-china.com/');
    expect(second.textContent).toContain('Alibaba.com');
    expect(second.querySelector('time')?.getAttribute('dateTime')).toBe(new Date(NOW - 50 * HOUR).toISOString());
  });

  it('updates live when the background records another page', async () => {
    const db = freshDb();
    render(
      <DbProvider db={db}>
        <RecentSuppliers now={NOW} />
      </DbProvider>,
    );
    const list = await screen.findByTestId('recent-suppliers');
    expect(list.textContent).toContain('None yet');
    await act(() => recordPageScan(db, page('alibaba:c', 'Gamma', 'alibaba', 'https://c.en.alibaba.com/'), NOW));
    await waitFor(() => expect(within(list).getByRole('link', { name: 'Gamma' })).toBeTruthy());
  });

  it('never turns a javascript: URL from a page into a link', async () => {
    const db = freshDb();
    await recordPageScan(db, page('alibaba:evil', 'Evil', 'alibaba', 'javascript:alert(1)'), NOW);
    render(
      <DbProvider db={db}>
        <RecentSuppliers now={NOW} />
      </DbProvider>,
    );
    const list = await screen.findByTestId('recent-suppliers');
    await waitFor(() => expect(list.textContent).toContain('Evil'));
    expect(within(list).queryByRole('link')).toBeNull();
  });
});

describe('formatSeen', () => {
  it('words the time with Intl, in the largest unit that fits', () => {
    expect(formatSeen(NOW - 30_000, NOW, 'en')).toBe('now');
    expect(formatSeen(NOW - 5 * 60_000, NOW, 'en')).toBe('5 minutes ago');
    expect(formatSeen(NOW - 3 * HOUR, NOW, 'en')).toBe('3 hours ago');
    expect(formatSeen(NOW - 26 * HOUR, NOW, 'en')).toBe('yesterday');
    expect(formatSeen(NOW - 9 * 24 * HOUR, NOW, 'en')).toBe('last week');
  });
});
