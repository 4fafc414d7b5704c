import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, formatIsoDay, isIsoDay, isoDay } from '../../../lib/verify/dates';
import { daysLeft, effectiveStatus, isPastExpiry, reminderDue } from '../../../lib/verify/expiry';
import { supplierProgress } from '../../../lib/verify/progress';
import { describeOutcome } from '../../../lib/verify/status';

// A fake clock: 27 Nov 2026, midday local time.
const NOW = new Date(2026, 10, 27, 12, 0, 0).getTime();
const TODAY = isoDay(NOW);

describe('dates', () => {
  it('reads the local day from the clock', () => {
    expect(TODAY).toBe('2026-11-27');
    expect(isoDay(new Date(2026, 11, 31, 23, 59).getTime())).toBe('2026-12-31');
  });
  it('counts days across months and leap years', () => {
    expect(daysBetween('2026-11-27', '2026-12-27')).toBe(30);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-01-05', -30)).toBe('2026-12-06');
  });
  it('rejects impossible days and formats readable ones', () => {
    expect(isIsoDay('2026-02-30')).toBe(false);
    expect(isIsoDay('2026-2-3')).toBe(false);
    expect(isIsoDay('2028-02-29')).toBe(true);
    expect(formatIsoDay('2027-03-12')).toBe('12 Mar 2027');
  });
});

describe('expiry', () => {
  it('is valid through the expiry day and expired the day after', () => {
    expect(isPastExpiry('2026-11-27', TODAY)).toBe(false);
    expect(isPastExpiry('2026-11-26', TODAY)).toBe(true);
    expect(isPastExpiry(undefined, TODAY)).toBe(false);
    expect(isPastExpiry('soon', TODAY)).toBe(false);
  });

  it('shows a confirmed record past its expiry as expired, and leaves other outcomes alone', () => {
    expect(effectiveStatus({ status: 'confirmed', expiryDate: '2026-11-26' }, TODAY)).toBe('expired');
    expect(effectiveStatus({ status: 'confirmed', expiryDate: '2027-11-26' }, TODAY)).toBe('confirmed');
    expect(effectiveStatus({ status: 'confirmed' }, TODAY)).toBe('confirmed');
    expect(effectiveStatus({ status: 'mismatch', expiryDate: '2020-01-01' }, TODAY)).toBe('mismatch');
  });

  it('counts days left', () => {
    expect(daysLeft('2026-12-07', TODAY)).toBe(10);
    expect(daysLeft(undefined, TODAY)).toBeUndefined();
  });

  it('reminds once inside the window, not before, not after expiry, and again for a renewed certificate', () => {
    const r = { status: 'confirmed' as const, expiryDate: '2026-12-27' };
    expect(reminderDue(r, TODAY, 29)).toBe(false); // 30 days left
    expect(reminderDue(r, TODAY, 30)).toBe(true);
    expect(reminderDue({ ...r, remindedOn: '2026-11-27' }, TODAY, 30)).toBe(false);
    expect(reminderDue({ ...r, expiryDate: '2026-11-26' }, TODAY, 30)).toBe(false);
    expect(reminderDue({ ...r, status: 'not-found' }, TODAY, 30)).toBe(false);
    // Renewed: a new expiry date, the old reminder date is before the new window.
    expect(reminderDue({ ...r, expiryDate: '2026-12-20', remindedOn: '2025-12-01' }, TODAY, 30)).toBe(true);
  });
});

describe('outcome wording and progress', () => {
  it('words "not found" with the registry and date, never as fake', () => {
    const s = describeOutcome({ status: 'not-found', registryUsed: 'SGS Certified Client Directory', checkedOn: '2026-11-27' });
    expect(s).toBe('Not found in SGS Certified Client Directory on 27 Nov 2026.');
    expect(s).not.toMatch(/fake|fraud|forged/i);
  });

  it('counts confirmed claims over the page’s claims, not counting expired ones', () => {
    const p = supplierProgress(
      [{ id: 'iso-9001' }, { id: 'ce' }, { id: 'fcc' }, { id: 'amfori-bsci' }, { id: 'rohs' }, { id: 'iso-9001' }],
      [
        { claimId: 'iso-9001', version: '', status: 'confirmed', expiryDate: '2027-01-01' },
        { claimId: 'ce', version: '', status: 'confirmed' },
        { claimId: 'fcc', version: '', status: 'confirmed', expiryDate: '2026-01-01' },
        { claimId: 'amfori-bsci', version: '', status: 'asked-supplier' },
        { claimId: 'iso-14001', version: '', status: 'confirmed' },
      ],
      TODAY,
    );
    expect(p.text).toBe('2 of 5 claims confirmed');
    expect(p.byStatus).toEqual({ confirmed: 2, expired: 1, 'asked-supplier': 1, unchecked: 1 });
    expect(p.started).toBe(4);
  });
});
