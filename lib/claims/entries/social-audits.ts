import type { ClaimEntry, Source } from '../schema';

/**
 * Social, environmental and security audits, and buyer programmes (issue #3).
 * The honest line for every entry: most of these are audit reports, not certificates
 * (amfori BSCI, BEPI, SMETA, GSV, retailer ratings); only SA8000, WRAP and the ICTI Ethical Toy
 * Program issue something certificate-like. None of them says anything about product quality.
 * Facts from shared/domain/cert-facts.md §2 and §7; [unsourced] facts are left out or say "reportedly".
 * Sorted by id (tests/unit/catalog.test.ts).
 */

type Field = Source['for'][number];
const src = (url: string, title: string, ...fields: Field[]): Source => ({ url, title, for: fields });

// The seed article (shared/seed/000_1c521ec952d0b1bf.txt has no URL header; this is where it is published).
const seed = (...f: Field[]) =>
  src('https://china-electronics.com/sourcing/factory-certifications', 'Chinese Factory Certifications Explained: ISO, BSCI, SEDEX, and More (Feb 2026)', ...f);
// cert-facts.md §10, by key.
const amforiFaq = (...f: Field[]) => src('https://www.52by.com/article/192306', 'amfori FAQ (quoted): “Is amfori BSCI a certification? No”', ...f); // R21
const bsciBands = (...f: Field[]) => src('https://m.bsci-hk.com/audit.html', 'BSCI audit ratings A–E and audit cycle (consultant page)', ...f); // R22
const algiBsci = (...f: Field[]) => src('https://www.algi.net/compliance-certification-and-assessments/amfori-bsci/', 'ALGI: amfori BSCI audits', ...f); // R23
const sgsBsci = (...f: Field[]) => src('https://www.sgs.com/en-ae/news/2024/06/understanding-amfori-bsci-insights-from-sgs-social-audit-experts-in-the-middle-east', 'SGS: understanding amfori BSCI', ...f); // R24
const amforiId = (...f: Field[]) => src('http://www.zilliontrade.com/p/1250.html', 'amfori ID replaces the BSCI DBID (in Chinese)', ...f); // R25
const qimaBsci = (...f: Field[]) => src('https://www.qima.com/bsci-supplier-audits', 'QIMA: amfori BSCI supplier audits', ...f); // R-qima bsci
const smetaGuide = (...f: Field[]) => src('https://www.market-fit.com/content/insights/smeta-audit-report-guide.jsx', 'SMETA audit report guide (no certificate, no pass/fail)', ...f); // R27
const smetaCn = (...f: Field[]) => src('http://zcyl360.com/ware/216173957.html', 'SMETA audit: types and Sedex reference numbers (in Chinese)', ...f); // R28
const sedexNumbers = (...f: Field[]) => src('https://ifsqn.com/forum/index.php/topic/43273-sedex-membership-numbers/', 'IFSQN forum: Sedex membership numbers (ZC/ZS)', ...f); // R29
const bvSmeta = (...f: Field[]) => src('https://www.bureauveritas-cps.uk/pentland/cn', 'Bureau Veritas: SMETA 2-pillar and 4-pillar audits', ...f); // R30
const walmartPrograms = (...f: Field[]) => src('https://corporate.walmart.com/responsible-sourcing/using-our-size-and-scale-for-positive-change', 'Walmart responsible sourcing: accepted audit programmes', ...f); // R45
const walmartAudits = (...f: Field[]) => src('https://corporate.walmart.com/article/audits', 'Walmart: audits (risk-based by country category)', ...f); // R45b
const walmartRatings = (...f: Field[]) => src('http://corporate.walmart.com/global-responsibility/ethical-sourcing/audit-process', 'Walmart ethical sourcing: audit process and colour ratings', ...f); // R46
const targetAudits = (...f: Field[]) => src('https://corporate.target.com/corporate-responsibility/responsible-sourcing/social-compliance/audit-process', 'Target: social compliance audit process', ...f); // R47
const ctpatForeign = (...f: Field[]) => src('https://www.cbp.gov/border-security/ports-entry/cargo-security/ctpat/security-guidelines/foreign-manufacturers', 'CBP: CTPAT security guidelines for foreign manufacturers', ...f); // R36
const ctpatForeignB = (...f: Field[]) => src('https://www.cbp.gov/travel/trusted-traveler-programs/fast/c-tpat-foreign-manufacturers', 'CBP: C-TPAT foreign manufacturers (Mexico and Canada)', ...f); // R36b
const gsvNotCtpat = (...f: Field[]) => src('http://ally-service.com/en/News.asp?vid=2815', 'Does a GSV audit make a factory C-TPAT certified? (No)', ...f); // R37

