import type { ClaimEntry } from '../schema';

/**
 * Product marks and product certifications for the EU, UK and North America, plus the CB Scheme
 * and ENERGY STAR (issue #3). The line every entry has to hold: a mark is about a product model,
 * never about a factory, and most EU/UK marks are the manufacturer's own declaration.
 * Facts come from shared/domain/cert-facts.md §4/§7/§8 and registries-and-ux.md §2; facts the
 * fact sheet marks [unsourced] are left out or worded "reportedly"/"may". Registry URL templates
 * only where registries-and-ux.md names a public pattern (fccid.io). Sorted by id.
 */

type Source = ClaimEntry['sources'][number];

// --- Sources (cert-facts.md §10; registries-and-ux.md §2) ---
const EC_CE_MANUFACTURERS = 'https://single-market-economy.ec.europa.eu/single-market/ce-marking/manufacturers_fi';
const EURONORM_NB_DIGITS =
  'https://www.euronorm.net/content/ce-marking/category/notified-body/four-digits-next-to-ce.php';
const CERTIFIGROUP_NB = 'https://www.certifigroup.com/weekly-whitepaper/does-your-ce-mark-need-a-4-digit';
const CECHECK_NB = 'https://cecheck-com.pages.dev/notified-bodies/';
const CHINA_EXPORT_THREAD = 'https://hn.masterscheme.cn/item?id=26292891';
const ESF_PPE_CERTS = 'https://www.eu-esf.org/covid-19/4513-covid-19-suspicious-certificates-for-ppe';
const SPILMA_NANDO = 'https://www.spilma.com/en/guides/notified-body-selection-nando';
const NANDO = 'https://webgate.ec.europa.eu/single-market-compliance-space/#/notified-bodies';

const ICS_LVD = 'https://ics-cert.org/servicedetail/2014-35-eu-low-voltage-directive';
const INCOMPLIANCE_NEW_DIRECTIVES =
  'https://incompliancemag.com/new-european-union-directives-and-their-impact-on-notified-bodies/';
const F2LABS_LVD =
  'https://f2labs.com/technotes/2016/11/23/compliance-with-the-low-voltage-directive-201435eu-annex-i/';

const YORKEMC_UKCA =
  'https://www.yorkemc.com/2023/08/02/uk-government-announces-indefinite-extension-of-ce-marking-recognition-for-18-categories-of-goods/';
const LEWISSILKIN_UKCA =
  'https://commercial.lewissilkin.com/post/102il6m/uk-government-announces-that-businesses-can-use-the-ce-mark-indefinitely';
const OSBORNECLARKE_UKCA =
  'https://www.osborneclarke.com/insights/uk-government-heralds-indefinite-ce-marking-recognition-gb-market';
const ADCAS_CPR = 'https://adcas.co.uk/news-events/ce-marking-deadline-for-construction-products-revoked';
const GOVUK_CPR = 'https://gov.uk/guidance/construction-products-regulation-in-great-britain';

const FCCLABS_EA = 'https://www.fcclabs.org/equipment-authorization-procedures-fcc-labeling/';
const MARKREADY_FCC = 'https://markready.io/learn/fcc-equipment-authorization';
const CELECTRONICS_SDOC =
  'https://celectronics.com/learning-center/fcc-authorization-method-guide-suppliers-declaration-of-conformity-sdoc/';
const SPILMA_FCC_ID = 'https://www.spilma.com/en/guides/fcc-id-grantee-tcb-equipment-authorization';
const FCCID_REPORT_FORMAT = 'https://fccid.report/?p=50198';
const LENHARDT_FCC_ID = 'https://ib-lenhardt.com/kb/fcc-requirements/fcc-id';
const FCC_EAS_SEARCH = 'https://apps.fcc.gov/oetcf/eas/reports/GenericSearch.cfm';

const ENGINEERFIX_UL_ISSUE = 'https://engineerfix.com/how-to-search-an-underwriters-laboratories-issue-number';
const HAMMOND_UL = 'https://americas.hammondpowersolutions.com/resources/faq/reactors/what-is-the-difference-between-ul-listed-and-ul-recognized';
const ENGINEERFIX_UL_LISTED = 'https://engineerfix.com/how-to-tell-if-something-is-ul-listed/';
const UL_ENHANCED_MARK = 'https://ul.com/news/qa-uls-enhanced-certification-mark';
const VISUALFOODIE_UL = 'https://visualfoodie.com/ul-online-certification-directory-markings-guide';
const UL_PRODUCT_IQ = 'https://productiq.ulprospector.com/';

const LIGHTCORP_ETL = 'https://lightcorp.com/etl-listed-mark-frequently-asked-questions';
const MOTIONLABS_FAQ = 'https://www.motionlabs.com/faqs/';
const ADVANTUS_ETL = 'https://advantus-wiki.azurewebsites.net/?p=39374';
const INTERTEK_DIRECTORIES = 'https://directories.intertek.com/';

