/**
 * Detection data: what lib/detect looks for, per claim id. Kept apart from the catalog prose
 * (lib/claims/entries) because the content script bundles this file: no explanations here,
 * only patterns, context rules and version tables. Facts: shared/domain/cert-facts.md §7–9.
 *
 * Every pattern is matched *sticky* at a head word found by the tokenizer, and every quantifier
 * is bounded, so the work per head word is constant: the detector stays linear in the text
 * whatever the page says. Patterns run on normalised text (fullwidth folded, dashes unified,
 * zero-width and bidi controls turned into spaces; see lib/detect/normalize.ts).
 */
import type { ClaimFlag, ClaimId } from '../ids';

/** Case-insensitive spelling inside a case-sensitive pattern ("UL listed", "UL Listed"). */
const ci = (w: string): string =>
  [...w].map((c) => (c.toLowerCase() === c.toUpperCase() ? c : `[${c.toUpperCase()}${c.toLowerCase()}]`)).join('');

/** Separator between a name and its number or year: bounded, never nested. */
const S = '[\\s\\-_/:.]{0,3}';
/** A year after a standard number ("ISO 9001:2015", "ISO 9001-2015", "ISO9001 2015"). */
const Y = '(?:\\s{0,2}[:\\-/.]\\s{0,2}|\\s{1,2})((?:19|20)\\d\\d)(?![\\d])';

/**
 * Needs: 's' = the words are a claim on their own; 'c' = ambiguous short name, counts only in a
 * claim list, next to a certification word, or listed beside other claims.
 */
export type Need = 's' | 'c';

export interface LatinRule {
  id: ClaimId;
  /** Upper-case head words (tokens of letters, or of digits) that trigger the rule. */
  h: string[];
  /** Pattern tried sticky at the head; bounded quantifiers only. Capture 1 = version part. */
  re: string;
  n: Need;
  /** Case-sensitive (for acronyms that are ordinary words in lower case: CE, UL, RED ...). */
  cs?: 1;
  /** Version table key (VERSIONS) used with capture 1. */
  v?: string;
  /** Flags always set for this spelling. */
  f?: ClaimFlag[];
  /** Fixed normalised version for this spelling (e.g. TS 16949 -> "ISO/TS 16949"). */
  fv?: string;
  /** Capture 1 is a certificate/licence code to report as certificateNumber. */
  cn?: 1;
  /**
   * An ordinary English word in capitals (REACH, WRAP, RED, ITS): all-caps titles ("EASY TO
   * REACH, CE CERTIFIED") are full of them, so it needs its own context or a strong claim in its
   * list; another ambiguous name's context is not enough.
   */
  w?: 1;
  /** Strong when the match is longer than its head word ("GS mark", "BRC Food", "IAF MLA"). */
  x?: 1;
  /** The number (capture 1) picks the id from ISO_NUMBERS ('iso') or GB_NUMBERS ('gb'). */
  m?: 'iso' | 'gb';
}