const NO_PRODUCT: ClaimEntry['redFlags'][number] = {
  pattern: 'Audit offered as proof of product quality',
  why: 'A social or security audit looks at the workplace on the audit days. It never tests your products.',
};

export const socialAudits: ClaimEntry[] = [
  {
    id: 'amfori-bepi',
    name: 'amfori BEPI',
    aliases: ['BEPI', 'BEPI audit', 'Business Environmental Performance Initiative'],
    kind: 'social-audit',
    summary: 'amfori’s environmental audit of a factory, rated A–E. Not a certification and no product label. Ask for the amfori ID and the audit.',
    owner: 'amfori (the Brussels business association behind BSCI); BEPI started in 2014.',
    issuer: 'amfori’s programme; results are held on the amfori Sustainability Platform, visible to members.',
    certifies:
      'Environmental performance at the site on the audit days, across 8 areas: environmental management, energy and climate, air, water and effluents, waste, biodiversity, chemicals, nuisances.',
    doesNotCertify: 'Working conditions (that is BSCI), product quality or your order. No certificate and no logo for products.',
    ratingScale: 'A (86–100 %), B, C, D, E (0–29 %).',
    validity: 'Reportedly 24 months for an A or B result and 12 months for C to E.',
    askFor: 'The factory’s amfori ID and the date, rating and report of its latest BEPI audit.',
    howToVerify:
      'No public lookup. If you or your customer are amfori members, have the factory share the result on the amfori Sustainability Platform and check it there.',
    registries: [],
    obsoleteVersions: [],
    redFlags: [
      { pattern: '“BEPI certified” / “BEPI certificate”', why: 'BEPI is an assessment, not a certification; no BEPI certificate exists.' },
      NO_PRODUCT,
    ],
    markets: [],
    sources: [
      src('http://balmorexbuy.com/index-13.html', 'amfori BEPI: ratings and environmental performance areas', 'certifies', 'ratingScale', 'redFlags'),
      src('https://s.mgmaemp.com/amfori-bepi', 'amfori BEPI rating bands', 'ratingScale'),
      src('https://thinkinbio.org/bepi-environment-audit-consultant-malaysia', 'BEPI environmental audit (validity by rating)', 'owner', 'validity', 'summary', 'doesNotCertify'),
      src('https://www.ci-romero.de/label/70-amfori-bepi', 'CIR label check: amfori BEPI', 'owner', 'summary'),
      src('https://support.amfori.org/en/support/solutions/articles/24000081414-how-do-i-accept-the-bepi-invitation-to-migrate-', 'amfori support: accepting the BEPI invitation on the Sustainability Platform', 'issuer', 'howToVerify', 'askFor'),
    ],
  },
  {
    id: 'amfori-bsci',
    name: 'amfori BSCI',
    aliases: ['BSCI', 'BSCI 2.0', 'BSCI audit', 'Business Social Compliance Initiative', '商业社会责任倡议', 'BSCI验厂'],
    kind: 'social-audit',
    summary: 'A social audit of working conditions, rated A–E. Not a certification: no BSCI certificate exists. Ask for the amfori ID and the audit.',
    owner: 'amfori, a Brussels business association (the Foreign Trade Association, which set up BSCI in 2003, renamed in 2018).',
    issuer: 'amfori-approved audit firms, at the request of an amfori member; only producers registered and linked to a member can be audited.',
    certifies:
      'Working conditions at the factory on the audit days against the amfori Code of Conduct: wages, hours, freedom of association, child and forced labour, health and safety, management system (13 areas in BSCI 2.0).',
    doesNotCertify:
      'Product quality, manufacturing or technical ability. It is not a certificate. Audits can be gamed: factories know when auditors come and workers can be coached.',
    ratingScale:
      'A (best) to E, plus zero-tolerance findings. One consultant gives the bands A 86–100 %, B 71–85 %, C 51–70 %, D 30–50 %, E 0–29 %. Below B, a follow-up audit is needed.',
    validity:
      'About 2 years for A or B; about 1 year for C or D (follow-up within 12 months); E is not passed. Sources differ: the seed article says an A can last 3 years.',
    askFor: 'The factory’s amfori ID (it replaced the old BSCI DBID), the date and rating of its latest audit, and the audit report or extract.',
    howToVerify:
      'No public lookup. If you or your customer are amfori members, have the factory share the audit on the amfori Sustainability Platform and read it there. Non-members see only what the supplier shows.',
    registries: [],
    obsoleteVersions: [],
    redFlags: [
      { pattern: '“BSCI certified” / “BSCI certificate” / “BSCI认证”', why: 'amfori says BSCI is not a certification: there is an audit and a rating, never a certificate.' },
      { pattern: 'Paper “BSCI certificate” with a score but no amfori ID', why: 'Without the amfori ID the audit cannot be traced on the amfori platform.' },
      { pattern: 'Rating D or E', why: 'Significant findings; at least ask what was found and whether a follow-up audit passed.' },
      NO_PRODUCT,
    ],
    markets: ['eu-retail', 'us-retail'],
    sources: [
      seed('summary', 'owner', 'certifies', 'doesNotCertify', 'ratingScale', 'validity', 'redFlags', 'markets'),
      amforiFaq('summary', 'issuer', 'ratingScale', 'howToVerify', 'redFlags'),
      bsciBands('ratingScale', 'validity'),
      algiBsci('issuer', 'certifies', 'validity'),
      sgsBsci('owner'),
      amforiId('askFor', 'howToVerify'),
      qimaBsci('issuer'),
      walmartPrograms('markets'),
      targetAudits('markets'),
    ],
  },
  {
    id: 'c-tpat',
    name: 'C-TPAT (CTPAT)',
    aliases: ['CTPAT', 'C TPAT', 'Customs-Trade Partnership Against Terrorism', '反恐验厂', '反恐认证'],
    kind: 'social-audit',
    summary: 'A US Customs security partnership for importers and carriers. An Asian factory cannot be “C-TPAT certified”; it can pass a security audit.',
    owner: 'US Customs and Border Protection (CBP).',
    issuer:
      'CBP admits members (importers, carriers, brokers and others). Foreign manufacturers can join only if based in Mexico or Canada; others only by invitation.',
    certifies:
      'Membership of a company in CBP’s voluntary supply-chain security programme. For a factory elsewhere, what exists is a security audit against CTPAT’s Minimum Security Criteria, requested by a US member.',
    doesNotCertify: 'Product quality or labour conditions. A factory security audit does not make the factory a C-TPAT member.',
    validity: 'No factory certificate exists; what counts is the date of the latest security audit.',
    askFor: 'The latest factory security audit report (e.g. Intertek GSV) with its date and score, and which US importer asked for it.',
    howToVerify: 'Don’t look for a C-TPAT certificate. Check the security audit with the firm that did it (for GSV, Intertek).',
    registries: [],
    obsoleteVersions: [],
    redFlags: [
      { pattern: '“C-TPAT certified factory” / “C-TPAT certificate” from an Asian factory', why: 'Outside Mexico and Canada, manufacturers normally cannot be C-TPAT members; at most they passed an audit against its criteria.' },
      { pattern: '“C-TPAT Certified Importer” in a supplier’s award list', why: 'Membership belongs to a US importer, not to the factory selling to you.' },
    ],
    markets: ['us'],
    sources: [
      ctpatForeign('summary', 'owner', 'issuer', 'certifies', 'redFlags', 'markets'),
      ctpatForeignB('issuer', 'redFlags'),
      gsvNotCtpat('doesNotCertify', 'askFor', 'howToVerify', 'validity'),
      src('https://www.intertek.com/news/2020/04-22-intertek-releases-global-security-verification-update-to-align-with-new-c-tpat-regulations/', 'Intertek: GSV update aligned with the new C-TPAT criteria', 'askFor'),
    ],
  },
  {
    id: 'disney-fama',
    name: 'Disney FAMA / ILS audit',
    aliases: ['FAMA', 'Disney FAMA', 'Disney ILS', 'Disney ILS audit', 'Facility and Merchandise Authorization', '迪士尼验厂'],
    kind: 'social-audit',
    summary: 'Disney’s permission for one facility to make Disney-branded goods for a licensee, after labour audits. Not a certificate; it can be revoked.',
    owner: 'The Walt Disney Company, through its International Labor Standards (ILS) programme.',
    issuer: 'Disney issues a Facility and Merchandise Authorization (FAMA) per facility; the audits are Disney’s own or from programmes it accepts.',
    certifies:
      'That Disney authorised this facility to make Disney-branded goods after it met Disney’s Minimum Compliance Standard. Existing facilities in many countries need an ILS audit at least every 12 months.',
    doesNotCertify:
      'It is not a factory certification: it is tied to a licensee and a facility and can be revoked. It does not let the factory make Disney goods for anyone but that licensee, and says nothing about product quality.',
    validity: 'As long as Disney keeps it in force; in “permitted with ILS audits” countries, audits at least every 12 months.',
    askFor: 'The FAMA letter for this facility, the name of the Disney licensee it was issued for, and the latest ILS audit report.',
    howToVerify: 'No public lookup. Confirm with the Disney licensee named on the FAMA that it is current for this facility.',
    registries: [],
    obsoleteVersions: [],
    redFlags: [
      { pattern: '“Disney certified factory” / “Disney audit certificate”', why: 'Disney issues facility authorizations, not certificates, and can revoke them.' },
      { pattern: 'A seal or certificate offered instead of a Disney audit report', why: 'Disney itself does not accept seals, certificates or ratings in place of a full ILS audit report.' },
    ],
    markets: [],
    sources: [
      src('https://en.belcert.com/fama-denetimi-(walt-disney)/', 'Belcert: FAMA audit (Walt Disney)', 'summary', 'owner', 'issuer', 'certifies', 'validity'),
      src('http://cts1983.com/C_service_article.aspx?a_id=939d1295-7972-4161-bb13-215dd2bbe8ce&s_id=91', 'Disney ILS: audits accepted and not accepted (in Chinese)', 'issuer', 'redFlags', 'askFor'),
      src('https://readkong.com/page/international-labor-standards-the-walt-disney-9025791', 'The Walt Disney Company: International Labor Standards manual', 'owner', 'doesNotCertify', 'redFlags', 'howToVerify'),
    ],
  },
  {
    id: 'gsv',
    name: 'Intertek GSV (Global Security Verification)',
    aliases: ['GSV', 'Global Security Verification', 'GSV 2.0', 'Intertek GSV'],
    kind: 'social-audit',
    summary: 'Intertek’s supply-chain security audit, aligned with US CTPAT criteria. An audit of the factory, not C-TPAT membership.',
    owner: 'Intertek (its own programme).',
    issuer: 'Intertek, which runs the programme and holds the reports.',
    certifies:
      'Security practices at the site, in 12 categories aligned with CTPAT’s Minimum Security Criteria (GSV 2.0, 2020); it also maps to Canada’s PIP and the EU AEO.',
    doesNotCertify: 'It does not make the factory C-TPAT certified. Nothing about product quality or working conditions.',
    validity:
      'Reportedly valid 1 year; a score of 71 or more is typically accepted, and a failing site gets about 120 days to improve.',
    askFor: 'The Intertek GSV registration number and the latest GSV report (date and score).',
    howToVerify:
      'Use the GSV registration number to retrieve the report through Intertek’s importsecurity.com (“Retrieve GSV/SA Report”), or ask Intertek.',
    registries: [],
    obsoleteVersions: [],
    redFlags: [
      { pattern: '“GSV = C-TPAT certified”', why: 'A GSV audit is not C-TPAT membership; Asian factories normally cannot be members at all.' },
      NO_PRODUCT,
    ],
    markets: ['us'],
    sources: [
      src('https://www.intertek.com/news/2020/04-22-intertek-releases-global-security-verification-update-to-align-with-new-c-tpat-regulations/', 'Intertek: GSV update aligned with the new C-TPAT criteria', 'summary', 'owner', 'issuer', 'certifies', 'markets'),
      src('http://shamkriscertification.com/GSV-Program.html', 'GSV programme: C-TPAT, PIP and AEO', 'certifies'),
      gsvNotCtpat('doesNotCertify', 'redFlags'),
      src('http://m.csr-csw.com.cn/service/549.html', 'GSV anti-terrorism audit: validity and passing score (in Chinese)', 'validity'),
      src('http://www.importsecurity.com/HelpFulLinks/Default.aspx', 'Intertek importsecurity.com: retrieve GSV/SA report', 'askFor', 'howToVerify'),
    ],
  },
  {
    id: 'icti-ethical-toy',
    name: 'ICTI Ethical Toy Program (IETP)',
    aliases: ['IETP', 'ICTI', 'ICTI CARE', 'ICTI-CARE', 'ICTI CARE Process', 'Ethical Toy Program', 'ICTI验厂'],
    kind: 'social-audit',
    summary: 'Toy-industry social-compliance certification. Audits are unannounced; a certified factory gets a Seal of Compliance with a seal number.',
    owner:
      'ICTI Ethical Toy Program, an independent non-profit started by the International Council of Toy Industries (ICTI CARE Foundation 2004, renamed in 2018).',
    issuer: 'IETP reviews each audit and decides; audits are done by its accredited audit firms (four of them).',
    certifies: 'Working conditions at the toy factory, checked by unannounced audits, two or more a year.',
    doesNotCertify:
      'Toy safety or product quality; it is a labour audit. Disney does not accept the seal in place of a full audit report.',
    validity: 'Kept only through continuing unannounced audits (two or more a year); check the seal is current.',
    askFor: 'The Seal of Compliance number (like C001234, printed under the logo) and the date of the latest audit.',
    howToVerify: 'Confirm with the ICTI Ethical Toy Program that the seal number belongs to this factory and is current.',
    registries: [],
    obsoleteVersions: [],
    redFlags: [
      { pattern: 'IETP or ICTI logo with no seal number', why: 'The seal number is what ties the claim to one factory; without it nothing can be checked.' },
      NO_PRODUCT,
    ],
    markets: ['toys-children', 'us-retail'],
    sources: [
      src('https://www.ethicaltoyprogram.org/en/who-we-are/', 'ICTI Ethical Toy Program: who we are', 'owner', 'summary'),
      src('https://toy-icti.org/ICTI/resources/statements/safe-and-fair-working-conditions.aspx', 'ICTI: safe and fair working conditions', 'owner'),
      src('https://www.ethicaltoyprogram.org/en/our-program/certification-and-audit/', 'IETP: certification and audit', 'issuer', 'certifies', 'validity', 'howToVerify', 'markets'),
      src('https://ethicalsupplychain.org/zh/news-events/guidance-for-new-logo', 'IETP: guidance for the new logo and seal number', 'askFor', 'redFlags'),
      src('http://cts1983.com/C_service_article.aspx?a_id=939d1295-7972-4161-bb13-215dd2bbe8ce&s_id=91', 'Disney ILS: audits accepted and not accepted (in Chinese)', 'doesNotCertify'),
      walmartPrograms('markets'),
      targetAudits('markets'),
    ],
  },
  {
    id: 'retailer-audit',
    name: 'Retailer audit programme (Walmart, Target …)',
    aliases: ['Walmart audit', 'Walmart ES audit', 'Walmart RS audit', 'Target audit', 'Walmart approved factory'],
    kind: 'social-audit',
    summary: 'A buyer’s own audit programme. “Walmart approved factory” means a rating in Walmart’s system for its supplier, not a certificate.',
    owner: 'The retailer (e.g. Walmart, Target), through its responsible-sourcing programme.',
    issuer:
      'The retailer decides, mostly on third-party audits it accepts. Walmart (since 2017): amfori BSCI, SMETA, SA8000, WRAP, ICTI/IETP, RBA, Better Work and others. Target: SLCP, Better Work, BSCI, SMETA, ICTI, RBA, plus Higg FEM.',
    certifies: 'That the retailer reviewed the factory for its own supply chain, usually through an accepted third-party audit.',
    doesNotCertify: 'Approval by any other buyer, or product quality. A rating belongs to the retailer and its supplier relationship.',
    ratingScale:
      'Walmart: Green (re-audit within 2 years), Yellow (within 1 year), Orange (within 6 months; 3 Orange in 2 years can mean disapproval for a year or more). Red is reportedly the most serious.',
    validity: 'Set by the retailer’s rating: at Walmart, the next audit is due within 6 months to 2 years.',
    askFor: 'The underlying audit and its identifier (amfori ID, Sedex ZS number, WRAP ID …), its date and result, and which retailer programme it was done for.',
    howToVerify:
      'Retailer ratings are not public. Verify the underlying audit through its own programme; the retailer’s rating can only be confirmed by the retailer.',
    registries: [],
    obsoleteVersions: [],
    redFlags: [
      { pattern: '“Walmart certified” / “Walmart approved factory” / “Target approved”', why: 'No certificate exists: it is a rating inside one retailer’s programme, for one supplier relationship.' },
      NO_PRODUCT,
    ],
    markets: ['us-retail'],
    sources: [
      walmartPrograms('issuer', 'summary'),
      walmartAudits('validity', 'certifies'),
      walmartRatings('ratingScale', 'validity', 'summary', 'doesNotCertify', 'redFlags'),
      src('http://xn--fmr20r248buhj.com/news/WM_ES.html', 'Walmart ethical sourcing audits (in Chinese)', 'issuer'),
      targetAudits('issuer', 'owner', 'askFor'),
      seed('owner', 'markets', 'howToVerify'),
    ],
  },
  {
    id: 'sa8000',
    name: 'SA8000',
    aliases: ['SA 8000', 'SA8000:2014', 'SA-8000'],
    kind: 'social-audit',
    summary: 'A real social-accountability certificate (labour rights, safety, wages), issued only by SAAS-accredited bodies. Stricter than a BSCI audit.',
    owner: 'Social Accountability International (SAI); certification bodies are accredited by SAAS (Social Accountability Accreditation Services).',
    issuer: 'Certification bodies accredited by SAAS. SAI recognises no SA8000 certificate from anyone else.',
    certifies:
      'For one facility: labour rights, health and safety, wages, working hours, and a management system that keeps improving them, checked by the body’s audits.',
    doesNotCertify: 'Product quality or your order; other facilities of the same company.',
    validity:
      '3-year certificate. Since 2019 most single sites get two on-site surveillance audits per cycle (about yearly, no longer every six months); some audits are semi-announced or unannounced. Current standard: SA8000:2014.',
    askFor: 'The SA8000 certificate (number, facility name and address, dates) and the certification body’s name.',
    howToVerify:
      'Look the facility up on SAAS’s Certified Facilities list (saasaccreditation.info; an Excel list of current and former certificates, which may have moved) and check the body is SAAS-accredited; otherwise ask the body.',
    registries: [],
    obsoleteVersions: [],
    redFlags: [
      { pattern: 'SA8000 certificate from a body not accredited by SAAS', why: 'SAI recognises only certificates from SAAS-accredited bodies.' },
      NO_PRODUCT,
    ],
    markets: ['eu-retail', 'us-retail', 'textiles-apparel'],
    sources: [
      seed('summary', 'certifies', 'markets'),
      src('http://www.saasaccreditation.org/node/171', 'SAAS: SA8000 certified facilities (only SAAS-accredited certification)', 'owner', 'issuer', 'howToVerify', 'redFlags'),
      src('https://fdocuments.us/document/audit-requirements-for-accredited-certification-bodies-for-sa8000-is-an-international.html', 'SAAS Procedure 200: audit requirements for SA8000 bodies', 'validity'),
      src('https://sa-intl.org/category/saas-resource-library', 'SAI/SAAS resource library', 'validity'),
      src('https://www.sgs.com/en/news/2019/09/changes-to-audit-requirements-for-sa8000', 'SGS: changes to SA8000 audit requirements (2019)', 'validity', 'doesNotCertify'),
      src('http://sa-intl.org/index.cfm?fuseaction=page.viewPage&pageID=1947&nodeID=1', 'SAI: SA8000 audit frequency', 'validity', 'askFor'),
      walmartPrograms('markets'),
    ],
  },
  {
    id: 'sedex-smeta',
    name: 'Sedex / SMETA',
    aliases: ['SEDEX', 'SMETA', 'SMETA 2-Pillar', 'SMETA 4-Pillar', 'SMETA 2P', 'SMETA 4P', 'Sedex audit', 'Supplier Ethical Data Exchange', 'Sedex Members Ethical Trade Audit', '供应商道德信息交流', 'SEDEX验厂'],
    kind: 'audit-platform',
    summary: 'Sedex is a data-sharing platform; SMETA is the social audit shared on it. No certificate, no grade, no pass/fail: read the report.',
    owner: 'Sedex (Supplier Ethical Data Exchange), a London non-profit membership platform founded 2001; not a certification body.',
    issuer:
      'Audit firms affiliated with Sedex carry out SMETA audits; the factory uploads the report to Sedex and shares it with the buyers it chooses.',
    certifies:
      'What the auditor found on the audit days against the ETI Base Code and local law. 2-pillar: labour, health and safety, management systems, right to work, subcontracting and homeworking, short environment. 4-pillar adds full environment and business ethics.',
    doesNotCertify: 'Product quality or technical ability. No certificate, score or pass/fail is issued: the buyer judges the findings.',
    validity:
      'Sedex sets no fixed validity; buyers commonly treat a report as current for about 12 months. Audits can be announced, semi-announced or unannounced.',
    askFor: 'The Sedex company number (ZC…) and site number (ZS…), and the latest SMETA report (date, 2- or 4-pillar) shared on Sedex.',
    howToVerify:
      'No public lookup. With a Sedex account (yours or your customer’s), ask the factory to share its site (ZS number) and read the latest SMETA report there: date, pillars, audit type and findings.',
    registries: [],
    obsoleteVersions: [],
    redFlags: [
      { pattern: '“SEDEX certified” / “Sedex certificate” / “SEDEX认证”', why: 'Sedex is a platform and SMETA an audit; neither issues a certificate.' },
      { pattern: '“SMETA certified” / “passed SMETA” / a SMETA score', why: 'SMETA has no pass/fail and no grade; only the report and its findings mean something.' },
      { pattern: 'SMETA report over 12 months old', why: 'Buyers usually want a report from the last year.' },
      NO_PRODUCT,
    ],
    markets: ['uk', 'eu-retail', 'us-retail'],
    sources: [
      seed('summary', 'owner', 'issuer', 'certifies', 'doesNotCertify', 'redFlags', 'markets'),
      src('https://www.sedexglobal.com/improvements-to-audit-data-quality/', 'Sedex: improvements to audit data quality (SMETA limited to affiliate audit firms)', 'issuer'),
      smetaGuide('summary', 'owner', 'doesNotCertify', 'validity', 'redFlags'),
      smetaCn('validity', 'askFor', 'howToVerify', 'redFlags'),
      sedexNumbers('askFor'),
      bvSmeta('certifies', 'validity', 'markets'),
      src('https://quantumsystems.in/cerifications-details.php?id=82', 'SMETA 2-pillar and 4-pillar audits', 'certifies'),
      src('http://mapusolutions.com/pd.jsp?id=23', 'Chinese consultancy calling SMETA “SEDEX认证” (misnomer)', 'redFlags'),
      src('https://m.007swz.com/news/xinxi/aqdset.html', 'Sedex audits and the retailers that ask for them (in Chinese)', 'markets'),
      walmartPrograms('markets'),
      targetAudits('markets'),
    ],
  },
  {
    id: 'wrap',
    name: 'WRAP',
    aliases: ['WRAP certified', 'WRAP Platinum', 'WRAP Gold', 'WRAP Silver', 'Worldwide Responsible Accredited Production', 'Worldwide Responsible Apparel Production', 'WRAP验厂'],
    kind: 'social-audit',
    summary: 'Facility social-compliance certificate, mainly apparel and footwear. Platinum (2 years), Gold (1 year) or Silver (6 months).',
    owner: 'WRAP, a US non-profit in Arlington, Virginia (formerly Worldwide Responsible Apparel Production).',
    issuer: 'WRAP itself decides and issues the certificate, after an audit by a WRAP-accredited monitoring firm.',
    certifies:
      'The facility met WRAP’s 12 Principles (labour, health and safety, environment, customs compliance and security among them) at its audit.',
    doesNotCertify: 'Product quality or your order; any other facility of the company. A facility that moves gets a new WRAP ID.',
    ratingScale:
      'Platinum: 2 years, after at least 3 consecutive years fully compliant with no corrective actions. Gold: 1 year. Silver: 6 months, at most 3 times in a row (18 months).',
    validity: '6 months to 2 years depending on the level; then a new audit.',
    askFor: 'The WRAP ID (the same every year) and the current certificate with its level and expiry date.',
    howToVerify: 'Find the facility on WRAP’s certified facility list and check name, country, level and expiry date against the certificate.',
    registries: [
      {
        name: 'WRAP certified facilities',
        url: 'https://wrapcompliance.org/en/certification/facility-monitor-list/',
        access: 'open',
        howTo: 'Search the facility name or WRAP ID and read its level and expiry date.',
      },
    ],
    obsoleteVersions: [],
    redFlags: [
      { pattern: 'WRAP certificate past its expiry date', why: 'Levels last 6 months to 2 years; an expired certificate proves nothing about today.' },
      { pattern: 'Silver level for more than 18 months', why: 'Silver can be held at most three 6-month cycles in a row.' },
      NO_PRODUCT,
    ],
    markets: ['textiles-apparel', 'us-retail'],
    sources: [
      src('https://wrapcompliance.org/certification/', 'WRAP: certification', 'summary', 'owner', 'issuer', 'certifies', 'registries'),
      src('https://goodnames.eth.link/wiki/Worldwide_Responsible_Accredited_Production.html', 'Worldwide Responsible Accredited Production (encyclopedia)', 'owner', 'certifies', 'markets'),
      src('https://fuwu.11467.com/info/35482090.htm', 'WRAP levels: Platinum, Gold, Silver (in Chinese)', 'ratingScale', 'validity'),
      src('https://www.bestb2b.com/business_147712446.htm', 'WRAP certification levels and validity', 'ratingScale', 'redFlags'),
      src('https://www.pmconsultancy.in/practicearea/wrap/', 'PM Consultancy: WRAP certification levels', 'ratingScale', 'validity', 'redFlags'),
      src('http://bsdgco.com/e/action/ShowInfo.php?classid=68&id=335', 'WRAP ID and facility moves (in Chinese)', 'askFor', 'doesNotCertify'),
      src('https://wrapcompliance.org/de/certification/renew-status', 'WRAP: renew status (same WRAP ID every year)', 'askFor', 'howToVerify'),
      walmartPrograms('markets'),
    ],
  },
];
