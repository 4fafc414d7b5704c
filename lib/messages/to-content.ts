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

/** The answer to a card-info request. Unknown ids are simply absent. */
export const CardInfoResponseSchema = z.object({
  ok: z.literal(true),
  cards: z.partialRecord(z.enum(CLAIM_IDS), CardInfoSchema),
});
export type CardInfoResponse = z.infer<typeof CardInfoResponseSchema>;
