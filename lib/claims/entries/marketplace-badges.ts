import type { ClaimEntry } from '../schema';

/**
 * Badges, memberships and services the marketplaces show themselves (issue #3).
 * The honest line for every entry: a paid membership is not a verification, and a verification
 * badge is a check at one date. Badge semantics outside Alibaba.com and Made-in-China.com are
 * barely documented in public (shared/domain/registries-and-ux.md §5), so those entries say so
 * instead of guessing. Sorted by id (tests/unit/catalog.test.ts).
 */

// Sources (shared/domain/cert-facts.md §10 and registries-and-ux.md "Source keys").
const ALIBABA_HOW_VERIFIED = 'https://reads.alibaba.com/how-are-alibaba-com-suppliers-verified/';
const BADGES_EXPLAINED = 'https://chinamarketguide.club/blog/alibaba-supplier-badges-explained';
const VERIFICATION_GAP = 'https://sinolinksverify.com/trade-signal/2026-05-15-the-verification-gap';
const APIFY_ALIBABA_PROFILES = 'https://apify.com/piotrv1001/alibaba-supplier-profiles-scraper';
const FORTHSOURCE = 'https://www.forthsource.io/blog/supplier-verification-tips-alibaba-buyers';
const VERISUPPLIER = 'https://verisupplier-repo.pages.dev/alibaba-verified-supplier-meaning';
const VETRADE = 'https://www.vetrade.in/blog/alibaba-supplier-verification-for-indian-importers';
const ALITARIFFS = 'https://alitariffs.com/guides/made-in-china-supplier-verification';
const CHINAIMPORTAL_GOLD = 'https://www.chinaimportal.com/blog/alibaba-gold-suppliers-a-beginners-guide/';
const CHINACHECKUP_GOLD = 'https://www.chinacheckup.com/blogs/articles/alibaba-gold-supplier';
// Only known over http (cert-facts.md R83c; registries-and-ux.md [AL7]).
const ALIBABAFRAUD_AV = 'http://www.alibabafraud.com/supplier-authentication-verification/';
const MAPLERANKING =
  'https://www.mapleranking.com/en/knowledge/04g20p/using-alibabas-verified-supplier-and-gold-supplier-programs-to-minimize-risk';
const TA_FAQ = 'https://service.alibaba.com/buyer/faq_detail/20153048.htm';
const TA_CLAIMS = 'https://service.alibaba.com/buyer/faq_detail/20155175.htm';
const TA_INSPECTION = 'https://service.alibaba.com/buyer/faq_detail/20111753.htm';
const TA_LIMIT = 'https://service.alibaba.com/buyer/faq_detail/20111752.htm';
// Older Trade Assurance terms, only known over http (cert-facts.md R84e).
const TA_OLD_TERMS = 'http://ngeva.en.alibaba.com/custom_page_1/FAQ.html';
const MIC_AUDITED = 'https://apify.com/parsebird/made-in-china-scraper/examples/audited-supplier-products-on-made-in-china.md';
const TUV_CHINA_VERIFY = 'https://www.verified.chn.tuv.com/en/';
const BV_CHINA = 'https://www.bvcerchina.cn/';
const GLOBAL_SOURCES_A = 'https://apify.com/maximedupre/globalsources-supplier-scraper';
const GLOBAL_SOURCES_B = 'https://apify.com/devcake/globalsources-supplier-scraper';
const VETRADE_INDIA = 'https://semperworks.com/blog/how-vetrade-verifies-supplier-60-seconds';
const VERIFY_INDIA = 'https://unceasingimpex.com/blog/how-to-verify-supplier-india-before-wiring-money';

const VERIFICATION_GAP_SOURCE = {
  url: VERIFICATION_GAP,
  title: 'The verification gap: what platform badges do and do not check',
  for: ['certifies', 'doesNotCertify'],
} satisfies ClaimEntry['sources'][number];

const CHINA_LICENCE_SOURCE = {
  url: ALITARIFFS,
  title: 'Made-in-China supplier verification guide (business licence and USCC)',
  for: ['askFor', 'howToVerify'],
} satisfies ClaimEntry['sources'][number];

