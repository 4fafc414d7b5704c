import type { ClaimEntry } from '../schema';

/**
 * National product schemes outside the EU/UK/US (issue #3): China (CCC, CQC), Japan (PSE), Korea
 * (KC), Australia/New Zealand (RCM), India (BIS), Saudi Arabia (SASO/SABER) and the Eurasian
 * Economic Union (EAC). The line every entry has to hold: each is about selling in that country,
 * covers named products, and says nothing about other markets.
 * Facts come from shared/domain/cert-facts.md §0/§4/§7/§8 and registries-and-ux.md §2; facts the
 * fact sheet marks [unsourced] are left out or worded "reportedly"/"may". Sorted by id.
 */

// --- Sources (cert-facts.md §10; registries-and-ux.md §2) ---
const GLOBAL_APPROBATION_BIS = 'https://www.global-approbation.com/blog/isi-vs-bis-standard-mark-vs-crs.html';
const HOUSEOFTESTING_BIS =
  'https://support.houseoftesting.com/portal/en/kb/articles/bis-isi-mark-vs-bis-crs-registration-what-s-the-difference';
const SETINDIABIZ_CRS = 'https://www.setindiabiz.com/bis-crs-registration';
const REACH24H_CRS = 'https://en.reach24h.com/news/insights/chemical/bis-crs-compulsory-registration-scheme';
const LOCKENE_BIS = 'https://www.lockene.info/bis-certificate/';
const BIS_CRS_PORTAL = 'https://www.crsbis.in/';

const ETC_CCC = 'https://www.etc.org.tw/en/service/detail/136';
// Only known over http (cert-facts.md R69c, R69d, R69g, R69h, R88a).
const MIC_CCC_ARTICLE =
  'http://resources.made-in-china.com/article/product-industry-knowledge/AmQnpQgEQJIx/China-Compulsory-Certificate';
const LIGHTWORLD_CCC = 'http://light-world.com/en/certification-ccc.html';
const CTK_CCC_SELF_DECLARATION = 'http://www.ctktest.com/En/cqcDis.asp?id=3';
const QP_CCC_TO_CQC = 'http://quality-partnerships.cn/news/ccc-catalogue-reduced-transfer-to-cqc-voluntary-certification/';
const UICEC_CNCA_QUERY = 'http://en.uicec.com/news/507.html';
const REMOTEC_CCC = 'https://remotec.com.hk/mandatory-certification-mark-for-products-entering-the-chinese-market-ccc/';
const NEWSFLASH_CCC = 'https://newsflash.city/2401/8fcb475879e5d362.html';
const HOW234_CCC = 'https://m.how234.com/eamyrszczfz.html';
const CQC_E_CERTIFICATES = 'https://cqc.com.cn/www/english/c/2020-02-13/595087.shtml';
const WIKI_CQC_MARK = 'https://en.wikipedia.org/wiki/Voluntary_CQC_Mark_Certification';
// UK Care Quality Commission registration help (cert-facts.md R105), only known over http.
const NMDS_UK_CQC = 'http://www.nmds-sc-online.org.uk/help/Article.aspx?id=40';
/**
 * The registries doc gives this page only over http; the registry schema requires https, so the
 * https form of the same page is used (to be checked in a real browser, registries-and-ux.md §5).
 */
const CNCA_QUERY = 'https://cx.cnca.cn/CertECloud/index/index/page';

const EACEUROPE = 'https://eaceurope.eu/en/eac-approval/';
const ONEWINDOW_EAEU = 'https://onewindow.pro/markets/eaeu';
const SCHMIDT_EAC = 'https://schmidt-export.com/node/5092';
const CU_CERTIFICATE = 'http://customsunioncertificate.com/customs-union-certificate/';

const SPILMA_KC = 'https://www.spilma.com/en/guides/kc-mark-south-korea';
const SKEMC_KC = 'http://en.skemc.co.kr/kc';
const EXPORTSUPPORT_KC = 'https://exportsupportservice.com/news/267';
const BV_JP_KC = 'http://eaw.bureauveritas.jp/news/2017/171219-02.html';
const LENHARDT_KC = 'https://ib-lenhardt.com/news/type-approval-changes';
const JND_KC = 'http://jndcerti.com/index_eng/s2/s2_1.php';

