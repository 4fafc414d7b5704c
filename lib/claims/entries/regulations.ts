import type { ClaimEntry } from '../schema';

/**
 * Laws and registrations that suppliers present as certificates (issue #3): RoHS, REACH, the US
 * CPSC certificates, FDA registration, LFGB, Prop 65 and EU ecodesign. The line every entry has
 * to hold: a law is not a certificate, and nobody but the issuer named here can issue what it
 * requires (for a CPC that is the importer, for FDA registration nobody at all).
 * Facts come from shared/domain/cert-facts.md §4/§7 and registries-and-ux.md §2; facts the fact
 * sheet marks [unsourced] are left out or worded "reportedly"/"may". Sorted by id.
 */

// --- Sources (cert-facts.md §10) ---
const CPSC_TESTING = 'https://cpsc.gov/Business--Manufacturing/Testing-Certification';
const DEESEV_CPC = 'https://deesev.com/en/common/620.html';
const JJRLAB_CPC_AMAZON = 'https://jjrlab.com/news/cpc-and-gcc-certificate-regulations-on-amazon.html';
const ITT_EFILING =
  'https://internationaltradetoday.com/article/2025/01/07/cpsc-sets-july-2026-and-january-2027-for-phased-effective-dates-of-new-efiling-rule-2501070032';
const KHLAW_EFILING = 'https://www.khlaw.com/insights/your-business-prepared-cpsc-efiling';
const FOLEY_EFILING = 'https://www.foley.com/?p=120147';
const EATSIP_CPC = 'https://eatsip365.com/understanding-the-cpc-certification-verification';

const SPILMA_ERP = 'https://www.spilma.com/en/guides/erp-ecodesign-energy-efficiency';
const ZATISFY_ERP = 'https://www.zatisfy-international.com/about-ce-marking/ecodesign-erp/';
const CLIMATECOPILOT_ESPR =
  'https://www.climatecopilot.io/policies/08c84cddc311ce37ff91dcb17af0fcbc6da83f7ab747ea7dc275489ed71dd711-eco-design-directive-2009125ec-establishing-a-framework-for-the-setting-of-ecodesign-requirements-for-energy-related-products-recast';

// An archived copy of the FDA's own "FDA in Brief" page (cert-facts.md R68).
const FDA_BRIEF_CERTIFICATES =
  'https://public4.pagefreezer.com:443/content/FDA/08-02-2022T03:01/https://www.fda.gov/news-events/fda-brief/fda-brief-fda-calls-certain-firms-stop-producing-and-issuing-misleading-fda-registration';
const DEMOS_FDA = 'https://demos-global.com/en/fda-asks-companies-to-stop-issuing-misleading-registration-certificates';
const POLITIFACT_FDA = 'https://api.politifact.com/article/2025/oct/29/FDA-regulation-terminology-what-it-means';
const SWIRLZ_FFR = 'https://swirlzcupcakes.com/lifehacks/how-do-i-renew-my-food-facility-registration';
const FDAHELP_FFR = 'https://fdahelp.us/fda-food-facility-re-registration.html';
const FDALAWBLOG = 'https://www.thefdalawblog.com/2021/03/fda-warns-against-use-of-registration-certificates-it-dont-mean-a-thing/';

const ELEMENT_LFGB = 'https://element-testing.com/653.html';
const ANBOTEK_LFGB = 'https://www.anbotek.com/lfgb/';
// Only known over http (cert-facts.md R77c, R77d).
const CPSCTEST_LFGB = 'http://www.cpsc-test.com/en/Productview.asp?id=438';
const HANDELSKAMMER_GLASS_FORK =
  'http://www.handelskammer.se/vara-tjanster/miljorapportering/symbolguiden/glaset-och-gaffeln';
const HELPMAN_FOOD_SYMBOL = 'https://www.help-man.cz/oznaceni/food-safe-symbol/';

const P65_FAQ = 'https://www.p65warnings.ca.gov/businesses/frequently-asked-questions-businesses';
const SOURCEINTELLIGENCE_P65 =
  'https://help.sourceintelligence.com/en/articles/5059217-do-i-have-to-warn-under-prop-65-if-there-is-no-exposure';
const EATSIP_P65 = 'https://eatsip365.com/when-a-prop-65-certification-is-required';
const ACTENVIRO_P65 =
  'https://www.actenviro.com/2018/07/26/alert-make-sure-your-business-meets-new-ca-prop-65-signage-safe-harbor-requirements/';