// Order matters within one head: the first rule that matches wins.
export const LATIN_RULES: LatinRule[] = [
  // --- ISO family: one rule, the number picks the id (ISO_NUMBERS). Prefixes EN / BS EN / DIN EN.
  {
    id: 'iso-other',
    h: ['ISO', 'EN', 'BS', 'DIN', 'NF', 'UNE', 'ANSI'],
    re: `(?:(?:BS|DIN|NF|UNE|ANSI)[\\s\\-/]{0,2})?(?:EN[\\s\\-]{0,2})?ISO(?:\\s{0,2}[/\\-]?\\s{0,2}(?:IEC|TS))?${S}(\\d{3,5})(?:-\\d{1,2}(?![\\d]))?(?:${Y})?`,
    n: 'c',
    m: 'iso',
  },
  { id: 'iso-unspecified', h: ['ISO'], re: 'ISO[\\s\\-]{0,2}(?:certified|certification|certificate|approved|factory|认证|证书)', n: 's', f: ['vague'] },
  // Bare "ISO" counts only in a claim list or beside other claims ("ISO, FSC" marketplace tags).
  { id: 'iso-unspecified', h: ['ISO'], re: 'ISO', n: 'c', cs: 1, f: ['vague'] },
  { id: 'iso-unspecified', h: ['CERTIFIED', 'APPROVED', 'ACCREDITED'], re: '(?:certified|approved|accredited)\\s{1,2}by\\s{1,2}(?:the\\s{1,2})?ISO(?![\\s\\-_/:.]{0,3}\\d)', n: 's', f: ['vague'] },
  // GB/T national standards identical to ISO ones (number picks the id: GB_NUMBERS).
  { id: 'iso-9001', h: ['GB'], re: `GB\\s{0,2}/?\\s{0,2}T${S}(\\d{5})(?:${Y})?`, n: 's', m: 'gb' },
  { id: 'iso-13485', h: ['YY'], re: `YY\\s{0,2}/\\s{0,2}T${S}0287(?:${Y})?`, n: 's', v: 'yy0287' },
  { id: 'iatf-16949', h: ['IATF'], re: `IATF(?:${S}16949(?:${Y})?)?`, n: 's', v: 'iatf' },
  { id: 'iatf-16949', h: ['TS'], re: `TS${S}16949(?:${Y})?`, n: 's', f: ['obsolete'], fv: 'ISO/TS 16949' },
  { id: 'iatf-16949', h: ['QS'], re: 'QS[\\s\\-]{0,2}9000', n: 's', f: ['obsolete'], fv: 'QS-9000' },
  { id: 'ohsas-18001', h: ['OHSAS', 'BS'], re: `(?:BS[\\s\\-]{0,2})?OHSAS(?:\\s{0,2}/\\s{0,2}OHSMS)?(?:${S}18001(?:${Y})?)?`, n: 's', f: ['obsolete'], fv: 'OHSAS 18001' },
  { id: 'ohsas-18001', h: ['OHSMS'], re: `OHSMS${S}18001(?:${Y})?`, n: 's', f: ['obsolete'], fv: 'OHSAS 18001' },
  { id: 'fssc-22000', h: ['FSSC'], re: `FSSC(?:${S}22000)?`, n: 's' },
  { id: 'haccp', h: ['HACCP'], re: 'HACCP', n: 's' },
  { id: 'brcgs', h: ['BRCGS'], re: 'BRCGS', n: 's' },
  { id: 'brcgs', h: ['BRC'], re: `BRC(?:\\s{1,2}(?:${ci('global')}\\s{1,2}${ci('standard')}|${ci('food')}|${ci('packaging')}|${ci('storage')}))?`, n: 'c', cs: 1, x: 1 },
  { id: 'ifs', h: ['IFS'], re: 'IFS[\\s\\-]{0,2}(?:Food|Logistics|HPC|Broker|PACsecure|Global\\s{1,2}Markets)', n: 's' },
  { id: 'ifs', h: ['IFS'], re: 'IFS', n: 'c', cs: 1 },
  { id: 'ifs', h: ['INTERNATIONAL'], re: 'International\\s{1,2}Featured\\s{1,2}Standards?', n: 's' },
  { id: 'gmp', h: ['GMP', 'GMPC', 'CGMP'], re: 'c?GMPC?', n: 's' },
  { id: 'as9100', h: ['AS'], re: `AS${S}9[12][012]0(?:\\s{0,2}(?:Rev\\.?\\s{0,2})?([A-D])(?![A-Za-z\\d]))?(?:${Y})?`, n: 's', v: 'as9100' },
  { id: 'as9100', h: ['EN'], re: `EN${S}9100(?:${Y})?`, n: 's', v: 'en9100' },
  { id: 'amfori-bsci', h: ['AMFORI', 'BSCI'], re: '(?:amfori[\\s\\-]{0,2})?BSCI', n: 's' },
  { id: 'amfori-bepi', h: ['AMFORI', 'BEPI'], re: '(?:amfori[\\s\\-]{0,2})?BEPI', n: 's' },
  { id: 'sedex-smeta', h: ['SEDEX', 'SMETA'], re: '(?:SEDEX(?:[\\s/\\-]{1,3}SMETA)?|SMETA)(?:[\\s\\-]{0,2}[246][\\s\\-]{0,2}(?:P(?:illars?)?)(?![A-Za-z]))?', n: 's' },
  { id: 'sa8000', h: ['SA'], re: `SA${S}8000(?:${Y})?`, n: 's', v: 'sa8000' },
  { id: 'wrap', h: ['WRAP'], re: 'WRAP', n: 'c', cs: 1, w: 1 },
  { id: 'wrap', h: ['WORLDWIDE'], re: 'Worldwide\\s{1,2}Responsible\\s{1,2}(?:Accredited|Apparel)\\s{1,2}Production', n: 's' },
  { id: 'c-tpat', h: ['C', 'CTPAT'], re: 'C[\\s\\-]{0,2}TPAT', n: 's' },
  { id: 'gsv', h: ['GLOBAL'], re: 'Global\\s{1,2}Security\\s{1,2}Verification', n: 's' },
  { id: 'gsv', h: ['GSV'], re: 'GSV', n: 'c', cs: 1 },
  { id: 'icti-ethical-toy', h: ['ICTI', 'IETP'], re: '(?:ICTI(?:[\\s\\-]{0,2}CARE)?|IETP)', n: 's' },
  { id: 'icti-ethical-toy', h: ['ETHICAL'], re: 'Ethical\\s{1,2}Toy\\s{1,2}Program', n: 's' },
  { id: 'disney-fama', h: ['DISNEY'], re: 'Disney(?:[\\s\\-]{1,2}(?:FAMA|ILS)|(?=[\\s\\-]{1,2}(?:audit|factory\\s{1,2}audit|certified|approved|authori[sz]ation|验厂)|验厂))', n: 's' },
  { id: 'disney-fama', h: ['FAMA'], re: 'FAMA', n: 'c', cs: 1 },
  { id: 'retailer-audit', h: ['WALMART', 'WAL', 'TARGET', 'COSTCO', 'TESCO', 'CARREFOUR', 'KMART', 'ALDI', 'LIDL'], re: '(?:Wal-?mart|Target|Costco|Tesco|Carrefour|Kmart|Aldi|Lidl)(?=[\\s\\-]{1,2}(?:audit|factory\\s{1,2}audit|certified|approved|ES|RS|FCCA|验厂)|验厂)', n: 's' },
  { id: 'gots', h: ['GOTS'], re: 'GOTS', n: 's' },
  { id: 'gots', h: ['GLOBAL'], re: 'Global\\s{1,2}Organic\\s{1,2}Textile\\s{1,2}Standard', n: 's' },
  { id: 'oeko-tex', h: ['OEKO', 'OECO', 'ÖKO', 'OEKOTEX', 'OKO'], re: '(?:OE[KC]O|ÖKO|OKO)[\\s\\-]{0,2}TEX(?:[\\s®]{0,3}(?:STANDARD[\\s]{0,2})?100)?', n: 's' },
  { id: 'oeko-tex', h: ['STANDARD'], re: 'STANDARD\\s{0,2}100\\s{1,2}by\\s{1,2}OEKO[\\s\\-]{0,2}TEX', n: 's' },
  { id: 'grs', h: ['GRS', 'RCS'], re: '(?:GRS|RCS)', n: 'c', cs: 1 },
  { id: 'grs', h: ['GLOBAL', 'RECYCLED'], re: '(?:Global\\s{1,2}Recycled\\s{1,2}Standard|Recycled\\s{1,2}Claim\\s{1,2}Standard)', n: 's' },
  { id: 'fsc', h: ['FSC'], re: 'FSC(?:[\\s\\-]{0,2}((?:C|N)\\d{6})(?![\\d]))?', n: 's', cn: 1 },
  { id: 'pefc', h: ['PEFC'], re: 'PEFC(?:\\s{0,2}(/\\d{2}-\\d{2}-\\d{2,3})(?![\\d]))?', n: 's', cn: 1 },
  // --- Product marks
  { id: 'ce', h: ['CE'], re: 'CE(?:\\s{0,2}(?!20[123]\\d)(\\d{4})(?![\\d/]))?', n: 'c', cs: 1, cn: 1 },
  { id: 'ukca', h: ['UKCA', 'UKNI'], re: '(?:UKCA|UKNI)', n: 's' },
  { id: 'ukca', h: ['UK'], re: 'UK\\s{1,2}CA', n: 'c', cs: 1 },
  { id: 'emc-lvd-red', h: ['EMC', 'LVD'], re: '(?:EMC|LVD)', n: 'c', cs: 1 },
  { id: 'emc-lvd-red', h: ['RED'], re: 'RED', n: 'c', cs: 1, w: 1 },
  { id: 'emc-lvd-red', h: ['2014', '2004', '2006', '1999'], re: '(2014/3[05]/EU|2014/53/EU|2004/108/EC|2006/95/EC|1999/5/EC)', n: 's', v: 'directive' },
  // Wording replaced by SDoC on 2 Nov 2017.
  { id: 'fcc', h: ['FCC'], re: 'FCC[\\s\\-]{1,2}DoC(?![A-Za-z])', n: 's', f: ['obsolete'], fv: 'FCC DoC' },
  { id: 'fcc', h: ['FCC'], re: 'FCC[\\s\\-]{1,2}Verification', n: 's', f: ['obsolete'], fv: 'FCC Verification' },
  { id: 'fcc', h: ['FCC'], re: 'FCC(?:[\\s\\-]{1,2}(?:ID|Part\\s{0,2}15[BC]?|SDoC)(?![A-Za-z]))', n: 's' },
  { id: 'fcc', h: ['FCC'], re: 'FCC', n: 'c', cs: 1 },
  { id: 'ul', h: ['UL', 'CUL', 'ULUS', 'CULUS'], re: `(?:cULus|c?UL\\s{0,2}(?:${ci('listed')}|${ci('recogni')}[sz]ed|${ci('certified')}|${ci('classified')}|(?!20[123]\\d)\\d{2,5}(?![\\d])))`, n: 's', cs: 1 },
  // A UL file number next to it ("UL file E123456") is the context.
  { id: 'ul', h: ['UL', 'CUL'], re: 'c?UL(?=[\\s,:]{1,3}(?:[Ff]ile\\s{1,2}(?:[Nn]o\\.?\\s{0,2}|[Nn]umber\\s{0,2})?[:#]?\\s{0,2})?E\\d{6}(?![\\d]))', n: 's', cs: 1 },
  { id: 'ul', h: ['UL', 'CUL', 'ULUS'], re: 'c?UL(?:us)?', n: 'c', cs: 1 },
  { id: 'etl', h: ['CETLUS', 'ETL', 'CETL', 'ETLUS'], re: `(?:cETLus|c?ETL(?:us)?[\\s\\-]{1,2}(?:${ci('listed')}|${ci('verified')}|SEMKO))`, n: 's', cs: 1 },
  { id: 'etl', h: ['ETL', 'CETL', 'ETLUS'], re: 'c?ETL(?:us)?', n: 'c', cs: 1 },
  { id: 'csa', h: ['CCSAUS', 'CSA', 'CCSA', 'CSAUS'], re: '(?:cCSAus|c?CSA(?:us)?)', n: 'c', cs: 1 },
  { id: 'cb-scheme', h: ['CB'], re: 'CB[\\s\\-]{0,2}(?:Scheme|test\\s{1,2}(?:certificate|report))', n: 's' },
  { id: 'cb-scheme', h: ['CB'], re: 'CB', n: 'c', cs: 1 },
  { id: 'cb-scheme', h: ['IECEE'], re: 'IECEE(?:[\\s\\-]{0,2}CB)?', n: 's' },
  { id: 'gs-mark', h: ['GEPRÜFTE', 'GEPRUEFTE'], re: 'Gepr(?:ü|ue)fte\\s{1,2}Sicherheit', n: 's' },
  { id: 'gs-mark', h: ['GS'], re: `GS(?:[\\s\\-]{1,2}(?:${ci('zeichen')}|${ci('mark')}))?`, n: 'c', cs: 1, x: 1 },
  // Six-substance RoHS: out of date for electrical goods since July 2019 (fact sheet §4).
  { id: 'rohs', h: ['ROHS'], re: 'RoHS[\\s\\-]{0,2}6/6', n: 's', f: ['obsolete'], fv: 'RoHS 6/6' },
  { id: 'rohs', h: ['ROHS'], re: 'RoHS(?:[\\s\\-]{0,2}(?:2|3|II|III|6/6|10)(?![\\w]))?', n: 's' },
  { id: 'rohs', h: ['2011', '2015'], re: '(?:2011/65/EU|2015/863)', n: 's' },
  { id: 'reach', h: ['REACH'], re: 'REACH(?=[\\s\\-]{1,2}(?:SVHC|compliant|compliance|regulation|Annex|test|1907))', n: 's' },
  { id: 'reach', h: ['REACH'], re: 'REACH', n: 'c', cs: 1, w: 1 },
  { id: 'reach', h: ['SVHC'], re: 'SVHC', n: 's' },
  { id: 'reach', h: ['1907'], re: '1907/2006', n: 's' },
  { id: 'cpc', h: ['CPSC', 'CPSIA'], re: '(?:CPSC|CPSIA)', n: 's' },
  { id: 'cpc', h: ['CHILDREN', 'CHILDRENS', 'CHILDREN’S'], re: "Children(?:'|’)?s?\\s{1,2}Product\\s{1,2}Certificate", n: 's' },
  { id: 'cpc', h: ['GENERAL'], re: 'General\\s{1,2}Certificate\\s{1,2}of\\s{1,2}Conformity', n: 's' },
  { id: 'cpc', h: ['ASTM'], re: 'ASTM[\\s\\-]{0,2}F[\\s\\-]{0,2}963', n: 's' },
  { id: 'cpc', h: ['CPC', 'GCC'], re: '(?:CPC|GCC)', n: 'c', cs: 1 },
  { id: 'fda-registration', h: ['FDA'], re: 'FDA', n: 's' },
  { id: 'ccc', h: ['CCC'], re: 'CCC', n: 'c', cs: 1 },
  { id: 'ccc', h: ['3'], re: '3C', n: 'c' },
  // Marks CCC replaced in 2002-2003.
  { id: 'ccc', h: ['CCEE'], re: 'CCEE', n: 's', f: ['obsolete'], fv: 'CCEE' },
  { id: 'ccc', h: ['CCIB'], re: 'CCIB', n: 's', f: ['obsolete'], fv: 'CCIB' },
  { id: 'ccc', h: ['CHINA'], re: 'China\\s{1,2}Compulsory\\s{1,2}(?:Certification|Certificate|Product\\s{1,2}Certification)', n: 's' },
  { id: 'cqc', h: ['CQC'], re: 'CQC', n: 'c', cs: 1 },
  { id: 'pse', h: ['DIAMOND', 'CIRCLE', 'ROUND'], re: '(?:Diamond|Circle|Round)[\\s\\-]{1,2}PSE', n: 's' },
  { id: 'pse', h: ['PSE'], re: 'PSE', n: 'c', cs: 1 },
  { id: 'kc', h: ['KC', 'KCC', 'MSIP'], re: '(?:KCC?|MSIP)', n: 'c', cs: 1 },
  { id: 'rcm', h: ['RCM'], re: 'RCM', n: 'c', cs: 1 },
  { id: 'rcm', h: ['C'], re: 'C[\\s\\-]Tick', n: 's', f: ['obsolete'], fv: 'C-Tick' },
  { id: 'rcm', h: ['A'], re: 'A[\\s\\-]Tick', n: 's', f: ['obsolete'], fv: 'A-Tick' },
  { id: 'rcm', h: ['SAA'], re: 'SAA', n: 'c', cs: 1 },
  { id: 'bis', h: ['BIS', 'ISI'], re: '(?:BIS|ISI)', n: 'c', cs: 1 },
  { id: 'saso', h: ['SASO'], re: 'SASO', n: 's' },
  { id: 'saso', h: ['SABER'], re: 'SABER', n: 'c', cs: 1 },
  { id: 'eac', h: ['EAC', 'EAEU'], re: '(?:EAC|EAEU)', n: 'c', cs: 1 },
  { id: 'eac', h: ['TR'], re: 'TR\\s{1,2}(?:CU|TS|EAEU)', n: 's', cs: 1 },
  { id: 'eac', h: ['GOST'], re: 'GOST(?:[\\s\\-]R)?', n: 's' },
  { id: 'lfgb', h: ['LFGB', 'LMBG'], re: '(?:LFGB|LMBG)', n: 's' },
  { id: 'prop-65', h: ['PROP', 'PROPOSITION'], re: 'Prop(?:osition|\\.)?\\s{0,2}65(?![\\d])', n: 's' },
  { id: 'erp-ecodesign', h: ['ERP', 'EUP'], re: '(?:ErP|EuP)', n: 's', cs: 1 },
  { id: 'erp-ecodesign', h: ['ERP'], re: 'ERP', n: 'c', cs: 1 },
  { id: 'erp-ecodesign', h: ['ECODESIGN', 'ECO'], re: 'Eco-?design', n: 's' },
  { id: 'erp-ecodesign', h: ['2009'], re: '2009/125/EC', n: 's' },
  { id: 'energy-star', h: ['ENERGY', 'ENERGYSTAR'], re: 'Energy[\\s\\-]{0,2}Star', n: 's' },
  // --- Marketplace badges
  { id: 'alibaba-gold-supplier', h: ['GOLD'], re: 'Gold\\s{1,2}Supplier', n: 's' },
  { id: 'mic-membership', h: ['GOLD', 'DIAMOND'], re: '(?:Gold|Diamond)\\s{1,2}Member', n: 's' },
  { id: 'alibaba-verified', h: ['VERIFIED'], re: 'Verified\\s{1,2}Supplier', n: 's' },
  { id: 'global-sources-verified', h: ['VERIFIED'], re: 'Verified\\s{1,2}Manufacturer', n: 's' },
  { id: 'alibaba-trade-assurance', h: ['TRADE'], re: 'Trade\\s{1,2}Assurance', n: 's' },
  { id: 'mic-audited-supplier', h: ['AUDITED'], re: 'Audited\\s{1,2}Supplier', n: 's' },
  { id: 'indiamart-trustseal', h: ['TRUSTSEAL', 'TRUST'], re: 'Trust\\s{0,2}SEAL', n: 's' },
  { id: 'dhgate-top-merchant', h: ['TOP'], re: 'Top\\s{1,2}Merchant', n: 's' },
  // --- Accreditation and bodies
  { id: 'cnas', h: ['CNAS'], re: 'CNAS', n: 's' },
  { id: 'iaf-accreditation', h: ['ILAC', 'GACI'], re: '(?:ILAC(?:[\\s\\-]{0,2}MRA)?|GACI)', n: 's' },
  { id: 'iaf-accreditation', h: ['IAF'], re: 'IAF(?:[\\s\\-]{1,2}MLA)?', n: 'c', cs: 1, x: 1 },
  { id: 'sgs', h: ['SGS'], re: 'SGS(?:[\\s\\-]CSTC)?', n: 's', cs: 1 },
  { id: 'tuv', h: ['TÜV', 'TUV', 'TUEV'], re: '(?:TÜV|TUV|TUEV)(?:\\s{1,2}(?:SÜD|SUD|Süd|Rheinland|NORD|Nord|Austria|Hessen))?', n: 's' },
  { id: 'bureau-veritas', h: ['BUREAU', 'BVQI'], re: '(?:Bureau\\s{1,2}Veritas|BVQI)', n: 's' },
  { id: 'bureau-veritas', h: ['BV'], re: 'BV', n: 'c', cs: 1 },
  { id: 'intertek', h: ['INTERTEK'], re: 'Intertek', n: 's' },
  { id: 'intertek', h: ['ITS'], re: 'ITS', n: 'c', cs: 1, w: 1 },
  { id: 'dnv', h: ['DNV'], re: 'DNV(?:[\\s\\-]GL)?', n: 's', cs: 1 },
  { id: 'lrqa', h: ['LRQA'], re: 'LRQA', n: 's' },
  { id: 'lrqa', h: ['LLOYD'], re: "Lloyd(?:'|’)s\\s{1,2}Register", n: 's' },
  { id: 'qima', h: ['QIMA', 'ASIAINSPECTION'], re: '(?:QIMA|AsiaInspection)', n: 's' },
];

