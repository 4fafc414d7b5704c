import type { ClaimId } from '../claims/ids';
import type { ClaimEntry, ClaimKind } from '../claims/schema';

/**
 * The request to the supplier: exactly the identifiers and documents a claim needs, in English
 * and Simplified Chinese (many sales staff on Chinese marketplaces read Chinese first). The
 * catalog's `askFor` is prose for the importer; these items are the same asks, phrased for the
 * supplier, with a translation we write and review ourselves.
 */

export interface AskItem {
  en: string;
  zh: string;
}

export const ASK_ITEMS = {
  certNumber: { en: 'the certificate number', zh: '证书编号' },
  certBody: { en: 'the name of the certification body that issued it', zh: '发证认证机构的名称' },
  certCopy: {
    en: 'a copy of the certificate showing the holder’s name and address, the scope, the standard and its edition, and the issue and expiry dates',
    zh: '证书副本（须显示持证单位名称和地址、认证范围、标准及版本、发证日期和有效期）',
  },
  standardEdition: { en: 'the exact standard and edition (for example ISO 9001:2015)', zh: '具体标准及版本（例如 ISO 9001:2015）' },
  iatfUsi: { en: 'the IATF USI (the 6-character site code on the certificate)', zh: 'IATF USI（证书上的 6 位现场识别码）' },
  auditReport: { en: 'the latest audit report with its date and result', zh: '最近一次审核报告（含审核日期和结果）' },
  amforiId: { en: 'the factory’s amfori ID', zh: '工厂的 amfori ID' },
  amforiAudit: {
    en: 'the date and rating of the latest amfori audit, and the audit report (or share it with us on the amfori Sustainability Platform)',
    zh: '最近一次 amfori 审核的日期和评级，以及审核报告（或在 amfori 可持续发展平台上共享给我们）',
  },
  sedexNumbers: { en: 'the Sedex company number (ZC…) and site number (ZS…)', zh: 'Sedex 公司编号（ZC…）和工厂站点编号（ZS…）' },
  smetaReport: {
    en: 'the latest SMETA audit report (date, 2- or 4-pillar), shared with us on Sedex',
    zh: '最新的 SMETA 审核报告（审核日期，2 支柱或 4 支柱），请在 Sedex 平台上共享给我们',
  },
  wrapId: { en: 'the WRAP ID and the current certificate with its level and expiry date', zh: 'WRAP ID 以及当前证书（含等级和有效期）' },
  gsvNumber: { en: 'the Intertek GSV registration number and the latest GSV report', zh: 'Intertek GSV 注册号及最新 GSV 报告' },
  ictiSeal: { en: 'the ICTI Seal of Compliance number', zh: 'ICTI 合规印章编号' },
  famaLetter: { en: 'the FAMA letter for this facility and the Disney licensee it was issued for', zh: '本工厂的 FAMA 函及其对应的迪士尼授权商名称' },
  retailerAudit: { en: 'the audit’s identifier, its date and result, and which retailer it was done for', zh: '审核编号、审核日期和结果，以及是为哪家零售商进行的审核' },
  scopeCert: { en: 'the scope certificate (licence number, certification body, product list)', zh: '范围证书（SC，含证书编号、认证机构和产品清单）' },
  transactionCert: { en: 'a transaction certificate (TC) for our shipment', zh: '我们这批货物的交易证书（TC）' },
  fscCodes: { en: 'the FSC certificate code and FSC licence code', zh: 'FSC 证书编号和 FSC 商标许可编号' },
  pefcCodes: { en: 'the PEFC chain-of-custody certificate number and PEFC logo licence number', zh: 'PEFC 产销监管链证书编号和 PEFC 标志许可编号' },
  oekoNumber: { en: 'the OEKO-TEX certificate (label) number and the institute that issued it', zh: 'OEKO-TEX 证书（标签）编号及发证机构' },
  model: { en: 'the exact model number of the product you quote', zh: '报价产品的具体型号' },
  declaration: { en: 'the signed EU declaration of conformity for that model', zh: '该型号已签署的欧盟符合性声明（DoC）' },
  ukDeclaration: { en: 'the signed UK declaration of conformity for that model', zh: '该型号已签署的英国符合性声明' },
  notifiedBody: {
    en: 'the notified body’s 4-digit number and its certificate, if a notified body was involved',
    zh: '如有公告机构参与，请提供公告机构的 4 位编号及其证书',
  },
  testReports: { en: 'the test reports for that model, naming the laboratory', zh: '该型号的测试报告（须注明检测实验室名称）' },
  fccId: {
    en: 'the FCC ID on the product label (grantee code + product code); for products without a radio, the SDoC, its test report and the US responsible party',
    zh: '产品标签上的 FCC ID（受让人代码 + 产品代码）；非无线产品请提供 SDoC 声明、测试报告及美国责任方信息',
  },
  ulFile: { en: 'the UL file number (E…) and the UL listing for that model', zh: 'UL 档案号（E 开头）及该型号的 UL 列名信息' },
  etlControl: { en: 'the ETL control number on the label and the Intertek listing for that model', zh: '标签上的 ETL 控制号及该型号的 Intertek 列名信息' },
  cbCert: { en: 'the CB test certificate number and the issuing certification body', zh: 'CB 测试证书编号及发证认证机构' },
  cpc: { en: 'the CPC (or GCC) for that product and the lab test reports it cites', zh: '该产品的 CPC（或 GCC）证书及其引用的实验室测试报告' },
  fdaNumber: { en: 'the FDA registration number and the product listing', zh: 'FDA 注册号及产品列名信息' },
  bisNumber: { en: 'the BIS registration (R-number) or licence number for that model', zh: '该型号的 BIS 注册号（R 开头）或许可证号' },
  energyStar: { en: 'the brand and model as listed by ENERGY STAR, and the certification body', zh: 'ENERGY STAR 列名的品牌和型号，以及认证机构' },
  pcocNumber: { en: 'the SABER PCoC number and the body that issued it', zh: 'SABER 产品符合性证书（PCoC）编号及发证机构' },
  complianceTests: {
    en: 'test reports from an accredited laboratory for that product or material, naming the standard or substance list',
    zh: '该产品或材料由认可实验室出具的测试报告（须注明依据的标准或物质清单）',
  },
  businessLicence: { en: 'the business licence with its Unified Social Credit Code', zh: '营业执照（含统一社会信用代码）' },
  verificationReport: {
    en: 'the verification or audit report: who carried it out, when, and what it covered',
    zh: '验厂或审核报告：由哪家机构进行、日期，以及覆盖的范围',
  },
} as const satisfies Record<string, AskItem>;

