// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { assessSupplier, detect } from '../../../lib/detect';

// The real made-in-china directory card (shared/corpus/made-in-china-search-1.html, span title).
const PILE =
  'ISO 9001, ISO 9000, ISO 14001, ISO 14000, ISO 20000, OHSAS/ OHSMS 18001, IATF16949, HSE, ISO 14064, QC 080000, GMP, BSCI, BRC, SA 8000, QHSE, HACCP, BS 25999-2, ISO 13485, EICC, ANSI/ESD, SEDEX, ISO 22000, AIB, WRAP, GAP, ASME, ISO 29001, BREEAM, HQE, SHE Audits, IFS, QSR, ISO 50001, LEED, PAS 28000, FSC, ISO 10012, ISO 17025';
const assess = (list: string) => assessSupplier(detect(list, { claimList: true }));

describe('assessSupplier: a pile of unrelated standards', () => {
  it('flags the 38-standard card as implausible, with a reason an importer understands', () => {
    const r = assess(PILE);
    expect(r.flags).toEqual(['implausible']);
    expect(r.reasons).toHaveLength(1);
    expect(r.reasons[0]).toMatch(/^Claims \d+ standards across /);
    for (const sector of ['food', 'automotive', 'medical', 'wood/paper']) expect(r.reasons[0]).toContain(sector);
    expect(r.reasons[0]).toContain('no single factory holds all of these');
  });

  it.each([
    'ISO 9001, ISO 9000, BSCI',
    'ISO 9001, BSCI, SEDEX',
    'ISO 9001, ISO 20000, IATF16949, GMP',
    'ISO 9001, ISO 9000, ISO 14001, ISO 14000, ISO 20000, OHSAS/ OHSMS 18001, HSE, QC 080000, GMP, BSCI',
    'ISO 9001, ISO 14001, ISO 45001, BSCI, SEDEX, SA8000, WRAP',
    'ISO 9001, IATF16949, ISO 14001, CE, RoHS, REACH, UL, FCC, ETL, CB, GS, PSE, KC, CCC, SGS, TÜV',
  ])('does not flag a believable card: %s', (list) => {
    expect(assess(list)).toEqual({ flags: [], reasons: [] });
  });

  it('judges sector families, not the count alone', () => {
    // Few claims, but food + automotive + medical + wood: no factory does all four.
    expect(assess('HACCP, IATF 16949, ISO 13485, FSC').flags).toEqual(['implausible']);
    // Many product marks from one electrical maker are normal.
    expect(assess('CE, UKCA, FCC, UL, ETL, CSA, CB, GS, RoHS, REACH, PSE, KC, RCM, BIS, SASO, EAC, CCC, CQC').flags).toEqual([]);
  });
});
