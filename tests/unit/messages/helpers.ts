import type { PageScan } from '../../../lib/scan/page-scan';

/** A small PageScan: one Alibaba supplier with two claims, one flagged when asked. */
export function sampleScan(opts: { flagged?: boolean; url?: string } = {}): PageScan {
  return {
    url: opts.url ?? 'https://www.alibaba.com/product-detail/Sample_1600000000000.html',
    marketplace: 'alibaba',
    pageKind: 'product',
    suppliers: [
      {
        key: 'alibaba:samplefactory',
        name: 'Sample Factory Co., Ltd.',
        flags: [],
        claims: [
          { id: 'iso-9001', text: opts.flagged ? 'ISO 9001:2008' : 'ISO 9001', evidence: 'supplier', flags: opts.flagged ? ['obsolete'] : [] },
          { id: 'ce', text: 'CE', evidence: 'supplier', flags: [] },
        ],
      },
    ],
    claims: [],
  };
}
