import { describe, expect, it } from 'vitest';
import { CardVerificationSchema, cardVerification } from '../../../lib/verify/card-progress';

describe('cardVerification', () => {
  it('carries statuses and counts only, never what the user typed', () => {
    const card = cardVerification(
      'alibaba:zb',
      [{ id: 'iso-9001', version: 'ISO 9001:2015' }, { id: 'ce' }, { id: 'amfori-bsci' }],
      [
        { claimId: 'iso-9001', version: 'ISO 9001:2015', status: 'confirmed', expiryDate: '2099-01-01', checkedOn: '2026-03-12', certificateNumber: 'SECRET-123', note: 'private' } as never,
        { claimId: 'ce', version: '', status: 'confirmed', expiryDate: '2020-01-01', checkedOn: '2019-05-01' },
        { claimId: 'amfori-bsci', version: '', status: 'unchecked', askedOn: '2026-11-01' },
      ],
      '2026-11-27',
    );
    expect(card).toEqual({
      supplierKey: 'alibaba:zb',
      progress: '1 of 3 claims confirmed',
      confirmed: 1,
      total: 3,
      statuses: { 'iso-9001|ISO 9001:2015': 'confirmed', 'ce|': 'expired' },
      // The day each status dates from: the check, or for an expired certificate its last valid day.
      dates: { 'iso-9001|ISO 9001:2015': '2026-03-12', 'ce|': '2020-01-01' },
    });
    expect(JSON.stringify(card)).not.toMatch(/SECRET|private/);
    expect(CardVerificationSchema.parse(card)).toEqual(card);
  });

  it('dates a request to the supplier by the day it was asked, and leaves out days never recorded', () => {
    const card = cardVerification(
      'alibaba:zb',
      [{ id: 'ce' }, { id: 'fcc' }],
      [
        { claimId: 'ce', version: '', status: 'asked-supplier', askedOn: '2026-11-20', checkedOn: '2026-01-01' },
        { claimId: 'fcc', version: '', status: 'not-found' },
      ],
      '2026-11-27',
    );
    expect(card.dates).toEqual({ 'ce|': '2026-11-20' });
    expect(card.statuses).toEqual({ 'ce|': 'asked-supplier', 'fcc|': 'not-found' });
  });
});
