import type { ClaimEntry } from '../schema';

/**
 * Accreditation schemes and the companies that certify, test or inspect (issue #3).
 * These names appear on pages as if they were certificates ("CNAS certified", "SGS approved",
 * "QIMA certified"); each entry says what the name can and cannot stand for, and where to
 * check a document that carries it. Sorted by id (tests/unit/catalog.test.ts).
 */

// Sources (shared/domain/cert-facts.md §10 and registries-and-ux.md "Source keys").
const ISO_CB = 'https://help.iso.org/en/articles/602408-how-to-become-a-certification-body';
// CNAS description, only known over http (cert-facts.md R87).
const CNAS_ABOUT = 'http://www.cixikaijia.com/jczs/show-1825.html';
// CNCA certificate query guide, only known over http (cert-facts.md R88).
const CNCA_QUERY_GUIDE = 'http://en.uicec.com/news/507.html';
const CNCA_ILLEGAL_CERT = 'https://gmcompliance.com/?p=1570';
// CNCA's role, only known over http (cert-facts.md R88c).
const CNCA_ROLE = 'http://ccaiisp.cn/cms/a/1583.html';
const CNAS_LAB_QUERY = 'https://las.cnas.org.cn/LAS_FQ/publish/externalQueryL1.jsp';
const ILAC_MRA = 'https://ilac.org/ilac-mra-and-signatories/accredited-conformity-assessment-bodies/';
const IAF_MLA = 'https://www.snas.sk/en/medzinarodna-spolupraca/iaf';
const GACI = 'https://globalaccreditationcooperationincorporated.org';
const GACI_EA = 'https://european-accreditation.org/?p=10809';
const GACI_NOTE = 'https://www.hvassallo.com/global-accreditation-cooperation-incorporated';
const INTL_ACCREDITATION = 'https://qcmagazine.ir/the-role-of-international-accreditation-in-management-system-certification/';
const CERTSEARCH_COVERAGE =
  'https://www.oxebridge.com/emma/iafs-new-attempt-to-make-certsearch-mandatory-cannot-succeed-either/';
const CERTSEARCH_HOWTO =
  'https://support.iafcertsearch.org/verifiers/certificate-verification/how-to-verify-a-company-certificate';
const CERTSEARCH_CHARGES =
  'https://support.iafcertsearch.org/verifiers/certificate-verification/verification-rules/verification-charges';
const SGS_GUIDE = 'https://eatsip365.com/a-guide-to-sgs-certificate-logo-verification';
const SGS_CODES = 'https://www.sgs-caspian.com/en/terms-and-conditions/codes-of-practice-ssc-english-nl';
const SGS_DIRECTORY = 'https://www.sgs.com/en/certified-clients-and-products/certified-client-directory';
const ALIBABA_HOW_VERIFIED = 'https://reads.alibaba.com/how-are-alibaba-com-suppliers-verified/';
const TA_CLAIMS = 'https://service.alibaba.com/buyer/faq_detail/20155175.htm';
const BORROWED_CERTS = 'https://milasourcing.com/news/supplier-verification-china/';
const TUV_MARKS = 'https://studylib.net/doc/18140152/correct-use-of-certification-marks';
const TUV_FAKES =
  'https://www.elektroniknet.de/messen-testen/schaerferes-vorgehen-gegen-pruefzeichenfaelscher.196862/seite-3.html';
const CERTIPEDIA = 'https://www.certipedia.com/';
const BV_PROCESS = 'https://www.bureauveritas.gr/your-needs/certification/your-certification-process';
const BV_PROCESS_DK = 'https://www.bureauveritas.dk/en/certification-process';
const BV_HISTORY = 'https://www.betonenstaalbouw.nl/en/general/certificates-provide-founded-confidence/';
const BV_SOCIAL = 'https://www.bureauveritas-cps.uk/pentland/cn';
const BV_CHINA = 'https://www.bvcerchina.cn/';
const ETL_FAQ = 'https://lightcorp.com/etl-listed-mark-frequently-asked-questions';
const GSV_UPDATE =
  'https://www.intertek.com/news/2020/04-22-intertek-releases-global-security-verification-update-to-align-with-new-c-tpat-regulations/';