export type AskItemId = keyof typeof ASK_ITEMS;

const BY_KIND: Record<ClaimKind, AskItemId[]> = {
  'management-system': ['certNumber', 'certBody', 'certCopy'],
  'social-audit': ['auditReport', 'certBody'],
  'audit-platform': ['sedexNumbers', 'smetaReport'],
  'product-certification': ['model', 'certNumber', 'certBody', 'certCopy'],
  'self-declared-marking': ['model', 'declaration', 'testReports'],
  regulation: ['model', 'complianceTests'],
  registration: ['certNumber', 'certBody'],
  'marketplace-badge': ['verificationReport', 'businessLicence'],
  accreditation: ['certNumber', 'certBody', 'certCopy'],
  'certification-body': ['certNumber', 'certCopy'],
  'not-a-certification': ['standardEdition', 'certNumber', 'certBody'],
};

/** Claims whose identifiers differ from their kind's (see each entry's askFor). */
const BY_CLAIM: Partial<Record<ClaimId, AskItemId[]>> = {
  'iatf-16949': ['certNumber', 'iatfUsi', 'certBody', 'certCopy'],
  'iso-unspecified': ['standardEdition', 'certNumber', 'certBody', 'certCopy'],
  'iso-other': ['standardEdition', 'certNumber', 'certBody', 'certCopy'],
  'iso-14000': ['standardEdition', 'certNumber', 'certBody', 'certCopy'],
  'amfori-bsci': ['amforiId', 'amforiAudit'],
  'amfori-bepi': ['amforiId', 'amforiAudit'],
  'sedex-smeta': ['sedexNumbers', 'smetaReport'],
  wrap: ['wrapId'],
  gsv: ['gsvNumber'],
  'c-tpat': ['gsvNumber', 'auditReport'],
  'icti-ethical-toy': ['ictiSeal', 'auditReport'],
  'disney-fama': ['famaLetter', 'auditReport'],
  'retailer-audit': ['retailerAudit', 'auditReport'],
  sa8000: ['certNumber', 'certBody', 'certCopy'],
  gots: ['scopeCert', 'transactionCert'],
  grs: ['scopeCert', 'transactionCert'],
  fsc: ['fscCodes', 'certCopy'],
  pefc: ['pefcCodes', 'certCopy'],
  'oeko-tex': ['oekoNumber', 'certCopy'],
  ce: ['model', 'declaration', 'notifiedBody', 'testReports'],
  'emc-lvd-red': ['model', 'declaration', 'notifiedBody', 'testReports'],
  ukca: ['model', 'ukDeclaration', 'testReports'],
  fcc: ['model', 'fccId'],
  ul: ['model', 'ulFile'],
  etl: ['model', 'etlControl'],
  'cb-scheme': ['model', 'cbCert', 'testReports'],
  cpc: ['model', 'cpc'],
  'fda-registration': ['fdaNumber'],
  bis: ['model', 'bisNumber'],
  'energy-star': ['energyStar'],
  saso: ['model', 'pcocNumber'],
  'iso-17025': ['certNumber', 'certBody', 'certCopy'],
};

export function askItemsFor(entry: Pick<ClaimEntry, 'id' | 'kind'>): AskItemId[] {
  return BY_CLAIM[entry.id] ?? BY_KIND[entry.kind];
}

export interface SupplierRequest {
  en: string;
  zh: string;
  /** Both languages, English first: what the copy button puts on the clipboard. */
  both: string;
}

/**
 * The ready message. `claimLabel` is the claim as the page showed it or the catalog names it
 * ("ISO 9001:2015"); it is plain text in a message the user pastes themselves.
 */
export function supplierRequest(entry: Pick<ClaimEntry, 'id' | 'kind' | 'name'>, claimLabel?: string): SupplierRequest {
  const label = (claimLabel || entry.name).trim();
  const items = askItemsFor(entry).map((id) => ASK_ITEMS[id]);
  const en = [
    'Hello,',
    '',
    `Thank you for your offer. Your page mentions ${label}. Before we order, please send us:`,
    ...items.map((it, i) => `${i + 1}. ${it.en}`),
    '',
    'We will confirm these with the issuer. Thank you.',
  ].join('\n');
  const zh = [
    '您好！',
    '',
    `感谢贵司的报价。贵司页面提到 ${label}。下单前，请提供以下资料：`,
    ...items.map((it, i) => `${i + 1}. ${it.zh}`),
    '',
    '我们会向发证机构核实。谢谢！',
  ].join('\n');
  return { en, zh, both: `${en}\n\n${zh}` };
}
