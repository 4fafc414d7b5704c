import { z } from 'zod';
import { CLAIM_IDS } from '../claims/ids';
import { PageScanSchema } from '../scan/page-scan';
import { PROTOCOL, PROTOCOL_VERSION } from './envelope';

export { PROTOCOL, PROTOCOL_VERSION, cardInfoRequest, pageScanMessage, rescanCommand } from './envelope';
export {
  BackgroundToContentSchema,
  CardInfoResponseSchema,
  CardInfoSchema,
  CardVerificationSchema,
  RescanCommandSchema,
  type BackgroundToContent,
  type CardInfo,
  type CardInfoResponse,
  type CardVerification,
} from './to-content';

/**
 * The message protocol between the content script and the background (issue #2).
 * One discriminated union per direction; every message carries the protocol name and version
 * so a receiver can drop anything that is not ours or not this version. Receivers `safeParse`,
 * log and drop bad input (see lib/messages/background-router.ts).
 */

const envelope = {
  protocol: z.literal(PROTOCOL),
  v: z.literal(PROTOCOL_VERSION),
};

/** At most this many claim ids per card-info request (a page has a few dozen at most). */
export const MAX_CARD_IDS = 100;
/** At most this many suppliers per card-info request (a list page shows a few dozen cards). */
export const MAX_CARD_SUPPLIERS = 100;

/** Event: the content script scanned its page (after load, a DOM change or an in-page navigation). */
export const PageScanMessageSchema = z.object({
  ...envelope,
  type: z.literal('page-scan'),
  scan: PageScanSchema,
});
export type PageScanMessage = z.infer<typeof PageScanMessageSchema>;

/**
 * Command: the content script asks for what the hover card shows for these claims.
 * The catalog lives in the background so the content script bundles none of its prose.
 */
export const CardInfoRequestSchema = z.object({
  ...envelope,
  type: z.literal('card-info'),
  ids: z.array(z.enum(CLAIM_IDS)).min(1).max(MAX_CARD_IDS),
  /** Optional (issue #5): the page's suppliers and their claims, to answer with their verification progress. */
  suppliers: z
    .array(
      z.object({
        key: z.string().min(3).max(200),
        claims: z.array(z.object({ id: z.enum(CLAIM_IDS), version: z.string().max(40).optional() })).max(MAX_CARD_IDS),
      }),
    )
    .max(MAX_CARD_SUPPLIERS)
    .optional(),
});
export type CardInfoRequest = z.infer<typeof CardInfoRequestSchema>;

export const ContentToBackgroundSchema = z.discriminatedUnion('type', [
  PageScanMessageSchema,
  CardInfoRequestSchema,
]);
export type ContentToBackground = z.infer<typeof ContentToBackgroundSchema>;

/** The answer to a page-scan event (for tests and logs: what the badge now says). */
export const PageScanAckSchema = z.object({ ok: z.literal(true), badge: z.string() });
export type PageScanAck = z.infer<typeof PageScanAckSchema>;

export const ErrorResponseSchema = z.object({ ok: z.literal(false), error: z.string() });
export type ErrorResponse = z.infer<typeof ErrorResponseSchema>;
