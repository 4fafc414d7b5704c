/**
 * Detector throughput in Node (issue #7, item 3): MB/s on real corpus text, generated supplier
 * text and adversarial text. Prints a table and a last line of JSON. Not a test: run it with
 * `npx tsx scripts/bench-detect.ts`. Real pages are read from ../shared/corpus when present.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { detect } from '../lib/detect';

const repoRoot = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const corpusDir = path.resolve(repoRoot, '../shared/corpus');

function bodyText(file: string): string {
  const { document } = parseHTML(fs.readFileSync(file, 'utf8'));
  for (const el of document.querySelectorAll('script,style,noscript')) el.remove();
  // Visible text plus the title attributes the adapters also read (cut-off certification lists).
  const titles = [...document.querySelectorAll('[title]')].map((e) => e.getAttribute('title')).join('\n');
  return `${document.body?.textContent ?? ''}\n${titles}`;
}

/** A supplier page as the marketplaces write them: mostly prose, some claim lists, some Chinese. */
function generated(bytes: number): string {
  const parts = [
    'Our factory was founded in 2008 and has 300 workers on 12 production lines. ',
    'We provide OEM and ODM service with fast delivery and a competitive PRICE. ',
    'Certified: ISO9001 amfori BSCI. ',
    'Product certificates: CE, FCC, RoHS, UL listed, cETLus, PSE, KC. ',
    'ISO 9001:2015 certificate No. CN09/12345 issued by SGS, valid until 2027-03-01. ',
    '公司通过质量管理体系认证和环境管理体系认证，产品通过3C认证。 ',
    'Packing: each piece in a PE bag, 50 pieces per carton, WRAP it in film. ',
    'Main markets: North America, Western Europe, the GCC countries and Southeast Asia. ',
    'Quality control: IQC, IPQC, FQC and OQC on every batch before shipment. ',
  ];
  let out = '';
  let i = 0;
  while (out.length < bytes) out += parts[(i++ * 7) % parts.length];
  return out.slice(0, bytes);
}

const ADVERSARIAL: Record<string, string> = {
  'runs of "ISO "': 'ISO ',
  '"ISO 9001:" repeated': 'ISO 9001:',
  'runs of "CE, "': 'CE, ',
  'separators': 'ISO -:/. ',
  'Chinese names back to back': '质量管理体系',
  'zero-width/RTL': '\u200bISO\u202e9001\u2066 ',
  'emoji + CJK': '😀认证ISO，证书编号：',
  'plain letters': 'a',
};

function bench(text: string, runs = 5): { ms: number; mbps: number; matches: number } {
  detect(text); // warm-up (JIT)
  let best = Infinity;
  let matches = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    matches = detect(text).length;
    best = Math.min(best, performance.now() - t0);
  }
  const mb = Buffer.byteLength(text, 'utf8') / 1e6;
  return { ms: best, mbps: mb / (best / 1000), matches };
}

const rows: Array<[string, number, ReturnType<typeof bench>]> = [];
if (fs.existsSync(corpusDir)) {
  const files = fs.readdirSync(corpusDir).filter((f) => f.endsWith('.html'));
  const texts = files.map((f) => bodyText(path.join(corpusDir, f)));
  const all = texts.join('\n');
  rows.push([`corpus: all ${files.length} pages' text`, all.length, bench(all)]);
  rows.push(['corpus text x 40 (one string)', all.length * 40, bench(all.repeat(40), 3)]);
} else {
  console.log('(../shared/corpus absent: corpus rows skipped)');
}
const gen = generated(5_000_000);
rows.push(['generated supplier page, 5 MB', gen.length, bench(gen, 3)]);
for (const [name, unit] of Object.entries(ADVERSARIAL)) {
  const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
  rows.push([`adversarial: ${name}, 1 M chars`, text.length, bench(text, 3)]);
}

console.log(`node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'} x${os.cpus().length}, load ${os.loadavg()[0].toFixed(1)}`);
console.log('text'.padEnd(52), 'chars'.padStart(10), 'best ms'.padStart(9), 'MB/s'.padStart(8), 'matches'.padStart(9));
for (const [name, n, r] of rows) {
  console.log(name.padEnd(52), String(n).padStart(10), r.ms.toFixed(1).padStart(9), r.mbps.toFixed(1).padStart(8), String(r.matches).padStart(9));
}
const pick = (prefix: string) => rows.filter(([n]) => n.startsWith(prefix)).map(([, , r]) => r.mbps);
console.log(
  JSON.stringify({
    corpusMBps: pick('corpus')[0] ?? null,
    generatedMBps: pick('generated')[0],
    adversarialMinMBps: Math.min(...pick('adversarial')),
  }),
);
