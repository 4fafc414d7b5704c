/**
 * Convention test for the claim catalog (STYLE.md §5): it reads like a review of
 * lib/claims/entries/*.ts, and every failure says what to fix and where.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../lib/claims/catalog';
import { bodies } from '../../lib/claims/entries/bodies';
import { countrySchemes } from '../../lib/claims/entries/country-schemes';
import { managementSystems } from '../../lib/claims/entries/management-systems';
import { marketplaceBadges } from '../../lib/claims/entries/marketplace-badges';
import { materials } from '../../lib/claims/entries/materials';
import { productMarks } from '../../lib/claims/entries/product-marks';
import { regulations } from '../../lib/claims/entries/regulations';
import { socialAudits } from '../../lib/claims/entries/social-audits';
import { CLAIM_IDS, type ClaimId } from '../../lib/claims/ids';
import { CatalogSchema, type ClaimEntry } from '../../lib/claims/schema';
import { CLAIMS_END, CLAIMS_START, readClaimsSection, renderClaimsTable } from '../../scripts/claims-table';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const domainDir = path.resolve(repoRoot, '../shared/domain');
const readmePath = path.resolve(repoRoot, 'README.md');

const FAMILIES: ReadonlyArray<readonly [file: string, entries: readonly ClaimEntry[]]> = [
  ['lib/claims/entries/management-systems.ts', managementSystems],
  ['lib/claims/entries/social-audits.ts', socialAudits],
  ['lib/claims/entries/materials.ts', materials],
  ['lib/claims/entries/product-marks.ts', productMarks],
  ['lib/claims/entries/regulations.ts', regulations],
  ['lib/claims/entries/country-schemes.ts', countrySchemes],
  ['lib/claims/entries/marketplace-badges.ts', marketplaceBadges],
  ['lib/claims/entries/bodies.ts', bodies],
];

/**
 * Where a missing id most likely belongs (the fact sheet's sections, as split between the
 * catalog writers in issue #3). Only used to word the failure message.
 */
const FAMILY_HINTS: Record<string, readonly string[]> = {
  'management-systems': [
    'iso-9001', 'iso-9000', 'iso-14001', 'iso-14000', 'iso-45001', 'ohsas-18001', 'iso-13485',
    'iso-22000', 'fssc-22000', 'haccp', 'brcgs', 'ifs', 'gmp', 'iso-27001', 'iso-50001',
    'iatf-16949', 'as9100', 'iso-unspecified', 'iso-other',
  ],
  'social-audits': [
    'amfori-bsci', 'amfori-bepi', 'sedex-smeta', 'sa8000', 'wrap', 'c-tpat', 'gsv',
    'icti-ethical-toy', 'disney-fama', 'retailer-audit',
  ],
  materials: ['gots', 'oeko-tex', 'grs', 'fsc', 'pefc'],
  'product-marks': ['ce', 'emc-lvd-red', 'ukca', 'fcc', 'ul', 'etl', 'csa', 'cb-scheme', 'gs-mark', 'energy-star'],
  regulations: ['rohs', 'reach', 'cpc', 'fda-registration', 'lfgb', 'prop-65', 'erp-ecodesign'],
  'country-schemes': ['ccc', 'cqc', 'pse', 'kc', 'rcm', 'bis', 'saso', 'eac'],
  'marketplace-badges': [
    'alibaba-verified', 'alibaba-gold-supplier', 'alibaba-trade-assurance', 'mic-audited-supplier',
    'mic-membership', 'global-sources-verified', 'indiamart-trustseal', '1688-chengxintong',
    '1688-shili-shangjia', '1688-super-factory', 'dhgate-top-merchant', 'aliexpress-store-badge',
  ],
  bodies: ['cnas', 'iaf-accreditation', 'iso-17025', 'sgs', 'tuv', 'bureau-veritas', 'intertek', 'dnv', 'lrqa', 'qima'],
};