// Both only known over http (cert-facts.md R110, R37).
const WALMART_PROGRAMME = 'http://xn--fmr20r248buhj.com/news/WM_ES.html';
const GSV_NOT_CTPAT = 'http://ally-service.com/en/News.asp?vid=2815';
const INTERTEK_DIRECTORIES = 'https://directories.intertek.com/';
const DNV_PROCESS = 'https://www.dnv.co.uk/assurance/Certification-process/';
const DNV_RENAME = 'https://www.dnv.sk/news/prechodove-obdobie-pre-certifikaty-a-certifikacne-znacky-197241/';
const LRQA_SPLIT =
  'https://www.oxebridge.com/emma/saudi-press-release-sure-makes-it-look-like-lloyds-register-is-about-to-screw-up/';
const QIMA_INSPECTION = 'https://www.qima.com/inspection-instructions';
// QIMA pre-shipment inspection tips, only known over http (cert-facts.md R97b).
const QIMA_TIPS = 'http://www.slidesearchengine.com/slide/8-tips-for-quality-control-in-asia';
const QIMA_BSCI = 'https://www.qima.com/bsci-supplier-audits';
const AQL = 'https://www.hqts.com/author/rachel/';

const MS_CYCLE =
  'Management-system certificates run three years, with a surveillance audit at least once per calendar year and a recertification audit in year three.';