const JQA_PSE = 'https://www.jqa.jp/english/safety/service/mandatory/pse/index.html';
const WIKI_DENAN = 'https://en.wikipedia.org/wiki/Act_on_Product_Safety_of_Electrical_Appliances_and_Materials';
const EBC_DENAN =
  'https://ebc-jp.com/digital-white-paper/issues/business-fundamentals/retail-wholesale/denan-act-or-pse-requirements/';
const HAMLLON_PSE = 'http://hamllon.com/hl/en/cert/PSE.html';

const COMTESTLABS_RCM = 'https://comtestlabs.com/compliance/rcm-regulatory-compliance-mark/';
const SAAAPPROVALS_RCM = 'http://www.saaapprovals.com.au/2013/03/';
const COMTEST_RCM = 'http://comtest.com.au/compliance/rcm-part-1-acma-system-for-rcm';
const STRADIA_EESS = 'https://www.stradia.com.au/EESS---RCM.php';
const QEC_EESS = 'https://qecservices.com.au/are-you-registered/';

const TEMMATHEL_SABER = 'https://temmathel.com/serviceDetails/s1-en.html';
const SABERVERIFY_FAQ = 'https://en.saberverify.com/';
const SWTUV_SALEEM = 'https://swtuv.com/ae/saudi-product-safety-programme-saleem-saber/';

const MILA_BORROWED_CERTS = 'https://milasourcing.com/news/supplier-verification-china/';

/** CNCA's public certificate query: CCC and other certificates issued in China. */
const CNCA_REGISTRY: ClaimEntry['registries'][number] = {
  name: 'CNCA certification query (全国认证认可信息公共服务平台, cx.cnca.cn)',
  url: CNCA_QUERY,
  access: 'captcha',
  howTo:
    "Search the certificate number together with the certificate holder's exact Chinese name; the site has a CAPTCHA and may not load from outside China.",
};

