import { z } from 'zod';
import { CLAIM_IDS } from '../claims/ids';
import { PageScanSchema } from '../scan/page-scan';

/**
 * The message protocol between the content script and the background (issue #2).
 * One discriminated union per direction; every message carries the protocol name and version
 * so a receiver can drop anything that is not ours or not this version. Receivers `safeParse`,
 * log and drop bad input (see lib/messages/background-router.ts).
 */
export const PROTOCOL = 'certlens' as const;
export const PROTOCOL_VERSION = 1 as const;

const envelope = {
  protocol: z.literal(PROTOCOL),
  v: z.literal(PROTOCOL_VERSION),
};

/** At most this many claim ids per card-info request (a page has a few dozen at most). */
export const MAX_CARD_IDS = 100;

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
});
export type CardInfoRequest = z.infer<typeof CardInfoRequestSchema>;

export const ContentToBackgroundSchema = z.discriminatedUnion('type', [
  PageScanMessageSchema,
  CardInfoRequestSchema,
]);
export type ContentToBackground = z.infer<typeof ContentToBackgroundSchema>;

/** Command: scan the page again now (the side panel's "rescan", or after the extension updates). */
export const RescanCommandSchema = z.object({
  ...envelope,
  type: z.literal('rescan'),
});

export const BackgroundToContentSchema = z.discriminatedUnion('type', [RescanCommandSchema]);
export type BackgroundToContent = z.infer<typeof BackgroundToContentSchema>;

/** What the hover card shows for one claim: only this goes into the page, never notes. */
export const CardInfoSchema = z.object({
  name: z.string().max(120),
  summary: z.string().max(200),
  /** Red flags of this claim, each "pattern: why" in one or two sentences. */
  flagNotes: z.array(z.string().max(600)).max(10),
});
export type CardInfo = z.infer<typeof CardInfoSchema>;

/** The answer to a card-info request. Unknown ids are simply absent. */
export const CardInfoResponseSchema = z.object({
  ok: z.literal(true),
  cards: z.partialRecord(z.enum(CLAIM_IDS), CardInfoSchema),
});
export type CardInfoResponse = z.infer<typeof CardInfoResponseSchema>;

/** The answer to a page-scan event (for tests and logs: what the badge now says). */
export const PageScanAckSchema = z.object({ ok: z.literal(true), badge: z.string() });
export type PageScanAck = z.infer<typeof PageScanAckSchema>;

export const ErrorResponseSchema = z.object({ ok: z.literal(false), error: z.string() });
export type ErrorResponse = z.infer<typeof ErrorResponseSchema>;

/** Builders, so senders never forget the envelope. */
export function pageScanMessage(scan: PageScanMessage['scan']): PageScanMessage {
  return { protocol: PROTOCOL, v: PROTOCOL_VERSION, type: 'page-scan', scan };
}
export function cardInfoRequest(ids: CardInfoRequest['ids']): CardInfoRequest {
  return { protocol: PROTOCOL, v: PROTOCOL_VERSION, type: 'card-info', ids };
}
export function rescanCommand(): BackgroundToContent {
  return { protocol: PROTOCOL, v: PROTOCOL_VERSION, type: 'rescan' };
}