// Only known over http (cert-facts.md R62).
const CSA_FAQ_OLD = 'http://www.csa.ca/cm/ca/en/consumers/frequently-asked-questions?tn=faqs-testing-and-certification';
const CSA_FAQ = 'https://www.csagroup.org/faq/';
const KEYENCE_MARKS = 'https://www.keyence.com/modal/products/certified_detail.jsp';
const STUDYLIB_CSA_US = 'https://studylib.net/doc/18032861/the-acceptance-of-the-csa-us-product-certification-mark';

const AIMTEC_CB = 'https://aimtec.com/4K1';
const JJRLAB_CB = 'https://jjrlab.com/news/how-to-choose-a-qualified-cb-certification-body.html';
// Only known over http (cert-facts.md R63c, R63d).
const NICE_CERT_CB = 'http://nice-cert.com/shenqingCBzhengshu.html?l=en';
const UL_ASIA_CB = 'http://www.ul-asia.com/news_nl/2005-Issue16/page8.htm';
const IECEE_CERTIFICATES = 'https://certificates.iecee.org/';

const BAUA_PRODSG_FAQ =
  'https://baua.de/EN/About-BAuA/Tasks/Statutory-and-official-functions/Product-safety-act/FAQ';
const DINCERTCO_GS =
  'https://www.dincertco.de/en/dincertco/ueber_uns_1/din_certco/wir_vergeben_folgende_zeichen/gs_zeichen_1/gs_zeichen.html';
const MEISTER_GS = 'https://meister-automation.de/glossar/gs-zeichen';
const REAKUC_GS = 'https://rea-kuc.de/support/glossar/g/gs';
// Only known over http (cert-facts.md R-zht).
const ZHT_GS = 'http://zht-lab.com.cn/english/services/show-497.html';

const ENERGYSTAR_THIRD_PARTY = 'https://www.energystar.gov/partner-resources/products_partner_resources/third-party-cert';
const ENERGYSTAR_CERTIFYING =
  'https://www.energystar.gov/partner_resources/products_partner_resources/brand_owner_resources/certifying_products';
const INCOMPLIANCE_ENERGYSTAR = 'https://incompliancemag.com/navigating-the-new-world-of-energy-star/';
const ENERGYSTAR_INTEGRITY =
  'https://www.energystar.gov/partner_resources/products_partner_resources/products_integrity';

/** The EU notified-body database, shared by the CE entry and the directives entry. */
const NANDO_REGISTRY: ClaimEntry['registries'][number] = {
  name: 'EU NANDO (notified bodies database)',
  url: NANDO,
  access: 'open',
  howTo:
    'Search the 4-digit number printed after CE and check the body is notified for that product law; withdrawn bodies stay listed with a note.',
};

const NANDO_SOURCE: Source = {
  url: SPILMA_NANDO,
  title: 'Spilma: choosing a notified body in NANDO',
  for: ['registries', 'howToVerify'],
};

