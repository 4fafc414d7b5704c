import type { ClaimEntry, Registry, Source } from '../schema';

/**
 * Management-system certificates (issue #3): ISO 9001 and its relatives, the sector schemes
 * (IATF 16949, AS9100, ISO 13485, food and cosmetics schemes) and the "ISO" claims that cannot
 * be certificates at all (ISO 9000, ISO 14000, a bare "ISO certified").
 * The honest line for every entry: a system audit of a site, never a test of your goods.
 * `obsoleteVersions[].version` strings are the exact strings the detector emits.
 * Facts from shared/domain/cert-facts.md §0–1, §7; [unsourced] facts are left out or say "reportedly".
 * Sorted by id (tests/unit/catalog.test.ts).
 */

type Field = Source['for'][number];
const src = (url: string, title: string, ...fields: Field[]): Source => ({ url, title, for: fields });

// The seed article (shared/seed/000_1c521ec952d0b1bf.txt has no URL header; this is where it is published).
const seed = (...f: Field[]) =>
  src('https://china-electronics.com/sourcing/factory-certifications', 'Chinese Factory Certifications Explained: ISO, BSCI, SEDEX, and More (Feb 2026)', ...f);
// cert-facts.md §10, by key.
const isoNoCertify = (...f: Field[]) => src('https://help.iso.org/en/articles/602408-how-to-become-a-certification-body', 'ISO help centre: how to become a certification body (ISO does not certify)', ...f); // R1
const isoCertification = (...f: Field[]) => src('https://mbs.isolutions.iso.org/ru/certification.html', 'ISO: certification and accreditation explained', ...f); // R1b
const isoCertifiedWording = (...f: Field[]) => src('https://taxvisor.org/iso.php', 'Using "ISO certified" correctly: name the standard and version', ...f); // R2
const transition2015 = (...f: Field[]) => src('https://brsmena.com/2015-iso-transition-deadline-approaching', 'ISO 9001/14001:2015 transition deadline (15 Sept 2018)', ...f); // R3
const qmsukTransition = (...f: Field[]) => src('https://www.qmsuk.com/news/transition-window-closing-for-iso-9001-2008-and-iso-14001-2004', 'Transition window closing for ISO 9001:2008 and ISO 14001:2004', ...f); // R4
const iso9001v2000 = (...f: Field[]) => src('https://experts123.com/q/what-is-the-transition-time-frame-to-comply-with-this-revision-and-does-my-organization-require-full-re-assessment-for-certification.html', 'Transition time frame for the ISO 9001:2000 revision', ...f); // R4c
const bvProcess = (...f: Field[]) => src('https://www.bureauveritas.gr/your-needs/certification/your-certification-process', 'Bureau Veritas: your certification process (3-year cycle, yearly surveillance)', ...f); // R93
const dnvProcess = (...f: Field[]) => src('https://www.dnv.co.uk/assurance/Certification-process/', 'DNV: certification process', ...f); // R94
const cncaQuery = (...f: Field[]) => src('http://en.uicec.com/news/507.html', 'Checking Chinese certificates on the CNCA public platform (cx.cnca.cn)', ...f); // R88a
const cncaIllegal = (...f: Field[]) => src('https://gmcompliance.com/?p=1570', 'Foreign certification bodies without CNCA approval: illegal certification in China', ...f); // R88b
const certSearchMandatory = (...f: Field[]) => src('https://qcmagazine.ir/the-role-of-international-accreditation-in-management-system-certification/', 'The role of international accreditation in management-system certification (IAF CertSearch)', ...f); // R89
const certSearchCoverage = (...f: Field[]) => src('https://www.oxebridge.com/emma/iafs-new-attempt-to-make-certsearch-mandatory-cannot-succeed-either/', 'IAF CertSearch coverage (about 35% of accredited certificates)', ...f); // R89b
const sgsDirectory = (...f: Field[]) => src('https://www.sgs-caspian.com/en/terms-and-conditions/codes-of-practice-ssc-english-nl', 'SGS codes of practice: public directory of certified clients', ...f); // R92
const iafCertSearchHelp = (...f: Field[]) => src('https://support.iafcertsearch.org/verifiers/certificate-verification/how-to-verify-a-company-certificate', 'IAF CertSearch: how to verify a company certificate', ...f); // registries-and-ux [IAF1]

const IAF_CERTSEARCH: Registry = {
  name: 'IAF CertSearch',
  url: 'https://www.iafcertsearch.org/',
  access: 'login',
  howTo:
    'Search the company name or certificate number (account and credits needed); “no result” can mean not uploaded, not a fake.',
};
const SGS_DIRECTORY: Registry = {
  name: 'SGS Certified Client Directory',
  url: 'https://www.sgs.com/en/certified-clients-and-products/certified-client-directory',
  access: 'open',
  howTo: 'For SGS certificates: search the company or certificate number; suspended and withdrawn ones are shown too.',
};
const CERTIPEDIA: Registry = {
  name: 'TÜV Rheinland Certipedia',
  url: 'https://www.certipedia.com/',
  access: 'open',
  howTo: 'For TÜV Rheinland certificates: enter the certificate or test-mark ID printed on it.',
};
const MS_REGISTRIES = [IAF_CERTSEARCH, SGS_DIRECTORY, CERTIPEDIA];

const MS_ASK =
  'The certificate number and the certification body’s name, plus a copy of the certificate: site address, scope, standard and edition, issue and expiry dates.';
const MS_VERIFY =
  'Look the number up on the certification body’s own register (SGS and TÜV Rheinland have public ones) or on IAF CertSearch, or ask the body’s verification desk. Check holder name, address, scope and expiry match this supplier. For a site in China, also search CNCA’s public query (cx.cnca.cn).';
const MS_VALIDITY = '3-year certificate, a surveillance audit every year (years 1 and 2), full recertification audit in year 3.';

const BORROWED: ClaimEntry['redFlags'][number] = {
  pattern: 'Certificate in another company’s name, or for other products',
  why: 'Real certificates are reused by other firms. The holder, address and scope must match this supplier and your goods.',
};
const UNVERIFIABLE: ClaimEntry['redFlags'][number] = {
  pattern: 'No certificate number or no certification body named',
  why: 'Without both, nobody can confirm the certificate. A certificate the issuing body cannot confirm is worth nothing.',
};

