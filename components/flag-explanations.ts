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

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[“”"'‘’«»]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Words a red flag's label or reason uses for each kind of problem (used when no label matches the text). */
const FLAG_WORDS: Record<ClaimFlag, RegExp> = {
  obsolete: /obsolete|withdrawn|replaced|no longer valid|20\d\d|\bts\b/i,
  misnomer: /certified|approved|certificate|misnomer/i,
  vague: /vague|alone|bare|unspecified|which standard/i,
  'not-certifiable': /cannot be certified|not certifiable|guid|vocabulary|9000|14000/i,
  expired: /expir|lapsed|out of date/i,
};

/**
 * The entry's red flag that fits this claim: first one whose label appears in the page text (or
 * the other way round, for short texts), else one whose wording names this kind of problem.
 */
export function matchRedFlag(entry: ClaimEntry | undefined, claim: Claim, flag: ClaimFlag): RedFlag | undefined {
  if (!entry) return undefined;
  const text = norm(claim.text);
  const byText = entry.redFlags.find((r) => {
    const p = norm(r.pattern);
    return p.length > 1 && (text.includes(p) || (text.length > 2 && p.includes(text)));
  });
  if (byText) return byText;
  return entry.redFlags.find((r) => FLAG_WORDS[flag].test(`${r.pattern} ${r.why}`));
}

function obsoleteSentence(entry: ClaimEntry | undefined, claim: Claim, locale?: string): string {
  const version = claim.version ? norm(claim.version) : undefined;
  const old =
    entry?.obsoleteVersions.find((v) => version !== undefined && norm(v.version) === version) ??
    entry?.obsoleteVersions.find((v) => norm(claim.text).includes(norm(v.version)));
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
      sentence = `The wording does not match what ${name} is: no such certificate exists in that form. Ask what document they actually hold.`;
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
