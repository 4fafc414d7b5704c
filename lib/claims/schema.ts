import { z } from 'zod';
import { CLAIM_IDS } from './ids';

/**
 * The claim catalog's schema. Every entry is plain typed data validated by this schema
 * (tests/unit/catalog.test.ts). Prose lives here, never in the content script: the content
 * script imports only lib/claims/ids.ts and the detection rules.
 *
 * Writing rules for entries: our own words, plain and short (an importer reads an entry in ten
 * seconds); facts marked [unsourced] in shared/domain/cert-facts.md are left out or worded as
 * uncertain ("reportedly", "may"); every entry lists the URLs its facts come from.
 */

export const ClaimKindSchema = z.enum([
  'management-system', // management-system certificate (ISO 9001, IATF 16949, ...)
  'social-audit', // social / ethical / security audit (amfori BSCI, SMETA, WRAP, C-TPAT ...)
  'audit-platform', // a platform that holds audits (Sedex)
  'product-certification', // third-party product certification (UL, ETL, CCC, GS ...)
  'self-declared-marking', // a marking the manufacturer applies itself (CE, UKCA, FCC SDoC)
  'regulation', // a law or regulation, not a certificate (RoHS, REACH, Prop 65, LFGB)
  'registration', // a registration with an authority (FDA registration)
  'marketplace-badge', // a badge or membership shown by the marketplace itself
  'accreditation', // an accreditation body or scheme (CNAS, IAF/GACI, ISO 17025)
  'certification-body', // a company that certifies, tests or inspects (SGS, TÜV, BV, QIMA)
  'not-a-certification', // something often presented as a certificate that cannot be one (ISO 9000)
]);
export type ClaimKind = z.infer<typeof ClaimKindSchema>;

/** Markets the user can sell to (issue #5's market-fit view filters on these). */
export const MarketSchema = z.enum([
  'eu',
  'uk',
  'us',
  'canada',
  'china',
  'japan',
  'korea',
  'australia-nz',
  'india',
  'gulf',
  'eaeu',
  'amazon',
  'eu-retail',
  'us-retail',
  'b2b-industrial',
  'automotive',
  'aerospace',
  'medical',
  'food',
  'toys-children',
  'textiles-apparel',
  'electronics',
  'cosmetics',
  'furniture-wood',
  'global',
]);
export type Market = z.infer<typeof MarketSchema>;

export const RegistryAccessSchema = z.enum(['open', 'login', 'captcha', 'members-only', 'none']);

export const RegistrySchema = z.object({
  name: z.string().min(2),
  /** The registry's search page (https). */
  url: z.url({ protocol: /^https$/ }),
  /**
   * A public URL pattern with `{number}` where the identifier goes, only where the registry
   * really has one (it is percent-encoded when filled in).
   */
  urlTemplate: z
    .string()
    .regex(/^https:\/\/[^\s]*\{number\}[^\s]*$/, 'a urlTemplate is an https URL containing {number}')
    .optional(),
  access: RegistryAccessSchema,
  /** What to type or look for there, in one sentence. */
  howTo: z.string().min(10).optional(),
});
export type Registry = z.infer<typeof RegistrySchema>;

/** Fields of an entry a source can back (see `SourceSchema.for`). */
export const SourcedFieldSchema = z.enum([
  'summary',
  'owner',
  'issuer',
  'certifies',
  'doesNotCertify',
  'validity',
  'ratingScale',
  'askFor',
  'howToVerify',
  'registries',
  'obsoleteVersions',
  'redFlags',
  'markets',
]);

export const SourceSchema = z.object({
  url: z.url(),
  title: z.string().min(3),
  /** Which fields this source backs. */
  for: z.array(SourcedFieldSchema).min(1),
});
export type Source = z.infer<typeof SourceSchema>;

export const ObsoleteVersionSchema = z.object({
  /** As written on pages, e.g. "ISO 9001:2008", "ISO/TS 16949", "OHSAS 18001". */
  version: z.string().min(2),
  /** The day its last certificates stopped being valid (YYYY-MM-DD). */
  endedOn: z.iso.date(),
  /** What replaced it. */
  replacedBy: z.string().min(2),
});
export type ObsoleteVersion = z.infer<typeof ObsoleteVersionSchema>;

export const RedFlagSchema = z.object({
  /** Short label, e.g. "“BSCI certified”". */
  pattern: z.string().min(2),
  /** Why it matters, one or two sentences. */
  why: z.string().min(10),
});
export type RedFlag = z.infer<typeof RedFlagSchema>;

export const ClaimEntrySchema = z.object({
  id: z.enum(CLAIM_IDS),
  /** Display name, e.g. "ISO 9001". */
  name: z.string().min(2),
  /** Other names it goes by, including Chinese ones (display only; detection has its own rules). */
  aliases: z.array(z.string().min(1)),
  kind: ClaimKindSchema,
  /** The one-line truth shown in the hover card (≤ 160 characters). */
  summary: z.string().min(10).max(160),
  /** Who owns or writes the standard / runs the scheme. */
  owner: z.string().min(2),
  /** Who issues certificates, audits or the mark. */
  issuer: z.string().min(2),
  certifies: z.string().min(10),
  doesNotCertify: z.string().min(10),
  /** How long it lasts and how often it is checked. */
  validity: z.string().min(5),
  /** Rating scale where the scheme has one (BSCI A–E, WRAP Platinum/Gold/Silver, ...). */
  ratingScale: z.string().min(2).optional(),
  /** The identifier(s) and documents to ask the supplier for. */
  askFor: z.string().min(10),
  /** How to check it with the issuer, step by step in a sentence or three. */
  howToVerify: z.string().min(10),
  registries: z.array(RegistrySchema),
  obsoleteVersions: z.array(ObsoleteVersionSchema),
  redFlags: z.array(RedFlagSchema),
  markets: z.array(MarketSchema),
  sources: z.array(SourceSchema).min(1),
});
export type ClaimEntry = z.infer<typeof ClaimEntrySchema>;

export const CatalogSchema = z.array(ClaimEntrySchema);
