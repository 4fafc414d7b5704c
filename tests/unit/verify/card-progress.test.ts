import { describe, expect, it } from 'vitest';
import { CardVerificationSchema, cardVerification } from '../../../lib/verify/card-progress';

describe('cardVerification', () => {
  it('carries statuses and counts only, never what the user typed', () => {
    const card = cardVerification(
      'alibaba:zb',
      [{ id: 'iso-9001', version: 'ISO 9001:2015' }, { id: 'ce' }, { id: 'amfori-bsci' }],
      [
        { claimId: 'iso-9001', version: 'ISO 9001:2015', status: 'confirmed', expiryDate: '2099-01-01', certificateNumber: 'SECRET-123', note: 'private' } as never,
        { claimId: 'ce', version: '', status: 'confirmed', expiryDate: '2020-01-01' },
        { claimId: 'amfori-bsci', version: '', status: 'unchecked' },
      ],
      '2026-11-27',
    );
    expect(card).toEqual({
      supplierKey: 'alibaba:zb',
      progress: '1 of 3 claims confirmed',
      confirmed: 1,
      total: 3,
      statuses: { 'iso-9001|ISO 9001:2015': 'confirmed', 'ce|': 'expired' },
    });
    expect(JSON.stringify(card)).not.toMatch(/SECRET|private/);
    expect(CardVerificationSchema.parse(card)).toEqual(card);
  });
});