export const bodies: ClaimEntry[] = [
  {
    id: 'bureau-veritas',
    name: 'Bureau Veritas (BV)',
    aliases: ['Bureau Veritas', 'BV', 'BV Certification', 'BVQI', '必维'],
    kind: 'certification-body',
    summary:
      'A French testing, inspection and certification company (founded 1828). BV Certification issues ISO certificates; BV also audits and inspects.',
    owner: 'Bureau Veritas (France, founded 1828)',
    issuer: 'BV Certification for management systems; other Bureau Veritas units for audits and inspections',
    certifies:
      'Depends on the document: management-system certificates (ISO 9001 and others) from BV Certification, social audits such as SMETA, and inspections, including the dispute inspections Alibaba.com designates for Trade Assurance.',
    doesNotCertify:
      'The BV name on a page is not itself a certificate. A social audit is a report, not a certification, and an inspection covers only the goods inspected.',
    validity: MS_CYCLE,
    askFor:
      "The certificate or report number, the holder's name and site address, the standard and scope, and the issue and expiry dates.",
    howToVerify:
      'Ask Bureau Veritas to confirm the certificate number and holder. For BV audits shown on Made-in-China.com, the “Verify Now” link leads to BV China’s verification site. A global BV certificate lookup was not found in our sources.',
    registries: [
      {
        name: 'Bureau Veritas China verification',
        url: BV_CHINA,
        access: 'open',
        howTo: 'Search by report or certificate number, or company name, and compare the holder and date.',
      },
    ],
    obsoleteVersions: [],
    redFlags: [
      {
        pattern: '“BV certified” with no certificate number',
        why: 'Bureau Veritas certifies, audits and inspects; without a number and a standard there is nothing to check.',
      },
      {
        pattern: '“BVQI” on a recent certificate',
        why: 'BVQI is an old name of BV’s certification arm; ask for the current certificate and confirm it with BV.',
      },
    ],
    markets: [],
    sources: [
      { url: BV_HISTORY, title: 'Certificates provide founded confidence (BV history)', for: ['summary', 'owner'] },
      {
        url: BV_PROCESS,
        title: 'Bureau Veritas: your certification process',
        for: ['certifies', 'doesNotCertify', 'validity'],
      },
      { url: BV_PROCESS_DK, title: 'Bureau Veritas: certification process', for: ['validity'] },
      { url: TA_CLAIMS, title: 'Alibaba.com Trade Assurance: claims and inspection', for: ['certifies'] },
      { url: BV_SOCIAL, title: 'Bureau Veritas social audits', for: ['certifies', 'doesNotCertify'] },
      { url: BV_CHINA, title: 'Bureau Veritas China verification (portal)', for: ['registries', 'howToVerify'] },
    ],
  },
  {
    id: 'cnas',
    name: 'CNAS (China National Accreditation Service)',
    aliases: [
      'CNAS',
      'CNAS accredited',
      'China National Accreditation Service for Conformity Assessment',
      '中国合格评定国家认可委员会',
    ],
    kind: 'accreditation',
    summary:
      "China's national accreditation body. It accredits certification bodies and labs, never factories: “CNAS certified factory” is a misnomer.",
    owner: 'CNAS, set up under the authority of China’s certification regulator CNCA (国家认证认可监督管理委员会)',
    issuer: 'CNAS accredits certification bodies, laboratories and inspection bodies',
    certifies:
      'That a certification body, test lab or inspection body is competent for a listed scope. A CNAS logo on a test report means the lab is accredited for that test.',
    doesNotCertify:
      'Factories or products. The certificate a supplier shows comes from a certification body; whether CNAS accredits that body is a separate question.',
    validity: 'Held by the accredited body for a stated scope; check that it is current for the test or standard in question.',
    askFor:
      'The name of the certification body or lab, the accreditation number printed beside the CNAS logo, and the certificate or report number.',
    howToVerify:
      'Two checks. Is the body accredited? Look it up in CNAS’s directory. Does the certificate exist? Search it on CNCA’s public query (cx.cnca.cn), which shows valid, suspended or revoked; a certificate not found there may simply not be uploaded yet.',
    registries: [
      {
        name: 'CNAS accredited laboratory query',
        url: CNAS_LAB_QUERY,
        access: 'open',
        howTo: 'Search for the lab by name or accreditation number to see whether CNAS accredits it.',
      },
    ],
    obsoleteVersions: [],
    redFlags: [
      {
        pattern: '“CNAS certified factory”',
        why: 'CNAS accredits certification bodies and labs, not factories. Ask which body issued the certificate.',
      },
      {
        pattern: 'Foreign certification body, factory in China',
        why: 'Certification bodies working in China need CNCA approval; a certificate from an unapproved one is not recognised in China.',
      },
    ],
    markets: ['china'],
    sources: [
      {
        url: CNAS_ABOUT,
        title: 'What CNAS accreditation means (China)',
        for: ['summary', 'owner', 'issuer', 'certifies', 'doesNotCertify', 'redFlags'],
      },
      { url: ILAC_MRA, title: 'ILAC MRA: accredited conformity assessment bodies', for: ['certifies'] },
      { url: CNCA_QUERY_GUIDE, title: 'How to check a certificate on cx.cnca.cn', for: ['howToVerify'] },
      { url: CNCA_ILLEGAL_CERT, title: 'Illegal certification by a foreign body in China', for: ['redFlags'] },
      { url: CNCA_ROLE, title: 'CNCA and approval of certification bodies', for: ['owner', 'redFlags'] },
      { url: CNAS_LAB_QUERY, title: 'CNAS laboratory accreditation query', for: ['registries'] },
    ],
  },
  {
    id: 'dnv',
    name: 'DNV (formerly DNV GL)',
    aliases: ['DNV', 'DNV GL', 'DNV-GL', 'Det Norske Veritas', '挪威船级社'],
    kind: 'certification-body',
    summary:
      'A certification body for management systems and products. DNV GL was renamed DNV on 1 March 2021; DNV GL certificates stayed valid.',
    owner: 'DNV',
    issuer: 'DNV',
    certifies:
      'Depends on the certificate: management systems (ISO 9001 and others) and products. The DNV name alone certifies nothing.',
    doesNotCertify:
      'A management-system certificate does not certify the products; the scope on the certificate limits what it covers.',
    validity:
      'Management-system certificates last three years, with audits about every twelve months. After the 2021 rename, DNV GL management-system certificates were to move to the DNV brand within three years, product certificates within five.',
    askFor: "The certificate number, the holder's name and site, the standard and scope, and the dates.",
    howToVerify:
      'Ask DNV to confirm the certificate number and holder. A public DNV checker for management-system certificates was not confirmed in our sources.',
    registries: [],
    obsoleteVersions: [],
    redFlags: [
      {
        pattern: '“DNV GL” on a certificate issued years after 2021',
        why: 'The brand changed on 1 March 2021 and certificates were moved to DNV; confirm such a certificate with DNV.',
      },
    ],
    markets: [],
    sources: [
      {
        url: DNV_PROCESS,
        title: 'DNV: certification process',
        for: ['certifies', 'doesNotCertify', 'validity'],
      },
      {
        url: DNV_RENAME,
        title: 'DNV: transition period for certificates and marks',
        for: ['summary', 'certifies', 'validity', 'redFlags'],
      },
    ],
  },
  {
    id: 'iaf-accreditation',
    name: 'IAF / ILAC accreditation (GACI from 2026)',
    aliases: [
      'IAF',
      'ILAC',
      'IAF MLA',
      'ILAC MRA',
      'ILAC-MRA',
      'GACI',
      'Global Accreditation Cooperation Incorporated',
    ],
    kind: 'accreditation',
    summary:
      'IAF and ILAC link national accreditation bodies worldwide; GACI took over both on 1 Jan 2026. Their logos mark accredited bodies, not factories.',
    owner: 'Global Accreditation Cooperation Incorporated (GACI), which replaced IAF and ILAC on 1 January 2026',
    issuer:
      'National accreditation bodies that signed the IAF MLA or the ILAC MRA (CNAS in China, for example) accredit certification bodies and labs',
    certifies:
      'That a certification body (ISO/IEC 17021-1 for management systems, 17065 for products) or a lab or inspection body (ISO/IEC 17025, 15189, 17020) was accredited inside the international agreement, so its certificates and reports are recognised abroad.',
    doesNotCertify:
      'The factory or the product. An accredited certificate can still be fake, expired or issued to another company. Accreditation is not compulsory: an unaccredited body is not automatically bogus, though accredited is the norm in trade.',
    validity:
      'IAF MLA and ILAC MRA accreditations and marks stay valid during the 2026 transition to GACI; a new GACI mark is expected.',
    askFor:
      'The certificate number, the certification body, and the national accreditation body named on the certificate.',
    howToVerify:
      'Search IAF CertSearch for the company or certificate. Uploads by accredited bodies became mandatory (deadline 26 Oct 2024), so a missing record now means more than it used to, but it still is not proof of a fake: it may be unuploaded or confidential. In doubt, ask the certification body.',
    registries: [
      {
        name: 'IAF CertSearch',
        url: 'https://www.iafcertsearch.org/',
        access: 'login',
        howTo: 'Search by company or certificate number; status reads active, suspended, withdrawn or expired. Needs an account; checks use credits.',
      },
    ],
    obsoleteVersions: [],
    redFlags: [
      {
        pattern: '“IAF accredited” with no national accreditation body',
        why: 'Accreditation comes from a national body that belongs to IAF/GACI; a certificate naming none is not accredited in that sense.',
      },
      {
        pattern: 'Unknown “international accreditation” body',
        why: 'Bodies outside IAF/GACI are typical of certificate mills; check that the accreditation body is a recognised member.',
      },
    ],
    markets: [],
    sources: [
      { url: GACI, title: 'Global Accreditation Cooperation Incorporated', for: ['summary', 'owner', 'validity'] },
      { url: GACI_EA, title: 'European co-operation for Accreditation: IAF and ILAC become GACI', for: ['validity'] },
      { url: GACI_NOTE, title: 'Global Accreditation Cooperation Incorporated (overview)', for: ['owner'] },
      { url: IAF_MLA, title: 'IAF MLA scopes (SNAS)', for: ['issuer', 'certifies'] },
      { url: ILAC_MRA, title: 'ILAC MRA: accredited conformity assessment bodies', for: ['certifies'] },
      { url: ISO_CB, title: 'ISO: how to become a certification body', for: ['doesNotCertify'] },
      {
        url: INTL_ACCREDITATION,
        title: 'The role of international accreditation in management-system certification',
        for: ['howToVerify'],
      },
      {
        url: CERTSEARCH_COVERAGE,
        title: 'IAF CertSearch coverage and mandatory uploads',
        for: ['howToVerify', 'redFlags'],
      },
      {
        url: CERTSEARCH_HOWTO,
        title: 'IAF CertSearch: how to verify a company certificate',
        for: ['registries', 'howToVerify'],
      },
      { url: CERTSEARCH_CHARGES, title: 'IAF CertSearch: verification charges', for: ['registries'] },
    ],
  },
  {
    id: 'intertek',
    name: 'Intertek',
    aliases: ['Intertek', 'ITS', '天祥'],
    kind: 'certification-body',
    summary:
      'A UK testing, inspection and certification company. It owns the ETL mark and the GSV security programme, and verifies Alibaba.com suppliers.',
    owner: 'Intertek (UK)',
    issuer: 'Intertek',
    certifies:
      "Depends on the document: ETL product listings, GSV security verifications, audits and tests, and supplier verifications for Alibaba.com; it also runs Walmart's programme for small suppliers.",
    doesNotCertify:
      'The Intertek name alone certifies nothing. A GSV verification is not C-TPAT certification.',
    validity: 'Per document; check the dates on the certificate, listing or report.',
    askFor: 'The certificate, listing or report number, the holder, the products or site covered, and the dates.',
    howToVerify:
      'Ask for the document and confirm it with Intertek; product listings can be searched in Intertek’s online directories.',
    registries: [
      {
        name: 'Intertek Directories',
        url: INTERTEK_DIRECTORIES,
        access: 'open',
        howTo: 'Search for the company or listed product and compare the holder and model.',
      },
    ],
    obsoleteVersions: [],
    redFlags: [
      {
        pattern: '“GSV certified = C-TPAT certified”',
        why: 'GSV is Intertek’s own security verification; it is not C-TPAT membership.',
      },
    ],
    markets: [],
    sources: [
      { url: ETL_FAQ, title: 'ETL Listed mark FAQ', for: ['summary', 'certifies'] },
      { url: GSV_UPDATE, title: 'Intertek Global Security Verification update', for: ['summary', 'certifies'] },
      { url: ALIBABA_HOW_VERIFIED, title: 'How are Alibaba.com suppliers verified?', for: ['summary', 'certifies'] },
      { url: WALMART_PROGRAMME, title: 'Walmart ethical sourcing programme for small suppliers', for: ['certifies'] },
      { url: GSV_NOT_CTPAT, title: 'GSV and C-TPAT are different', for: ['doesNotCertify', 'redFlags'] },
      { url: INTERTEK_DIRECTORIES, title: 'Intertek Directories', for: ['registries', 'howToVerify'] },
    ],
  },
  {
    id: 'iso-17025',
    name: 'ISO/IEC 17025 (accredited test and calibration labs)',
    aliases: ['ISO/IEC 17025', 'ISO 17025', 'IEC 17025'],
    kind: 'accreditation',
    summary:
      'The standard for lab competence. A test report from a lab accredited to ISO/IEC 17025 for that test is good evidence; it is not a factory certificate.',
    owner: 'ISO and IEC, who write the standard (they certify no one)',
    issuer: 'National accreditation bodies (in China, CNAS) accredit a lab for a listed scope of tests',
    certifies:
      'That a testing or calibration lab is competent for the tests in its accreditation scope. A report carrying the accreditation mark for a test comes from a lab accredited for that test.',
    doesNotCertify:
      'The factory, its management system or its products in general: a test report covers the sample tested, by the methods listed. Tests outside the lab’s scope are not accredited results.',
    validity: 'Accreditation belongs to the lab and its scope; a report speaks for the sample and date tested.',
    askFor:
      'The full test report: lab name, report number, accreditation mark and number, the standard tested against, and the model tested.',
    howToVerify:
      'Look the lab up with its accreditation body (in China, the CNAS lab directory) and check that the test method is in its scope; then ask the lab to confirm the report number.',
    registries: [
      {
        name: 'CNAS accredited laboratory query',
        url: CNAS_LAB_QUERY,
        access: 'open',
        howTo: 'Search for the lab by name or accreditation number and check its accredited scope.',
      },
    ],
    obsoleteVersions: [],
    redFlags: [
      {
        pattern: '“ISO 17025 certified factory”',
        why: 'ISO/IEC 17025 is about labs; it does not certify a factory or its products.',
      },
      {
        pattern: 'Report without an accreditation mark for the test',
        why: 'The lab may be accredited for other tests only; ask whether this test is in its scope.',
      },
    ],
    markets: [],
    sources: [
      {
        url: ILAC_MRA,
        title: 'ILAC MRA: accredited conformity assessment bodies (ISO/IEC 17025)',
        for: ['summary', 'issuer', 'certifies'],
      },
      {
        url: CNAS_ABOUT,
        title: 'What CNAS accreditation means (China)',
        for: ['issuer', 'certifies', 'doesNotCertify', 'redFlags'],
      },
      { url: ISO_CB, title: 'ISO: how to become a certification body', for: ['owner'] },
      { url: CNAS_LAB_QUERY, title: 'CNAS laboratory accreditation query', for: ['registries', 'howToVerify'] },
    ],
  },
  {
    id: 'lrqa',
    name: "LRQA (formerly Lloyd's Register Quality Assurance)",
    aliases: ['LRQA', "Lloyd's Register Quality Assurance", "Lloyd's Register", 'LR'],
    kind: 'certification-body',
    summary:
      "A management-system certification body, once part of Lloyd's Register and now a separate company. Lloyd's Register itself still certifies products.",
    owner: 'LRQA',
    issuer: 'LRQA (management systems); Lloyd’s Register (products)',
    certifies: 'LRQA issues management-system certificates (ISO 9001 and others).',
    doesNotCertify:
      'Products: product certification stayed with Lloyd’s Register. A management-system certificate says nothing about a particular product.',
    validity: MS_CYCLE,
    askFor: "The certificate number, the holder's name and site, the standard and scope, and the dates.",
    howToVerify:
      'Ask LRQA to confirm the certificate number and holder; verification is reportedly by enquiry rather than a public search.',
    registries: [],
    obsoleteVersions: [],
    redFlags: [
      {
        pattern: 'ISO certificate attributed to “Lloyd’s Register”',
        why: 'Management-system certification moved to LRQA; check which company issued it and confirm with that company.',
      },
    ],
    markets: [],
    sources: [
      {
        url: LRQA_SPLIT,
        title: "LRQA and Lloyd's Register are separate companies",
        for: ['summary', 'owner', 'issuer', 'certifies', 'doesNotCertify', 'redFlags'],
      },
      { url: DNV_PROCESS, title: 'DNV: certification process (three-year cycle)', for: ['validity'] },
      { url: BV_PROCESS, title: 'Bureau Veritas: your certification process', for: ['validity'] },
    ],
  },
  {
    id: 'qima',
    name: 'QIMA (formerly AsiaInspection)',
    aliases: ['QIMA', 'AsiaInspection', 'Asia Inspection'],
    kind: 'certification-body',
    summary:
      'An inspection and audit company hired by buyers. It issues reports, not certificates: “QIMA certified” is a misnomer.',
    owner: 'QIMA',
    issuer: 'QIMA, for the client who ordered the inspection or audit',
    certifies:
      'Nothing, strictly: QIMA inspects goods (for example pre-shipment inspections, sampled by AQL under ISO 2859-1, typically 0 / 2.5 / 4.0 for critical / major / minor defects), audits factories and suppliers, tests in labs, and is an approved amfori BSCI auditing company. The result is a report for whoever ordered it.',
    doesNotCertify:
      'It does not issue ISO management-system certificates (it reportedly offers audits, not certification). An inspection report covers the lot inspected, not later orders.',
    validity: 'A report speaks for its date and, for an inspection, the lot inspected.',
    askFor: 'The full report, who ordered it, its date, and for an inspection the order and lot it covers.',
    howToVerify:
      'Ask the supplier who ordered the report; one ordered by another buyer or by the supplier is not your inspection. For your own order, book your own pre-shipment inspection.',
    registries: [],
    obsoleteVersions: [],
    redFlags: [
      {
        pattern: '“QIMA certified” / “QIMA certificate”',
        why: 'QIMA inspects and audits; it does not certify. Ask for the report and who ordered it.',
      },
    ],
    markets: [],
    sources: [
      {
        url: QIMA_INSPECTION,
        title: 'QIMA inspection instructions',
        for: ['summary', 'issuer', 'certifies', 'doesNotCertify', 'redFlags', 'howToVerify'],
      },
      { url: QIMA_TIPS, title: '8 tips for quality control in Asia', for: ['certifies'] },
      { url: QIMA_BSCI, title: 'QIMA amfori BSCI supplier audits', for: ['certifies'] },
      { url: AQL, title: 'Pre-shipment inspection and AQL sampling (HQTS)', for: ['certifies'] },
    ],
  },
  {
    id: 'sgs',
    name: 'SGS',
    aliases: ['SGS', 'Société Générale de Surveillance', 'SGS-CSTC', '通标'],
    kind: 'certification-body',
    summary:
      'A Swiss testing, inspection and certification company. “SGS” on a page may mean a certificate, test report, inspection or audit: ask which.',
    owner: 'SGS (Société Générale de Surveillance, Switzerland, founded 1878)',
    issuer: 'SGS and its local offices',
    certifies:
      'Depends on the document: SGS certifies management systems (ISO 9001 and others), tests products, inspects shipments, runs social audits, verifies suppliers for Alibaba.com and inspects Trade Assurance disputes.',
    doesNotCertify:
      'The SGS name on a page is not a certificate. A test report covers the sample tested; an audit or verification is a snapshot.',
    validity: `Per document. ${MS_CYCLE}`,
    askFor:
      "The SGS document itself: certificate or report number, the holder's name and address, the scope or product, and the dates.",
    howToVerify:
      'Search SGS’s Certified Client Directory for the company or certificate; it also lists suspended, cancelled and withdrawn certificates. Check that the holder is the supplier you deal with.',
    registries: [
      {
        name: 'SGS Certified Client Directory',
        url: SGS_DIRECTORY,
        access: 'open',
        howTo: 'Search by company name or certificate number and compare the holder, scope and status.',
      },
    ],
    obsoleteVersions: [],
    redFlags: [
      {
        pattern: 'SGS document in another company’s name',
        why: 'Real certificates and reports get reused by other companies; the holder must be the supplier you deal with.',
      },
      {
        pattern: '“SGS certified” with no document',
        why: 'SGS does many kinds of work; without a certificate or report number there is nothing to check.',
      },
    ],
    markets: [],
    sources: [
      {
        url: SGS_GUIDE,
        title: 'A guide to SGS certificate and logo verification',
        for: ['summary', 'owner', 'doesNotCertify'],
      },
      { url: ALIBABA_HOW_VERIFIED, title: 'How are Alibaba.com suppliers verified?', for: ['certifies'] },
      { url: TA_CLAIMS, title: 'Alibaba.com Trade Assurance: claims and inspection', for: ['certifies'] },
      { url: SGS_CODES, title: 'SGS codes of practice (certified client directory)', for: ['howToVerify'] },
      { url: SGS_DIRECTORY, title: 'SGS Certified Client Directory', for: ['registries'] },
      { url: BORROWED_CERTS, title: 'Supplier verification in China (borrowed certificates)', for: ['redFlags'] },
      { url: BV_PROCESS, title: 'Bureau Veritas: your certification process (three-year cycle)', for: ['validity'] },
    ],
  },
  {
    id: 'tuv',
    name: 'TÜV (TÜV SÜD, TÜV Rheinland, TÜV NORD…)',
    aliases: [
      'TÜV',
      'TUV',
      'TUEV',
      'TÜV SÜD',
      'TUV SUD',
      'TÜV Rheinland',
      'TUV Rheinland',
      'TÜV NORD',
      '德国莱茵',
      '南德',
    ],
    kind: 'certification-body',
    summary:
      '“TÜV is not TÜV”: several independent companies share the name (TÜV SÜD, TÜV Rheinland, TÜV NORD…). Ask which one, and for the certificate.',
    owner: 'Several independent organisations: TÜV SÜD, TÜV Rheinland, TÜV NORD, TÜV Hessen, TÜV Austria and others',
    issuer: 'The particular TÜV company named on the certificate',
    certifies:
      'Depends on the company and the document: management-system certificates, product test marks, inspections. TÜV Rheinland also verifies suppliers for Alibaba.com and inspects Trade Assurance disputes.',
    doesNotCertify:
      'A mark from one TÜV company says nothing about another, and a TÜV product mark covers only the models listed on its certificate.',
    validity: 'Per certificate and model; check the dates on the certificate.',
    askFor: 'The certificate naming the exact TÜV company, the certificate or test-mark ID, the holder and the models covered.',
    howToVerify:
      'Check with the TÜV company that issued it. For TÜV Rheinland, open the test-mark ID on Certipedia. TÜV SÜD reportedly has a certificate database and publishes known fake certificates and marks.',
    registries: [
      {
        name: 'TÜV Rheinland Certipedia',
        url: CERTIPEDIA,
        urlTemplate: 'https://www.certipedia.com/quality_marks/{number}?locale=en',
        access: 'open',
        howTo: 'Enter the 10-digit ID printed with the TÜV Rheinland test mark and compare holder, product and dates.',
      },
    ],
    obsoleteVersions: [],
    redFlags: [
      {
        pattern: 'Bare “TÜV” logo with no company or ID',
        why: 'Each TÜV company runs its own marks; a mark that names none cannot be checked.',
      },
      {
        pattern: 'Model not listed on the TÜV certificate',
        why: 'A TÜV mark is valid only for the models the certificate lists.',
      },
    ],
    markets: [],
    sources: [
      {
        url: TUV_MARKS,
        title: 'Correct use of certification marks (TÜV)',
        for: ['summary', 'owner', 'certifies', 'doesNotCertify', 'redFlags'],
      },
      { url: TUV_FAKES, title: 'Stricter action against test-mark forgers', for: ['howToVerify'] },
      { url: ALIBABA_HOW_VERIFIED, title: 'How are Alibaba.com suppliers verified?', for: ['certifies'] },
      { url: TA_CLAIMS, title: 'Alibaba.com Trade Assurance: claims and inspection', for: ['certifies'] },
      { url: CERTIPEDIA, title: 'TÜV Rheinland Certipedia', for: ['registries', 'howToVerify'] },
    ],
  },
];
