import { cleanup, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { OptionsPage } from '../../../components/verify/options-page';
import { getSettings, getSupplier, getVerification, saveSettings, saveVerification } from '../../../lib/db';
import { formatIsoDay, isoDay } from '../../../lib/verify/dates';
import { freshDb, renderPanel, supplierPageScan } from '../components/fixtures';

afterEach(cleanup);
// Live IndexedDB queries answer late on a loaded machine (the whole suite in parallel); the
// default 1 s made this file flaky there.
configure({ asyncUtilTimeout: 8000 });

const KEY = 'alibaba:zhenbenchina';
const today = () => isoDay(Date.now());
const row = (id: string) => document.querySelector<HTMLElement>(`[data-testid="claim"][data-claim-id="${id}"]`)!;

async function openChecklist(id: string) {
  const r = await waitFor(() => {
    const el = row(id);
    expect(within(el).getByTestId('verify-button')).toHaveProperty('disabled', false);
    return el;
  });
  await userEvent.click(within(r).getByTestId('verify-button'));
  return { row: r, list: within(r).getByTestId('verify-checklist') };
}

describe('verify a claim from the panel', () => {
  it('copies the request, prefills the registry link, compares the holder, records "confirmed", and keeps it', async () => {
    const user = userEvent.setup();
    const { db, unmount } = renderPanel(supplierPageScan());
    await waitFor(() => expect(screen.getByTestId('verify-progress').textContent).toContain('0 of 3 claims confirmed'));
    const { row: r, list } = await openChecklist('iso-9001');
    expect(within(r).getByTestId('verify-status').dataset.status).toBe('unchecked');

    // 1. Ask the supplier
    const en = within(list).getByTestId('verify-request-en').textContent!;
    expect(en).toContain('ISO 9001:2008');
    expect(en).toContain('certificate number');
    expect(within(list).getByTestId('verify-request-zh').textContent).toContain('证书编号');
    await user.click(within(list).getByTestId('copy-request'));
    await waitFor(() => expect(within(list).getByTestId('copy-status').textContent).toContain(`asked supplier” on ${formatIsoDay(today())}`));
    const copied = await navigator.clipboard.readText();
    expect(copied).toContain(en);
    expect(copied).toContain('您好');
    await waitFor(() => expect(within(r).getByTestId('verify-status').dataset.status).toBe('asked-supplier'));
    expect(await getVerification(db, [KEY, 'iso-9001', 'ISO 9001:2008'])).toMatchObject({ status: 'asked-supplier', askedOn: today() });

    // 2. Open the registry: the number stated on the page, encoded into the registry's pattern
    expect(within(list).getByTestId<HTMLInputElement>('verify-number').value).toBe('Q 123/45');
    const link = within(list).getByTestId('registry-link');
    expect(link.getAttribute('href')).toBe('https://registry.example.org/cert/Q%20123%2F45');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toContain('noopener');
    expect(link.dataset.prefilled).toBe('true');
    await user.clear(within(list).getByTestId('verify-number'));
    expect(within(list).getByTestId('registry-link').getAttribute('href')).toBe('https://registry.example.org/search');

    // 3. Holder name
    const holder = within(list).getByTestId('verify-holder');
    await user.type(holder, 'Hangzhou Other Trading Co., Ltd.');
    expect(within(list).getByTestId('holder-compare').dataset.verdict).toBe('mismatch');
    expect(within(list).getByRole('alert').textContent).toContain('does not match');
    await user.clear(holder);
    await user.type(holder, 'ZHENBEN PACKAGING CO.,LTD');
    expect(within(list).getByTestId('holder-compare').dataset.verdict).toBe('match');

    // 4. Record the outcome
    await user.type(within(list).getByTestId('verify-number'), 'CN-Q-778');
    await user.selectOptions(within(list).getByTestId('verify-outcome-status'), 'confirmed');
    // Date inputs take their value whole (a date picker, not typing).
    fireEvent.change(within(list).getByTestId('verify-issue-date'), { target: { value: '2024-07-01' } });
    fireEvent.change(within(list).getByTestId('verify-expiry-date'), { target: { value: '2099-06-30' } });
    await user.type(within(list).getByTestId('verify-scope'), 'Paper cups');
    // Not taken from the page: the page's "TÜV" and "valid until 2019" are unverified statements.
    expect(within(list).getByTestId<HTMLInputElement>('verify-issuing-body').value).toBe('');
    await user.type(within(list).getByTestId('verify-issuing-body'), 'TÜV Rheinland');
    await user.click(within(list).getByTestId('verify-save'));
    await waitFor(() =>
      expect(within(list).getByTestId('verify-save-status').textContent).toBe(
        `Saved: Confirmed in Test Registry on ${formatIsoDay(today())}, valid until 30 Jun 2099.`,
      ),
    );
    await waitFor(() => expect(within(r).getByTestId('verify-status').dataset.status).toBe('confirmed'));
    await waitFor(() => expect(screen.getByTestId('verify-progress').textContent).toContain('1 of 3 claims confirmed'));
    expect(await getVerification(db, [KEY, 'iso-9001', 'ISO 9001:2008'])).toMatchObject({
      status: 'confirmed',
      certificateNumber: 'CN-Q-778',
      holderName: 'ZHENBEN PACKAGING CO.,LTD',
      issuingBody: 'TÜV Rheinland',
      scope: 'Paper cups',
      issueDate: '2024-07-01',
      expiryDate: '2099-06-30',
      registryUsed: 'Test Registry',
      checkedOn: today(),
      askedOn: today(),
    });

    // The record is the supplier's: a fresh panel on the same database shows it.
    unmount();
    renderPanel(supplierPageScan(), { db });
    await waitFor(() => expect(within(row('iso-9001')).getByTestId('verify-status').dataset.status).toBe('confirmed'));
    expect(within(row('iso-9001')).getByTestId('verify-outcome').textContent).toContain('valid until 30 Jun 2099');
  });

  it('shows a confirmed record whose expiry has passed as expired', async () => {
    const db = freshDb();
    await saveVerification(db, [KEY, 'iso-9001', 'ISO 9001:2008'], { status: 'confirmed', expiryDate: '2020-01-31' });
    renderPanel(supplierPageScan(), { db });
    await waitFor(() => expect(within(row('iso-9001')).getByTestId('verify-status').dataset.status).toBe('expired'));
    expect(within(row('iso-9001')).getByTestId('verify-outcome').textContent).toContain('Expired on 31 Jan 2020');
    expect(screen.getByTestId('verify-progress').textContent).toContain('0 of 3 claims confirmed');
  });

  it('words "not found" with the registry and the date, never as fake', async () => {
    const user = userEvent.setup();
    renderPanel(supplierPageScan());
    const { row: r, list } = await openChecklist('iso-9001');
    await user.selectOptions(within(list).getByTestId('verify-outcome-status'), 'not-found');
    expect(within(list).getByTestId('not-found-wording').textContent).toContain(`Not found in Test Registry on ${formatIsoDay(today())}.`);
    await user.click(within(list).getByTestId('verify-save'));
    await waitFor(() => expect(within(r).getByTestId('verify-outcome').textContent).toBe(` Not found in Test Registry on ${formatIsoDay(today())}.`));
    expect(r.textContent).not.toMatch(/fake|fraud/i);
  });

  it('says amfori BSCI has no public registry and what to ask for instead', async () => {
    renderPanel(supplierPageScan());
    const { list } = await openChecklist('amfori-bsci');
    const none = within(list).getByTestId('no-registry');
    expect(none.textContent).toContain('no public registry');
    expect(none.textContent).toContain('Ask for instead: Test ask');
    expect(within(list).queryByTestId('registry-link')).toBeNull();
  });

  it('refuses an attachment over the size limit with a clear message', async () => {
    const user = userEvent.setup();
    renderPanel(supplierPageScan());
    const { list } = await openChecklist('iso-9001');
    const big = new File([new Uint8Array(6 * 1024 * 1024)], 'scan.pdf', { type: 'application/pdf' });
    await user.upload(within(list).getByTestId('verify-attachment-input'), big);
    await waitFor(() => expect(within(list).getByTestId('verify-attachment-error').textContent).toMatch(/6\.0 MB; attachments can be at most 5\.0 MB/));
  });

  it('renders the request and page text as text, not markup', async () => {
    const scan = supplierPageScan();
    scan.suppliers[0].claims[1] = { ...scan.suppliers[0].claims[1], version: '<img src=x onerror=alert(1)>' };
    renderPanel(scan);
    const { list } = await openChecklist('iso-9001');
    expect(within(list).getByTestId('verify-request-en').textContent).toContain('<img src=x onerror=alert(1)>');
    expect(document.querySelector('img[src="x"]')).toBeNull();
  });
});

describe('supplier sections', () => {
  it('checks a USCC as it is typed and saves identifiers on the supplier', async () => {
    const user = userEvent.setup();
    const { db } = renderPanel(supplierPageScan());
    const uscc = await screen.findByTestId('identifier-uscc');
    await user.type(uscc, '91350100M000100Y44');
    expect(screen.getByTestId('identifier-uscc-problem').textContent).toMatch(/check character/);
    await user.clear(uscc);
    await user.type(uscc, '91350100M000100Y43');
    expect(screen.queryByTestId('identifier-uscc-problem')).toBeNull();
    await user.click(screen.getByTestId('identifiers-save'));
    await waitFor(() => expect(screen.getByTestId('identifiers-status').textContent).toBe('Saved'));
    expect((await getSupplier(db, KEY))?.identifiers).toEqual({ uscc: '91350100M000100Y43' });
  });

  it('keeps the beyond-certificates ticks on the supplier', async () => {
    const user = userEvent.setup();
    const { db } = renderPanel(supplierPageScan());
    await user.click(await screen.findByTestId('beyond-pre-shipment-inspection'));
    await waitFor(async () => expect((await getSupplier(db, KEY))?.beyondCertificates).toEqual(['pre-shipment-inspection']));
    await waitFor(() => expect(screen.getByTestId<HTMLInputElement>('beyond-pre-shipment-inspection').checked).toBe(true));
  });

  it('shows what the chosen markets expect, claimed or not, with what to ask for', async () => {
    const db = freshDb();
    renderPanel(supplierPageScan(), { db });
    await waitFor(() => expect(screen.getByTestId('market-fit').textContent).toContain('Choose the markets you sell to'));
    await saveSettings(db, { markets: ['eu-retail'] });
    await waitFor(() => expect(screen.getAllByTestId('market-fit-item').length).toBeGreaterThan(3));
    const item = (id: string) => screen.getAllByTestId('market-fit-item').find((el) => el.dataset.claimId === id)!;
    expect(item('iso-9001').dataset.claimed).toBe('true');
    expect(item('amfori-bsci').dataset.claimed).toBe('true');
    expect(item('sedex-smeta').dataset.claimed).toBe('false');
    expect(item('sedex-smeta').textContent).toContain('Ask for:');
  });
});

describe('options page', () => {
  it('saves the markets and the reminder days', async () => {
    const user = userEvent.setup();
    const db = freshDb();
    render(<OptionsPage db={db} />);
    const boxes = await screen.findAllByTestId('options-market');
    await user.click(boxes.find((b) => (b as HTMLInputElement).value === 'eu-retail')!);
    await waitFor(async () => expect((await getSettings(db)).markets).toEqual(['eu-retail']));
    const days = screen.getByTestId('options-reminder-days');
    await user.clear(days);
    expect(screen.getByTestId('options-status').textContent).toMatch(/whole number/);
    await user.type(days, '14');
    await waitFor(async () => expect((await getSettings(db)).reminderDays).toBe(14));
    expect(screen.getByTestId('options-status').textContent).toBe('Saved');
  });
});
