import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { PageScan } from '../../../lib/scan/page-scan';
import { renderPanel, supplierPageScan } from './fixtures';

afterEach(cleanup);

function claimRow(id: string): HTMLElement {
  const row = document.querySelector<HTMLElement>(`[data-testid="claim"][data-claim-id="${id}"]`);
  if (!row) throw new Error(`no claim row for ${id}`);
  return row;
}

describe('side panel: one supplier', () => {
  it('shows the supplier header with marketplace label, years, country, business type and badges', async () => {
    renderPanel(supplierPageScan());
    const section = await screen.findByTestId('supplier');
    expect(section.dataset.supplierKey).toBe('alibaba:zhenbenchina');
    expect(within(section).getByTestId('supplier-name').textContent).toBe('Zhenben Packaging Co., Ltd.');
    expect(section.textContent).toContain('Alibaba.com · 6 yrs · CN · Manufacturer, Trading Company');
    expect(within(section).getByRole('list', { name: 'Badges shown by the marketplace' }).textContent).toContain(
      'Verified Supplier',
    );
  });

  it('splits claims into Platform says and Supplier says, each row tagged with its evidence', async () => {
    renderPanel(supplierPageScan());
    const platform = await screen.findByRole('region', { name: 'Platform says' });
    const supplier = screen.getByRole('region', { name: 'Supplier says' });
    const ids = (el: HTMLElement) =>
      within(el)
        .getAllByTestId('claim')
        .map((c) => [c.dataset.claimId, c.dataset.evidence]);
    expect(ids(platform)).toEqual([['alibaba-verified', 'platform']]);
    expect(ids(supplier)).toEqual([
      ['iso-9001', 'supplier'],
      ['amfori-bsci', 'supplier'],
    ]);
    // No blended score anywhere.
    expect(document.body.textContent).not.toMatch(/score|trust level/i);
  });

  it('names each claim from the catalog and quotes the page, with stated numbers marked unverified', async () => {
    renderPanel(supplierPageScan());
    const row = await waitFor(() => claimRow('iso-9001'));
    expect(within(row).getAllByRole('button')[0].textContent).toContain('ISO 9001');
    expect(row.textContent).toContain('“ISO9001:2008”');
    expect(row.textContent).toContain('Q 123/45');
    expect(row.textContent).toContain('TÜV');
    expect(row.textContent).toMatch(/2019/);
    expect(row.textContent).toContain('Stated on the page, not verified.');
  });

  it('falls back to the claim id when the catalog has no entry yet', async () => {
    const scan = supplierPageScan();
    scan.suppliers[0].claims = [{ id: 'gots', text: 'GOTS', evidence: 'supplier', flags: [] }];
    renderPanel(scan);
    const row = await waitFor(() => claimRow('gots'));
    expect(within(row).getByRole('button').textContent).toBe('gots');
    await userEvent.click(within(row).getByRole('button'));
    expect(within(row).getByTestId('claim-details').textContent).toContain('no explanation for “gots” yet');
  });

  it('opens a claim to every catalog field, with registries and sources as safe new-tab links', async () => {
    renderPanel(supplierPageScan());
    const row = await waitFor(() => claimRow('iso-9001'));
    const button = within(row).getAllByRole('button')[0];
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(within(row).queryByTestId('claim-details')).toBeNull();

    await userEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const details = within(row).getByTestId('claim-details');
    expect(button.getAttribute('aria-controls')).toBe(details.id);
    for (const text of [
      'Test certifies',
      'Test does-not',
      'Test owner',
      'Test issuer',
      'Test validity',
      'Test scale',
      'Test ask',
      'Test verify',
      'Test why: ISO approves nobody.',
    ]) {
      expect(details.textContent).toContain(text);
    }
    const registry = within(details).getByRole('link', { name: 'Test Registry' });
    expect(registry.getAttribute('href')).toBe('https://registry.example.org/search');
    // The stated number prefills the registry's public URL pattern.
    const lookup = within(details).getByRole('link', { name: 'Look up Q 123/45' });
    expect(lookup.getAttribute('href')).toBe('https://registry.example.org/cert/Q%20123%2F45');
    const source = within(details).getByRole('link', { name: 'Test source on ISO 9001' });
    expect(source.getAttribute('href')).toBe('https://source.example.org/iso-9001');
    for (const a of within(details).getAllByRole('link')) {
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toBe('noreferrer');
    }

    await userEvent.click(button);
    expect(within(row).queryByTestId('claim-details')).toBeNull();
  });

  it('opens with the keyboard', async () => {
    renderPanel(supplierPageScan());
    await waitFor(() => claimRow('iso-9001'));
    const user = userEvent.setup();
    // Tab past the header's controls (Open dashboard, Add to shortlist) to the first claim
    // button reached: the platform group's.
    for (let i = 0; i < 10 && !document.activeElement?.closest('[data-testid="claim"]'); i++) await user.tab();
    expect(document.activeElement?.closest('[data-testid="claim"]')?.getAttribute('data-claim-id')).toBe(
      'alibaba-verified',
    );
    await user.keyboard('{Enter}');
    expect(within(claimRow('alibaba-verified')).getByTestId('claim-details')).toBeTruthy();
  });

  it('explains flags in words, with the catalog’s matching red flag', async () => {
    renderPanel(supplierPageScan());
    const iso = await waitFor(() => claimRow('iso-9001'));
    const obsolete = within(iso).getByTestId('flag');
    expect(obsolete.dataset.flag).toBe('obsolete');
    const isoFlag = obsolete.closest('li')!;
    expect(isoFlag.textContent).toMatch(/Certificates to ISO 9001:2008 stopped being valid on .*2018/);
    expect(isoFlag.textContent).toContain('replaced by ISO 9001:2015');
    expect(isoFlag.textContent).toContain('Test why: that version is withdrawn');

    const bsci = claimRow('amfori-bsci');
    const misnomer = within(bsci).getByTestId('flag');
    expect(misnomer.dataset.flag).toBe('misnomer');
    const bsciFlag = misnomer.closest('li')!;
    expect(bsciFlag.textContent).toMatch(/The wording “BSCI certified” misnames it/);
    expect(bsciFlag.textContent).toContain('Test why: BSCI is an audit, not a certificate.');

    // A claim without flags shows no flag badge.
    expect(within(claimRow('alibaba-verified')).queryByTestId('flag')).toBeNull();
  });

  it('shows a red flag once when two flags of one claim point at it', async () => {
    const scan = supplierPageScan();
    scan.suppliers[0].claims = [{ id: 'iso-9001', text: 'ISO approved', evidence: 'supplier', flags: ['vague', 'misnomer'] }];
    renderPanel(scan);
    const row = await waitFor(() => claimRow('iso-9001'));
    expect(within(row).getAllByTestId('flag').map((f) => f.dataset.flag)).toEqual(['vague', 'misnomer']);
    expect(row.textContent!.split('Test why: ISO approves nobody.')).toHaveLength(2);
  });

  it('shows a supplier flag with its reason', async () => {
    const scan = supplierPageScan();
    scan.suppliers[0].flags = ['implausible'];
    scan.suppliers[0].flagReasons = ['Claims 38 unrelated standards on one card.'];
    renderPanel(scan);
    const section = await screen.findByTestId('supplier');
    const flag = within(section)
      .getAllByTestId('flag')
      .find((f) => f.dataset.flag === 'implausible')!;
    expect(flag.closest('li')!.textContent).toContain('Claims 38 unrelated standards on one card.');
  });

  it('renders a hostile supplier name and claim text as text, never as HTML', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const scan = supplierPageScan();
    scan.suppliers[0].name = hostile;
    scan.suppliers[0].claims[1].text = '<b>ISO</b><script>alert(2)</script>';
    scan.suppliers[0].badges = ['<svg onload=alert(3)>'];
    renderPanel(scan);
    const name = await screen.findByTestId('supplier-name');
    expect(name.textContent).toBe(hostile);
    expect(screen.getByTestId('notes').getAttribute('aria-label')).toBe(`Notes on ${hostile}`);
    const panel = screen.getByTestId('panel');
    expect(panel.querySelector('img, script, svg, b')).toBeNull();
    expect(panel.textContent).toContain('<script>alert(2)</script>');
  });
});