/** ISO numbers the detector knows. Anything else is `iso-other` (with context) unless in ISO_NOT_CLAIMS. */
export const ISO_NUMBERS: Record<string, [ClaimId, string?, ClaimFlag[]?]> = {
  '9001': ['iso-9001', 'iso9001'],
  '9002': ['iso-9001', 'iso9002', ['obsolete']],
  '9003': ['iso-9001', 'iso9003', ['obsolete']],
  '9000': ['iso-9000', undefined, ['not-certifiable']],
  '14001': ['iso-14001', 'iso14001'],
  '14000': ['iso-14000', undefined, ['not-certifiable']],
  '45001': ['iso-45001', 'iso45001'],
  '13485': ['iso-13485', 'iso13485'],
  '22000': ['iso-22000', 'iso22000'],
  '27001': ['iso-27001', 'iso27001'],
  '50001': ['iso-50001', 'iso50001'],
  '17025': ['iso-17025', 'iso17025'],
  '22716': ['gmp', 'iso22716'],
  '16949': ['iatf-16949', 'ts16949'],
  '18001': ['ohsas-18001', 'ohsas'],
  // Guidance standards: nobody can be certified to them.
  '26000': ['iso-other', undefined, ['not-certifiable']],
  '19011': ['iso-other', undefined, ['not-certifiable']],
  '31000': ['iso-other', undefined, ['not-certifiable']],
};

