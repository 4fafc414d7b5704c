import { describe, expect, it } from 'vitest';
import {
  BackgroundToContentSchema,
  cardInfoRequest,
  ContentToBackgroundSchema,
  pageScanMessage,
  PROTOCOL_VERSION,
  rescanCommand,
} from '../../../lib/messages/protocol';
import { sampleScan } from './helpers';

describe('message protocol', () => {
  it('accepts the messages its own builders make', () => {
    expect(ContentToBackgroundSchema.safeParse(pageScanMessage(sampleScan())).success).toBe(true);
    expect(ContentToBackgroundSchema.safeParse(cardInfoRequest(['iso-9001', 'ce'])).success).toBe(true);
    expect(BackgroundToContentSchema.safeParse(rescanCommand()).success).toBe(true);
  });

  it('drops another protocol version, another protocol name, or an unknown type', () => {
    const msg = pageScanMessage(sampleScan());
    expect(ContentToBackgroundSchema.safeParse({ ...msg, v: PROTOCOL_VERSION + 1 }).success).toBe(false);
    expect(ContentToBackgroundSchema.safeParse({ ...msg, protocol: 'other' }).success).toBe(false);
    expect(ContentToBackgroundSchema.safeParse({ ...msg, type: 'delete-everything' }).success).toBe(false);
  });

  it('rejects a scan that breaks the PageScan schema (unknown claim id)', () => {
    const scan = sampleScan();
    (scan.suppliers[0]!.claims[0] as { id: string }).id = 'iso-made-up';
    expect(ContentToBackgroundSchema.safeParse(pageScanMessage(scan)).success).toBe(false);
  });

  it('bounds card-info requests: no empty list, no unknown id, at most 100 ids', () => {
    expect(ContentToBackgroundSchema.safeParse(cardInfoRequest([])).success).toBe(false);
    expect(ContentToBackgroundSchema.safeParse({ ...cardInfoRequest(['ce']), ids: ['nope'] }).success).toBe(false);
    const many = Array.from({ length: 101 }, () => 'ce' as const);
    expect(ContentToBackgroundSchema.safeParse(cardInfoRequest(many)).success).toBe(false);
  });
});
