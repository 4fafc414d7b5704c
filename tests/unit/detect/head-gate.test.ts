// @vitest-environment node
/**
 * The tokenizer turns ordinary words away by a hash of the head words before doing any string
 * work (lib/detect/index.ts). That shortcut must never lose a claim: on any text, detect() with
 * it gives exactly what the exact path (every candidate word upper-cased and looked up) gives.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { LATIN_RULES } from '../../../lib/claims/rules';
import { __testing, detect } from '../../../lib/detect';

const HEADS = [...new Set(LATIN_RULES.flatMap((r) => r.h))];
/** Spellings a page may use for a head word: as listed, lower case, capitalised, mixed. */
const spelled = fc.tuple(fc.constantFrom(...HEADS), fc.integer({ min: 0, max: 3 }), fc.integer()).map(([h, how, seed]) => {
  if (how === 0) return h;
  if (how === 1) return h.toLowerCase();
  if (how === 2) return h[0] + h.slice(1).toLowerCase();
  return [...h].map((c, i) => ((seed >> (i % 30)) & 1 ? c.toLowerCase() : c)).join('');
});
/** Letters whose upper case is not one unit at a fixed offset (exact path), and near-misses. */
const ODD = ['ß', 'ı', 'ſ', 'ÿ', 'µ', 'Ö', 'ö', 'Ü', 'ü', 'İ', 'ﬁ', 'Ā', 'ā', 'x', 'Z', '9', '0'];
const GLUE = [' ', '  ', ', ', '/', '-', ':', '.', '\n', '认证', '体系', '', 'No. ', ' by ', ' certified', '（', '®'];
const NUMBERS = ['9001', '14001', '2015', '2008', '16949', '18001', '100', '0123', '3C', 'C123456', '62368', '19001'];
const text = fc
  .array(fc.oneof(spelled, spelled, fc.constantFrom(...ODD), fc.constantFrom(...GLUE), fc.constantFrom(...NUMBERS), fc.string({ maxLength: 3 })), {
    maxLength: 60,
  })
  .map((a) => a.join(''));

afterEach(() => __testing.setHeadHashGate(true));

function both(t: string, claimList: boolean) {
  const now = new Date('2026-11-27T00:00:00Z');
  __testing.setHeadHashGate(true);
  const fast = detect(t, { claimList, now });
  __testing.setHeadHashGate(false);
  const exact = detect(t, { claimList, now });
  __testing.setHeadHashGate(true);
  return { fast, exact };
}

describe('head-word hash gate', () => {
  it('finds exactly what the exact path finds, on random mixes of head words in any case, odd letters and numbers', () => {
    fc.assert(
      fc.property(text, fc.boolean(), (t, claimList) => {
        const { fast, exact } = both(t, claimList);
        expect(fast).toEqual(exact);
      }),
      { numRuns: 600 },
    );
  });

  it('every head word, in every spelling, alone and in a claim list, is still seen', () => {
    for (const h of HEADS) {
      for (const w of [h, h.toLowerCase(), h[0] + h.slice(1).toLowerCase()]) {
        for (const t of [`Certified: ${w} 9001`, `${w}, CE, ISO 9001`, `${w}`]) {
          const { fast, exact } = both(t, true);
          expect(fast, t).toEqual(exact);
        }
      }
    }
    // And the gate is not a no-op: known claims are found through it.
    expect(detect('Certified: ISO 9001:2015, amfori BSCI, CE').map((m) => m.id)).toEqual(['iso-9001', 'amfori-bsci', 'ce']);
  });
});
