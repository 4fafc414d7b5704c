import type { ClaimEntry, Source } from '../schema';

/**
 * Textile, material and forestry claims (issue #3): GOTS, OEKO-TEX, GRS/RCS, FSC, PEFC.
 * The honest line for every entry: the claim covers only the products (and, for chain of custody,
 * the shipments) listed on the certificate, never everything a certified company sells.
 * Facts from shared/domain/cert-facts.md §3, §7 and §8; [unsourced] facts are left out or say "reportedly".
 * Sorted by id (tests/unit/catalog.test.ts).
 */

type Field = Source['for'][number];
const src = (url: string, title: string, ...fields: Field[]): Source => ({ url, title, for: fields });

const NOT_LISTED: ClaimEntry['redFlags'][number] = {
  pattern: 'Your product is not listed on the certificate',
  why: 'A certified company may also sell uncertified goods; only the listed products or product groups are covered.',
};

export const materials: ClaimEntry[] = [
  {
    id: 'fsc',
    name: 'FSC (Forest Stewardship Council)',
    aliases: ['FSC', 'FSC certified', 'FSC CoC', 'FSC-COC', 'FSC 100%', 'FSC Mix', 'FSC Recycled', 'Forest Stewardship Council', 'FSC森林认证'],
    kind: 'product-certification',
    summary: 'Forest and chain-of-custody certification for wood and paper. Check the FSC-C licence code on FSC’s search; FSC-N codes are not certificates.',
    owner: 'Forest Stewardship Council (FSC).',
    issuer: 'FSC-accredited certification bodies.',
    certifies:
      'Forest management (FM), or chain of custody (CoC): the holder tracks certified material through its own processing, so its products can carry an FSC claim (FSC 100 %, FSC Mix, FSC Recycled).',
    doesNotCertify:
      'Product groups outside the certificate’s scope, or goods invoiced without an FSC claim and certificate code. An FSC-N code only lets a non-certified company use FSC trademarks in promotion.',
    validity: 'Reportedly a 5-year certificate with yearly audits. The live status (Valid, Suspended, Terminated) is on FSC’s database, updated daily.',
    askFor:
      'The FSC licence code (FSC-C + 6 digits) and the certificate code (certification body prefix + COC + number, e.g. SGSHK-COC-350878). Invoices should carry the FSC claim and the certificate code.',
    howToVerify:
      'Search the FSC-C code, certificate code or company name on FSC’s certificate search; check status is Valid, the expiry date, and that your product group is in scope.',
    registries: [
      {
        name: 'FSC certificate search',
        url: 'https://search.fsc.org/en/',
        access: 'open',
        howTo: 'Enter the FSC-C licence code, the certificate code or the company name.',
      },
    ],
    obsoleteVersions: [],
    redFlags: [
      { pattern: 'FSC-N code shown as a certification', why: 'FSC-N codes belong to non-certificate holders using FSC trademarks; they certify nothing.' },
      { pattern: 'FSC logo without a licence code', why: 'Genuine FSC labels carry the holder’s FSC-C licence code.' },
      { pattern: 'Chain of custody for a different product group', why: 'The certificate covers only the product groups in its scope.' },
      { pattern: 'Status Suspended or Terminated', why: 'Only a Valid certificate allows FSC claims on goods and invoices.' },
    ],
    markets: ['furniture-wood'],
    sources: [
      src('http://www.fsc.org/certificate_database.html', 'FSC: certificate database (the only live status source, updated daily)', 'validity', 'howToVerify', 'registries'),
      src('https://pdfslide.net/documents/forest-stewardship-council-faq-on-trademark-use-by-fsc-delivery-notes-to.html', 'FSC FAQ on trademark use and codes on delivery notes', 'askFor', 'doesNotCertify'),
      src('https://hirokawa.holdings/news/fsc', 'FSC certificate code and licence code explained', 'askFor'),
      src('https://ic.fsc.org/en/market-partners/trademark-support/how-to-use-fsc-trademarks/non-certificate-holders', 'FSC: trademark use by non-certificate holders (FSC-N)', 'doesNotCertify', 'redFlags'),
      src('https://ttf.co.uk/check-your-certificates-fsc-and-pefc/', 'TTF: check your FSC and PEFC certificates', 'howToVerify', 'redFlags'),
      src('https://www.commonshare.com/standards/forest-stewardship-council-fsc-chain-of-custody-certification', 'FSC chain-of-custody certification and labels', 'certifies', 'summary'),
      src('http://boteen.com/csr/details-66-153.html', 'FSC forest management and chain-of-custody certification', 'owner', 'issuer', 'certifies', 'markets'),
    ],
  },
  {
    id: 'gots',
    name: 'GOTS (Global Organic Textile Standard)',
    aliases: ['GOTS', 'GOTS certified', 'Global Organic Textile Standard', '全球有机纺织品标准'],
    kind: 'product-certification',
    summary: 'Organic textile certification from first processing to finished goods. Only listed products count; ask for a transaction certificate per shipment.',
    owner: 'Global Standard gGmbH (GOTS), with its International Working Group (OTA, IVN, Soil Association, JOCA).',
    issuer: 'Approved certification bodies certify each company in the chain and give it a licence number.',
    certifies:
      'Textiles made from certified organic fibre and processed under GOTS environmental and social criteria, with chain of custody from first processing (ginning, scouring) on. Labels: “organic” (95 % or more organic fibre) or “made with x % organic” (70–95 %).',
    doesNotCertify:
      'Products not listed on the certificate: a certified company may sell uncertified goods too. The fibre on the farm is certified under an organic farming standard, not GOTS.',
    validity: 'The company holds a scope certificate (check its dates); each shipment is proven by its own transaction certificate (TC).',
    askFor: 'The GOTS scope certificate (licence number, certification body, product list) and a transaction certificate (TC) for your shipment.',
    howToVerify:
      'Search the licence number or company in the GOTS database and check your product category is listed. Confidential companies and subcontractors are not shown. A GOTS label must show the label grade, “Certified by …” and the licence number.',
    registries: [
      {
        name: 'GOTS Certified Suppliers Database',
        url: 'https://www.global-standard.org/find-suppliers-shops-and-inputs/certified-suppliers',
        access: 'open',
        howTo: 'Search the company name or licence number; check product categories and country.',
      },
    ],
    obsoleteVersions: [],
    redFlags: [
      { pattern: 'GOTS logo without licence number or label grade', why: 'A genuine GOTS label shows the grade, the certification body and the licence number.' },
      { pattern: 'No transaction certificate for the shipment', why: 'The TC is what ties your goods to the certified chain.' },
      NOT_LISTED,
    ],
    markets: ['textiles-apparel'],
    sources: [
      src('https://tilth.org/knowledgebase_category/gots-gots/', 'Oregon Tilth: GOTS label grades and logo rules', 'certifies', 'howToVerify', 'redFlags', 'summary'),
      src('https://www.global-standard.org/public-database/how-to-use-it.html', 'GOTS public database: how to use it', 'howToVerify', 'registries', 'doesNotCertify', 'redFlags'),
      src('https://www.abhihome.in/blog/gots-organic-cotton-what-buyers-should-verify.html', 'GOTS organic cotton: what buyers should verify (scope and transaction certificates)', 'validity', 'askFor', 'redFlags', 'issuer'),
      src('https://theorganicreport.com/information-retailers-choosing-certified-organic-textile-products', 'Organic Trade Association: choosing certified organic textile products', 'owner', 'certifies', 'doesNotCertify', 'markets'),
    ],
  },
  {
    id: 'grs',
    name: 'GRS / RCS (recycled content)',
    aliases: ['GRS', 'Global Recycled Standard', 'RCS', 'Recycled Claim Standard', '全球回收标准'],
    kind: 'product-certification',
    summary: 'Textile Exchange chain of custody for recycled content. GRS adds social and chemical rules; RCS covers content only. Ask for the TC.',
    owner: 'Textile Exchange.',
    issuer: 'Third-party certification bodies (e.g. Control Union, Intertek). Every processing stage must be certified.',
    certifies:
      'GRS: products with at least 20 % recycled content (50 % to carry the GRS label), plus social, environmental and chemical requirements. RCS: at least 5 % recycled content, tracked through the chain.',
    doesNotCertify: 'RCS says nothing about labour or chemicals. Neither says anything about product quality, or covers goods shipped without a transaction certificate.',
    validity: 'A scope certificate for the company, plus a transaction certificate (TC) per shipment. GRS 4.0 and RCS 2.0 are being folded into one Textile Exchange standard.',
    askFor: 'The GRS or RCS scope certificate (holder, certification body, products) and the transaction certificate for your shipment.',
    howToVerify: 'Confirm the scope certificate and your TC with the certification body named on them; check every processing stage is certified.',
    registries: [],
    obsoleteVersions: [],
    redFlags: [
      { pattern: 'RCS presented as covering labour or chemicals', why: 'RCS only tracks recycled content; GRS is the one with social and chemical requirements.' },
      { pattern: 'GRS claim without a transaction certificate', why: 'Without a TC your shipment is not shown to be the certified material.' },
      NOT_LISTED,
    ],
    markets: ['textiles-apparel'],
    sources: [
      src('https://www.intertek.com/assurance/grs-rcs', 'Intertek: GRS and RCS certification', 'summary', 'owner', 'issuer', 'certifies', 'doesNotCertify', 'redFlags', 'markets'),
      src('https://textileexchange.org/faq/what-will-happen-to-the-grc-rcs-recycled-standards-revision-during-the-unified-standard-development/', 'Textile Exchange FAQ: GRS/RCS and the unified standard', 'owner', 'validity'),
      src('https://texold.demositeonline.com/standards/development-hub/grs-rcs-revision/', 'Textile Exchange: GRS/RCS revision', 'certifies', 'howToVerify', 'issuer'),
      src('https://cleanglobeint.com/our-services/certification/certification-for-recycled-products/', 'Certification for recycled products (transaction certificates)', 'validity', 'askFor', 'redFlags'),
    ],
  },
  {
    id: 'oeko-tex',
    name: 'OEKO-TEX STANDARD 100',
    aliases: ['OEKO-TEX', 'OEKOTEX', 'OEKO TEX', 'Öko-Tex', 'OEKO-TEX Standard 100', 'STANDARD 100 by OEKO-TEX', 'OEKO TEX 100'],
    kind: 'product-certification',
    summary: 'Textile articles lab-tested for harmful substances, valid 1 year. Not a factory, organic or recycled claim; check the label number.',
    owner: 'OEKO-TEX Association; testing and certification by its member institutes (e.g. Hohenstein, TESTEX).',
    issuer: 'An OEKO-TEX member institute, after testing the articles.',
    certifies:
      'The listed textile articles, every component included (threads, buttons, zips), passed harmful-substance tests for their product class: I babies and toddlers (strictest), II skin contact, III no skin contact, IV furnishing.',
    doesNotCertify:
      'Organic or recycled fibre origin, or environmental practice at the factory (GOTS, GRS, STeP and MADE IN GREEN cover those). Articles not on the certificate may not carry the label.',
    validity: '1 year, then re-tested. “Under review” on Label Check means the renewal is in progress.',
    askFor: 'The label or certificate number, the certificate with its article list and product class, and the issuing institute.',
    howToVerify:
      'Enter the number on OEKO-TEX Label Check exactly as printed (spaces and symbols included, without the institute name); check status, product class and that your article is covered.',
    registries: [
      {
        name: 'OEKO-TEX Label Check',
        url: 'https://www.oeko-tex.com/en/label-check',
        urlTemplate: 'https://www.oeko-tex.com/en/detail?number={number}',
        access: 'open',
        howTo: 'Enter the label number exactly as printed, without the institute name.',
      },
    ],
    obsoleteVersions: [],
    redFlags: [
      { pattern: '“OEKO-TEX certified factory”', why: 'STANDARD 100 certifies articles, not factories; the facility scheme is STeP.' },
      { pattern: 'Certificate more than 12 months old', why: 'Certificates last 1 year; an older one has expired unless Label Check shows it renewed.' },
      NOT_LISTED,
    ],
    markets: ['textiles-apparel'],
    sources: [
      src('https://www.oeko-tex.com/en/faq/consumer', 'OEKO-TEX FAQ for consumers (Label Check, validity)', 'validity', 'howToVerify', 'registries', 'summary'),
      src('https://oeko-tex.hohenstein.com/en/output-control/', 'Hohenstein: OEKO-TEX certification', 'owner', 'issuer'),
      src('https://www.centrocot.it/en/oeko-tex/standard-100-by-oeko-tex/', 'Centrocot: STANDARD 100 by OEKO-TEX (every component tested)', 'certifies'),
      src('https://www.scribd.com/document/481074846/Factsheet-STANDARD-100-EN', 'STANDARD 100 factsheet (product classes)', 'certifies'),
      src('http://www.oko-tex.com/OekoTex100_PUBLIC/content.asp?area=hauptmenue&site=oekotexzertifikat&cls=02', 'OEKO-TEX certificate: validity and which articles may carry the label', 'validity', 'doesNotCertify', 'redFlags', 'askFor'),
      src('https://www.oeko-tex.com/en/faq', 'OEKO-TEX FAQ (STeP and MADE IN GREEN)', 'doesNotCertify', 'redFlags'),
      src('https://litmus.materialinstruments.com/certificates/oeko_tex_standard_100_certificate', 'What an OEKO-TEX STANDARD 100 certificate does not cover', 'doesNotCertify', 'summary', 'markets'),
    ],
  },
  {
    id: 'pefc',
    name: 'PEFC (forest certification)',
    aliases: ['PEFC', 'PEFC CoC', 'PEFC certified', 'Programme for the Endorsement of Forest Certification'],
    kind: 'product-certification',
    summary: 'Forest and chain-of-custody certification for wood and paper. Check the holder in PEFC’s “Find Certified” database.',
    owner: 'PEFC (Programme for the Endorsement of Forest Certification).',
    issuer: 'Accredited certification bodies.',
    certifies: 'Forest management, or chain of custody to PEFC ST 2002 (2020 edition): certified material traced through the holder’s processing.',
    doesNotCertify:
      'Products outside the certificate’s scope. The PEFC/xx-xx-xxx number is a logo licence number; ask for the chain-of-custody certificate as well.',
    validity: 'Check dates and status in PEFC’s database; expired, terminated, withdrawn and suspended certificates stay visible there.',
    askFor: 'The PEFC chain-of-custody certificate (number, certification body, scope) and the PEFC logo licence number (PEFC/xx-xx-xxx).',
    howToVerify: 'Search the company or certificate number in PEFC’s “Find Certified” database (pefc.org) and check status and scope.',
    registries: [],
    obsoleteVersions: [],
    redFlags: [
      { pattern: 'Status expired, suspended, terminated or withdrawn', why: 'PEFC keeps such certificates visible; only a valid one supports a PEFC claim.' },
      NOT_LISTED,
    ],
    markets: ['furniture-wood'],
    sources: [
      src('https://data.pefc.org/governing-body/help.php', 'PEFC database “Find Certified”: help', 'howToVerify', 'validity', 'redFlags', 'summary'),
      src('https://www.pefc.org/standards/chain-of-custody', 'PEFC: chain of custody (PEFC ST 2002)', 'owner', 'issuer', 'certifies'),
      src('https://www.readkong.com/page/pefc-international-standard-5892382', 'PEFC international standard (logo licence number format)', 'askFor', 'doesNotCertify'),
      src('https://ttf.co.uk/check-your-certificates-fsc-and-pefc/', 'TTF: check your FSC and PEFC certificates', 'howToVerify', 'markets'),
    ],
  },
];