/**
 * ISO numbers that are never a supplier claim (date format, country codes, containers, paper,
 * sampling, smart cards ...). Camera sensitivity ("ISO 6400") is kept out by the context rule.
 */
export const ISO_NOT_CLAIMS = new Set([
  '8601', '3166', '639', '4217', '216', '668', '1496', '6346', '9660', '7816', '14443', '15693',
  '11898', '8859', '10646', '2859', '7010', '3864', '4406', '1101', '2768', '286', '898', '4014',
  '4017', '4762', '7380', '7045', '7046', '7049', '7089', '7090', '7091', '10642', '20022',
]);

/** GB/T (China) numbers identical to ISO standards. */
export const GB_NUMBERS: Record<string, [ClaimId, string]> = {
  '19001': ['iso-9001', 'gb19001'],
  '24001': ['iso-14001', 'gb24001'],
  '28001': ['ohsas-18001', 'ohsas'],
  '45001': ['iso-45001', 'gb45001'],
  '22000': ['iso-22000', 'gb22000'],
  '22080': ['iso-27001', 'gb22080'],
  '23331': ['iso-50001', 'gb23331'],
  '27341': ['haccp', 'none'],
};

/**
 * Version tables: year (or revision letter) -> [normalised version, obsolete?]. The strings are
 * written exactly as the catalog's obsoleteVersions[].version. A year not listed gives no version.
 */