describe('side panel: other pages', () => {
  it('collapses a list page to suppliers with counts, and expands one at a time', async () => {
    const base = supplierPageScan().suppliers[0];
    const scan: PageScan = {
      url: 'https://www.made-in-china.com/manufacturers/bottle.html',
      marketplace: 'made-in-china',
      pageKind: 'search',
      claims: [],
      suppliers: [
        { ...base, key: 'made-in-china:one', name: 'One Co.' },
        { ...base, key: 'made-in-china:two', name: 'Two Co.', claims: base.claims.slice(0, 1) },
      ],
    };
    renderPanel(scan);
    const sections = await screen.findAllByTestId('supplier');
    expect(sections).toHaveLength(2);
    expect(screen.queryAllByTestId('claim')).toHaveLength(0);
    expect(screen.getByText(/2 suppliers on this page/)).toBeTruthy();
    const [one, two] = sections.map((s) => within(s).getByRole('button'));
    expect(one.textContent).toContain('3 claims · 2 flagged');
    expect(two.textContent).toContain('1 claim');

    await userEvent.click(two);
    expect(two.getAttribute('aria-expanded')).toBe('true');
    expect(within(sections[1]).getAllByTestId('claim')).toHaveLength(1);
    expect(within(sections[1]).getByRole('region', { name: 'Platform says' })).toBeTruthy();
    expect(sections[1].textContent).toContain('Made-in-China.com');

    await userEvent.click(one);
    expect(one.getAttribute('aria-expanded')).toBe('true');
    expect(two.getAttribute('aria-expanded')).toBe('false');
    expect(screen.getAllByTestId('claim')).toHaveLength(3);
  });

  it('shows page-level claims of a generic page in their own section', async () => {
    renderPanel({
      url: 'https://example.com/about',
      marketplace: 'generic',
      pageKind: 'other',
      suppliers: [],
      claims: [{ id: 'iso-9001', text: 'ISO 9001', evidence: 'supplier', flags: [] }],
    });
    const section = await screen.findByRole('region', { name: 'On this page' });
    expect(within(section).getAllByTestId('claim').map((c) => c.dataset.claimId)).toEqual(['iso-9001']);
    expect(screen.queryByTestId('empty-state')).toBeNull();
  });

  it('shows the blocked notice on a bot-check page, and no claims', async () => {
    renderPanel({ ...supplierPageScan(), pageKind: 'blocked', blockedReason: 'captcha' });
    const notice = await screen.findByTestId('blocked-notice');
    expect(notice.textContent).toContain(
      'The site showed a bot check; CertLens did not read this page. Solve it and the page will be scanned.',
    );
    expect(screen.queryAllByTestId('claim')).toHaveLength(0);
  });

  it('shows the empty state on a tab with no scan', async () => {
    renderPanel(null);
    expect((await screen.findByTestId('empty-state')).textContent).toContain('No supplier page on this tab');
  });
});

describe('side panel: following tabs', () => {
  it('follows tab switches, new scans and navigations of the shown tab', async () => {
    const { tabs } = renderPanel(null, { tabId: 1 });
    await screen.findByTestId('empty-state');

    tabs.store(2, supplierPageScan());
    act(() => tabs.activate(2));
    expect((await screen.findByTestId('supplier-name')).textContent).toBe('Zhenben Packaging Co., Ltd.');

    // The background writes a new scan for the shown tab.
    const next = supplierPageScan();
    next.suppliers[0].name = 'Renamed Co.';
    act(() => tabs.push(2, next));
    await waitFor(() => expect(screen.getByTestId('supplier-name').textContent).toBe('Renamed Co.'));

    // A scan for another tab changes nothing here.
    act(() => tabs.push(3, null));
    expect(screen.getByTestId('supplier-name').textContent).toBe('Renamed Co.');

    // The shown tab navigates away: the re-read finds nothing.
    tabs.store(2, null);
    act(() => tabs.navigated(2));
    await screen.findByTestId('empty-state');
  });
});