export const countrySchemes: ClaimEntry[] = [
  {
    id: 'bis',
    name: 'BIS (India): ISI mark and CRS registration',
    aliases: ['BIS', 'ISI', 'ISI mark', 'CRS', 'BIS registration', 'BIS certification', 'BIS certificate', '印度BIS认证'],
    kind: 'product-certification',
    summary:
      "India's mandatory product schemes: an ISI mark licence (CM/L-…) or, for electronics, a CRS registration (R-…). Each covers one factory, brand and product.",
    owner: 'Bureau of Indian Standards (BIS).',
    issuer: 'BIS. Foreign manufacturers need an Authorized Indian Representative (AIR).',
    certifies:
      'ISI mark (Scheme-I): a BIS licence after a factory audit and product tests, with yearly renewal and surveillance. CRS (Compulsory Registration Scheme, Scheme-II) for electronics and IT goods: a registration based on tests at a BIS-recognised lab plus the maker’s self-declaration.',
    doesNotCertify:
      'Nothing outside the licence or registration: each one is for a specific manufacturer, factory location, product and brand. Says nothing about other markets.',
    validity: 'ISI licence: renewed every year, with surveillance. CRS registration: renewed every 2 years.',
    askFor:
      'The ISI licence number (CM/L- plus 7 digits, e.g. CM/L-1234567) or the CRS registration number (R- plus digits), with the factory address, brand and models it covers.',
    howToVerify:
      'Look up a CRS registration number on the BIS CRS portal; check an ISI licence with BIS. Check the manufacturer, factory location and brand match your supplier and product.',
    registries: [
      {
        name: 'BIS CRS portal (crsbis.in)',
        url: BIS_CRS_PORTAL,
        access: 'open',
        howTo: 'Search the R- registration number and compare manufacturer, factory address, brand and model.',
      },
    ],
    obsoleteVersions: [],
    redFlags: [
      {
        pattern: 'BIS licence or registration of another factory or brand',
        why: 'A licence or registration covers one manufacturer, location, product and brand; it does not carry over to another factory or brand.',
      },
    ],
    markets: ['india', 'electronics'],
    sources: [
      {
        url: GLOBAL_APPROBATION_BIS,
        title: 'Global Approbation: ISI vs BIS standard mark vs CRS',
        for: ['summary', 'certifies', 'validity', 'askFor'],
      },
      {
        url: HOUSEOFTESTING_BIS,
        title: 'House of Testing: BIS ISI mark vs BIS CRS registration',
        for: ['certifies', 'howToVerify', 'registries'],
      },
      { url: SETINDIABIZ_CRS, title: 'Setindiabiz: BIS CRS registration', for: ['certifies', 'validity'] },
      { url: REACH24H_CRS, title: 'REACH24H: BIS Compulsory Registration Scheme', for: ['issuer', 'doesNotCertify', 'redFlags'] },
      { url: LOCKENE_BIS, title: 'Lockene: BIS certificate', for: ['issuer', 'doesNotCertify', 'redFlags'] },
    ],
  },
  {
    id: 'ccc',
    name: 'CCC (China Compulsory Certification, 3C)',
    aliases: [
      'CCC',
      '3C',
      'CCC mark',
      'China Compulsory Certification',
      'China Compulsory Certificate',
      '中国强制性产品认证',
      '3C认证',
      'CCC认证',
    ],
    kind: 'product-certification',
    summary:
      "China's mandatory product certification and mark (3C) for products on its catalogue. Needed to sell in China; it shows nothing about EU or US rules.",
    owner: 'CNCA, China’s certification and accreditation authority.',
    issuer: 'Only certification bodies designated by CNCA; CQC (China Quality Certification Centre) is the main one.',
    certifies:
      'A product type on the CCC catalogue passed type testing at a designated lab, plus an initial factory inspection and follow-up inspections. Some categories now use “CCC self-declaration” instead (SAMR Announcement 2019 No. 44).',
    doesNotCertify:
      'Not EU or US compliance, and not a management-system certificate. Products dropped from the catalogue moved to voluntary CQC certification.',
    validity: 'Usually 5 years, with yearly follow-up factory inspections. Status can be valid, suspended, revoked, cancelled or expired.',
    askFor:
      'The CCC certificate number, the holder and manufacturer names, the factory address and the models covered. CQC e-certificates (since 14 Feb 2020) can be downloaded only by the applicant, so ask the supplier for the file.',
    howToVerify:
      "Search the certificate number with the manufacturer's exact name on CNCA's public query (cx.cnca.cn) and read the status. “Not found” can be upload lag, so ask again before concluding it is fake.",
    registries: [CNCA_REGISTRY],
    obsoleteVersions: [
      { version: 'CCIB', endedOn: '2003-08-01', replacedBy: 'CCC (China Compulsory Certification)' },
      { version: 'CCEE', endedOn: '2003-08-01', replacedBy: 'CCC (China Compulsory Certification)' },
    ],
    redFlags: [
      {
        pattern: 'CCC certificate from a body not designated by CNCA',
        why: 'Only CNCA-designated certification bodies can issue CCC certificates.',
      },
      {
        pattern: 'CCC certificate of another company or product',
        why: 'Real certificates of other firms or other products get reused; the holder, factory and model must match your supplier and product.',
      },
      {
        pattern: 'Old CCIB or CCEE (“Great Wall”) safety marks',
        why: 'CCC replaced both; it was introduced in 2002 and fully in force from 1 August 2003.',
      },
    ],
    markets: ['china'],
    sources: [
      {
        url: ETC_CCC,
        title: 'ETC (Taiwan): China CCC certification service',
        for: ['summary', 'owner', 'issuer', 'certifies'],
      },
      {
        url: MIC_CCC_ARTICLE,
        title: 'Made-in-China: China Compulsory Certificate',
        for: ['obsoleteVersions', 'redFlags'],
      },
      { url: LIGHTWORLD_CCC, title: 'Light World: CCC certification', for: ['obsoleteVersions', 'redFlags'] },
      { url: REMOTEC_CCC, title: 'Remotec: CCC mark for products entering the Chinese market', for: ['validity'] },
      { url: NEWSFLASH_CCC, title: 'CCC certificate validity and follow-up inspections', for: ['validity'] },
      { url: CTK_CCC_SELF_DECLARATION, title: 'CTK: CCC self-declaration (SAMR 2019 No. 44)', for: ['certifies'] },
      { url: QP_CCC_TO_CQC, title: 'Quality Partnerships: CCC catalogue reduced, moved to voluntary CQC', for: ['doesNotCertify'] },
      { url: UICEC_CNCA_QUERY, title: 'UICEC: checking certificates on the CNCA platform', for: ['howToVerify', 'registries', 'validity'] },
      { url: HOW234_CCC, title: 'How234: CCC (3C) certification and its status', for: ['validity', 'howToVerify'] },
      { url: CQC_E_CERTIFICATES, title: 'CQC: electronic certificates from 14 Feb 2020', for: ['askFor'] },
      { url: MILA_BORROWED_CERTS, title: 'Mila Sourcing: supplier verification in China', for: ['redFlags'] },
    ],
  },
  {
    id: 'cqc',
    name: 'CQC (China Quality Certification Centre) and CQC mark',
    aliases: ['CQC', 'CQC mark', 'CQC标志认证', '中国质量认证中心', 'China Quality Certification Centre'],
    kind: 'product-certification',
    summary:
      "China Quality Certification Centre: the main CCC body, which also runs the voluntary CQC mark. In UK care, 'CQC' means the Care Quality Commission.",
    owner: 'China Quality Certification Centre (CQC).',
    issuer: 'CQC.',
    certifies:
      'The voluntary CQC mark covers safety, quality, environmental or energy performance for over 500 products outside the CCC catalogue. CQC is also the main body that issues CCC certificates, and reportedly also issues management-system certificates such as ISO 9001.',
    doesNotCertify:
      'The CQC mark is voluntary and is not CCC. It shows nothing about EU or US compliance. “CQC registration” in a UK health or social-care context is the Care Quality Commission, unrelated to China.',
    validity: 'Not stated in our sources; check the certificate status before relying on it.',
    askFor:
      'The CQC certificate number, the holder name and the products covered. CQC has issued e-certificates since 14 Feb 2020 that only the applicant can download, so ask the supplier for the file.',
    howToVerify:
      "Search the certificate number with the holder's exact name on CNCA's public query (cx.cnca.cn), which lists certificates issued in China, or ask CQC.",
    registries: [CNCA_REGISTRY],
    obsoleteVersions: [],
    redFlags: [
      {
        pattern: '“CQC registered” / “CQC registration number” in a UK care context',
        why: 'That is the UK Care Quality Commission (health and social-care registration), not a Chinese product certificate.',
      },
      {
        pattern: 'CQC mark presented as the compulsory CCC',
        why: 'The CQC mark is voluntary; products on the CCC catalogue still need CCC to be sold in China.',
      },
    ],
    markets: ['china'],
    sources: [
      {
        url: WIKI_CQC_MARK,
        title: 'Wikipedia: Voluntary CQC Mark Certification',
        for: ['summary', 'owner', 'issuer', 'certifies', 'doesNotCertify', 'redFlags'],
      },
      { url: ETC_CCC, title: 'ETC (Taiwan): China CCC certification service', for: ['certifies'] },
      { url: NMDS_UK_CQC, title: 'NMDS-SC help: CQC registration numbers (UK Care Quality Commission)', for: ['summary', 'doesNotCertify', 'redFlags'] },
      { url: CQC_E_CERTIFICATES, title: 'CQC: electronic certificates from 14 Feb 2020', for: ['askFor'] },
      { url: UICEC_CNCA_QUERY, title: 'UICEC: checking certificates on the CNCA platform', for: ['howToVerify', 'registries'] },
    ],
  },
  {
    id: 'eac',
    name: 'EAC (Eurasian Economic Union conformity)',
    aliases: ['EAC', 'EAC mark', 'EAC certificate', 'EAC declaration', 'TR CU', 'TR TS', 'CU-TR', 'TR EAEU', 'ЕАС', '海关联盟认证'],
    kind: 'product-certification',
    summary:
      'Conformity mark for Russia, Belarus, Kazakhstan, Armenia and Kyrgyzstan, backed by an EAC certificate or a registered EAC declaration.',
    owner: 'Eurasian Economic Union (EAEU): technical regulations TR CU / TR EAEU.',
    issuer:
      'Certificate of conformity: an accredited certification body. Declaration of conformity: the applicant declares, and an accredited body registers it in the EAEU unified register.',
    certifies:
      'The products named meet the TR CU / TR EAEU regulations named. A certificate usually involves lab tests and a factory audit; a declaration is the applicant’s own statement, registered.',
    doesNotCertify:
      'Nothing about other markets or about products and regulations not named. GOST-R is an older, national Russian scheme, not the same thing.',
    validity: 'Certificates: up to 5 years. Declarations: up to 5 years for serial production.',
    askFor:
      'The EAC certificate or declaration registration number, the technical regulations named, and the applicant, manufacturer and products it covers. The applicant reportedly has to be a company registered in the EAEU.',
    howToVerify:
      'Check the number in the EAEU unified registers of certificates and declarations (for example the Russian accreditation service’s register), and compare manufacturer and products.',
    registries: [],
    obsoleteVersions: [],
    redFlags: [],
    markets: ['eaeu'],
    sources: [
      {
        url: EACEUROPE,
        title: 'EAC Europe: EAC approval',
        for: ['summary', 'owner', 'issuer', 'certifies', 'doesNotCertify', 'validity'],
      },
      { url: ONEWINDOW_EAEU, title: 'OneWindow: EAEU market', for: ['summary', 'owner', 'markets'] },
      { url: SCHMIDT_EAC, title: 'Schmidt Export: EAC certificate and declaration', for: ['issuer', 'certifies', 'validity'] },
      { url: CU_CERTIFICATE, title: 'Customs Union certificate registers', for: ['howToVerify'] },
    ],
  },
  {
    id: 'kc',
    name: 'KC mark (Korea Certification)',
    aliases: ['KC', 'KC mark', 'KC certification', 'KCC', 'MSIP', '韩国KC认证'],
    kind: 'product-certification',
    summary:
      "South Korea's single product mark since 2009: radio/EMC under RRA, electrical safety under KATS. Radio/EMC IDs look like R-CRM-ABC-XXXX.",
    owner:
      'Korean government: the National Radio Research Agency (RRA, under MSIT) for radio and EMC; KATS (under MOTIE) for electrical safety.',
    issuer: 'RRA for radio/EMC conformity; the KATS system for electrical safety.',
    certifies:
      'The product met Korean radio/EMC or electrical safety requirements. Radio/EMC routes: certification (적합인증), registration (적합등록) and interim certification. The KC mark replaced about 13 older Korean marks in 2009.',
    doesNotCertify: 'Nothing about other markets or the factory. An ID covers the applicant and product named in it.',
    validity:
      'Not stated in our sources. The R- ID format applies since 5 Dec 2017 (mandatory from 1 Jul 2018); older MSIP- and KCC- IDs did not have to change.',
    askFor:
      'The conformity ID from the label, e.g. R-CRM-ABC-XXXX (older forms MSIP-CRM-… or KCC-…), and the certificate naming the applicant and model.',
    howToVerify:
      'Read the ID: after R- come the certification type (C/R/I), test category (R/T/E/M) and applicant type (M/I/S), then a 3-character applicant code and the product code. Check the applicant and model on the certificate match your supplier and product.',
    registries: [],
    obsoleteVersions: [],
    redFlags: [],
    markets: ['korea', 'electronics'],
    sources: [
      { url: SPILMA_KC, title: 'Spilma: KC mark (South Korea)', for: ['summary', 'owner', 'certifies'] },
      { url: SKEMC_KC, title: 'SKEMC: KC certification', for: ['owner', 'issuer', 'certifies'] },
      { url: EXPORTSUPPORT_KC, title: 'Export Support Service: Korean conformity ID changes', for: ['certifies', 'doesNotCertify', 'validity', 'askFor', 'howToVerify'] },
      { url: BV_JP_KC, title: 'Bureau Veritas Japan: Korea conformity ID format (2017)', for: ['validity', 'askFor'] },
      { url: LENHARDT_KC, title: 'IB Lenhardt: Korean type approval changes', for: ['validity', 'askFor'] },
      { url: JND_KC, title: 'JND Certi: Korean radio certification types', for: ['certifies', 'howToVerify'] },
    ],
  },
  {
    id: 'pse',
    name: 'PSE mark (Japan, DENAN)',
    aliases: ['PSE', 'PSE mark', 'Diamond PSE', 'Circle PSE', 'Round PSE', 'DENAN', '菱形PSE', '圆形PSE'],
    kind: 'product-certification',
    summary:
      "Japan's electrical safety mark under the DENAN law. Diamond PSE needs a METI-registered third-party body; Circle PSE is self-declared.",
    owner: "Japan's Ministry of Economy, Trade and Industry (METI), under the Electrical Appliance and Material Safety Act (DENAN).",
    issuer:
      'Diamond PSE: a conformity assessment body registered with METI issues a certificate. Circle PSE: the importer or maker declares; there is no certificate.',
    certifies:
      "The product meets Japan's DENAN technical requirements. Diamond PSE is for 'specified' electrical appliances and materials and needs third-party assessment; Circle PSE is for the other covered products (457 categories in all as of Dec 2018).",
    doesNotCertify:
      'Nothing about other markets or the factory. The importer must also notify METI of its business; a supplier’s PSE claim does not do that for you.',
    validity:
      'Diamond PSE certificates reportedly last 3–7 years depending on the product. The PSE mark has been used since 1 April 2001, when it replaced the DENTORI marks.',
    askFor:
      'Which PSE type applies (diamond or circle). For diamond: the certificate from the registered body (body name, certificate number, model). For circle: the self-declaration and the test report for your model.',
    howToVerify:
      'For diamond PSE, confirm the certificate with the body that issued it and check that body is registered with METI. Check that the importer (you or your agent) has notified METI.',
    registries: [],
    obsoleteVersions: [],
    redFlags: [
      {
        pattern: 'Circle PSE on a “specified” product',
        why: 'Specified products need diamond PSE, which means a certificate from a METI-registered body; a self-declared circle PSE is not enough for them.',
      },
    ],
    markets: ['japan', 'electronics'],
    sources: [
      {
        url: JQA_PSE,
        title: 'JQA: PSE mark (DENAN)',
        for: ['summary', 'owner', 'issuer', 'certifies', 'doesNotCertify', 'redFlags'],
      },
      { url: WIKI_DENAN, title: 'Wikipedia: Act on Product Safety of Electrical Appliances and Materials', for: ['owner', 'certifies', 'validity'] },
      { url: EBC_DENAN, title: 'EBC: DENAN act or PSE requirements', for: ['doesNotCertify', 'howToVerify'] },
      { url: HAMLLON_PSE, title: 'Hamllon: PSE certification', for: ['validity'] },
    ],
  },
  {
    id: 'rcm',
    name: 'RCM (Regulatory Compliance Mark, Australia / New Zealand)',
    aliases: ['RCM', 'RCM mark', 'C-Tick', 'A-Tick', 'SAA approval', 'EESS', '澳洲RCM认证'],
    kind: 'self-declared-marking',
    summary:
      'Australia/NZ compliance mark for electrical and radio goods. Only a local responsible supplier can register and use it, never a foreign factory.',
    owner: 'Australian and New Zealand regulators (electrical safety under the EESS; radio and EMC under ACMA and NZ RSM).',
    issuer:
      'The AU/NZ-based responsible supplier (importer or local maker with an ABN/NZBN) registers on the national database and signs the declaration of conformity. Level 3 electrical items also need a Certificate of Conformity from a recognised certifier.',
    certifies:
      'The responsible supplier declares the product meets the applicable AU/NZ electrical safety and EMC/radio rules. Electrical risk levels: Level 1 low; Level 2 medium (compliance folder); Level 3 “declared/prescribed” articles (third-party certificate required).',
    doesNotCertify:
      'A foreign manufacturer cannot register RCM or sign the declaration. What a supplier calls an “RCM certificate” is at best test reports or a Level 3 certificate that you still register under your own business.',
    validity: 'Not stated for the mark in our sources. RCM fully replaced C-Tick and A-Tick on 1 March 2016.',
    askFor:
      'Test reports for your model against the AU/NZ standards, and for Level 3 items the Certificate of Conformity from a recognised certifier (certificate number, certifier, model). You register as the responsible supplier.',
    howToVerify:
      'Check Level 3 certificates in the public EESS national database and that they name your model. For other items, check the test reports match your product.',
    registries: [],
    obsoleteVersions: [
      { version: 'C-Tick', endedOn: '2016-03-01', replacedBy: 'RCM (Regulatory Compliance Mark)' },
      { version: 'A-Tick', endedOn: '2016-03-01', replacedBy: 'RCM (Regulatory Compliance Mark)' },
    ],
    redFlags: [
      {
        pattern: '“RCM certified” / “RCM registered” by a foreign supplier',
        why: 'Only an Australian or NZ responsible supplier can register on the national database and sign the declaration; a Chinese factory cannot hold RCM for you.',
      },
      {
        pattern: 'C-Tick or A-Tick on a current product',
        why: 'Both were replaced by RCM; the transition ended on 1 March 2016.',
      },
    ],
    markets: ['australia-nz', 'electronics'],
    sources: [
      {
        url: COMTESTLABS_RCM,
        title: 'Comtest Labs: RCM Regulatory Compliance Mark',
        for: ['summary', 'owner', 'issuer', 'doesNotCertify', 'validity', 'redFlags', 'obsoleteVersions'],
      },
      { url: SAAAPPROVALS_RCM, title: 'SAA Approvals: RCM and the responsible supplier (2013)', for: ['issuer', 'doesNotCertify', 'redFlags'] },
      { url: COMTEST_RCM, title: 'Comtest: RCM part 1, the ACMA system', for: ['validity', 'obsoleteVersions'] },
      { url: STRADIA_EESS, title: 'Stradia: EESS and RCM risk levels', for: ['issuer', 'certifies', 'askFor'] },
      { url: QEC_EESS, title: 'QEC Services: are you registered? (EESS database)', for: ['howToVerify'] },
    ],
  },
  {
    id: 'saso',
    name: 'SASO / SABER (Saudi Arabia product conformity)',
    aliases: [
      'SASO',
      'SABER',
      'SALEEM',
      'PCoC',
      'SCoC',
      'Product Certificate of Conformity',
      'Shipment Certificate of Conformity',
      'G-Mark',
      'IECEE RC',
      '沙特SASO认证',
    ],
    kind: 'product-certification',
    summary:
      'Saudi product conformity through the SABER platform: a product certificate (PCoC) for regulated goods, then a certificate for each shipment (SCoC).',
    owner: 'Saudi Standards, Metrology and Quality Organization (SASO), through its SALEEM product-safety programme.',
    issuer: 'Notified bodies working through SABER issue the PCoC and SCoC; the Saudi importer applies in SABER.',
    certifies:
      'Regulated products: a Product Certificate of Conformity (PCoC), then a Shipment Certificate of Conformity (SCoC) for each shipment from the same body. Low-risk, non-regulated products get an SCoC directly through SABER. Related marks: G-Mark (Gulf), Saudi Quality Mark, SASO IECEE RC (electrical).',
    doesNotCertify: 'Nothing about other markets. A PCoC alone does not clear goods: each shipment needs its own SCoC.',
    validity: 'PCoC typically 1 year when issued by a notified body; SCoC per shipment.',
    askFor: 'The PCoC number, the body that issued it and the models covered; the SCoC is requested per shipment through the importer’s SABER account.',
    howToVerify: 'Check the certificates in SABER through the Saudi importer’s account.',
    registries: [],
    obsoleteVersions: [],
    redFlags: [
      {
        pattern: 'Only a PCoC shown for goods about to ship',
        why: 'Regulated products need a PCoC and then an SCoC for every shipment; the PCoC alone will not clear customs.',
      },
    ],
    markets: ['gulf'],
    sources: [
      {
        url: TEMMATHEL_SABER,
        title: 'Temmathel: SABER certification service',
        for: ['summary', 'issuer', 'certifies', 'doesNotCertify', 'validity', 'howToVerify', 'redFlags'],
      },
      { url: SABERVERIFY_FAQ, title: 'SABER Verify FAQ', for: ['owner', 'certifies'] },
      { url: SWTUV_SALEEM, title: 'SW TÜV: Saudi product safety programme SALEEM / SABER', for: ['owner', 'certifies', 'validity'] },
    ],
  },
];