export const VERSIONS: Record<string, Record<string, [string, 0 | 1]>> = {
  iso9001: {
    '1987': ['ISO 9001:1987', 1], '1994': ['ISO 9001:1994', 1], '2000': ['ISO 9001:2000', 1],
    '2008': ['ISO 9001:2008', 1], '2015': ['ISO 9001:2015', 0],
    // ISO 9001:2026 was due for publication around September 2026 (fact sheet §1); on and after
    // that it is a legitimate current edition, so no flag. Before publication it would be a red flag.
    '2026': ['ISO 9001:2026', 0],
  },
  iso9002: { '': ['ISO 9002', 1] },
  iso9003: { '': ['ISO 9003', 1] },
  gb19001: {
    '2000': ['ISO 9001:2000', 1], '2008': ['ISO 9001:2008', 1], '2016': ['ISO 9001:2015', 0],
  },
  iso14001: { '1996': ['ISO 14001:1996', 1], '2004': ['ISO 14001:2004', 1], '2015': ['ISO 14001:2015', 0] },
  gb24001: { '1996': ['ISO 14001:1996', 1], '2004': ['ISO 14001:2004', 1], '2016': ['ISO 14001:2015', 0] },
  iso45001: { '2018': ['ISO 45001:2018', 0] },
  gb45001: { '2020': ['ISO 45001:2018', 0] },
  ohsas: { '': ['OHSAS 18001', 1] },
  iso13485: {
    '1996': ['ISO 13485:1996', 1], '2003': ['ISO 13485:2003', 1], '2012': ['EN ISO 13485:2012', 1],
    '2016': ['ISO 13485:2016', 0],
  },
  yy0287: { '2003': ['ISO 13485:2003', 1], '2017': ['ISO 13485:2016', 0] },
  iso22000: { '2005': ['ISO 22000:2005', 1], '2018': ['ISO 22000:2018', 0] },
  gb22000: { '2006': ['ISO 22000:2005', 1] },
  iso27001: {
    '2005': ['ISO/IEC 27001:2005', 1], '2013': ['ISO/IEC 27001:2013', 1], '2022': ['ISO/IEC 27001:2022', 0],
  },
  gb22080: { '2008': ['ISO/IEC 27001:2005', 1], '2016': ['ISO/IEC 27001:2013', 1] },
  iso50001: { '2011': ['ISO 50001:2011', 1], '2018': ['ISO 50001:2018', 0] },
  gb23331: { '2012': ['ISO 50001:2011', 1], '2020': ['ISO 50001:2018', 0] },
  iso17025: { '2017': ['ISO/IEC 17025:2017', 0], '2005': ['ISO/IEC 17025:2005', 0] },
  iso22716: { '2007': ['ISO 22716:2007', 0] },
  ts16949: { '': ['ISO/TS 16949', 1] },
  iatf: { '2016': ['IATF 16949:2016', 0] },
  as9100: {
    A: ['AS9100A', 1], B: ['AS9100B', 1], C: ['AS9100C', 1], D: ['AS9100D', 0],
    '2004': ['AS9100B', 1], '2009': ['AS9100C', 1], '2016': ['AS9100D', 0],
  },
  en9100: { '2003': ['AS9100B', 1], '2009': ['AS9100C', 1], '2016': ['AS9100D', 0], '2018': ['AS9100D', 0] },
  sa8000: { '2008': ['SA8000:2008', 0], '2014': ['SA8000:2014', 0] },
  // Directives replaced on 20 April / 13 June 2016 (fact sheet §4, EMC/LVD/RED).
  directive: {
    '2014/30/EU': ['2014/30/EU', 0], '2014/35/EU': ['2014/35/EU', 0], '2014/53/EU': ['2014/53/EU', 0],
    '2004/108/EC': ['2004/108/EC', 1], '2006/95/EC': ['2006/95/EC', 1], '1999/5/EC': ['1999/5/EC', 1],
  },
};

