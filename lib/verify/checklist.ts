import type { ClaimEntry, ClaimKind, Registry } from '../claims/schema';
import { supplierRequest, type SupplierRequest } from './ask';
import { fillUrlTemplate } from './registry-url';

/** One registry link in step 2. */
export interface RegistryLink {
  name: string;
  /** The URL to open: prefilled with the number where the registry has a public pattern, else its search page. */
  url: string;
  prefilled: boolean;
  /** The user has to type the number there: copy it to the clipboard when opening. */
  copyNumber: boolean;
  access: Registry['access'];
  howTo?: string;
}

export type RegistryStep =
  | { kind: 'links'; links: RegistryLink[]; howToVerify: string }
  /** No public registry (amfori BSCI, Sedex, most self-declared markings): what to do instead. */
  | { kind: 'none'; message: string; askInstead: string; howToVerify: string };

export interface Checklist {
  claimId: ClaimEntry['id'];
  title: string;
  ask: SupplierRequest;
  registry: RegistryStep;
  /** Step 3: what to look at on the registry entry or document. */
  checks: string[];
}

const SYSTEM_CHECKS = [
  'Holder name and address are this supplier’s (compare below).',
  'The scope covers the product you are buying.',
  'Issue and expiry dates: valid today.',
  'Status is active (not suspended or withdrawn).',
  'The issuing body is accredited for this standard.',
];

const CHECKS_BY_KIND: Partial<Record<ClaimKind, string[]>> = {
  'social-audit': [
    'The audited factory (name and address) is this supplier’s, not a sister plant.',
    'The audit date is recent and the rating or result is acceptable to you.',
    'Findings and follow-up audits: what was found and whether it was fixed.',
    'The audit firm is approved by the scheme.',
  ],
  'audit-platform': [
    'The Sedex site (ZS number) is this factory’s name and address.',
    'The SMETA audit date is recent (buyers commonly expect within about 12 months).',
    '2-pillar or 4-pillar, and the non-conformities and their follow-up.',
    'The audit firm is an affiliate audit company.',
  ],
  'self-declared-marking': [
    'The declaration names your exact model and is signed by the manufacturer.',
    'It lists the laws and standards that apply to the product, in current editions.',
    'Test reports name your model and come from an accredited laboratory.',
    'Any notified-body number belongs to a body notified for this kind of product.',
  ],
  regulation: [
    'Test reports name your product or material, not a similar one.',
    'The laboratory is accredited (ISO/IEC 17025) for those tests.',
    'Reports are recent and cover the current substance list or limits.',
  ],
  'marketplace-badge': [
    'Who carried out the verification, and when.',
    'The legal entity verified matches the business licence and this supplier.',
    'What the verification covered (existence and address, not product quality).',
  ],
};

function checksFor(entry: ClaimEntry): string[] {
  return CHECKS_BY_KIND[entry.kind] ?? SYSTEM_CHECKS;
}

function registryStep(entry: ClaimEntry, number: string | undefined): RegistryStep {
  if (entry.registries.length === 0) {
    return {
      kind: 'none',
      message: `${entry.name} has no public registry to look it up in.`,
      askInstead: entry.askFor,
      howToVerify: entry.howToVerify,
    };
  }
  const links = entry.registries.map((r): RegistryLink => {
    const filled = r.urlTemplate && number ? fillUrlTemplate(r.urlTemplate, number) : undefined;
    return {
      name: r.name,
      url: filled ?? r.url,
      prefilled: Boolean(filled),
      copyNumber: !filled && Boolean(number?.trim()),
      access: r.access,
      howTo: r.howTo,
    };
  });
  // A prefilled link saves the typing: put it first.
  links.sort((a, b) => Number(b.prefilled) - Number(a.prefilled));
  return { kind: 'links', links, howToVerify: entry.howToVerify };
}

/**
 * The four-step checklist for one claim, from its catalog entry. `number` is the identifier
 * known so far (typed by the user, or stated on the page); `claimLabel` how the page wrote it.
 */
export function buildChecklist(entry: ClaimEntry, opts: { number?: string; claimLabel?: string } = {}): Checklist {
  return {
    claimId: entry.id,
    title: `Verify ${entry.name}`,
    ask: supplierRequest(entry, opts.claimLabel),
    registry: registryStep(entry, opts.number),
    checks: checksFor(entry),
  };
}