const BMK_SVHC =
  'https://www.bmk.gv.at/en/topics/climate-environment/chemicals-policy-biocide/eu/reach/substances-high-concern.html';
const GFPS_STEWARDSHIP = 'https://gfps.com/com/en/about-us/product-stewardship.html';
const NEXREG_CANDIDATE_LIST = 'https://nexreg.com/oct-29-eu-reach-candidate-list-of-substances-of-very-high-concern?amp=1';

const UL_ROHS_PHTHALATES = 'https://www.ul.com/news/european-union-four-new-hazardous-substances-will-be-banned-july';
// Only known over http (cert-facts.md R65b).
const CIRS_ROHS = 'http://en.cirs-ck.com/news/industry-news/electronic-products/7013.html';
const QUALCOMM_ROHS3 = 'https://rffe.qualcomm.com/en/1941984/company/environmental-protection/rohs-iii';
// Lab "certificates" with no legal value (cert-facts.md R57).
const ESF_PPE_CERTS = 'https://www.eu-esf.org/covid-19/4513-covid-19-suspicious-certificates-for-ppe';

export const regulations: ClaimEntry[] = [
  {
    id: 'cpc',
    name: 'CPC / GCC (US CPSC product certificates)',
    aliases: [
      'CPC',
      "Children's Product Certificate",
      'GCC',
      'General Certificate of Conformity',
      'CPSC',
      'CPSIA',
      'CPSC certificate',
    ],
    kind: 'self-declared-marking',
    summary:
      'A certificate the US importer (or US maker) issues itself for goods under CPSC rules. For children’s products (CPC) it needs CPSC-accepted lab tests.',
    owner: 'US Consumer Product Safety Commission (CPSC) rules.',
    issuer:
      'For goods made abroad, the US importer; for goods made in the US, the manufacturer. Labs test but do not issue the CPC, and no government agency issues either certificate.',
    certifies:
      "CPC (Children's Product Certificate): a product for children aged 12 or under meets the CPSC rules that apply, based on tests by a CPSC-accepted third-party lab. GCC (General Certificate of Conformity): a general-use product meets the CPSC rules that apply to it.",
    doesNotCertify:
      'Not a CPSC approval: the CPSC does not certify or approve products. A foreign supplier cannot give you a valid CPC for goods you import: the importer issues it and carries the responsibility.',
    validity:
      'Per product, based on its test reports. Since 8 July 2026 importers must eFile the certificate data in CBP’s ACE system at entry (foreign-trade-zone entries from 8 January 2027), with no de minimis exemption.',
    askFor:
      'The test report from a CPSC-accepted lab naming your exact product and model, the lab’s name, and the CPSC rules tested. You then issue the CPC (or GCC) yourself; a lab may help draft it.',
    howToVerify:
      'Check the lab is on the CPSC list of accepted labs for the rules tested (cpsc.gov), and that the report matches your product and model. Amazon asks for a CPC for children’s products.',
    registries: [
      {
        name: 'CPSC testing and certification (accepted-lab list)',
        url: CPSC_TESTING,
        access: 'open',
        howTo: 'Follow the link to the CPSC-accepted lab search and check the lab is accepted for the rules on your report.',
      },
    ],
    obsoleteVersions: [],
    redFlags: [
      {
        pattern: '“CPSC certified” / “CPSC approved”',
        why: 'The CPSC certifies and approves nothing; certificates are issued by the importer or US manufacturer.',
      },
      {
        pattern: 'CPC “issued by” a lab or a foreign supplier',
        why: 'The US importer issues the CPC for foreign-made goods. A lab may test and draft, but the importer bears the responsibility.',
      },
      {
        pattern: 'Test lab not accepted by the CPSC for that rule',
        why: 'A CPC must rest on tests by a CPSC-accepted lab for the specific rule; other lab reports may not count.',
      },
    ],
    markets: ['us', 'us-retail', 'amazon', 'toys-children'],
    sources: [
      {
        url: CPSC_TESTING,
        title: 'CPSC: testing and certification',
        for: ['summary', 'owner', 'issuer', 'certifies', 'howToVerify', 'registries'],
      },
      { url: DEESEV_CPC, title: 'Deesev: CPC explained (who issues it)', for: ['issuer', 'doesNotCertify', 'redFlags'] },
      {
        url: JJRLAB_CPC_AMAZON,
        title: 'JJR Lab: CPC and GCC certificate rules on Amazon',
        for: ['issuer', 'doesNotCertify', 'howToVerify', 'redFlags', 'markets'],
      },
      { url: ITT_EFILING, title: 'International Trade Today: CPSC eFiling dates (July 2026, January 2027)', for: ['validity'] },
      { url: KHLAW_EFILING, title: 'Keller and Heckman: is your business prepared for CPSC eFiling?', for: ['validity'] },
      { url: FOLEY_EFILING, title: 'Foley: CPSC eFiling rule', for: ['validity'] },
      { url: EATSIP_CPC, title: 'Understanding CPC certification verification', for: ['redFlags'] },
    ],
  },
  {
    id: 'erp-ecodesign',
    name: 'ErP / Ecodesign (EU energy-related products)',
    aliases: ['ErP', 'Ecodesign', 'Eco-design', 'ESPR', 'EPREL', 'energy label', '2009/125/EC', '(EU) 2024/1781', '欧盟ErP'],
    kind: 'regulation',
    summary:
      "EU energy-efficiency and design rules per product group, declared under CE. An 'ErP certificate' is a lab report, not an approval.",
    owner:
      'The European Union: Ecodesign Directive 2009/125/EC, now replaced by the Ecodesign for Sustainable Products Regulation (EU) 2024/1781 (ESPR); energy labels under Regulation (EU) 2017/1369.',
    issuer: 'Nobody certifies: the manufacturer declares compliance as part of CE. Labs issue test reports.',
    certifies:
      'The product meets the ecodesign regulation written for its product group, and where an energy label applies, its label data is registered in the EU EPREL database.',
    doesNotCertify:
      'Not a certificate or approval, and nothing about the factory. The requirements sit in product-specific regulations; naming the framework directive alone says little.',
    validity:
      'No certificate validity. Directive 2009/125/EC was repealed by ESPR from 18 July 2024, but parts of it still apply to some product groups (for some until 31 December 2026).',
    askFor:
      'The EU declaration of conformity naming the ecodesign regulation for your product group, the test report for your model, and, if an energy label applies, its EPREL registration.',
    howToVerify:
      'Check the declaration names the regulation for your product group and the test report matches your model. For labelled products, look for the model in EPREL.',
    registries: [],
    obsoleteVersions: [],
    redFlags: [
      {
        pattern: '“ErP certificate”',
        why: 'Ecodesign is a regulation the manufacturer declares under CE; a lab’s “ErP certificate” is a test report, not an approval.',
      },
    ],
    markets: ['eu', 'electronics'],
    sources: [
      {
        url: SPILMA_ERP,
        title: 'Spilma: ErP / ecodesign and energy efficiency',
        for: ['summary', 'owner', 'certifies', 'askFor', 'howToVerify'],
      },
      { url: ZATISFY_ERP, title: 'Zatisfy: ecodesign (ErP) and CE marking', for: ['issuer', 'certifies', 'doesNotCertify'] },
      {
        url: CLIMATECOPILOT_ESPR,
        title: 'Climate Copilot: Ecodesign Directive 2009/125/EC and its repeal by ESPR',
        for: ['owner', 'validity'],
      },
    ],
  },
  {
    id: 'fda-registration',
    name: 'FDA registration / listing',
    aliases: [
      'FDA',
      'FDA registered',
      'FDA registration',
      'FDA listed',
      'FDA approved',
      'FDA certified',
      'FEI number',
      'FFR',
      'FDA认证',
    ],
    kind: 'registration',
    summary:
      "A firm gave the US FDA its details (registration/listing). It is not an approval, and the FDA issues no registration certificates.",
    owner: 'US Food and Drug Administration (FDA).',
    issuer:
      'Nobody issues a certificate: the firm registers itself with the FDA. Any “FDA registration certificate” comes from a private agent, not from the FDA.',
    certifies:
      'Only that the firm submitted its facility information to the FDA (for medical devices, also its product listing). Food facilities must register before they operate.',
    doesNotCertify:
      'Not FDA approval, clearance or certification of the firm or its products. “FDA approved” applies to drugs, biologics, high-risk (PMA) devices and food additives, never to a factory; many devices are “cleared” through 510(k) instead.',
    validity:
      'Food facilities renew every two years, between 1 October and 31 December of each even-numbered year; expired registrations are removed. Device establishments reportedly renew yearly.',
    askFor:
      'The registration or FEI number with the exact firm name and address; for medical devices also the device listing and any 510(k) or PMA number.',
    howToVerify:
      "For devices, search the FDA's public Establishment Registration & Device Listing database and the 510(k)/PMA databases. Food facility registrations are reportedly not publicly searchable. Ignore any “certificate of registration” document: it proves nothing.",
    registries: [],
    obsoleteVersions: [],
    redFlags: [
      {
        pattern: '“FDA approved” on masks, gloves, kitchenware or a factory',
        why: 'The FDA approves drugs, biologics, high-risk devices and food additives, not factories or ordinary goods; a registration is not an approval.',
      },
      {
        pattern: '“FDA certificate” / “FDA certified factory”',
        why: 'The FDA issues no registration certificates; in March 2021 it wrote to 25 firms telling them to stop issuing such “FDA registration certificates”.',
      },
      {
        pattern: 'FDA logo on the product or certificate',
        why: 'Using the FDA logo suggests FDA endorsement and can make a product misbranded.',
      },
    ],
    markets: ['us', 'food', 'medical'],
    sources: [
      {
        url: FDA_BRIEF_CERTIFICATES,
        title: 'FDA in Brief: FDA calls on firms to stop issuing misleading “FDA registration certificates” (archived)',
        for: ['summary', 'issuer', 'certifies', 'doesNotCertify', 'howToVerify', 'redFlags'],
      },
      { url: DEMOS_FDA, title: 'Demos Global: FDA asks firms to stop issuing registration certificates', for: ['issuer', 'redFlags'] },
      { url: POLITIFACT_FDA, title: 'PolitiFact: what FDA regulation terms mean (approved, cleared, registered)', for: ['doesNotCertify', 'redFlags'] },
      { url: SWIRLZ_FFR, title: 'How to renew a food facility registration', for: ['certifies', 'validity'] },
      { url: FDAHELP_FFR, title: 'FDA food facility re-registration', for: ['validity'] },
      { url: FDALAWBLOG, title: "FDA Law Blog: registration certificates don't mean a thing", for: ['redFlags'] },
    ],
  },
  {
    id: 'lfgb',
    name: 'LFGB (German food and consumer goods law)',
    aliases: ['LFGB', 'LFGB certified', 'LFGB certificate', 'LFGB test', 'LMBG', '德国LFGB认证'],
    kind: 'regulation',
    summary:
      "Germany's food and consumer goods law, which also covers food-contact items. A law, not a certificate: labs issue test reports only.",
    owner:
      'German federal law (Lebensmittel-, Bedarfsgegenstände- und Futtermittelgesetzbuch), in force since September 2005, when it replaced the LMBG.',
    issuer: 'Nobody: there is no official LFGB certificate or mark. Labs issue test reports, and some sell them as “LFGB certificates”.',
    certifies:
      'An LFGB test report says a sample of a food-contact item was tested against German requirements (mainly §30, §31 and §33 of the law). The law sets no test programme itself; labs use BfR recommendations and EU rules.',
    doesNotCertify:
      'Not a certificate, approval or mark, and nothing about other batches or materials than the sample tested. The glass-and-fork symbol is the EU “for food contact” sign (Regulation (EC) 1935/2004), not an LFGB test mark.',
    validity: 'No certificate validity: a test report covers the sample tested on its date.',
    askFor:
      'The full lab test report: lab name, report number and date, the exact product and material tested, the tests applied and the results.',
    howToVerify:
      'Check the report names your product and material and is recent. Ask the lab to confirm the report number was issued to this supplier.',
    registries: [],
    obsoleteVersions: [],
    redFlags: [
      {
        pattern: '“LFGB certified” / “LFGB certificate”',
        why: 'LFGB is a law; there is no official LFGB certificate. What exists is a lab test report on a sample.',
      },
      {
        pattern: 'Knife-and-fork (glass-and-fork) symbol sold as an “LFGB mark”',
        why: 'The symbol only says “for food contact” under EU Regulation 1935/2004; it does not mean the item passed LFGB tests.',
      },
      {
        pattern: '“LMBG”',
        why: 'The LMBG was replaced by the LFGB in September 2005; paperwork citing it is old.',
      },
    ],
    markets: ['eu'],
    sources: [
      { url: ELEMENT_LFGB, title: 'Element: LFGB testing', for: ['summary', 'owner', 'certifies', 'redFlags'] },
      { url: ANBOTEK_LFGB, title: 'Anbotek: LFGB', for: ['owner', 'certifies'] },
      { url: CPSCTEST_LFGB, title: 'Lab page selling LFGB testing and “LFGB certificates”', for: ['issuer', 'redFlags'] },
      {
        url: HANDELSKAMMER_GLASS_FORK,
        title: 'Handelskammaren symbol guide: the glass and fork',
        for: ['doesNotCertify', 'redFlags'],
      },
      { url: HELPMAN_FOOD_SYMBOL, title: 'Help-man: the food-safe symbol', for: ['doesNotCertify', 'redFlags'] },
    ],
  },
  {
    id: 'prop-65',
    name: 'California Proposition 65',
    aliases: ['Prop 65', 'Prop65', 'CA Prop 65', 'California Prop 65', 'Proposition 65', '加州65'],
    kind: 'regulation',
    summary:
      'A California warning law for listed chemicals. There is no Prop 65 certificate: at most a lab report, or a warning label on the product.',
    owner: 'State of California (Safe Drinking Water and Toxic Enforcement Act of 1986).',
    issuer: 'Nobody certifies. Businesses decide whether they must warn; labs only test.',
    certifies:
      'Nothing. The law requires a “clear and reasonable” warning before exposing people in California to a listed chemical (over 900), unless exposure is below safe-harbour levels. Businesses with fewer than 10 employees are exempt.',
    doesNotCertify:
      'Not a certification, approval or safety test. A lab report with low levels can support a decision not to warn; it is not a “Prop 65 certificate”.',
    validity: 'No certificate, so no validity. Since 30 August 2018 the safe-harbour warning carries the ⚠ symbol and www.P65Warnings.ca.gov.',
    askFor:
      'A lab report for the listed chemicals relevant to your product and materials, or the exact warning text and label the product will carry.',
    howToVerify:
      'Check the test report names your product and the chemicals tested. If the product carries a warning, check it follows the 2018 format. Enforcement is largely through private lawsuits.',
    registries: [],
    obsoleteVersions: [],
    redFlags: [
      {
        pattern: '“Prop 65 certified” / “Prop 65 approved”',
        why: 'Prop 65 is a warning law; nobody certifies or approves products under it.',
      },
    ],
    markets: ['us'],
    sources: [
      {
        url: P65_FAQ,
        title: 'OEHHA P65Warnings: frequently asked questions for businesses',
        for: ['summary', 'owner', 'certifies', 'doesNotCertify', 'howToVerify'],
      },
      {
        url: SOURCEINTELLIGENCE_P65,
        title: 'Source Intelligence: do I have to warn under Prop 65 if there is no exposure?',
        for: ['certifies', 'doesNotCertify'],
      },
      { url: EATSIP_P65, title: 'When is a Prop 65 “certification” required?', for: ['issuer', 'redFlags', 'howToVerify'] },
      { url: ACTENVIRO_P65, title: 'ACTenviro: new Prop 65 safe-harbour warning requirements (2018)', for: ['validity'] },
    ],
  },
  {
    id: 'reach',
    name: 'REACH (EU chemicals regulation)',
    aliases: ['REACH', 'REACH SVHC', 'REACH compliant', 'REACH Annex XVII', 'SVHC', '1907/2006'],
    kind: 'regulation',
    summary:
      'EU chemicals law, Regulation (EC) 1907/2006. There is no REACH certificate; ask for an SVHC test that names the Candidate List version.',
    owner: 'The European Union; the European Chemicals Agency (ECHA) keeps the Candidate List and receives notifications.',
    issuer:
      'Nobody certifies. Labs issue test reports. REACH registration numbers belong to EU makers or importers of chemical substances, not to finished goods.',
    certifies:
      'For articles (finished goods): if a substance of very high concern (SVHC) on the Candidate List is above 0.1% by weight, the supplier must tell business customers, and consumers within 45 days on request. EU producers and importers must notify ECHA above 0.1% and 1 tonne a year. Annex XVII restrictions also apply.',
    doesNotCertify:
      'Not a certificate, approval or mark. An SVHC test report is only as current as the Candidate List version it used; the list is updated over time.',
    validity: 'No certificate validity. A test report covers the sample and the Candidate List version it names.',
    askFor:
      'A recent SVHC screening report for your product that names the Candidate List version or date, tests for the Annex XVII restrictions relevant to it, and the supplier’s written SVHC information for the article.',
    howToVerify:
      'Check the report names your product, states which Candidate List version it used, and is recent. A registration number, if quoted, is for a substance and is checked with ECHA.',
    registries: [],
    obsoleteVersions: [],
    redFlags: [
      {
        pattern: '“REACH certified” / “REACH certificate”',
        why: 'REACH is a regulation; there is no REACH certification. What exists is a lab test report on a sample.',
      },
      {
        pattern: 'A fixed SVHC count (e.g. “REACH 240 SVHC”)',
        why: 'The Candidate List keeps growing, so a report tested against an older list may not cover the current one.',
      },
    ],
    markets: ['eu', 'eu-retail'],
    sources: [
      {
        url: BMK_SVHC,
        title: 'Austrian ministry (BMK): REACH substances of very high concern',
        for: ['certifies'],
      },
      {
        url: GFPS_STEWARDSHIP,
        title: 'GF Piping Systems: product stewardship (REACH)',
        for: ['summary', 'owner', 'issuer', 'certifies', 'redFlags'],
      },
      {
        url: NEXREG_CANDIDATE_LIST,
        title: 'Nexreg: update of the REACH Candidate List of SVHCs',
        for: ['certifies', 'doesNotCertify', 'redFlags'],
      },
    ],
  },
  {
    id: 'rohs',
    name: 'RoHS (EU hazardous substances in electrical goods)',
    aliases: ['RoHS', 'ROHS', 'RoHS 2', 'RoHS 3', 'RoHS II', 'RoHS compliant', '2011/65/EU', '(EU) 2015/863'],
    kind: 'regulation',
    summary:
      'EU limits on 10 hazardous substances in electrical and electronic goods, self-declared under CE. There is no official RoHS certificate.',
    owner: 'The European Union: Directive 2011/65/EU (“RoHS 2”), amended by Delegated Directive (EU) 2015/863.',
    issuer:
      'Nobody: the manufacturer declares compliance (EU declaration of conformity, technical documentation, CE marking). Labs issue test reports.',
    certifies:
      'Each homogeneous material in the product stays under the limits for 10 substances: 0.1% by weight (cadmium 0.01%). Four phthalates (DEHP, BBP, DBP, DIBP) were added from 22 July 2019 (22 July 2021 for categories 8 and 9).',
    doesNotCertify:
      'Not a certificate or approval. A lab “RoHS certificate” or “certificate of compliance” is a test report on a sample. “RoHS 3” is only an informal name for the 2015/863 update.',
    validity: 'No certificate validity; the declaration and tests must cover the current 10-substance list.',
    askFor:
      'The EU declaration of conformity naming 2011/65/EU (as amended by 2015/863), and a recent test report for your model covering all 10 substances.',
    howToVerify:
      'Check the test report lists 10 substances (not 6), names your model and matches its materials. There is no central RoHS registry to search.',
    registries: [],
    obsoleteVersions: [
      {
        version: 'RoHS 6/6',
        endedOn: '2019-07-22',
        replacedBy: 'RoHS with 10 substances (Delegated Directive (EU) 2015/863)',
      },
    ],
    redFlags: [
      {
        pattern: '“RoHS certified” / “RoHS certificate”',
        why: 'RoHS is a regulation the manufacturer declares; there is no official RoHS certification, and a lab paper has no legal force.',
      },
      {
        pattern: '“RoHS 6/6” or a 6-substance test after July 2019',
        why: 'Since 22 July 2019 (2021 for categories 8–9) RoHS restricts 10 substances; a 6-substance claim misses the four phthalates.',
      },
    ],
    markets: ['eu', 'eu-retail', 'electronics'],
    sources: [
      {
        url: UL_ROHS_PHTHALATES,
        title: 'UL: four new hazardous substances banned under EU RoHS from July 2019',
        for: ['summary', 'owner', 'issuer', 'certifies', 'obsoleteVersions', 'redFlags'],
      },
      { url: CIRS_ROHS, title: 'CIRS: EU RoHS news (2015/863 phthalates)', for: ['certifies'] },
      { url: QUALCOMM_ROHS3, title: 'Qualcomm RFFE: RoHS III', for: ['doesNotCertify'] },
      { url: ESF_PPE_CERTS, title: 'European Safety Federation: suspicious lab “certificates”', for: ['redFlags'] },
    ],
  },
];
