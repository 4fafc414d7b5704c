import type { ClaimFlag, SupplierFlag } from '../lib/claims/ids';
import type { ClaimEntry, RedFlag } from '../lib/claims/schema';
import type { Claim } from '../lib/scan/page-scan';
import { formatDay } from './format';

export interface FlagExplanation {
  flag: ClaimFlag | SupplierFlag;
  /** Short label on the badge. */
  label: string;
  /** One plain sentence: what is wrong. */
  sentence: string;
  /** The catalog's matching red flag, when it has one. */
  redFlag?: RedFlag;
  /** Why the detector raised it (supplier flags: "claims 38 unrelated standards"). */
  reasons?: readonly string[];
}

const LABELS: Record<ClaimFlag | SupplierFlag, string> = {
  obsolete: 'Obsolete',
  misnomer: 'Misnomer',
  vague: 'Vague',
  'not-certifiable': 'Not certifiable',
  expired: 'Expired',
  implausible: 'Implausible',
};

/** Lower case, no quotes, spaces or hyphens: "ISO9001:2008" and "ISO 9001:2008" compare equal. */
const compact = (s: string) => s.toLowerCase().replace(/[“”"'‘’«»\s\-_]/g, '');

/**
 * The spellings a red flag's label names: its quoted phrases when it has some
 * ("“BSCI certified” / “BSCI certificate”"), else its parts split on " / ", ", " and " or "
 * ("ISO/TS 16949, TS16949"), without parentheses.
 */
export function redFlagSpellings(pattern: string): string[] {
  const quoted = [...pattern.matchAll(/[“"]([^”"]{2,80})[”"]/g)].map((m) => m[1]);
  const parts = quoted.length > 0 ? quoted : pattern.replace(/\([^)]*\)/g, ' ').split(/\s+\/\s+|,\s+|\s+or\s+/);
  return parts.map(compact).filter((p) => p.length >= 3);
}

/**
 * Words a red flag's label uses for each kind of problem, used when no label matches the page
 * text. Only the label is tested: reasons often mention other problems ("...so it has expired").
 * `expired` has none: a red flag about a withdrawn version is not about a lapsed date.
 */
const FLAG_WORDS: Record<ClaimFlag, RegExp | null> = {
  obsolete: /obsolete|withdrawn|replaced|\d{4}|\bts\b/i,
  misnomer: /certified|approved|certificate/i,
  vague: /vague|alone|bare|unspecified|no number|no standard/i,
  'not-certifiable': /9000|14000|26000|guid|vocabulary/i,
  expired: null,
};

/**
 * The entry's red flag that fits this claim: the first whose label names a spelling the page
 * used (or the stated version), else the first whose label names this kind of problem.
 */
export function matchRedFlag(entry: ClaimEntry | undefined, claim: Claim, flag: ClaimFlag): RedFlag | undefined {
  if (!entry) return undefined;
  const said = `${compact(claim.text)}|${compact(claim.version ?? '')}`;
  const byText = entry.redFlags.find((r) => redFlagSpellings(r.pattern).some((p) => said.includes(p)));
  if (byText) return byText;
  const words = FLAG_WORDS[flag];
  return words ? entry.redFlags.find((r) => words.test(r.pattern)) : undefined;
}

function obsoleteSentence(entry: ClaimEntry | undefined, claim: Claim, locale?: string): string {
  const version = claim.version ? compact(claim.version) : undefined;
  const old =
    entry?.obsoleteVersions.find((v) => version !== undefined && compact(v.version) === version) ??
    entry?.obsoleteVersions.find((v) => compact(claim.text).includes(compact(v.version)));
  if (old) {
    return `Certificates to ${old.version} stopped being valid on ${formatDay(old.endedOn, locale)}. It was replaced by ${old.replacedBy}.`;
  }
  const name = claim.version ?? entry?.name ?? 'this version';
  return `${name} is a withdrawn version: certificates to it are no longer valid.`;
}

export function explainClaimFlag(
  flag: ClaimFlag,
  claim: Claim,
  entry: ClaimEntry | undefined,
  locale?: string,
): FlagExplanation {
  const name = entry?.name ?? claim.id;
  let sentence: string;
  switch (flag) {
    case 'obsolete':
      sentence = obsoleteSentence(entry, claim, locale);
      break;
    case 'misnomer':
      sentence = `The wording “${claim.text}” misnames it: no such certificate or approval exists. Ask which document they actually hold.`;
      break;
    case 'vague':
      sentence = 'The claim does not say which standard. Ask for the standard number, the certificate and who issued it.';
      break;
    case 'not-certifiable':
      sentence = `Nobody can be certified to ${name}: it is guidance or vocabulary, not a standard with requirements to audit against.`;
      break;
    case 'expired':
      sentence = claim.validUntil
        ? `The page says it was valid until ${formatDay(claim.validUntil, locale)}, which has passed. Ask for the current certificate.`
        : 'The page shows a validity date that has passed. Ask for the current certificate.';
      break;
  }
  return { flag, label: LABELS[flag], sentence, redFlag: matchRedFlag(entry, claim, flag) };
}

export function explainSupplierFlag(flag: SupplierFlag, reasons: readonly string[] = []): FlagExplanation {
  return {
    flag,
    label: LABELS[flag],
    sentence:
      'So many unrelated standards on one supplier is unlikely to be true: treat each one as unproven until you see its certificate.',
    reasons,
  };
}