function familyHint(id: ClaimId): string {
  const family = Object.entries(FAMILY_HINTS).find(([, ids]) => ids.includes(id))?.[0];
  return family
    ? `add it to lib/claims/entries/${family}.ts`
    : 'add it to the lib/claims/entries/ family file that matches its kind';
}

/** Where an entry lives, for messages. */
function fileOf(id: string): string {
  return FAMILIES.filter(([, entries]) => entries.some((e) => e.id === id))
    .map(([file]) => file)
    .join(' and ');
}

describe('claim catalog', () => {
  it('parses with CatalogSchema', () => {
    const result = CatalogSchema.safeParse(CATALOG);
    const problems = result.success
      ? []
      : result.error.issues.map((issue) => {
          const index = typeof issue.path[0] === 'number' ? issue.path[0] : -1;
          const id = String((CATALOG[index] as { id?: unknown } | undefined)?.id ?? '?');
          return `${id} (${fileOf(id) || 'unknown file'}): ${issue.path.slice(1).join('.') || 'entry'}: ${issue.message}`;
        });
    expect(problems, 'Fix these fields so the entries match lib/claims/schema.ts').toEqual([]);
  });

  it('has exactly one entry for every id in CLAIM_IDS', () => {
    const counts = new Map<string, number>();
    for (const entry of CATALOG) counts.set(entry.id, (counts.get(entry.id) ?? 0) + 1);

    const missing = CLAIM_IDS.filter((id) => !counts.has(id)).map(
      (id) => `No catalog entry for '${id}': ${familyHint(id)}`,
    );
    const duplicated = [...counts]
      .filter(([, n]) => n > 1)
      .map(([id, n]) => `'${id}' has ${n} entries (in ${fileOf(id)}): keep one and merge the facts into it`);
    expect([...missing, ...duplicated], 'Every claim id needs exactly one entry').toEqual([]);
  });

  it('knows every family file that lib/claims/catalog.ts combines', () => {
    const inFamilies = FAMILIES.reduce((n, [, entries]) => n + entries.length, 0);
    expect(
      inFamilies,
      'CATALOG holds entries from a family file this test does not list: add that file to FAMILIES in tests/unit/catalog.test.ts',
    ).toBe(CATALOG.length);
  });

  it.each(FAMILIES)('keeps %s sorted by id', (file, entries) => {
    const outOfOrder: string[] = [];
    for (let i = 1; i < entries.length; i++) {
      const previous = entries[i - 1]!.id;
      const current = entries[i]!.id;
      if (previous >= current) {
        outOfOrder.push(`'${current}' comes after '${previous}': move it up (entries are sorted by id, code-point order)`);
      }
    }
    expect(outOfOrder, `Sort the entries in ${file} by id`).toEqual([]);
  });

  it('gives no name or alias to two entries (case-insensitive)', () => {
    const owners = new Map<string, Set<string>>();
    for (const entry of CATALOG) {
      for (const label of [entry.name, ...entry.aliases]) {
        const key = label.trim().toLocaleLowerCase('en');
        if (!owners.has(key)) owners.set(key, new Set());
        owners.get(key)!.add(entry.id);
      }
    }
    const clashes = [...owners]
      .filter(([, ids]) => ids.size > 1)
      .map(
        ([label, ids]) =>
          `"${label}" is a name or alias of ${[...ids].join(', ')}: keep it on the one entry it really means and remove it from the others`,
      );
    expect(clashes, 'A name or alias must point to one claim only').toEqual([]);
  });

  it('uses https registry URLs, and every urlTemplate has a {number} slot', () => {
    const problems: string[] = [];
    for (const entry of CATALOG) {
      for (const registry of entry.registries) {
        if (!registry.url.startsWith('https://')) {
          problems.push(`${entry.id}: registry "${registry.name}" URL ${registry.url} must be https`);
        }
        if (registry.urlTemplate !== undefined) {
          if (!registry.urlTemplate.startsWith('https://')) {
            problems.push(`${entry.id}: registry "${registry.name}" urlTemplate must be https`);
          }
          if (!registry.urlTemplate.includes('{number}')) {
            problems.push(
              `${entry.id}: registry "${registry.name}" urlTemplate has no {number}: put {number} where the identifier goes, or drop the template`,
            );
          }
        }
      }
    }
    expect(problems, 'Fix these registry links').toEqual([]);
  });

  // An http source is acceptable only when the fact sheets know it over http alone.
  it.skipIf(!existsSync(domainDir))(
    'uses https source URLs, or http only where the fact sheets list no https address (needs ../shared/domain)',
    () => {
      const factSheets = ['cert-facts.md', 'registries-and-ux.md']
        .map((name) => path.join(domainDir, name))
        .filter((file) => existsSync(file))
        .map((file) => readFileSync(file, 'utf8'))
        .join('\n');
      const problems: string[] = [];
      for (const entry of CATALOG) {
        for (const source of entry.sources) {
          if (source.url.startsWith('https://')) continue;
          if (!source.url.startsWith('http://')) {
            problems.push(`${entry.id}: source ${source.url} is not a web address: use its https URL`);
            continue;
          }
          const httpsForm = `https://${source.url.slice('http://'.length)}`;
          if (factSheets.includes(httpsForm)) {
            problems.push(`${entry.id}: source ${source.url} is http, but the fact sheets give ${httpsForm}: use that`);
          } else if (!factSheets.includes(source.url)) {
            problems.push(
              `${entry.id}: source ${source.url} is http and not in the fact sheets: use its https address, or a source the fact sheets list (http is only for sources known over http alone)`,
            );
          }
        }
      }
      expect(problems, 'Fix these source links').toEqual([]);
    },
  );

  it('keeps every summary within 160 characters (the hover card shows one line)', () => {
    const long = CATALOG.filter((e) => e.summary.length > 160).map(
      (e) => `${e.id}: summary is ${e.summary.length} characters; shorten it to 160 or fewer`,
    );
    expect(long, 'Shorten these summaries').toEqual([]);
  });

  it("backs every entry's certifies and doesNotCertify with a source", () => {
    const problems: string[] = [];
    for (const entry of CATALOG) {
      for (const field of ['certifies', 'doesNotCertify'] as const) {
        if (!entry.sources.some((s) => s.for.includes(field))) {
          problems.push(`${entry.id} (${fileOf(entry.id)}): no source backs '${field}': add '${field}' to the "for" of the source it comes from`);
        }
      }
    }
    expect(problems, 'Every entry must say where its core facts come from').toEqual([]);
  });
});