export const managementSystems: ClaimEntry[] = [
  {
    id: 'as9100',
    name: 'AS9100',
    aliases: ['AS9100D', 'AS 9100', 'AS9100 Rev D', 'AS-9100', 'AS9110', 'AS9120', 'AS9120B'],
    kind: 'management-system',
    summary: 'Aerospace quality-system certificate (aviation, space, defence). Current revision is D; check the site in IAQG’s OASIS database.',
    owner: 'IAQG (International Aerospace Quality Group).',
    issuer: 'Accredited certification bodies, which must upload their certificates and audit status to IAQG’s OASIS database.',
    certifies:
      'The site’s quality management system meets the aerospace requirements: AS9100 for design and production, AS9110 for maintenance, AS9120 for distributors.',
    doesNotCertify: 'Any particular part, batch or order, or sites and activities outside the certificate’s scope.',
    validity: `${MS_VALIDITY} Current: AS9100D (2016). Rev C certificates ended on 15 September 2018.`,
    askFor: `${MS_ASK} Also which of AS9100, AS9110 or AS9120 it is.`,
    howToVerify:
      'Search the company in IAQG’s OASIS database (certificates and audit status); confirm with the certification body named on the certificate.',
    registries: [],
    obsoleteVersions: [
      { version: 'AS9100B', endedOn: '2012-07-01', replacedBy: 'AS9100C' },
      { version: 'AS9100C', endedOn: '2018-09-15', replacedBy: 'AS9100D' },
    ],
    redFlags: [
      { pattern: 'AS9100C / AS9100 Rev C', why: 'Rev C certificates all ended on 15 September 2018; a valid one today says AS9100D.' },
      { pattern: 'AS9100:2004 / Rev B', why: 'Cancelled on 1 July 2012.' },
      UNVERIFIABLE,
    ],
    markets: ['aerospace'],
    sources: [
      src('http://asq.org/quality-progress/2019/02/standards-outlook/standard-issues-we-have-liftoff-.html', 'ASQ Quality Progress: the AS9100 family and the Rev D transition', 'owner', 'summary', 'markets', 'validity', 'obsoleteVersions', 'redFlags'),
      src('https://www.abs-group.com/What-We-Do/Management-Systems-Certification/ISO-Updates/IAQG-Supplemental-Rule-SR003/', 'ABS: IAQG supplemental rule SR003 (Rev D transition)', 'obsoleteVersions', 'validity'),
      src('http://www.imsworld.org/blog/2010/07/', 'IMS World: AS9100/AS9110/AS9120 and the OASIS database', 'owner', 'issuer', 'certifies', 'howToVerify'),
      src('https://www.whittingtonassociates.com/2009/12/as9100c-timeline/', 'AS9100C timeline (AS9100:2004 cancelled 1 July 2012)', 'obsoleteVersions', 'redFlags'),
      bvProcess('validity'),
      seed('doesNotCertify', 'askFor'),
    ],
  },
  {
    id: 'brcgs',
    name: 'BRCGS',
    aliases: ['BRC', 'BRCGS Food Safety', 'BRC Food', 'BRC Global Standard', 'BRCGS Food Safety Issue 9', 'BRCGS Packaging', 'BRCGS Packaging Materials'],
    kind: 'management-system',
    summary: 'GFSI-recognised food (and packaging) safety certification, graded AA to D. Ask for the grade and the audit date.',
    owner: 'BRCGS, originally the British Retail Consortium’s Global Standards (rebranded 2019).',
    issuer: 'Third-party certification bodies approved by BRCGS.',
    certifies:
      'The site met the BRCGS standard for its sector (food safety, packaging materials, storage, consumer products) at the audit, with a grade for the result.',
    doesNotCertify: 'Your product, batch or order; other sites of the same company; anything after the audit day.',
    ratingScale:
      'AA, A, B, C, D for announced audits; a “+” (e.g. AA+) marks an unannounced audit. U = uncertificated. (Food Safety Issue 9, audits since February 2023.)',
    validity:
      'Depends on the grade: A or B means the next audit is a year later, C (the minimum pass) means a re-audit after 6 months.',
    askFor: 'The BRCGS certificate and latest audit report: site, standard and issue, grade, audit date, scope and the certification body.',
    howToVerify:
      'Use the BRCGS Directory. Since 6 October 2025 the public list is gone and lookups need an account, so ask the supplier to share its audit with you there, or confirm with the certification body.',
    registries: [
      {
        name: 'BRCGS Directory',
        url: 'https://www.brcgs.com/directory/',
        access: 'login',
        howTo: 'Sign in, then search the site or open the audit the supplier shared with you.',
      },
    ],
    obsoleteVersions: [],
    redFlags: [
      { pattern: 'Bare “BRC” with no standard named', why: 'BRC is also just the British Retail Consortium. Only a named BRCGS standard and a certificate mean a certification.' },
      { pattern: 'Grade C or D audit more than 6 months old', why: 'Low grades need a re-audit after 6 months; ask for the newer audit.' },
      BORROWED,
    ],
    markets: ['food'],
    sources: [
      src('https://redboxcs.com/news-and-views/2021/07/28/brcgs-grading-system', 'Redbox: the BRCGS grading system', 'owner', 'issuer', 'summary', 'ratingScale', 'markets'),
      src('https://www.bsigroup.com/en-IN/BRC/Standard-for-Food-Safety/', 'BSI: BRCGS Global Standard for Food Safety', 'ratingScale', 'certifies'),
      src('https://www.pjrfsi.uk/programs/brcgs/', 'PJRFSI: BRCGS programmes (audit frequency by grade)', 'validity', 'redFlags'),
      src('https://isoqar.pl/pl/aktualnosci/branza-spozywcza/zmiany-w-otwartej-bazie-certyfikowanych-podmiotow-brcgs', 'ISOQAR: changes to the open BRCGS directory (Oct 2025, in Polish)', 'registries', 'howToVerify'),
      src('https://www.brcgs.com/directory/audit-and-site-sharing/', 'BRCGS Directory: audit and site sharing', 'howToVerify', 'registries'),
      seed('redFlags', 'doesNotCertify', 'askFor'),
    ],
  },
  {
    id: 'fssc-22000',
    name: 'FSSC 22000',
    aliases: ['FSSC22000', 'FSSC 22000 v6', 'FSSC 22000 Version 6.0', 'FSSC 22000-Quality'],
    kind: 'management-system',
    summary: 'GFSI-recognised food-safety certification: ISO 22000 plus sector prerequisite programmes. Certificates are on FSSC’s public register.',
    owner: 'Foundation FSSC.',
    issuer: 'Accredited certification bodies licensed by Foundation FSSC; they register each certificate with FSSC.',
    certifies:
      'A food safety management system meeting ISO 22000, plus the sector’s prerequisite programmes (ISO/TS 22002-x, e.g. 22002-1) and FSSC’s additional requirements. FSSC 22000-Quality adds ISO 9001.',
    doesNotCertify: 'Lab tests of your product or batch; sites or food-chain categories outside the certificate’s scope.',
    validity:
      'Yearly surveillance audits, recertification every 3 years; reportedly at least one unannounced audit per cycle. GFSI-recognised since 2010.',
    askFor: MS_ASK,
    howToVerify:
      'Search the company on FSSC’s public register (fssc.com) and check site, scope and status; confirm with the certification body if anything differs.',
    registries: [],
    obsoleteVersions: [],
    redFlags: [UNVERIFIABLE, BORROWED],
    markets: ['food'],
    sources: [
      src('https://fssc.com/schemes/fssc-22000/become-fssc-22000-certified', 'FSSC: become FSSC 22000 certified', 'issuer', 'certifies', 'validity', 'howToVerify', 'markets'),
      src('http://epicconsulting.co.uk/fssc-22000/', 'FSSC 22000 explained (ISO 22000 + PRPs + additional requirements)', 'certifies'),
      src('https://123docz.net/document/14923272-fssc-22000-scheme-food-safety-management-system.htm', 'FSSC 22000 scheme: food safety management system', 'owner', 'summary', 'certifies', 'validity'),
      seed('doesNotCertify', 'redFlags', 'askFor'),
    ],
  },
  {
    id: 'gmp',
    name: 'GMP / ISO 22716 (cosmetics GMP)',
    aliases: ['GMP', 'GMPC', 'ISO 22716', 'ISO22716', 'ISO 22716:2007', 'EN ISO 22716', 'cosmetics GMP', 'cGMP', 'c-GMP'],
    kind: 'management-system',
    summary: 'Good Manufacturing Practice. For cosmetics: ISO 22716, the standard for the GMP that EU law requires. Drug “cGMP” is a different regime: ask which.',
    owner:
      'ISO for ISO 22716 (cosmetics GMP guidelines). Drug GMP (“cGMP”) is generally set by regulators such as the US FDA, a separate regime.',
    issuer: 'Certification bodies issue an “attestation of conformity” to ISO 22716 after an audit.',
    certifies:
      'The cosmetics plant follows good manufacturing practice to protect product quality. EU Cosmetics Regulation (EC) 1223/2009, Art. 8, requires GMP; EN ISO 22716:2007 is its harmonised standard (applies since 11 July 2013).',
    doesNotCertify:
      'Worker safety or environmental protection: GMP is about product quality. It does not test your formula or batch, and an ISO 22716 attestation is likely not evidence of drug (pharmaceutical) GMP.',
    validity: 'Set by the certification body; read the issue and expiry dates on the attestation.',
    askFor: 'Which GMP it is (ISO 22716 for cosmetics, or a drug GMP), the attestation or certificate number, the certification body, scope and dates.',
    howToVerify:
      'Ask the certification body named on the attestation to confirm it; check the site and product scope match this supplier and your goods.',
    registries: [],
    obsoleteVersions: [],
    redFlags: [
      { pattern: 'Bare “GMP” or “cGMP” with no standard or body', why: 'Cosmetics GMP (ISO 22716) and drug GMP are different things; without a named standard and body it cannot be checked.' },
      UNVERIFIABLE,
    ],
    markets: ['cosmetics', 'eu'],
    sources: [
      src('http://www.siq.si/eng/management_systems/services/good_manufacturing_practices_gmp_cosmetics/index.html', 'SIQ: good manufacturing practices for cosmetics (ISO 22716)', 'certifies', 'issuer', 'owner'),
      src('https://en.certyceq.it/services/iso-227162008/', 'Certyceq: ISO 22716 attestation of conformity', 'issuer', 'summary', 'validity'),
      src('https://psqca.com.pk/gmp-cosmetics-management-system', 'PSQCA: GMP cosmetics (EU Cosmetics Regulation and ISO 22716)', 'certifies', 'markets'),
      src('https://pole-cosmetique.fr/?p=10769', 'Pôle Cosmétique: what ISO 22716 covers', 'doesNotCertify'),
      src('https://fuwu.11467.com/info/35482090.htm', 'Chinese audit-service listing naming GMPC/ISO 22716, CGMP and GMP as separate items', 'redFlags'),
      seed('askFor', 'howToVerify'),
    ],
  },
  {
    id: 'haccp',
    name: 'HACCP',
    aliases: ['Hazard Analysis and Critical Control Points', 'HACCP certification', '危害分析与关键控制点', 'HACCP体系认证'],
    kind: 'management-system',
    summary: 'A food-safety method (Codex’s 7 principles) that many bodies sell as a certificate. No single scheme owner; not GFSI-recognised on its own.',
    owner: 'No single owner: the principles come from the Codex Alimentarius; each certification body audits against its chosen criteria (e.g. Codex-based or the Dutch HACCP criteria).',
    issuer: 'Various certification bodies, each under its own scheme. In China, CNCA publishes implementation rules for HACCP system certification.',
    certifies:
      'The food business identified its food-safety hazards and controls them at critical control points (Codex: 7 principles, 12 steps), as seen in the body’s audit.',
    doesNotCertify:
      'Your product or batch. A HACCP-only certificate has no GFSI approval and limited acceptance by international retailers. A “HACCP International” certificate for food-safe equipment is a product scheme, not a plant’s HACCP system.',
    validity: 'Typically a 3-year certificate with yearly audits; depends on the certification body’s scheme.',
    askFor: `${MS_ASK} Also which HACCP criteria or scheme it was audited against.`,
    howToVerify:
      'Ask the certification body named on the certificate to confirm it (for Chinese certificates also CNCA’s cx.cnca.cn); check site and scope.',
    registries: [],
    obsoleteVersions: [],
    redFlags: [
      { pattern: '“HACCP certified” on non-food goods (plastic boxes, containers …)', why: 'HACCP is a food-business system. For non-food goods ask which scheme and body; it may be a food-contact product scheme, or nothing.' },
      { pattern: 'HACCP offered where a buyer asks for a GFSI scheme', why: 'HACCP alone is not GFSI-recognised; retailers usually want BRCGS, IFS or FSSC 22000.' },
      UNVERIFIABLE,
    ],
    markets: ['food'],
    sources: [
      src('https://www.certima.org/bg/haccp-bg/', 'Certima: HACCP certification (no GFSI approval)', 'owner', 'summary', 'doesNotCertify', 'redFlags'),
      src('https://www.rina.org/en/codex-alimentarius-GMP-HACCP-HACCP', 'RINA: Codex Alimentarius GMP/HACCP certification', 'owner', 'certifies', 'validity', 'markets'),
      src('https://haccp.com.au/i-would-like-a-food-safe-haccp-certificate-for-non-food-products-or-services-what-should-i-be-looking-for/', 'HACCP International: food-safe certificates for non-food products', 'doesNotCertify', 'redFlags'),
      src('http://en.bjchtc.com/home/files/view/article_id/1276.html', 'CNCA HACCP system certification implementation rules', 'issuer'),
      cncaQuery('howToVerify'),
      seed('askFor', 'howToVerify'),
    ],
  },
  {
    id: 'iatf-16949',
    name: 'IATF 16949',
    aliases: ['IATF16949', 'IATF 16949:2016', 'IATF-16949', 'ISO/TS 16949', 'ISO TS 16949', 'TS16949', 'TS 16949'],
    kind: 'management-system',
    summary: 'Automotive quality-system certificate (ISO 9001 plus APQP, PPAP, MSA). Only automotive part makers qualify; check the IATF USI.',
    owner: 'IATF (International Automotive Task Force): carmakers plus the auto associations VDA, AIAG, ANFIA, FIEV and SMMT.',
    issuer: 'Only certification bodies recognised by the IATF (39 when our source was written).',
    certifies:
      'A site making customer-specified automotive production or service parts runs a quality system meeting ISO 9001:2015 plus the automotive requirements and core tools (APQP, PPAP, MSA).',
    doesNotCertify:
      'Any specific part or your order. Trading or fabless firms cannot be certified; only production sites of automotive parts (and a few accessories) qualify.',
    validity: `${MS_VALIDITY} IATF 16949:2016 replaced ISO/TS 16949:2009; every ISO/TS 16949 certificate expired on 14 September 2018.`,
    askFor: 'The IATF certificate number, the IATF USI (6-character site code printed on certificates since October 2022), the certification body and the certified site address.',
    howToVerify:
      'Check the certificate number and USI with the IATF certificate validity check (IATF Customer Portal) or ask the certification body. Make sure the certified site is the factory that makes your part.',
    registries: [],
    obsoleteVersions: [{ version: 'ISO/TS 16949', endedOn: '2018-09-14', replacedBy: 'IATF 16949:2016' }],
    redFlags: [
      { pattern: 'ISO/TS 16949, TS16949', why: 'All ISO/TS 16949 certificates, suspended ones included, expired on 14 September 2018.' },
      { pattern: 'IATF 16949 claimed by a trading company, or for non-automotive goods', why: 'Only production sites of automotive parts can be certified; the certificate is probably someone else’s or for another scope.' },
      { pattern: 'No IATF USI on a certificate issued since October 2022', why: 'Every current IATF certificate carries the site’s USI; ask why it is missing.' },
    ],
    markets: ['automotive'],
    sources: [
      seed('certifies', 'markets', 'summary'),
      src('https://technical-cleanliness-support.com/faq/detail?category=1646', 'Who is the IATF (members and role)', 'owner'),
      src('https://vda-qmc.de/en/iatf/faq-zertifizierungs-schema', 'VDA QMC: IATF certification scheme FAQ (eligibility, recognised bodies)', 'issuer', 'doesNotCertify', 'redFlags'),
      src('https://www.iatfglobaloversight.org/news/13-sept-2018-iatf-16949-transition-update/', 'IATF: 13 Sept 2018 transition update (ISO/TS 16949 certificates expired)', 'obsoleteVersions', 'validity', 'redFlags'),
      src('https://www.tuv-nord.com/us/en/quality-systems/iso-certification/isots-16949-iatf-16949/transition-isots-16949-to-iatf-169492016/', 'TÜV NORD: transition from ISO/TS 16949 to IATF 16949:2016', 'obsoleteVersions'),
      src('https://nernis.de/?p=765', 'IATF USI: unique site identifier on IATF certificates', 'askFor', 'howToVerify', 'redFlags'),
      src('https://dqsglobal.cn/dqs学院-培训-公开活动/博客/iatf最新公告-sc-2022-009——iatf-usi-usi唯一现场识别码', 'DQS: IATF announcement SC-2022-009, the IATF USI (in Chinese)', 'askFor'),
      bvProcess('validity'),
    ],
  },
  {
    id: 'ifs',
    name: 'IFS Food (International Featured Standards)',
    aliases: ['IFS Food', 'IFS Food 8', 'IFS Food Version 8', 'IFS v8', 'IFS Logistics', 'IFS HPC', 'International Featured Standards', 'International Food Standard'],
    kind: 'management-system',
    summary: 'Retailer-led (German/French) food safety and quality audit standard, GFSI-recognised. Ask for the certificate, audit date and level.',
    owner: 'IFS Management GmbH, Berlin; the standard was drawn up by the German (HDE) and French (FCD) retail federations.',
    issuer: 'Third-party certification bodies audit the site against IFS and issue the certificate.',
    certifies: 'A food (or logistics, household and personal-care) site met the IFS food safety and quality requirements at its audit.',
    doesNotCertify: 'Your product, batch or order; other sites; anything after the audit day.',
    ratingScale:
      'Reportedly two pass levels: Higher Level (95 % or more) and Foundation Level (75 % to under 95 %); failing a knock-out (KO) requirement fails the audit.',
    validity:
      'Reportedly a 12-month certificate, with an unannounced audit at least every third time. Current food version: IFS Food 8 (April 2023).',
    askFor: 'The IFS certificate (standard and version, level, audit date, scope) and the certification body’s name.',
    howToVerify:
      'Ask the certification body to confirm the certificate; IFS reportedly keeps a certificate database (ifs-certification.com) where the site can be searched.',
    registries: [],
    obsoleteVersions: [],
    redFlags: [
      { pattern: 'Bare “IFS” with no standard named', why: 'IFS is also a software company’s name. Only “IFS Food”, “IFS Logistics” and the like, with a certificate, mean an audit.' },
      UNVERIFIABLE,
    ],
    markets: ['food', 'eu-retail'],
    sources: [
      src('https://abcdocz.com/doc/235673/', 'IFS – International Food Standard (lecture, K. Aidoo)', 'owner', 'summary', 'markets'),
      src('https://fr.slideshare.net/tonyself/ifs-food-v6en', 'IFS Food version 6 (standard overview)', 'owner', 'certifies'),
      src('https://scribd.com/document/663230777/Publish-IFS-Food-V8-in-Apr-2023-1', 'IFS Food version 8, published April 2023', 'validity'),
      seed('issuer', 'doesNotCertify', 'askFor', 'howToVerify'),
    ],
  },
  {
    id: 'iso-13485',
    name: 'ISO 13485',
    aliases: ['ISO13485', 'ISO 13485:2016', 'EN ISO 13485:2016', 'ISO-13485', '医疗器械质量管理体系'],
    kind: 'management-system',
    summary: 'Quality-system audit for medical-device makers: ISO 9001-based plus risk and traceability rules. A system check, not approval of any device.',
    owner: 'ISO writes the standard; it certifies no one.',
    issuer: 'Independent certification bodies, ideally accredited, under their own name.',
    certifies:
      'A quality system built for medical devices: ISO 9001-style processes plus regulatory requirements such as risk management, traceability for sterile and implantable devices, and contamination control.',
    doesNotCertify:
      'A specific device. Whether a device may be sold in a market is a separate, product-level question; a system certificate does not answer it.',
    validity: `${MS_VALIDITY} Current: ISO 13485:2016. Certificates to the 2003 edition ended around 1 March 2019.`,
    askFor: MS_ASK,
    howToVerify: `${MS_VERIFY} Fake ISO 13485 certificates were common for PPE during COVID, so check every one.`,
    registries: MS_REGISTRIES,
    obsoleteVersions: [
      { version: 'ISO 13485:2003', endedOn: '2019-03-01', replacedBy: 'ISO 13485:2016' },
      { version: 'EN ISO 13485:2012', endedOn: '2019-03-01', replacedBy: 'EN ISO 13485:2016' },
    ],
    redFlags: [
      { pattern: 'ISO 13485:2003 or EN ISO 13485:2012', why: 'Replaced by ISO 13485:2016; those certificates ended around 1 March 2019.' },
      { pattern: 'ISO 13485 certificate for masks, gloves or other PPE', why: 'A flood of fake ISO 13485 certificates came with COVID-era PPE; verify with the body or IAF CertSearch.' },
      BORROWED,
    ],
    markets: ['medical'],
    sources: [
      isoNoCertify('owner', 'issuer'),
      src('https://bqai.ie/web/certification/en-iso-134852012-certification/', 'BQAI: EN ISO 13485 certification', 'certifies', 'markets'),
      src('https://xdocs.net/documents/iso-134852016-and-how-it-impacts-medical-device-companies-5cb6346265982', 'ISO 13485:2016 and how it impacts medical device companies', 'certifies', 'summary'),
      src('https://www.dsaconsultants.com/2016/10/04/transition-to-iso-134852016/', 'Transition to ISO 13485:2016 (Health Canada deadline 1 March 2019)', 'obsoleteVersions', 'validity', 'redFlags'),
      src('http://www.dqs.com.my/dqs-med-information-regarding-the-new-iso-13485/', 'DQS MED: the new ISO 13485 and the end of 2003 certificates', 'obsoleteVersions'),
      certSearchMandatory('redFlags', 'howToVerify'),
      src('https://www.qualitydigest.com/inside/standards-article/currency-credibility-valid-iso-certification-according-iso-012121.html', 'Quality Digest: the credibility of valid ISO certification (fake certificates)', 'redFlags'),
      seed('doesNotCertify', 'howToVerify', 'askFor'),
      bvProcess('validity'),
      iafCertSearchHelp('registries'), sgsDirectory('registries'),
    ],
  },
  {
    id: 'iso-14000',
    name: 'ISO 14000 (family name)',
    aliases: ['ISO14000', 'ISO 14000 series', 'ISO 14000 family'],
    kind: 'not-a-certification',
    summary: 'ISO 14000 is the name of a family of environmental standards. Nothing is certified to “ISO 14000”; the certifiable one is ISO 14001.',
    owner: 'ISO, which writes the standards and certifies no one.',
    issuer: 'Nobody: there is no ISO 14000 certificate. A real environmental certificate says ISO 14001 and names its certification body.',
    certifies: 'Nothing. The family holds ISO 14001 (the certifiable requirements) plus guidance on topics such as life-cycle assessment, labels and vocabulary.',
    doesNotCertify: 'Anything. “ISO 14000 certified” usually means ISO 14001 was meant; only the ISO 14001 certificate can show what was audited.',
    validity: 'Not applicable: no such certificate exists.',
    askFor: 'The ISO 14001 certificate: number, certification body, scope and expiry date.',
    howToVerify: 'Ask which standard the certificate actually names. If it is ISO 14001, check it as an ISO 14001 claim (body’s register or IAF CertSearch).',
    registries: [],
    obsoleteVersions: [],
    redFlags: [
      { pattern: '“ISO 14000 certified” / “ISO 14000 certificate”', why: 'Nobody can be certified to the family name. The document is mislabelled, or not a real certificate.' },
    ],
    markets: [],
    sources: [
      src('https://isocertificationexperts.com.au/the-iso-14000-family-of-standards/', 'The ISO 14000 family of standards (ISO 14001 is the one certified)', 'summary', 'certifies', 'validity', 'redFlags'),
      isoNoCertify('owner', 'issuer'),
      isoCertifiedWording('askFor', 'doesNotCertify', 'howToVerify'),
    ],
  },
  {
    id: 'iso-14001',
    name: 'ISO 14001',
    aliases: ['ISO14001', 'ISO 14001:2015', 'ISO-14001', 'ISO 14001-2015', 'EMS', '环境管理体系认证', 'GB/T 24001', 'GB/T 24001-2016'],
    kind: 'management-system',
    summary: 'Audit of the factory’s environmental management system (waste, emissions, chemicals). Says nothing about product quality.',
    owner: 'ISO writes the standard; it certifies no one.',
    issuer: 'Independent certification bodies (SGS, TÜV, Bureau Veritas, local Chinese bodies …), ideally accredited, under their own name.',
    certifies:
      'The factory has a documented environmental management system: how it tracks and reduces its impact, e.g. waste, emissions monitoring and chemical handling, checked by an external audit.',
    doesNotCertify:
      'Product quality or product safety. It is a certificate for the site’s system, so do not read it as an eco-label on the goods.',
    validity: `${MS_VALIDITY} Current: ISO 14001:2015 (Chinese equivalent GB/T 24001-2016).`,
    askFor: MS_ASK,
    howToVerify: MS_VERIFY,
    registries: MS_REGISTRIES,
    obsoleteVersions: [{ version: 'ISO 14001:2004', endedOn: '2018-09-15', replacedBy: 'ISO 14001:2015' }],
    redFlags: [
      { pattern: 'ISO 14001:2004', why: 'All ISO 14001:2004 certificates expired on 15 September 2018.' },
      BORROWED,
      UNVERIFIABLE,
    ],
    markets: ['eu-retail', 'b2b-industrial'],
    sources: [
      seed('certifies', 'doesNotCertify', 'markets', 'summary', 'howToVerify', 'askFor'),
      isoNoCertify('owner', 'issuer'),
      transition2015('obsoleteVersions', 'redFlags'),
      qmsukTransition('obsoleteVersions'),
      src('https://beijingzhuochuang.com/hyxw/1122.html', 'GB/T 24001-2016, identical to ISO 14001:2015', 'validity'),
      bvProcess('validity'),
      dnvProcess('validity'),
      cncaQuery('howToVerify'),
      iafCertSearchHelp('registries'), sgsDirectory('registries'),
    ],
  },
  {
    id: 'iso-22000',
    name: 'ISO 22000',
    aliases: ['ISO22000', 'ISO 22000:2018', 'ISO-22000', 'FSMS', '食品安全管理体系认证'],
    kind: 'management-system',
    summary: 'Audit of a food business’s food-safety management system (HACCP-based). Does not test the food you buy.',
    owner: 'ISO writes the standard; it certifies no one.',
    issuer: 'Independent certification bodies, ideally accredited, under their own name.',
    certifies: 'The site runs a documented food safety management system based on the Codex HACCP principles, checked by an external audit.',
    doesNotCertify:
      'Lab tests of your product or batch. On its own it is reportedly not GFSI-benchmarked (FSSC 22000, which builds on it, is).',
    validity: `${MS_VALIDITY} Current: ISO 22000:2018 (published 19 June 2018). 2005-edition certificates ended in June 2021; some bodies applied a COVID extension to 31 December 2021.`,
    askFor: MS_ASK,
    howToVerify: MS_VERIFY,
    registries: MS_REGISTRIES,
    obsoleteVersions: [{ version: 'ISO 22000:2005', endedOn: '2021-12-31', replacedBy: 'ISO 22000:2018' }],
    redFlags: [
      { pattern: 'ISO 22000:2005', why: 'Certificates to the 2005 edition ended in June 2021 (31 December 2021 at the latest, with the COVID extension).' },
      BORROWED,
    ],
    markets: ['food'],
    sources: [
      src('https://apcergroup.com/en/certification/standards-search/191/iso-22000', 'APCER: ISO 22000', 'certifies', 'summary', 'markets'),
      src('http://www.ukascert.co.uk/transition-policy-iso-22000.aspx', 'Transition policy for ISO 22000:2018', 'obsoleteVersions', 'validity'),
      src('http://www.socotec-certification-international.sg/news-room/iso-22000-2018-food-safety-management-system-transition-program', 'SOCOTEC: ISO 22000:2018 transition programme (extension to 31 Dec 2021)', 'obsoleteVersions', 'redFlags'),
      src('https://www.tuv-nord.com/ee/en/tuev-eesti/news/details/article/iso-22000-new-requirements-in-food-safety-management-systems/', 'TÜV NORD: ISO 22000 new requirements', 'certifies', 'validity'),
      src('https://fssc.com/schemes/fssc-22000/become-fssc-22000-certified', 'FSSC: become FSSC 22000 certified', 'doesNotCertify'),
      isoNoCertify('owner', 'issuer'),
      bvProcess('validity'),
      seed('askFor', 'howToVerify'),
      iafCertSearchHelp('registries'), sgsDirectory('registries'),
    ],
  },
  {
    id: 'iso-27001',
    name: 'ISO/IEC 27001',
    aliases: ['ISO 27001', 'ISO27001', 'ISO/IEC 27001:2022', 'ISO 27001:2022', 'ISMS', '信息安全管理体系'],
    kind: 'management-system',
    summary: 'Audit of how a company manages information security (ISMS). Says nothing about the goods it makes.',
    owner: 'ISO and IEC write the standard; neither certifies anyone.',
    issuer: 'Independent certification bodies, ideally accredited, under their own name.',
    certifies:
      'The company runs an information security management system (risk assessment plus controls; 93 Annex A controls in the 2022 edition), checked by an external audit.',
    doesNotCertify: 'Product quality or safety, your order, or anything outside the certificate’s scope.',
    validity: `${MS_VALIDITY} Current: ISO/IEC 27001:2022 (published 25 October 2022). Certificates to the 2013 edition ended on 31 October 2025.`,
    askFor: MS_ASK,
    howToVerify: MS_VERIFY,
    registries: MS_REGISTRIES,
    obsoleteVersions: [{ version: 'ISO/IEC 27001:2013', endedOn: '2025-10-31', replacedBy: 'ISO/IEC 27001:2022' }],
    redFlags: [
      { pattern: 'ISO/IEC 27001:2013', why: 'Certificates to the 2013 edition ended on 31 October 2025; lapsed companies need a full initial audit.' },
      UNVERIFIABLE,
    ],
    markets: [],
    sources: [
      src('https://zephtech.net/feed/2025-10-31-iso-27001-transition-deadline.html', 'ISO/IEC 27001 transition deadline, 31 October 2025', 'obsoleteVersions', 'validity', 'redFlags'),
      src('https://www.cpg.global/transition-policy/', 'Transition policy for ISO/IEC 27001:2022', 'obsoleteVersions'),
      src('https://bcmstack.com/blog/iso-27001-2022-missed-deadline-recertification', 'ISO 27001:2022: missed transition deadline and recertification', 'redFlags', 'certifies', 'summary'),
      isoNoCertify('owner', 'issuer'),
      bvProcess('validity'),
      seed('doesNotCertify', 'askFor', 'howToVerify'),
      iafCertSearchHelp('registries'), sgsDirectory('registries'),
    ],
  },
  {
    id: 'iso-45001',
    name: 'ISO 45001',
    aliases: ['ISO45001', 'ISO 45001:2018', 'ISO-45001', 'OH&S', 'OHSMS', '职业健康安全管理体系', 'GB/T 45001', 'GB/T 45001-2020'],
    kind: 'management-system',
    summary: 'Audit of the factory’s system for managing worker health and safety. Says nothing about your product.',
    owner: 'ISO writes the standard; it certifies no one. ISO 45001:2018 (12 March 2018) replaced the BSI-led OHSAS 18001.',
    issuer: 'Independent certification bodies, ideally accredited, under their own name.',
    certifies: 'The factory runs a documented occupational health and safety management system, checked by an external audit.',
    doesNotCertify: 'Product quality or safety, or your order. Like any audit it is a snapshot of the audit days.',
    validity: `${MS_VALIDITY} China’s identical standard is GB/T 45001-2020.`,
    askFor: MS_ASK,
    howToVerify: `${MS_VERIFY} A note such as “previously certified to OHSAS 18001 since …” on the certificate is normal.`,
    registries: MS_REGISTRIES,
    obsoleteVersions: [],
    redFlags: [
      { pattern: 'Chinese OHS certificate citing GB/T 28001', why: 'GB/T 28001 mirrored OHSAS 18001 and was replaced by GB/T 45001-2020; such certificates are out of date.' },
      BORROWED,
    ],
    markets: [],
    sources: [
      src('https://wcscertification.com.my/extension-ohsas-18001-migration-to-iso-45001/', 'Extension of OHSAS 18001 migration to ISO 45001', 'owner', 'summary', 'certifies'),
      src('https://www.qmsuk.com/news/extension-granted-for-ohsas-18001-certified-businesses-upgrading-to-iso-45001', 'Extension granted for OHSAS 18001 businesses upgrading to ISO 45001', 'owner'),
      src('https://www.ukas.com/resources/technical-bulletins/technical-bulletin-important-information-for-certification-bodies-regarding-migration-to-iso-45001-2/', 'UKAS technical bulletin: migration to ISO 45001', 'howToVerify'),
      src('https://www.chinesestandards.org/standards/GB/T%2045001-2020', 'GB/T 45001-2020 (identical to ISO 45001:2018)', 'validity', 'redFlags'),
      isoNoCertify('owner', 'issuer'),
      seed('doesNotCertify', 'askFor'),
      bvProcess('validity'),
      iafCertSearchHelp('registries'), sgsDirectory('registries'),
    ],
  },
  {
    id: 'iso-50001',
    name: 'ISO 50001',
    aliases: ['ISO50001', 'ISO 50001:2018', 'ISO-50001', 'EnMS', '能源管理体系'],
    kind: 'management-system',
    summary: 'Audit of how the site manages its own energy use (EnMS). Says nothing about your product.',
    owner: 'ISO writes the standard; it certifies no one.',
    issuer: 'Independent certification bodies, ideally accredited, under their own name.',
    certifies: 'The organisation runs an energy management system to measure and improve its own energy performance, checked by an external audit.',
    doesNotCertify: 'Your product, its quality or its energy rating; anything outside the certificate’s scope.',
    validity: `${MS_VALIDITY} Current: ISO 50001:2018 (published 21 August 2018). 2011-edition certificates expired on 21 August 2021; some bodies extended them to 31 January 2022.`,
    askFor: MS_ASK,
    howToVerify: MS_VERIFY,
    registries: MS_REGISTRIES,
    obsoleteVersions: [{ version: 'ISO 50001:2011', endedOn: '2022-01-31', replacedBy: 'ISO 50001:2018' }],
    redFlags: [
      { pattern: 'ISO 50001:2011', why: 'Expired on 21 August 2021 (31 January 2022 at the latest, with the COVID extension).' },
      UNVERIFIABLE,
    ],
    markets: [],
    sources: [
      src('https://emsmastery.com/2018/09/21/iso-500012018-transition/', 'ISO 50001:2018 transition (IAF resolution 2017-14)', 'obsoleteVersions', 'validity', 'summary', 'certifies'),
      src('https://www.socotec-certification-international.sg/news-room/iso-50001-2018-energy-management-system-transition-program', 'SOCOTEC: ISO 50001:2018 transition programme', 'obsoleteVersions', 'redFlags'),
      isoNoCertify('owner', 'issuer'),
      bvProcess('validity'),
      seed('doesNotCertify', 'askFor', 'howToVerify'),
      iafCertSearchHelp('registries'), sgsDirectory('registries'),
    ],
  },
  {
    id: 'iso-9000',
    name: 'ISO 9000 (vocabulary standard)',
    aliases: ['ISO9000', 'ISO 9000:2015', 'ISO 9000 series', 'ISO 9000 family'],
    kind: 'not-a-certification',
    summary: 'ISO 9000 gives the basics and vocabulary of quality management. Nothing can be certified to it; the certifiable standard is ISO 9001.',
    owner: 'ISO, which writes standards and certifies no one.',
    issuer: 'Nobody: there is no ISO 9000 certificate. A real quality certificate says ISO 9001 and names its certification body.',
    certifies: 'Nothing. ISO 9000 defines the terms and principles that ISO 9001 uses; it has no requirements an auditor could check.',
    doesNotCertify: 'Anything. “ISO 9000 certified” usually means ISO 9001 was meant; only the ISO 9001 certificate can show what was audited.',
    validity: 'Not applicable: no such certificate exists.',
    askFor: 'The ISO 9001 certificate: number, certification body, scope and expiry date.',
    howToVerify: 'Ask which standard the certificate actually names. If it is ISO 9001, check it as an ISO 9001 claim (body’s register or IAF CertSearch).',
    registries: [],
    obsoleteVersions: [],
    redFlags: [
      { pattern: '“ISO 9000 certified” / “ISO 9000 certificate”', why: 'Nobody can be certified to ISO 9000. The document is mislabelled, or not a real certificate.' },
    ],
    markets: [],
    sources: [
      src('https://www.iso.org/standard/45481.html', 'ISO 9000:2015 Quality management systems: Fundamentals and vocabulary (ISO)', 'summary', 'certifies', 'validity', 'redFlags'),
      isoNoCertify('owner', 'issuer'),
      isoCertifiedWording('askFor', 'doesNotCertify', 'howToVerify'),
    ],
  },
  {
    id: 'iso-9001',
    name: 'ISO 9001',
    aliases: ['ISO9001', 'ISO 9001:2015', 'ISO-9001', 'ISO 9001-2015', 'ISO9001:2015', 'QMS', '质量管理体系认证', 'GB/T 19001'],
    kind: 'management-system',
    summary: 'Audit of a documented quality process at the factory. Says nothing about your product or your order.',
    owner: 'ISO writes the standard. ISO itself certifies no one and issues no certificates.',
    issuer: 'Independent certification bodies (SGS, TÜV, Bureau Veritas, Intertek, local Chinese bodies …), ideally accredited. The certificate carries the body’s name, not ISO’s.',
    certifies:
      'The factory has documented quality-management processes, and an external auditor reviewed them, interviewed staff and checked they are followed, for the sites and activities in the certificate’s scope.',
    doesNotCertify:
      'Product quality, tests, or conformity to any spec; your order. A factory may switch to cheaper materials as long as it documents the change, and the certificate does not protect your designs or moulds.',
    validity: `${MS_VALIDITY} Current: ISO 9001:2015 (a 2024 climate amendment makes “ISO 9001:2015/Amd 1:2024” legitimate). A 2026 edition was expected around September 2026, with a transition of about 3 years still to be confirmed.`,
    askFor: MS_ASK,
    howToVerify: MS_VERIFY,
    registries: MS_REGISTRIES,
    obsoleteVersions: [
      { version: 'ISO 9001:2000', endedOn: '2010-11-15', replacedBy: 'ISO 9001:2008' },
      { version: 'ISO 9001:2008', endedOn: '2018-09-15', replacedBy: 'ISO 9001:2015' },
    ],
    redFlags: [
      { pattern: 'ISO 9001:2008 (GB/T 19001-2008)', why: 'Every ISO 9001:2008 certificate expired on 15 September 2018; there was no extension.' },
      { pattern: 'ISO 9001:2000', why: 'Invalid since 15 November 2010.' },
      { pattern: 'ISO 9002 / ISO 9003', why: 'These 1994 standards were withdrawn long ago; nobody holds a valid certificate to them.' },
      { pattern: 'ISO 9001:2026', why: 'Publication was expected around September 2026: a certificate dated before the edition was out cannot be real. Most genuine certificates will say 2015 for a while yet.' },
      { pattern: 'Foreign certification body, site in China', why: 'Bodies certifying in China need CNCA approval; a certificate from an unapproved foreign body is not recognised there.' },
      BORROWED,
      UNVERIFIABLE,
    ],
    markets: ['b2b-industrial', 'eu-retail'],
    sources: [
      seed('summary', 'certifies', 'doesNotCertify', 'validity', 'askFor', 'howToVerify', 'markets', 'redFlags'),
      isoNoCertify('owner', 'issuer'),
      isoCertification('issuer'),
      transition2015('obsoleteVersions', 'redFlags'),
      qmsukTransition('obsoleteVersions', 'redFlags'),
      src('https://elsmar.com/Forums/registrars-certification-bodies-and-registration/73575-iso-9001-2008-certificate-status-15-sep-2018-a-new-post.html', 'Elsmar: ISO 9001:2008 certificate status after 15 Sept 2018', 'obsoleteVersions'),
      iso9001v2000('obsoleteVersions', 'redFlags'),
      src('http://www.yuyug.cn/n1936915.htm', 'GB/T 19001-2008 identical to ISO 9001:2008 (in Chinese)', 'redFlags'),
      src('https://www.9001simplified.com/learn/next-iso-9001-revision.php', 'The next ISO 9001 revision (2026)', 'validity', 'redFlags'),
      src('https://amtivo.com/uk/standards/iso-9001/technical/revisions', 'Amtivo: ISO 9001 revisions and transition', 'validity'),
      src('https://iso9001expert.com/blog/how-to-transition-iso-9001-2015-to-2026/', 'Transition from ISO 9001:2015 to 2026 (and Amd 1:2024)', 'validity'),
      src('https://www.chinacheckup.com/blog/iso-china', 'ISO certificates in China: check the expiry date', 'validity', 'howToVerify'),
      cncaQuery('howToVerify'),
      cncaIllegal('redFlags'),
      sgsDirectory('registries'),
      iafCertSearchHelp('registries', 'howToVerify'),
      certSearchCoverage('registries'),
      bvProcess('validity'),
      dnvProcess('validity'),
    ],
  },
  {
    id: 'iso-other',
    name: 'Other ISO standard',
    aliases: ['ISO 20000', 'ISO/IEC 20000-1', 'ISO 14064', 'ISO 10012'],
    kind: 'management-system',
    summary: 'An ISO standard we have no entry for. ISO certifies no one: ask what was audited, by which body, and check the certificate number.',
    owner: 'ISO (or ISO/IEC) writes the standard and certifies no one.',
    issuer: 'If the standard can be certified at all: an independent certification body, ideally accredited, under its own name.',
    certifies:
      'Depends on the standard. Not every ISO standard can be certified (ISO 9000, for one, is only vocabulary); those that can are audited by certification bodies against a stated scope.',
    doesNotCertify: 'Your product or your order. A certificate for one standard says nothing about any other, or about the goods.',
    validity: 'Management-system certificates usually run 3 years with a yearly surveillance audit; read the dates on the certificate.',
    askFor: 'The full standard number and edition, the scope on the certificate, the certificate number and the certification body.',
    howToVerify: MS_VERIFY,
    registries: [IAF_CERTSEARCH],
    obsoleteVersions: [],
    redFlags: [
      { pattern: 'Standard number with no edition, body or certificate number', why: 'Without them the claim cannot be checked; ISO asks that the full standard and version be named.' },
      UNVERIFIABLE,
    ],
    markets: [],
    sources: [
      isoNoCertify('owner', 'issuer', 'summary'),
      isoCertifiedWording('askFor', 'redFlags'),
      bvProcess('validity'),
      seed('doesNotCertify', 'howToVerify'),
      iafCertSearchHelp('registries'),
      src('https://www.iso.org/standard/45481.html', 'ISO 9000:2015 Quality management systems: Fundamentals and vocabulary (ISO)', 'certifies'),
    ],
  },
  {
    id: 'iso-unspecified',
    name: '“ISO certified” (no standard named)',
    aliases: ['ISO certified', 'ISO approved', 'ISO factory', 'ISO certificate', 'certified by ISO', 'ISO认证'],
    kind: 'not-a-certification',
    summary: 'A vague claim: ISO writes standards but certifies no one, and no standard is named. Ask which standard, which body, which number.',
    owner: 'ISO only writes standards; it does not certify companies or issue certificates.',
    issuer: 'Nobody called ISO. Real certificates come from certification bodies under their own name and logo, for one named standard.',
    certifies: 'Nothing by itself. It only means something once the supplier names the standard and edition (e.g. ISO 9001:2015) and shows the certificate.',
    doesNotCertify: 'Which system was audited, or whether anything was. ISO asks that “ISO certified” never stand alone but name the full standard and version.',
    validity: 'Unknown until the standard and certificate are named.',
    askFor: 'The exact standard and edition, the certificate number and the certification body’s name.',
    howToVerify: `Once you have them, check as for that standard. ${MS_VERIFY}`,
    registries: [IAF_CERTSEARCH],
    obsoleteVersions: [],
    redFlags: [
      { pattern: '“ISO certified” / “ISO approved” / “ISO factory” with no number', why: 'No standard is named and ISO certifies nobody, so the claim cannot be checked as written.' },
      { pattern: '“Certified by ISO”, or an ISO logo as the issuer', why: 'ISO issues no certificates; a certificate in ISO’s name is not genuine.' },
    ],
    markets: [],
    sources: [
      isoNoCertify('owner', 'issuer', 'summary', 'redFlags'),
      isoCertification('issuer'),
      isoCertifiedWording('doesNotCertify', 'askFor', 'redFlags', 'certifies', 'validity'),
      seed('howToVerify'),
      iafCertSearchHelp('registries'),
    ],
  },
  {
    id: 'ohsas-18001',
    name: 'OHSAS 18001 (obsolete)',
    aliases: ['OHSAS18001', 'BS OHSAS 18001', 'BS OHSAS 18001:2007', 'OHSAS 18001:2007', 'GB/T 28001', 'GB/T 28001-2011'],
    kind: 'management-system',
    summary: 'Old occupational health and safety standard. All certificates ended by 30 September 2021; the valid successor is ISO 45001.',
    owner: 'The BSI-led OHSAS series (British); it was never an ISO standard.',
    issuer: 'Certification bodies, until 2021. No valid OHSAS 18001 certificate can exist today.',
    certifies: 'Once, a documented occupational health and safety management system. Today nothing: every such certificate has expired.',
    doesNotCertify: 'Anything current. Ask for the ISO 45001 certificate that replaced it.',
    validity: 'Ended. Migration to ISO 45001 closed on 30 September 2021 (originally March 2021, extended for COVID).',
    askFor: 'The current ISO 45001 certificate: number, certification body, scope and expiry date.',
    howToVerify: 'Don’t verify the OHSAS certificate; verify the ISO 45001 one with its certification body or IAF CertSearch.',
    registries: [],
    obsoleteVersions: [
      { version: 'OHSAS 18001', endedOn: '2021-09-30', replacedBy: 'ISO 45001:2018' },
    ],
    redFlags: [
      { pattern: 'OHSAS 18001 / BS OHSAS 18001:2007 shown as valid', why: 'All OHSAS 18001 certificates expired by 30 September 2021.' },
      { pattern: 'GB/T 28001 occupational-safety certificate', why: 'GB/T 28001 was China’s copy of OHSAS 18001; it was replaced by GB/T 45001-2020.' },
    ],
    markets: [],
    sources: [
      src('https://iaffaq.com/2020/04/03/q15-what-will-happen-to-the-migration-period-for-iso-45001-will-it-be-extended/', 'IAF FAQ Q15: extension of the ISO 45001 migration period', 'obsoleteVersions', 'validity', 'redFlags', 'summary', 'issuer'),
      src('https://www.ukas.com/resources/technical-bulletins/technical-bulletin-important-information-for-certification-bodies-regarding-migration-to-iso-45001-2/', 'UKAS technical bulletin: migration to ISO 45001', 'validity', 'askFor', 'howToVerify'),
      src('https://wcscertification.com.my/extension-ohsas-18001-migration-to-iso-45001/', 'Extension of OHSAS 18001 migration to ISO 45001', 'owner', 'certifies', 'doesNotCertify', 'obsoleteVersions'),
      src('https://www.qmsuk.com/news/extension-granted-for-ohsas-18001-certified-businesses-upgrading-to-iso-45001', 'Extension granted for OHSAS 18001 businesses upgrading to ISO 45001', 'owner'),
      src('http://www.isofans.com/thread-131058-1-1.html', 'GB/T 28001 and OHSAS 18001 (in Chinese)', 'obsoleteVersions', 'redFlags'),
      src('https://bjtbuc.b2b168.net/m/khal/v18375046p1.html', 'GB/T 45001-2020 replaces GB/T 28001 (in Chinese)', 'obsoleteVersions', 'redFlags'),
    ],
  },
];