/** Chinese (and other non-Latin) names: literal strings, longest first where one contains another. */
export const CJK_RULES: Array<[string, ClaimId]> = [
  ['医疗器械质量管理体系', 'iso-13485'],
  ['汽车质量管理体系', 'iatf-16949'],
  ['质量管理体系', 'iso-9001'],
  ['环境管理体系', 'iso-14001'],
  ['职业健康安全管理体系', 'iso-45001'],
  ['食品安全管理体系', 'iso-22000'],
  ['危害分析与关键控制点', 'haccp'],
  ['危害分析关键控制点', 'haccp'],
  ['信息安全管理体系', 'iso-27001'],
  ['能源管理体系', 'iso-50001'],
  ['商业社会责任倡议', 'amfori-bsci'],
  ['反恐验厂', 'c-tpat'],
  ['反恐认证', 'c-tpat'],
  ['迪士尼验厂', 'disney-fama'],
  ['沃尔玛验厂', 'retailer-audit'],
  ['塔吉特验厂', 'retailer-audit'],
  ['中国强制性产品认证', 'ccc'],
  ['强制性产品认证', 'ccc'],
  ['中国质量认证中心', 'cqc'],
  ['中国合格评定国家认可委员会', 'cnas'],
  ['全球有机纺织品标准', 'gots'],
  ['全球回收标准', 'grs'],
  ['化妆品良好生产规范', 'gmp'],
  ['能源之星', 'energy-star'],
  ['加州65', 'prop-65'],
  ['海关联盟认证', 'eac'],
  ['诚信通', '1688-chengxintong'],
  ['实力商家', '1688-shili-shangjia'],
  ['超级工厂', '1688-super-factory'],
  ['德国莱茵', 'tuv'],
  ['挪威船级社', 'dnv'],
  ['ЕАС', 'eac'],
];
/** The suffix "认证"/"体系认证"/"验厂" after a Chinese name belongs to the claim's text. */
export const CJK_SUFFIX = '(?:体系)?(?:认证|验厂)?';

