import * as z from 'zod/mini';
import { CLAIM_IDS } from '../claims/ids';
import { PROTOCOL, PROTOCOL_VERSION } from './envelope';

/**
 * Background → content direction, in zod/mini so the content script can validate what it
 * receives for a few kilobytes (full zod would triple its size).
 */
const envelope = { protocol: z.literal(PROTOCOL), v: z.literal(PROTOCOL_VERSION) };

/** Command: scan the page again now (the side panel's "rescan", or after the extension updates). */
export const RescanCommandSchema = z.object({ ...envelope, type: z.literal('rescan') });

export const BackgroundToContentSchema = z.discriminatedUnion('type', [RescanCommandSchema]);
export type BackgroundToContent = z.infer<typeof BackgroundToContentSchema>;

/** What the hover card shows for one claim: only this goes into the page, never notes. */
export const CardInfoSchema = z.object({
  name: z.string().check(z.maxLength(120)),
  summary: z.string().check(z.maxLength(200)),
  /** Red flags of this claim, each "pattern: why" or "version ended on date", one or two sentences. */
  flagNotes: z.array(z.string().check(z.maxLength(600))).check(z.maxLength(10)),
});
export type CardInfo = z.infer<typeof CardInfoSchema>;

/**
 * Verification statuses as the page may see them: the same list as VERIFICATION_STATUSES in
 * lib/db/verification-records.ts (a test keeps them equal), repeated here because that file
 * builds full zod schemas the content script must not bundle.
 */
export const CARD_STATUSES = [
  'unchecked',
  'asked-supplier',
  'confirmed',
  'not-found',
  'mismatch',
  'expired',
  'not-publicly-checkable',
] as const;
export type CardStatus = (typeof CARD_STATUSES)[number];

/**
 * A supplier's verification as the hover card and markers show it (lib/verify/card-progress.ts
 * builds it): a fixed vocabulary and counts, never anything the user typed.
 */
export const CardVerificationSchema = z.object({
  supplierKey: z.string().check(z.maxLength(200)),
  progress: z.string().check(z.maxLength(60)),
  confirmed: z.int().check(z.minimum(0)),
  total: z.int().check(z.minimum(0)),
  /** Keyed `${claimId}|${version}` ('' when none); unchecked claims are absent. */
  statuses: z.record(z.string().check(z.maxLength(300)), z.enum(CARD_STATUSES)),
  /** Same keys: YYYY-MM-DD the status dates from (checked / asked / valid until). */
  dates: z.optional(z.record(z.string().check(z.maxLength(300)), z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)))),
});
export type CardVerification = z.infer<typeof CardVerificationSchema>;

/** The answer to a card-info request. Unknown ids are simply absent. */
export const CardInfoResponseSchema = z.object({
  ok: z.literal(true),
  cards: z.partialRecord(z.enum(CLAIM_IDS), CardInfoSchema),
  /** Per supplier key, when the request named suppliers (issue #5). */
  verification: z.optional(z.record(z.string().check(z.maxLength(200)), CardVerificationSchema)),
});
export type CardInfoResponse = z.infer<typeof CardInfoResponseSchema>;
