/**
 * Stable claim ids (kebab-case). Tools outside the project rely on them: never rename one,
 * only add. The first block is the list fixed in issue #2; the rest follow the same style.
 * This file is tiny on purpose: the content script imports it.
 */
export const CLAIM_IDS = [
  // Fixed in issue #2
  'iso-9001', 'iso-9000', 'iso-14001', 'iso-45001', 'ohsas-18001', 'iso-13485', 'iso-22000',
  'fssc-22000', 'haccp', 'brcgs', 'ifs', 'gmp', 'iso-27001', 'iso-50001', 'iso-17025',
  'iatf-16949', 'as9100', 'amfori-bsci', 'sedex-smeta', 'sa8000', 'wrap', 'c-tpat', 'gots',
  'oeko-tex', 'grs', 'fsc', 'ce', 'ukca', 'fcc', 'ul', 'etl', 'csa', 'cb-scheme', 'gs-mark',
  'rohs', 'reach', 'cpc', 'fda-registration', 'ccc', 'cqc', 'pse', 'kc', 'rcm', 'bis', 'lfgb',
  'prop-65', 'energy-star', 'alibaba-verified', 'alibaba-gold-supplier',
  'alibaba-trade-assurance', 'mic-audited-supplier',
  // Added with the full catalog (issue #3)
  'iso-14000', 'iso-unspecified', 'iso-other', 'amfori-bepi', 'gsv', 'icti-ethical-toy',
  'disney-fama', 'retailer-audit', 'pefc', 'emc-lvd-red', 'saso', 'eac', 'erp-ecodesign',
  'mic-membership', 'global-sources-verified', 'indiamart-trustseal', '1688-chengxintong',
  '1688-shili-shangjia', '1688-super-factory', 'dhgate-top-merchant', 'aliexpress-store-badge',
  'cnas', 'iaf-accreditation', 'sgs', 'tuv', 'bureau-veritas', 'intertek', 'dnv', 'lrqa', 'qima',
] as const;

export type ClaimId = (typeof CLAIM_IDS)[number];

export const CLAIM_FLAGS = ['obsolete', 'misnomer', 'vague', 'not-certifiable', 'expired'] as const;
export type ClaimFlag = (typeof CLAIM_FLAGS)[number];

export const SUPPLIER_FLAGS = ['implausible'] as const;
export type SupplierFlag = (typeof SUPPLIER_FLAGS)[number];

export function isClaimId(value: string): value is ClaimId {
  return (CLAIM_IDS as readonly string[]).includes(value);
}