/**
 * Misnomers: wording that calls something a certificate when it is not one (fact sheet §7).
 * `a` is tested at the end of the claim (the matched words join the claim's text); `b` on the
 * text just before it.
 */
export const MISNOMERS: Array<{ ids: ClaimId[]; a?: string; b?: string }> = [
  { ids: ['amfori-bsci', 'sedex-smeta', 'amfori-bepi'], a: '[\\s\\-]{0,2}(?:certified|certificates?|certification|认证|证书)' },
  { ids: ['ce'], a: '[\\s\\-]{0,2}(?:certified\\s{1,2}(?:factory|manufacturer|supplier|company)|certificates?)' },
  { ids: ['fda-registration'], a: '[\\s\\-]{0,2}(?:approved|approval|certified|certificates?|certification|认证)', b: '(?:approved|certified)\\s{1,2}by\\s{1,2}(?:the\\s{1,2})?$' },
  { ids: ['iso-unspecified'], a: '(?<=approved)' },
  { ids: ['rohs', 'reach', 'lfgb'], a: '[\\s\\-]{0,2}(?:certified|certificates?)' },
  { ids: ['prop-65'], a: '[\\s\\-]{0,2}(?:certified|certificates?|approved)' },
  { ids: ['cpc'], a: '(?<=CPSC)[\\s\\-]{0,2}(?:certified|approved|certificates?)' },
  { ids: ['cnas', 'qima', 'retailer-audit', 'disney-fama', 'c-tpat'], a: '[\\s\\-]{0,2}(?:certified|certificates?|approved)' },
  { ids: ['oeko-tex'], a: '[\\s\\-]{0,2}certified\\s{1,2}(?:factory|manufacturer|supplier|company)' },
];

/**
 * Context for ambiguous names. AFTER is tested on the few words after the name (function words
 * and other acronyms may stand between), BEFORE on the words before it.
 */
const CTX = '(?:certif\\w{0,9}|marks?|marked|marking|approv\\w{0,5}|listed|compliant|complian\\w{0,3}|conform\\w{0,4}|standards?|accredit\\w{0,6}|audit\\w{0,3}|passed|registered|registration|declaration|DoC|test(?:ed)?\\s{1,2}reports?|SVHC|directive|认证|验厂|证书|认可|标志|标识|检测|报告)(?![a-z])';
// Between the name and the word: function words, other acronyms, or an identifier ("BIS R-41012345 registration").
export const CTX_AFTER = `^[\\s\\-:,()®™/]{0,4}(?:(?:and|&|or|other|the|a|an|is|are|has|have|been|with|[A-Z]{2,6}(?:us)?|(?=[A-Z\\-/]{0,4}\\d)[A-Z0-9][A-Z0-9\\-/.]{1,20})[\\s,/]{1,3}){0,3}${CTX}`;
export const CTX_BEFORE = `(?:${CTX}|obtained|passed|with\\s{1,2}the|Certifications?|Approvals?)\\s{0,2}[:]?\\s{0,2}(?:(?:the|a|an|and|of|by|to|with|[A-Z]{2,6}(?:us)?)[\\s,/&]{1,3}){0,3}[\\s,;/&]{0,3}$`;

/**
 * Hard negatives: an ambiguous name next to these words is something else, even in a claim list.
 * [ids, words after (tested at the end), words before (tested before the start)].
 */
