/**
 * A generated made-in-china.com supplier page of a given size (the markup the adapter reads:
 * shop name, member badge, company info rows, a long free-text profile), for the 5 MB benchmark.
 * The profile is prose in paragraphs with some claims in it, as suppliers write them; the
 * words are the project's own.
 */
export const GENERATED_URL = 'https://bench-supplier.en.made-in-china.com/';

const SENTENCES = [
  'Our factory was founded in 2008 and runs 12 production lines with 300 workers.',
  'We offer OEM and ODM service, fast delivery and a fair price for every order.',
  'Certified: ISO9001 and amfori BSCI audited every year.',
  'Product certificates: CE, FCC, RoHS, UL listed, PSE and KC for the main markets.',
  'ISO 9001:2015 certificate No. CN09/12345 issued by SGS, valid until 2027-03-01.',
  '公司通过质量管理体系认证和环境管理体系认证，产品通过3C认证。',
  'Packing: each piece in a PE bag, 50 pieces per carton, cartons wrapped in film.',
  'Main markets are North America, Western Europe, the Gulf states and Southeast Asia.',
  'Quality control checks incoming parts, the line and the finished goods of every batch.',
  'Samples ship within seven days; mass production takes 25 to 35 days after the deposit.',
  'Our engineers design moulds in house and test every new model for drop and heat.',
];

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export function generatedSupplierPage(bytes: number): string {
  const head = `<!doctype html><html><head><meta charset="utf-8"><title>Bench Electronics Co., Ltd.</title></head><body>
<header><h1 class="shop-sign__header-title--text">Bench Electronics Co., Ltd.</h1>
<div id="member-since"><span class="shop-sign__text">Diamond Member</span> <span class="txt-year">Since 2011</span></div></header>
<div class="sr-comInfo-details">
<div class="info-item"><span class="info-label">Business Type</span><span class="info-fields">Manufacturer/Factory</span></div>
<div class="info-item"><span class="info-label">Main Products</span><span class="info-fields">Earphone cases, chargers</span></div>
<div class="info-item"><span class="info-label">Management System Certification</span><span class="info-fields">ISO 9001, ISO 14001</span></div>
<div class="detail-address">Guangdong, China</div></div>
<div class="company-desc">`;
  const tail = '</div><footer>Bench Electronics</footer></body></html>';
  const parts: string[] = [head];
  let size = head.length + tail.length;
  let i = 0;
  while (size < bytes) {
    // Paragraphs of 4–8 sentences, now and then a list or a bold run, as profiles are written.
    const n = 4 + (i % 5);
    const text = Array.from({ length: n }, (_, k) => SENTENCES[(i * 7 + k * 3) % SENTENCES.length]!).join(' ');
    const html =
      i % 9 === 0
        ? `<ul>${Array.from({ length: 3 }, (_, k) => `<li>${escape(SENTENCES[(i + k) % SENTENCES.length]!)}</li>`).join('')}</ul>`
        : i % 5 === 0
          ? `<p><b>Section ${i}.</b> ${escape(text)}</p>`
          : `<p>${escape(text)}</p>`;
    parts.push(html, '\n');
    size += html.length + 1;
    i++;
  }
  parts.push(tail);
  return parts.join('');
}