export const productMarks: ClaimEntry[] = [
  {
    id: 'cb-scheme',
    name: 'IECEE CB Scheme (CB test certificate)',
    aliases: ['CB', 'CB Scheme', 'CB certificate', 'CB test certificate', 'CB test report', 'IECEE CB', 'CB认证'],
    kind: 'product-certification',
    summary:
      'An international exchange of electrical safety test results (IEC standards). Helps get national approvals; it is not a mark to sell with.',
    owner: 'IECEE, the IEC system for conformity assessment of electrical equipment.',
    issuer:
      'A National Certification Body (NCB) issues the CB Test Certificate, based on a CB Test Report from a recognised CB test lab (CBTL).',
    certifies:
      "A product type was tested to an IEC electrical safety standard. Other member countries' certification bodies can accept the certificate and report instead of testing again.",
    doesNotCertify:
      "Not a market mark: to sell in a country, the holder still applies to that country's certification body with the CB certificate and report (plus any national differences). Not a factory certificate. Each CB certificate covers one brand only (since 2006).",
    validity: 'Not stated in our sources; check the certificate in the IECEE search before relying on it.',
    askFor:
      'The CB Test Certificate number and the full CB Test Report, with the issuing NCB, the brand and the exact model.',
    howToVerify:
      'Search the certificate number on the IECEE certificate site (part of the certificate data is public since 2006). Check the holder, brand and model match the product you are buying.',
    registries: [
      {
        name: 'IECEE CB certificate search',
        url: IECEE_CERTIFICATES,
        access: 'open',
        howTo: 'Type the CB Test Certificate number and compare holder, brand and model.',
      },
    ],
    obsoleteVersions: [],
    redFlags: [
      {
        pattern: 'CB certificate for another brand or model',
        why: 'A CB certificate names one brand and specific models; it says nothing about a different brand or product.',
      },
      {
        pattern: '“CB mark” on the product',
        why: 'The CB Scheme is a test-certificate exchange, not a consumer mark; a “CB mark” on a product may be a misunderstanding (our sources do not confirm any such mark).',
      },
    ],
    markets: ['global', 'electronics'],
    sources: [
      { url: AIMTEC_CB, title: 'Aimtec: the IECEE CB Scheme explained', for: ['summary', 'owner', 'certifies'] },
      {
        url: JJRLAB_CB,
        title: 'JJR Lab: how to choose a qualified CB certification body',
        for: ['issuer', 'doesNotCertify', 'howToVerify', 'registries'],
      },
      { url: NICE_CERT_CB, title: 'NICE Cert: applying for a CB certificate', for: ['issuer', 'doesNotCertify'] },
      {
        url: UL_ASIA_CB,
        title: 'UL Asia newsletter (2005): one brand per CB certificate, public certificate data',
        for: ['doesNotCertify', 'howToVerify', 'redFlags'],
      },
    ],
  },
  {
    id: 'ce',
    name: 'CE marking',
    aliases: ['CE', 'CE mark', 'CE marking', 'Conformité Européenne', 'CE certification', 'CE认证'],
    kind: 'self-declared-marking',
    summary:
      'A marking the manufacturer puts on a product to declare it meets EU rules. Not a certificate, and never about a factory.',
    owner: 'The European Union: the EU product laws (directives and regulations) that require it, for the EU/EEA market.',
    issuer:
      'Nobody issues it. The manufacturer assesses the product, keeps a technical file, signs the EU declaration of conformity and affixes CE. A notified body takes part only for higher-risk products.',
    certifies:
      'The manufacturer declares that this product meets the EU laws that apply to it. For most low-risk electrical goods (low voltage, EMC, RoHS) this is a pure self-declaration (Module A). A notified body is needed only for higher-risk products such as gas appliances, medical devices, PPE categories II/III or ATEX equipment.',
    doesNotCertify:
      "Not third-party testing and not EU approval. Nothing about the factory, its management or other products. CE is not allowed on products that no CE law covers.",
    validity:
      'No expiry date: it is a declaration about one product, not a dated certificate. It covers only the laws and standards named in the declaration.',
    askFor:
      'The signed EU declaration of conformity for your model (it lists the directives/regulations, the standards and the notified-body number if any), the test reports from the technical file, the notified body certificate if one was involved, and the address of the EU importer or authorised representative.',
    howToVerify:
      'Read the declaration: it must name your model and be signed by the manufacturer. If a 4-digit number follows CE, look it up in NANDO and check the body is notified for that kind of product. A lab “CE certificate” proves nothing on its own: ask for the test reports behind it.',
    registries: [NANDO_REGISTRY],
    obsoleteVersions: [],
    redFlags: [
      {
        pattern: '“CE certified factory”',
        why: 'CE is a marking on a product, declared by its manufacturer. There is no CE certificate for a factory.',
      },
      {
        pattern: '“CE certificate” from a test lab',
        why: 'A lab “Certificate of Compliance” or “Verification of Conformity” has no legal value unless the lab is a notified body acting for that product. For PPE, certificates from institutes outside the EU/EEA, Switzerland and Turkey are not a valid basis for CE.',
      },
      {
        pattern: 'CE + 4 digits not in NANDO, or outside the body’s scope',
        why: 'The number must belong to a notified body notified for that product. Numbers of bodies not notified for the product have been found on PPE.',
      },
      {
        pattern: '“China Export” look-alike mark',
        why: 'Letters closer together than the real CE mark. The “China Export” story is called a misconception, but a mark with the wrong proportions does not comply either way.',
      },
      {
        pattern: 'Old directive numbers on the declaration',
        why: '2004/108/EC, 2006/95/EC and 1999/5/EC were replaced in 2016; a new declaration citing them is outdated (see EMC / LVD / RED).',
      },
    ],
    markets: ['eu', 'uk'],
    sources: [
      {
        url: EC_CE_MANUFACTURERS,
        title: 'European Commission: CE marking, what manufacturers must do',
        for: ['summary', 'owner', 'issuer', 'certifies', 'doesNotCertify', 'askFor', 'redFlags', 'markets'],
      },
      {
        url: EURONORM_NB_DIGITS,
        title: 'Euronorm: the four digits next to the CE mark',
        for: ['certifies', 'howToVerify', 'redFlags'],
      },
      { url: CERTIFIGROUP_NB, title: 'Certifigroup: does your CE mark need a 4-digit number?', for: ['issuer', 'certifies'] },
      { url: CECHECK_NB, title: 'CE check: notified bodies and NANDO', for: ['howToVerify', 'registries'] },
      {
        url: ESF_PPE_CERTS,
        title: 'European Safety Federation: suspicious certificates for PPE',
        for: ['askFor', 'redFlags'],
      },
      { url: CHINA_EXPORT_THREAD, title: 'Discussion of the “China Export” look-alike mark', for: ['redFlags'] },
      { url: INCOMPLIANCE_NEW_DIRECTIVES, title: 'In Compliance: new EU directives and notified bodies (2016)', for: ['redFlags'] },
      {
        url: YORKEMC_UKCA,
        title: 'York EMC: UK extends CE recognition indefinitely for 18 product areas',
        for: ['markets'],
      },
      NANDO_SOURCE,
    ],
  },
  {
    id: 'csa',
    name: 'CSA mark (CSA Group)',
    aliases: ['CSA', 'CSA certified', 'cCSAus', 'CSA C/US', 'CSA Group', 'Canadian Standards Association'],
    kind: 'product-certification',
    summary:
      "CSA Group's product safety certification, mainly for Canada; with C/US it also covers the US. Accepted like UL or ETL under the same standard.",
    owner: 'CSA Group (formerly the Canadian Standards Association).',
    issuer:
      "CSA Group's testing and certification division (CSA International), recognised by US OSHA as an NRTL and accredited by the Standards Council of Canada.",
    certifies:
      'The product was tested and certified to the applicable safety standard. “C/US” or “C-US” next to the mark shows compliance for both Canada and the US.',
    doesNotCertify:
      'Not a factory or management-system certificate: CSA tests and certifies products, so only the certified models are covered.',
    validity: 'Not stated in our sources; confirm with CSA Group that the certification is current.',
    askFor:
      "The CSA certification record for your exact model, a photo of the label with the mark, and the number CSA lists it under (reportedly the master contract number).",
    howToVerify:
      "Confirm the record with CSA Group. CSA reportedly keeps a certified-product listing searchable by master contract number; check the company and model match.",
    registries: [],
    obsoleteVersions: [],
    redFlags: [],
    markets: ['canada', 'us'],
    sources: [
      { url: CSA_FAQ_OLD, title: 'CSA: testing and certification FAQ', for: ['owner', 'issuer'] },
      { url: CSA_FAQ, title: 'CSA Group FAQ', for: ['owner', 'issuer', 'doesNotCertify'] },
      { url: KEYENCE_MARKS, title: 'Keyence: certification marks explained', for: ['certifies', 'markets'] },
      {
        url: STUDYLIB_CSA_US,
        title: 'The acceptance of the CSA-US product certification mark',
        for: ['summary', 'certifies', 'markets'],
      },
    ],
  },
  {
    id: 'emc-lvd-red',
    name: 'EMC, LVD and RED (EU directives behind CE)',
    aliases: [
      'EMC',
      'LVD',
      'RED',
      'CE-EMC',
      'CE-LVD',
      'CE RED',
      'EMC Directive',
      'Low Voltage Directive',
      'Radio Equipment Directive',
      '2014/30/EU',
      '2014/35/EU',
      '2014/53/EU',
    ],
    kind: 'regulation',
    summary:
      'EU laws a CE declaration cites: EMC 2014/30/EU, Low Voltage 2014/35/EU, Radio 2014/53/EU. Laws, not certificates; lab papers are test reports.',
    owner: 'The European Union.',
    issuer:
      'Nobody issues them. The manufacturer names the directives it meets in its EU declaration of conformity and affixes CE; labs issue test reports.',
    certifies:
      'Citing a directive means the manufacturer declares the product meets it. EMC: electromagnetic interference. LVD: electrical safety of equipment rated 50–1000 V AC or 75–1500 V DC. RED: radio equipment, which must also meet the LVD safety goals whatever its voltage.',
    doesNotCertify:
      'Not a certificate and not third-party approval. Battery products such as 12 V devices fall outside LVD unless sold with a mains adapter (radio products still meet its safety goals through RED).',
    validity:
      'No expiry. The current versions apply since 20 April 2016 (EMC, LVD) and 13 June 2016 (RED); declarations made since then must cite them.',
    askFor:
      'The EU declaration of conformity listing the current directive numbers that apply (2014/30/EU, 2014/35/EU, 2014/53/EU) and the standards used, plus the test report for each, naming your model.',
    howToVerify:
      'Check the declaration cites the current numbers and the right directives for the product (anything with a radio needs RED). Check each test report names your model. If a notified-body number appears, look it up in NANDO; most EMC/LVD products involve no notified body.',
    registries: [NANDO_REGISTRY],
    obsoleteVersions: [
      { version: '2004/108/EC', endedOn: '2016-04-20', replacedBy: 'EMC Directive 2014/30/EU' },
      { version: '2006/95/EC', endedOn: '2016-04-20', replacedBy: 'Low Voltage Directive 2014/35/EU' },
      { version: '1999/5/EC', endedOn: '2016-06-13', replacedBy: 'Radio Equipment Directive 2014/53/EU' },
    ],
    redFlags: [
      {
        pattern: 'Old directive numbers on a recent declaration',
        why: '2004/108/EC (EMC), 2006/95/EC (LVD) and 1999/5/EC (R&TTE) were replaced in 2016; the even older 89/336/EEC and 73/23/EEC long before. A recent declaration citing them is outdated or copied.',
      },
      {
        pattern: '“EMC certificate” / “LVD certificate” from a lab',
        why: 'A lab document for a directive is a test report, not CE certification; the manufacturer still has to declare conformity.',
      },
    ],
    markets: ['eu', 'electronics'],
    sources: [
      {
        url: INCOMPLIANCE_NEW_DIRECTIVES,
        title: 'In Compliance: new EU directives and their impact on notified bodies',
        for: ['summary', 'validity', 'obsoleteVersions', 'redFlags'],
      },
      { url: ICS_LVD, title: 'ICS: the Low Voltage Directive 2014/35/EU', for: ['certifies', 'doesNotCertify'] },
      {
        url: F2LABS_LVD,
        title: 'F2 Labs: compliance with the Low Voltage Directive 2014/35/EU, Annex I',
        for: ['certifies', 'doesNotCertify'],
      },
      {
        url: ESF_PPE_CERTS,
        title: 'European Safety Federation: suspicious certificates for PPE',
        for: ['redFlags'],
      },
      { url: CECHECK_NB, title: 'CE check: notified bodies and NANDO', for: ['howToVerify', 'registries'] },
      NANDO_SOURCE,
    ],
  },
  {
    id: 'energy-star',
    name: 'ENERGY STAR',
    aliases: ['Energy Star', 'ENERGY STAR', 'EnergyStar', '能源之星'],
    kind: 'product-certification',
    summary:
      'US EPA energy-efficiency label. A model must be tested in an EPA-recognised lab, certified by an EPA-recognised body, then listed.',
    owner: 'US Environmental Protection Agency (EPA).',
    issuer: 'An EPA-recognised certification body, based on tests in an EPA-recognised lab.',
    certifies:
      'A specific model meets the ENERGY STAR efficiency requirements for its product type. EPA also buys products off the shelf for verification testing and can disqualify models.',
    doesNotCertify:
      "Not safety, not the factory, and not a brand's other models. Self-declaration no longer counts: third-party certification has been required since around 2011.",
    validity: 'Per model, for as long as it stays listed; a model can be disqualified after verification testing.',
    askFor: 'The brand and exact model number as listed by ENERGY STAR, and the name of the certification body.',
    howToVerify:
      "Look the model up in ENERGY STAR's certified-products list (Product Finder) on energystar.gov. It lists only models sold in the US or Canada, so an export-only model may be missing.",
    registries: [],
    obsoleteVersions: [],
    redFlags: [
      {
        pattern: 'ENERGY STAR logo on a model missing from the certified list',
        why: 'Every ENERGY STAR product is certified and then listed. A US/Canada model that is not listed should not carry the label.',
      },
    ],
    markets: ['us', 'canada'],
    sources: [
      {
        url: ENERGYSTAR_THIRD_PARTY,
        title: 'ENERGY STAR: third-party certification',
        for: ['summary', 'owner', 'issuer', 'certifies'],
      },
      {
        url: ENERGYSTAR_CERTIFYING,
        title: 'ENERGY STAR: certifying products (brand owners)',
        for: ['issuer', 'askFor', 'howToVerify', 'redFlags', 'markets'],
      },
      { url: INCOMPLIANCE_ENERGYSTAR, title: 'In Compliance: navigating the new world of ENERGY STAR', for: ['doesNotCertify'] },
      { url: ENERGYSTAR_INTEGRITY, title: 'ENERGY STAR: product integrity (verification testing)', for: ['certifies', 'validity'] },
    ],
  },
  {
    id: 'etl',
    name: 'ETL Listed Mark (Intertek)',
    aliases: ['ETL', 'ETL Listed', 'ETL mark', 'cETLus', 'ETL-SEMKO', 'Intertek ETL'],
    kind: 'product-certification',
    summary:
      "Intertek's product safety listing mark for the US and Canada, legally equivalent to UL or CSA listing. Check the listing with Intertek.",
    owner: 'Intertek, recognised by US OSHA as an NRTL and accredited by the Standards Council of Canada.',
    issuer: 'Intertek.',
    certifies:
      'The product was tested by Intertek to the applicable North American safety standard, and the manufacturer accepts periodic follow-up inspections of the factory. “C” and “US” next to the mark show Canadian and US standards.',
    doesNotCertify:
      "Not a rating of the factory's quality system, and not models that were not tested. It is not a UL mark, but it is accepted the same way.",
    validity: 'Kept up by periodic follow-up inspections at the factory.',
    askFor: 'The exact model, a photo of the label with the ETL mark and its control number, and the listing Intertek holds for it.',
    howToVerify:
      "Look the product up in Intertek's online directories (reportedly searchable by control number) and check the manufacturer and model match; if it is not there, ask Intertek.",
    registries: [
      {
        name: 'Intertek directories',
        url: INTERTEK_DIRECTORIES,
        access: 'open',
        howTo: 'Search for the manufacturer or product and compare the listed models (a search by control number is reportedly possible).',
      },
    ],
    obsoleteVersions: [],
    redFlags: [],
    markets: ['us', 'canada'],
    sources: [
      {
        url: LIGHTCORP_ETL,
        title: 'Lightcorp: ETL Listed Mark FAQ',
        for: ['summary', 'owner', 'issuer', 'certifies', 'doesNotCertify', 'validity'],
      },
      { url: MOTIONLABS_FAQ, title: 'Motion Labs FAQ (ETL listing)', for: ['owner', 'certifies', 'markets'] },
      { url: ADVANTUS_ETL, title: 'Advantus wiki: C and US marks', for: ['certifies', 'markets'] },
    ],
  },
  {
    id: 'fcc',
    name: 'FCC equipment authorization (FCC ID / SDoC)',
    aliases: [
      'FCC',
      'FCC ID',
      'FCC Part 15',
      'FCC Part 15B',
      'FCC Part 15C',
      'FCC SDoC',
      'FCC certified',
      'FCC certification',
      'FCC认证',
    ],
    kind: 'product-certification',
    summary:
      'US authorization for electronics that emit radio energy. Radios (Wi-Fi, Bluetooth) need an FCC ID grant; other devices use a self-declaration (SDoC).',
    owner: 'US Federal Communications Commission (FCC); rules in 47 CFR Part 2, Subpart J.',
    issuer:
      'Certification route: a Telecommunication Certification Body (TCB) grants the FCC ID after tests at an FCC-recognised accredited lab. SDoC route: no grant; a responsible party located in the US declares compliance.',
    certifies:
      "A device's radio-frequency emissions meet FCC rules. Transmitters (Wi-Fi, Bluetooth and other intentional radiators) go through Certification and get an FCC ID listed in the FCC's public database. Most other electronics (unintentional radiators) use SDoC.",
    doesNotCertify:
      'Only radio-frequency rules, not electrical or fire safety, and nothing about the factory. An SDoC device has no FCC ID and is not listed by the FCC.',
    validity:
      'Per model, not per factory. Since 2 November 2017 the self-declaration route is called SDoC; it replaced “Verification” and “Declaration of Conformity”.',
    askFor:
      'For radio products: the FCC ID from the label (grantee code + product code, e.g. 2ABCD-XYZ123). For other electronics: the SDoC, the test report from an accredited lab for your model, and the name and address of the US responsible party.',
    howToVerify:
      "Search the FCC ID in the FCC's equipment authorization search. Check the grantee is the supplier or its brand, and that the photos and test reports filed there show your product. SDoC devices cannot be looked up: check the test report names your model.",
    registries: [
      {
        name: 'FCC equipment authorization search (EAS)',
        url: FCC_EAS_SEARCH,
        access: 'open',
        howTo: 'Enter the grantee code (first 3 or 5 characters) and the product code of the FCC ID.',
      },
      {
        name: 'fccid.io (unofficial mirror of FCC filings)',
        url: 'https://fccid.io/',
        urlTemplate: 'https://fccid.io/{number}',
        access: 'open',
        howTo: 'Open the FCC ID to see the grant, photos and test reports; confirm anything important on the FCC site.',
      },
    ],
    obsoleteVersions: [
      { version: 'FCC DoC', endedOn: '2017-11-02', replacedBy: "Supplier's Declaration of Conformity (SDoC)" },
      { version: 'FCC Verification', endedOn: '2017-11-02', replacedBy: "Supplier's Declaration of Conformity (SDoC)" },
    ],
    redFlags: [
      {
        pattern: '“FCC DoC” or “FCC Verification” on documents after Nov 2017',
        why: 'Both routes were replaced by SDoC on 2 November 2017. The wording suggests old paperwork reused.',
      },
      {
        pattern: '“FCC certificate” from a lab for a Wi-Fi or Bluetooth product, with no FCC ID',
        why: 'Radio transmitters need an FCC ID grant; a lab “certificate” without an FCC ID may not be an authorization at all.',
      },
      {
        pattern: 'FCC ID registered to a different company',
        why: 'It may be the ID of a radio module reused on the finished product, which is allowed only under the FCC modular-approval rules, or an ID borrowed from another product.',
      },
    ],
    markets: ['us', 'us-retail', 'amazon', 'electronics'],
    sources: [
      {
        url: FCCLABS_EA,
        title: 'FCC Labs: equipment authorization procedures and labelling',
        for: ['summary', 'owner', 'issuer', 'certifies', 'askFor', 'howToVerify'],
      },
      { url: MARKREADY_FCC, title: 'MarkReady: FCC equipment authorization', for: ['owner', 'issuer', 'certifies'] },
      {
        url: CELECTRONICS_SDOC,
        title: "CE Electronics: Supplier's Declaration of Conformity (SDoC) guide",
        for: ['validity', 'obsoleteVersions', 'redFlags'],
      },
      { url: SPILMA_FCC_ID, title: 'Spilma: FCC ID, grantee code and TCB', for: ['askFor'] },
      { url: FCCID_REPORT_FORMAT, title: 'fccid.report: FCC ID format (grantee and product code)', for: ['askFor', 'registries'] },
      { url: LENHARDT_FCC_ID, title: 'IB Lenhardt: the FCC ID (no ID under SDoC)', for: ['doesNotCertify', 'howToVerify'] },
    ],
  },
  {
    id: 'gs-mark',
    name: 'GS mark (Geprüfte Sicherheit)',
    aliases: ['GS', 'GS mark', 'GS-Zeichen', 'TÜV GS', 'Geprüfte Sicherheit', 'Germany Safety'],
    kind: 'product-certification',
    summary:
      "Voluntary German 'tested safety' mark: a type test of the product plus factory checks by a ZLS-approved GS body. Valid up to 5 years.",
    owner: 'German Product Safety Act (ProdSG §§20–23). GS bodies are approved by ZLS; BAuA publishes the list.',
    issuer: 'A GS body approved by ZLS (for example a TÜV or DIN CERTCO), whose name appears with the mark.',
    certifies:
      'A type examination of the ready-to-use product for safety, plus checks of its manufacture (factory inspection, usually once a year).',
    doesNotCertify:
      'Not an all-round quality seal: nothing about performance or shelf life. Not the same as CE, and not required by law.',
    validity: 'At most 5 years, with factory inspections usually every year.',
    askFor:
      'The GS certificate (holder, product, model, GS body and expiry date) and the name of the GS body shown with the mark.',
    howToVerify:
      "Check the GS body is on BAuA's list of ZLS-approved GS bodies, then ask that body to confirm the certificate covers your model and is still valid.",
    registries: [],
    obsoleteVersions: [],
    redFlags: [
      {
        pattern: '“GS” meaning “Germany Safety”',
        why: 'GS stands for Geprüfte Sicherheit (“tested safety”). The misreading suggests the seller may not know what the certificate covers.',
      },
      {
        pattern: 'Bare “GS” on an Alibaba page',
        why: 'On Alibaba “GS” usually means Gold Supplier, a paid membership, not the German safety mark.',
      },
    ],
    markets: ['eu'],
    sources: [
      {
        url: BAUA_PRODSG_FAQ,
        title: 'BAuA: Product Safety Act FAQ (GS mark)',
        for: ['summary', 'owner', 'issuer', 'certifies', 'doesNotCertify', 'howToVerify'],
      },
      { url: DINCERTCO_GS, title: 'DIN CERTCO: the GS mark', for: ['owner', 'issuer'] },
      { url: MEISTER_GS, title: 'Meister Automation glossary: GS-Zeichen', for: ['validity'] },
      { url: REAKUC_GS, title: 'REA-KUC glossary: GS', for: ['validity'] },
      { url: ZHT_GS, title: 'ZHT Lab: GS mark service', for: ['redFlags'] },
    ],
  },
  {
    id: 'ukca',
    name: 'UKCA marking',
    aliases: ['UKCA', 'UK CA', 'UKCA mark', 'UK Conformity Assessed', 'UKNI'],
    kind: 'self-declared-marking',
    summary:
      "Great Britain's conformity marking (since 2021), the UK counterpart to CE. CE is still accepted in GB for many product areas.",
    owner: 'The UK government (Great Britain’s product rules).',
    issuer:
      'The manufacturer declares conformity and applies it. Where the rules need third-party assessment, a UK Approved Body takes part.',
    certifies:
      'The manufacturer declares the product meets the rules that apply in Great Britain (England, Scotland and Wales).',
    doesNotCertify:
      'Not a factory certificate and not government approval. Northern Ireland follows EU rules and recognises CE; a UKNI mark is reportedly used there next to CE when a UK body did the assessment.',
    validity:
      'No expiry; in use since 1 January 2021. CE stays accepted in GB indefinitely for 18 product areas (toys, low voltage, EMC, radio, machinery, PPE and others; announced 1 Aug 2023). For construction products the 30 June 2025 cut-off was revoked on 2 Sept 2024. Medical devices follow a separate MHRA timetable.',
    askFor:
      "The UK declaration of conformity for your model with the test reports behind it, plus the UK Approved Body's certificate where third-party assessment applies. If the supplier relies on CE instead, the EU declaration.",
    howToVerify:
      'Read the UK declaration: it should name your model, the GB regulations and the standards. For many product areas a CE declaration is still accepted in GB, so ask which one the supplier relies on.',
    registries: [],
    obsoleteVersions: [],
    redFlags: [],
    markets: ['uk'],
    sources: [
      {
        url: YORKEMC_UKCA,
        title: 'York EMC: UK extends CE recognition indefinitely for 18 product areas',
        for: ['summary', 'owner', 'validity'],
      },
      {
        url: LEWISSILKIN_UKCA,
        title: 'Lewis Silkin: businesses can use the CE mark indefinitely',
        for: ['summary', 'doesNotCertify', 'validity'],
      },
      {
        url: OSBORNECLARKE_UKCA,
        title: 'Osborne Clarke: indefinite CE recognition in the GB market',
        for: ['summary', 'certifies', 'validity', 'markets'],
      },
      { url: ADCAS_CPR, title: 'ADCAS: CE marking deadline for construction products revoked', for: ['validity'] },
      { url: GOVUK_CPR, title: 'GOV.UK: construction products regulation in Great Britain', for: ['issuer', 'validity'] },
    ],
  },
  {
    id: 'ul',
    name: 'UL (Listed / Recognized / Classified)',
    aliases: ['UL', 'UL Listed', 'UL Recognized', 'UL Classified', 'UL certified', 'UL Certified mark', 'cUL', 'cULus', 'UL认证'],
    kind: 'product-certification',
    summary:
      "UL Solutions safety certification. 'Listed' is a complete product; 'Recognized' (RU) only a component. Check the E-file number in UL Product iQ.",
    owner: 'UL Solutions, a testing and certification company recognised by US OSHA as an NRTL.',
    issuer: 'UL Solutions.',
    certifies:
      'Listed: a complete, stand-alone product tested to a safety standard. Recognized (component mark “RU”): a component, incomplete or restricted in use, meant to go inside an end product. Classified: evaluated only for specific properties or hazards. Certified makers get unannounced follow-up factory inspections.',
    doesNotCertify:
      "A Recognized component does not make the finished product Listed. A File Number is a manufacturer's record, not proof for every model it makes: your model has to be in it.",
    validity: 'Kept up by unannounced follow-up inspections at the factory; check the listing is current in Product iQ.',
    askFor:
      'The UL File Number (E + 6 digits, e.g. E123456), the exact model, and a photo of the label showing the mark, the control number and the issue number. The newer UL Certified mark also carries a unique ID.',
    howToVerify:
      'Search the File Number in UL Product iQ (free login; it replaced the Online Certifications Directory). Check the company matches, your model is listed, and whether it is Listed or only Recognized.',
    registries: [
      {
        name: 'UL Product iQ',
        url: UL_PRODUCT_IQ,
        access: 'login',
        howTo: 'Sign in (free), then search the File Number (E + 6 digits) or the company name.',
      },
    ],
    obsoleteVersions: [],
    redFlags: [
      {
        pattern: '“UL Listed” / “UL certified” product with only the RU component mark',
        why: 'Recognized is not Listed: the RU mark covers a part for use inside another product, not the finished product.',
      },
      {
        pattern: 'UL File Number of another company, or for one part only',
        why: 'Numbers are reused from other firms, or cover only a part such as the power cord; check the holder and the model in Product iQ.',
      },
    ],
    markets: ['us', 'canada', 'us-retail', 'electronics'],
    sources: [
      {
        url: ENGINEERFIX_UL_ISSUE,
        title: 'EngineerFix: how to search a UL issue number',
        for: ['askFor', 'howToVerify', 'registries'],
      },
      {
        url: HAMMOND_UL,
        title: 'Hammond Power Solutions: UL Listed vs UL Recognized',
        for: ['summary', 'certifies', 'doesNotCertify', 'redFlags'],
      },
      { url: ENGINEERFIX_UL_LISTED, title: 'EngineerFix: how to tell if something is UL listed', for: ['owner', 'certifies', 'validity'] },
      { url: UL_ENHANCED_MARK, title: "UL: Q&A on UL's Enhanced Certification Mark", for: ['askFor', 'markets'] },
      { url: VISUALFOODIE_UL, title: 'Visual Foodie: UL directory markings guide', for: ['redFlags'] },
    ],
  },
];