export const NEGATIVES: Array<[ClaimId[], string?, string?]> = [
  [['ifs'], '^\\s{1,2}(?:Cloud|ERP|Applications?|software|Ultimo|Industrial\\s{1,2}and)'],
  [['emc-lvd-red'], '^[\\s,/]{1,3}(?:BLUE|GREEN|BLACK|WHITE|YELLOW|PINK|ORANGE|PURPLE|GREY|GRAY|colou?r|wine|light)', '(?:BLUE|GREEN|BLACK|WHITE|YELLOW|PINK|colou?rs?)[\\s:,/]{1,3}$'],
  [['cpc'], '^\\s{1,2}(?:countries|country|region|regions|market|markets|states|nations|area)'],
  [['cqc'], '^[\\s\\-]{0,2}(?:registered|registration|rated|rating|inspect\\w{0,4}|report|regulated)|Care\\s{1,2}Quality'],
  [['gs-mark'], '^\\s{1,2}(?:Smart\\s{0,1}watch|watch|series|model|phone|Pro\\b|Max\\b|Plus\\b)'],
  [['iso-other', 'iso-unspecified'], '^[\\s\\-]{1,2}(?:speed|sensitivity|range|setting|settings|value|film|camera|containers?|tanks?|sizes?|paper|threads?|metric|format|file|image|week|date|codes?|country|currency|standard\\s{1,2}sizes?|\\d)'],
  [['reach'], '^\\s{1,2}(?:customers|out|more|new|us|the|our|your|their|up|over|across|a|an)\\b'],
  [['wrap'], '^\\s{1,2}(?:it|them|in|with|the|your|up|around|film|paper)\\b'],
  [['erp-ecodesign'], '^\\s{1,2}(?:system|software|solution|SAP|module|integration)'],
];

/** Issuers named near a claim, with the name the panel shows. Longest names first. */
export const ISSUERS: Array<[string, string]> = [
  ['TÜV\\s{1,2}SÜD|TUV\\s{1,2}SUD|TÜV\\s{1,2}Süd|南德', 'TÜV SÜD'],
  ['TÜV\\s{1,2}Rheinland|TUV\\s{1,2}Rheinland|德国莱茵|莱茵', 'TÜV Rheinland'],
  ['TÜV\\s{1,2}NORD|TUV\\s{1,2}NORD', 'TÜV NORD'],
  ['TÜV|TUV|TUEV', 'TÜV'],
  ['SGS(?:[\\s\\-]CSTC)?|通标', 'SGS'],
  ['Bureau\\s{1,2}Veritas|BVQI|BV|必维', 'Bureau Veritas'],
  ['Intertek|ITS|天祥', 'Intertek'],
  ['DNV(?:[\\s\\-]GL)?', 'DNV'],
  ['LRQA|Lloyd(?:\'|’)s\\s{1,2}Register', 'LRQA'],
  ['CQC|中国质量认证中心', 'CQC'],
  ['CQM|方圆', 'CQM'],
  ['QIMA', 'QIMA'],
  ['UL\\s{1,2}Solutions|UL', 'UL'],
  ['BSI', 'BSI'],
  ['NQA', 'NQA'],
  ['Eurofins', 'Eurofins'],
  ['Hohenstein', 'Hohenstein'],
  ['TESTEX', 'TESTEX'],
  ['Control\\s{1,2}Union', 'Control Union'],
  ['CTI|华测', 'CTI'],
  ['CCIC', 'CCIC'],
  ['DEKRA|Dekra', 'DEKRA'],
  ['Nemko', 'Nemko'],
  ['Kiwa', 'Kiwa'],
  ['Applus', 'Applus'],
  ['CSA\\s{1,2}Group', 'CSA Group'],
];

/**
 * Sector families for the supplier plausibility check. Only sector-specific schemes count: a
 * general factory plausibly holds ISO 9001, 14001, 45001 and a social audit together.
 */
export const SECTORS: Partial<Record<ClaimId, string>> = {
  'iso-22000': 'food', 'fssc-22000': 'food', haccp: 'food', brcgs: 'food', ifs: 'food',
  gmp: 'pharma/cosmetics',
  'iatf-16949': 'automotive',
  as9100: 'aerospace',
  'iso-13485': 'medical',
  'iso-27001': 'IT services',
  'iso-17025': 'testing laboratory',
  gots: 'textiles', 'oeko-tex': 'textiles', grs: 'textiles', wrap: 'apparel',
  fsc: 'wood/paper', pefc: 'wood/paper',
  'icti-ethical-toy': 'toys', 'disney-fama': 'toys',
};

/** Kinds of claim that count as "standards held" (bodies, badges and product marks do not). */
export const MANAGEMENT_OR_AUDIT: ReadonlySet<ClaimId> = new Set<ClaimId>([
  'iso-9001', 'iso-9000', 'iso-14001', 'iso-14000', 'iso-45001', 'ohsas-18001', 'iso-13485',
  'iso-22000', 'fssc-22000', 'haccp', 'brcgs', 'ifs', 'gmp', 'iso-27001', 'iso-50001', 'iso-17025',
  'iatf-16949', 'as9100', 'amfori-bsci', 'amfori-bepi', 'sedex-smeta', 'sa8000', 'wrap', 'c-tpat',
  'gsv', 'icti-ethical-toy', 'disney-fama', 'retailer-audit', 'gots', 'oeko-tex', 'grs', 'fsc',
  'pefc', 'iso-other', 'iso-unspecified',
]);