/** Shared wording for the three 1688 seller labels: the fact sheet has no sourced detail on them. */
const CHINA_LICENCE_ASK =
  "The seller's legal company name and its business licence with the 18-character Unified Social Credit Code (统一社会信用代码).";
const CHINA_LICENCE_CHECK =
  "The label cannot be checked outside 1688. Check the company instead: look up the licence's Unified Social Credit Code on China's enterprise credit system (gsxt.gov.cn) and compare the legal name with the seller name.";

export const marketplaceBadges: ClaimEntry[] = [
  {
    id: '1688-chengxintong',
    name: '1688 诚信通 (Chengxintong) membership',
    aliases: ['诚信通', '诚信通会员', 'Chengxintong', '1688 Chengxintong'],
    kind: 'marketplace-badge',
    summary:
      'A paid 1688.com seller membership. It shows the seller paid for the tier, not that anyone audited the factory or its products.',
    owner: '1688.com',
    issuer: '1688.com, to sellers who pay for the membership',
    certifies:
      'Reportedly only that the seller holds a paid 诚信通 membership on 1688.com. Our sources do not describe what checks, if any, come with it.',
    doesNotCertify:
      'Not a factory audit, not a quality or product certification, and not proof that the seller makes what it sells.',
    validity: 'Lasts while the seller keeps paying; our sources give no term.',
    askFor: CHINA_LICENCE_ASK,
    howToVerify: CHINA_LICENCE_CHECK,
    registries: [],
    obsoleteVersions: [],
    redFlags: [
      {
        pattern: '“诚信通” presented as a certification',
        why: 'It is a paid membership: treat it as a listing tier, not as evidence about the factory.',
      },
    ],
    markets: [],
    sources: [VERIFICATION_GAP_SOURCE, CHINA_LICENCE_SOURCE],
  },
  {
    id: '1688-shili-shangjia',
    name: '1688 实力商家 (“strength merchant”)',
    aliases: ['实力商家', 'Shili Shangjia', '1688 strength merchant'],
    kind: 'marketplace-badge',
    summary:
      'A 1688.com seller label, reportedly a paid tier. What 1688 checks for it is not publicly documented; it is not a certification.',
    owner: '1688.com',
    issuer: '1688.com',
    certifies:
      'Uncertain. It is reportedly sold as a paid seller tier (one source cites about ¥36,800 a year). We found no public description of what 1688 checks before granting it.',
    doesNotCertify:
      'Not a factory audit, not a quality or product certification, and not proof that the seller is the manufacturer.',
    validity: 'Unknown; reportedly renewed yearly with the fee.',
    askFor: CHINA_LICENCE_ASK,
    howToVerify: CHINA_LICENCE_CHECK,
    registries: [],
    obsoleteVersions: [],
    redFlags: [
      {
        pattern: '“实力商家” presented as proof of a strong factory',
        why: 'The label is a marketplace tier; ask for audit reports or certificates you can check with their issuers.',
      },
    ],
    markets: [],
    sources: [VERIFICATION_GAP_SOURCE, CHINA_LICENCE_SOURCE],
  },
  {
    id: '1688-super-factory',
    name: '1688 超级工厂 (“super factory”)',
    aliases: ['超级工厂', 'Super Factory', '1688 super factory'],
    kind: 'marketplace-badge',
    summary:
      'A 1688.com seller label, reportedly the most expensive paid tier. The name suggests a factory, but its checks are not publicly documented.',
    owner: '1688.com',
    issuer: '1688.com',
    certifies:
      'Uncertain. It is reportedly a paid seller tier (one source cites about ¥106,800 a year). The name suggests a manufacturer, but we found no public description of what 1688 checks.',
    doesNotCertify:
      'Not a factory audit by an independent body, not a quality or product certification, and not proof of production capacity.',
    validity: 'Unknown; reportedly renewed yearly with the fee.',
    askFor: CHINA_LICENCE_ASK,
    howToVerify: CHINA_LICENCE_CHECK,
    registries: [],
    obsoleteVersions: [],
    redFlags: [
      {
        pattern: '“超级工厂” taken as a verified factory',
        why: 'The name is a marketplace label; confirm the business scope on the licence and, if it matters, book your own factory audit.',
      },
    ],
    markets: [],
    sources: [VERIFICATION_GAP_SOURCE, CHINA_LICENCE_SOURCE],
  },
  {
    id: 'alibaba-gold-supplier',
    name: 'Alibaba.com Gold Supplier',
    aliases: ['Gold Supplier', 'Alibaba Gold Supplier', 'TrustPass', '出口通'],
    kind: 'marketplace-badge',
    summary:
      'A paid Alibaba.com membership with basic business checks. It is not an audit of the factory or of product quality.',
    owner: 'Alibaba.com',
    issuer: 'Alibaba.com, to suppliers who pay the yearly membership fee',
    certifies:
      'That the supplier pays for an Alibaba.com membership. It comes with a basic authentication and verification (A&V) check of the business licence and contact details by a third party; Chinese Gold Suppliers have also had an on-site check that the premises exist.',
    doesNotCertify:
      'No audit of production capability, quality system or product quality. It is closer to a checked business-directory listing than to a quality seal.',
    validity:
      'Yearly, while the supplier pays; published fee estimates range from a few thousand to about US$10,000 a year.',
    askFor:
      "The supplier's legal company name and business licence (for Chinese companies, the 18-character Unified Social Credit Code).",
    howToVerify:
      "Gold status is shown on the storefront; there is nothing more to look up about it. Check the company behind it: compare the licence's legal name with the storefront name and look up its USCC on gsxt.gov.cn. For evidence about the factory, ask for a verification or audit report.",
    registries: [],
    obsoleteVersions: [],
    redFlags: [
      {
        pattern: '“Gold Supplier” read as an audit or quality mark',
        why: 'It is a paid membership. Gold status says nothing about how the factory makes your product.',
      },
      {
        pattern: '“GS” next to a supplier name',
        why: 'On Alibaba.com it can mean Gold Supplier, not the German GS safety mark; check which one is meant.',
      },
    ],
    markets: [],
    sources: [
      {
        url: CHINAIMPORTAL_GOLD,
        title: 'Alibaba Gold Suppliers: a beginner’s guide',
        for: ['summary', 'doesNotCertify', 'redFlags'],
      },
      {
        url: CHINACHECKUP_GOLD,
        title: 'Alibaba Gold Supplier (China Checkup)',
        for: ['certifies', 'validity'],
      },
      { url: ALIBABAFRAUD_AV, title: 'Supplier authentication and verification (2018)', for: ['certifies'] },
      {
        url: MAPLERANKING,
        title: "Using Alibaba's Verified Supplier and Gold Supplier programs to minimize risk",
        for: ['doesNotCertify'],
      },
      { url: BADGES_EXPLAINED, title: 'Alibaba supplier badges explained', for: ['validity'] },
      CHINA_LICENCE_SOURCE,
    ],
  },
  {
    id: 'alibaba-trade-assurance',
    name: 'Alibaba.com Trade Assurance',
    aliases: ['Trade Assurance', 'Alibaba Trade Assurance', '信用保障'],
    kind: 'marketplace-badge',
    summary:
      'Order protection for payments made through Alibaba.com. Not a certification of the supplier; payments made off the platform are not covered.',
    owner: 'Alibaba.com',
    issuer: 'Alibaba.com, for orders placed with suppliers that take part',
    certifies:
      'Nothing about the supplier itself. If an order paid through Alibaba.com ships late or does not match the quality written into the contract, the buyer can claim within 30 days of confirmed receipt; a refund is capped at the covered amount and at what was paid.',
    doesNotCertify:
      'Not a supplier certification or audit. Orders paid off the platform (for example by direct bank transfer) are not covered, and older terms excluded transit damage and some product categories.',
    validity:
      "Per order, for orders placed and paid through Alibaba.com; each supplier's coverage limit is set from its qualification and past trade volume.",
    askFor:
      'A Trade Assurance order created on Alibaba.com, with the product specification, quality terms and delivery date written into the contract.',
    howToVerify:
      "Check that the order shows in your Alibaba.com account as a Trade Assurance order before you pay, and pay only through Alibaba.com. In a dispute you book an inspection by a company Alibaba designates (such as SGS, TÜV Rheinland or Bureau Veritas) and pay for it upfront; it is refunded if the supplier is at fault.",
    registries: [],
    obsoleteVersions: [],
    redFlags: [
      {
        pattern: 'Supplier asks to be paid outside Alibaba.com',
        why: 'A payment made off the platform loses Trade Assurance protection.',
      },
      {
        pattern: '“Trade Assurance” shown as a certificate',
        why: 'It protects orders paid on the platform; it is not a check of the factory.',
      },
    ],
    markets: [],
    sources: [
      { url: TA_FAQ, title: 'Alibaba.com Trade Assurance FAQ', for: ['summary', 'certifies'] },
      {
        url: TA_CLAIMS,
        title: 'Alibaba.com Trade Assurance: claims and inspection',
        for: ['certifies', 'howToVerify'],
      },
      { url: TA_INSPECTION, title: 'Alibaba.com Trade Assurance: dispute inspection', for: ['howToVerify'] },
      { url: TA_LIMIT, title: 'Alibaba.com Trade Assurance limit', for: ['validity'] },
      {
        url: VETRADE,
        title: 'Alibaba supplier verification for Indian importers',
        for: ['summary', 'doesNotCertify', 'redFlags'],
      },
      { url: TA_OLD_TERMS, title: 'Trade Assurance FAQ (older terms, on a supplier site)', for: ['doesNotCertify'] },
    ],
  },
  {
    id: 'alibaba-verified',
    name: 'Alibaba.com Verified Supplier',
    aliases: ['Verified Supplier', 'Alibaba Verified Supplier', 'Verified Pro', 'Assessed Supplier', '金品诚企'],
    kind: 'marketplace-badge',
    summary:
      'A paid Alibaba.com tier: an inspection firm (SGS, TÜV Rheinland, Intertek…) checked the company at one point in time. Read the report.',
    owner: 'Alibaba.com',
    issuer:
      'Inspection firms contracted by Alibaba.com: Alibaba names SGS, TÜV Rheinland and Intertek; buyer guides also mention Bureau Veritas',
    certifies:
      'That an independent inspection firm checked the company on a given date: online checks of its records and website, an on-site visit with staff interviews, and the authenticity of certificates it uploaded (ISO 9001, product certificates, test reports). The report names the assessor and the date, and the verified name, address, legal status and year established.',
    doesNotCertify:
      'Not a guarantee of delivery, payment safety or the quality of your order. It does not prove the factory runs the line that makes your product, or that the bank account belongs to the same company. It is a snapshot, not ongoing monitoring.',
    validity:
      'Point in time. The report carries its own dates (in 2018, optional assessment reports were valid for one year); read the audit date, not just the badge.',
    askFor:
      'The verification (assessment) report from the storefront, and the business licence with its legal name and Unified Social Credit Code.',
    howToVerify:
      "Open the verification report on the supplier's Alibaba.com storefront. Note the assessor, the audit date and the validity dates, then compare the legal entity in the report with the business licence and look up its USCC on gsxt.gov.cn.",
    registries: [],
    obsoleteVersions: [],
    redFlags: [
      {
        pattern: '“Verified” read as quality-approved',
        why: 'The check covers the company and its premises on one date, not the goods you will receive.',
      },
      {
        pattern: 'Report company differs from the invoice or bank beneficiary',
        why: 'The verified company may not be the one you pay; ask why before sending money.',
      },
      {
        pattern: 'Old audit date',
        why: 'The badge is a snapshot; a report more than about a year old says little about the factory today.',
      },
    ],
    markets: [],
    sources: [
      {
        url: ALIBABA_HOW_VERIFIED,
        title: 'How are Alibaba.com suppliers verified? (Alibaba.com)',
        for: ['summary', 'issuer', 'certifies'],
      },
      {
        url: BADGES_EXPLAINED,
        title: 'Alibaba supplier badges explained',
        for: ['issuer', 'certifies', 'howToVerify'],
      },
      {
        url: APIFY_ALIBABA_PROFILES,
        title: 'Alibaba supplier profiles scraper (verification report fields)',
        for: ['certifies', 'validity', 'howToVerify'],
      },
      { url: FORTHSOURCE, title: 'Supplier verification tips for Alibaba buyers', for: ['issuer'] },
      {
        url: VERISUPPLIER,
        title: 'What “Alibaba Verified Supplier” means',
        for: ['doesNotCertify', 'redFlags'],
      },
      {
        url: VETRADE,
        title: 'Alibaba supplier verification for Indian importers',
        for: ['summary', 'doesNotCertify'],
      },
      { url: VERIFICATION_GAP, title: 'The verification gap', for: ['summary', 'validity', 'redFlags'] },
      { url: ALIBABAFRAUD_AV, title: 'Supplier authentication and verification (2018)', for: ['validity'] },
      CHINA_LICENCE_SOURCE,
    ],
  },
  {
    id: 'aliexpress-store-badge',
    name: 'AliExpress store labels (“Top Brand”, “Gold Store”…)',
    aliases: ['AliExpress Top Brand', 'AliExpress Gold Store', 'Top Brand', 'Gold Store'],
    kind: 'marketplace-badge',
    summary:
      'AliExpress seller-programme labels. Little is published about what they check: treat them as store labels, not certifications.',
    owner: 'AliExpress',
    issuer: 'AliExpress, through its seller programmes',
    certifies:
      'Unclear. We found no public source explaining what AliExpress checks before giving these labels; they are labels from its seller programmes.',
    doesNotCertify:
      'Not a certification, factory audit or product test, and not evidence of who makes the product.',
    validity: 'Unknown; a label may change or disappear at any time.',
    askFor:
      'For anything that matters, the certificates or test reports for the product itself, with the issuer and the certificate or report number.',
    howToVerify:
      'The label cannot be checked outside AliExpress. Check the product’s own certificates with the bodies that issued them instead.',
    registries: [],
    obsoleteVersions: [],
    redFlags: [
      {
        pattern: 'Store label presented as a certification',
        why: 'It is a marketplace label; it does not replace product certificates or test reports.',
      },
    ],
    markets: [],
    sources: [VERIFICATION_GAP_SOURCE],
  },
  {
    id: 'dhgate-top-merchant',
    name: 'DHgate Top Merchant',
    aliases: ['Top Merchant', 'DHgate Top Merchant'],
    kind: 'marketplace-badge',
    summary:
      'A DHgate seller label. What DHgate checks for it is not publicly documented in our sources; it is not a certification.',
    owner: 'DHgate',
    issuer: 'DHgate',
    certifies:
      'Uncertain: a DHgate seller-programme label. We found no public description of its criteria.',
    doesNotCertify: 'Not a factory audit, product certification or test of product quality.',
    validity: 'Unknown.',
    askFor:
      'The certificates or test reports for the product itself, with the issuer and the certificate or report number.',
    howToVerify:
      'The label cannot be checked outside DHgate. Check the product’s own certificates with the bodies that issued them.',
    registries: [],
    obsoleteVersions: [],
    redFlags: [
      {
        pattern: '“Top Merchant” presented as a certification',
        why: 'It is a marketplace label, not evidence about the factory or the product.',
      },
    ],
    markets: [],
    sources: [VERIFICATION_GAP_SOURCE],
  },
  {
    id: 'global-sources-verified',
    name: 'Global Sources Verified Manufacturer / Verified Supplier',
    aliases: [
      'Verified Manufacturer',
      'Global Sources Verified Manufacturer',
      'Global Sources Verified Supplier',
      'Assessed Company',
      'Star Supplier',
    ],
    kind: 'marketplace-badge',
    summary:
      'Global Sources verification levels (Verified Manufacturer, Verified Supplier, Assessed Company). Their exact checks are poorly documented.',
    owner: 'Global Sources',
    issuer: 'Global Sources, possibly with a third-party verifier (unconfirmed)',
    certifies:
      'Global Sources shows several verification levels: verified manufacturer, verified supplier and assessed company. “Verified Manufacturer” probably means the business type or the factory was checked on site, but we could not confirm by whom or how.',
    doesNotCertify:
      'Probably no audit of quality or social compliance (unconfirmed). Like other badges it is a check at one date, not a product certification.',
    validity: 'Not documented in our sources; ask when the verification was done.',
    askFor: 'Who carried out the verification, when, and what it covered; and the business licence.',
    howToVerify:
      'No public lookup is known. Ask Global Sources or the supplier for the verification details and compare the company name with its business licence.',
    registries: [],
    obsoleteVersions: [],
    redFlags: [
      {
        pattern: '“Verified Manufacturer” taken as a quality audit',
        why: 'The level is about who the company is, as far as is known, not about how well it makes your goods.',
      },
    ],
    markets: [],
    sources: [
      {
        url: GLOBAL_SOURCES_A,
        title: 'Global Sources supplier scraper (verification levels)',
        for: ['summary', 'certifies'],
      },
      {
        url: GLOBAL_SOURCES_B,
        title: 'Global Sources supplier scraper (verification statuses)',
        for: ['certifies'],
      },
      VERIFICATION_GAP_SOURCE,
    ],
  },
  {
    id: 'indiamart-trustseal',
    name: 'IndiaMART TrustSEAL',
    aliases: ['TrustSEAL', 'IndiaMART TrustSEAL', 'Trust Seal'],
    kind: 'marketplace-badge',
    summary:
      'An IndiaMART seller badge, reportedly a paid check of business documents. What it covers is not public; it is not a certification.',
    owner: 'IndiaMART',
    issuer: 'IndiaMART',
    certifies:
      'Reportedly that IndiaMART checked some of the seller’s business documents, as a paid service. We found no public description of what is checked.',
    doesNotCertify: 'Not a factory audit, product certification or check of product quality.',
    validity: 'Unknown.',
    askFor:
      "The seller's Importer Exporter Code (IEC) and GSTIN, and the certificates or test reports for the product itself.",
    howToVerify:
      'Check the company outside IndiaMART: the IEC on the DGFT site, the GSTIN on the GST portal, and the same legal name and address across its listings. By hand this takes an hour or more per supplier.',
    registries: [],
    obsoleteVersions: [],
    redFlags: [
      {
        pattern: '“TrustSEAL” presented as a certification',
        why: 'It is a marketplace badge about documents, not evidence about the factory or the product.',
      },
    ],
    markets: [],
    sources: [
      VERIFICATION_GAP_SOURCE,
      { url: VETRADE_INDIA, title: 'How Vetrade verifies a supplier', for: ['askFor', 'howToVerify'] },
      {
        url: VERIFY_INDIA,
        title: 'How to verify a supplier in India before wiring money',
        for: ['askFor', 'howToVerify'],
      },
    ],
  },
  {
    id: 'mic-audited-supplier',
    name: 'Made-in-China.com Audited Supplier',
    aliases: ['Audited Supplier', 'Made-in-China Audited Supplier', 'SGS Audited Supplier'],
    kind: 'marketplace-badge',
    summary:
      'A Made-in-China.com badge: a third-party inspection agency audited the supplier at some date. Ask for the audit report and read its date.',
    owner: 'Made-in-China.com (Focus Technology)',
    issuer:
      'Third-party inspection agencies working for Made-in-China.com (SGS in older ad copy; profiles name TÜV Rheinland or Bureau Veritas)',
    certifies:
      'That an independent inspection agency audited the supplier and confirmed some of its profile facts. On the profile, blocks marked as verified by the agency are kept apart from “information provided by supplier”.',
    doesNotCertify:
      'Not a product certification or quality guarantee, and not proof that the supplier is a manufacturer: trading companies carry it too. The Gold / Diamond member level is a separate paid tier.',
    validity:
      'Point in time. The TÜV Rheinland portal showed a validity of 9999-12-31 on every result seen, so read the audit date instead.',
    askFor: 'The audit report (report number, agency, audit type and date) and the business licence.',
    howToVerify:
      "Open the audit report from the profile and follow its “Verify Now” link to the agency's portal (TÜV Rheinland's China identity verification, or Bureau Veritas China). Search by report number or supplier name and compare the company name and audit date with the profile.",
    registries: [
      {
        name: 'TÜV Rheinland China identity verification',
        url: TUV_CHINA_VERIFY,
        access: 'open',
        howTo: 'Type the supplier name or report number; read the audit date, not the validity field.',
      },
      {
        name: 'Bureau Veritas China verification',
        url: BV_CHINA,
        access: 'open',
        howTo: 'Used by the “Verify Now” link of BV-audited profiles; compare the company name and audit date.',
      },
    ],
    obsoleteVersions: [],
    redFlags: [
      {
        pattern: '“Audited Supplier” read as a factory or quality certificate',
        why: 'It says an agency audited the company at some date; read the report to see what was checked.',
      },
      {
        pattern: 'Audit report without a date, or a years-old one',
        why: 'The badge is a snapshot; without a recent audit date it tells you little.',
      },
    ],
    markets: [],
    sources: [
      {
        url: MIC_AUDITED,
        title: 'Made-in-China scraper: audited supplier products',
        for: ['summary', 'issuer', 'certifies'],
      },
      {
        url: ALITARIFFS,
        title: 'Made-in-China supplier verification guide',
        for: ['doesNotCertify', 'askFor'],
      },
      {
        url: TUV_CHINA_VERIFY,
        title: 'TÜV Rheinland China corporate identity verification (portal)',
        for: ['registries', 'validity', 'howToVerify'],
      },
      { url: BV_CHINA, title: 'Bureau Veritas China verification (portal)', for: ['registries'] },
    ],
  },
  {
    id: 'mic-membership',
    name: 'Made-in-China.com Gold / Diamond Member',
    aliases: ['Diamond Member', 'Gold Member', 'China Supplier - Gold Member', 'China Supplier - Diamond Member'],
    kind: 'marketplace-badge',
    summary:
      'Paid Made-in-China.com membership tiers, shown with “verified business licence”. They are not an audit of the factory or its quality.',
    owner: 'Made-in-China.com (Focus Technology)',
    issuer: 'Made-in-China.com, to suppliers who pay for the tier',
    certifies:
      'That the supplier pays for a Gold or Diamond membership; the site describes members as suppliers with verified business licences. One guide sums such badges up as proof that the supplier paid for the listing.',
    doesNotCertify:
      'Not an audit of the factory, its quality or its products. Separate from the Audited Supplier badge, which needs a third-party audit.',
    validity:
      'While the membership is paid. “Since 2011” on a profile says how long the company has paid, not how good it is.',
    askFor: 'The business licence, and the audit report if the supplier also claims to be audited.',
    howToVerify:
      'The tier itself needs no check. Check the company: compare the legal name on the business licence with the profile and look up its Unified Social Credit Code on gsxt.gov.cn.',
    registries: [],
    obsoleteVersions: [],
    redFlags: [
      {
        pattern: '“Diamond Member” read as a quality level',
        why: 'Gold and Diamond are paid tiers; the higher tier means a higher fee, not a better factory.',
      },
    ],
    markets: [],
    sources: [
      {
        url: MIC_AUDITED,
        title: 'Made-in-China scraper: membership tiers and audited status',
        for: ['summary', 'certifies', 'doesNotCertify'],
      },
      {
        url: ALITARIFFS,
        title: 'Made-in-China supplier verification guide',
        for: ['certifies', 'doesNotCertify', 'howToVerify'],
      },
    ],
  },
];