const readme = existsSync(readmePath) ? readFileSync(readmePath, 'utf8') : '';
const hasMarkers = readClaimsSection(readme) !== null;

describe.skipIf(!hasMarkers)(`README.md claims table (between ${CLAIMS_START} and ${CLAIMS_END})`, () => {
  it('matches the catalog', () => {
    const inReadme = (readClaimsSection(readme) ?? '').split('\n');
    const expected = renderClaimsTable(CATALOG).trim().split('\n');
    // Name the differing lines rather than dumping two 80-row tables.
    const missing = expected.filter((line) => !inReadme.includes(line));
    const stale = inReadme.filter((line) => !expected.includes(line));
    const shown = [
      ...missing.slice(0, 5).map((line) => `missing from README: ${line}`),
      ...stale.slice(0, 5).map((line) => `stale in README: ${line}`),
    ];
    const more = missing.length + stale.length - shown.length;
    const problems = [
      ...shown,
      ...(more > 0 ? [`…and ${more} more lines`] : []),
      ...(missing.length + stale.length === 0 && inReadme.join('\n') !== expected.join('\n')
        ? ['the same rows, in a different order']
        : []),
    ];
    expect(
      problems,
      'README.md\'s claims table differs from the catalog: run `npx tsx scripts/claims-table.ts` and commit README.md',
    ).toEqual([]);
  });
});
