// TEMPORARY STUB (lead): the detector work replaces this file entirely. Same signature.
import type { DetectOptions, Match } from './types';
export type { DetectOptions, Match } from './types';

const STUB: Array<[RegExp, Match['id']]> = [
  [/\bISO[\s-]*9001(?::\d{4})?/gi, 'iso-9001'],
  [/\bISO[\s-]*14001(?::\d{4})?/gi, 'iso-14001'],
  [/\b(?:amfori\s*)?BSCI\b/gi, 'amfori-bsci'],
  [/\bCE\b/g, 'ce'],
];

export function detect(text: string, _opts: DetectOptions = {}): Match[] {
  const out: Match[] = [];
  for (const [re, id] of STUB) {
    for (const m of text.matchAll(re)) {
      out.push({ id, start: m.index!, end: m.index! + m[0].length, text: m[0], flags: [] });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
