// @vitest-environment node
/**
 * balancedObject cuts an embedded JSON object out of page script (alibaba's search data is
 * 400 KB). It skips strings with indexOf for speed; it must cut exactly where a plain
 * character-by-character reading does, whatever quotes, backslashes and braces the page has.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { balancedObject } from '../../../lib/sites/dom';

/** The plain reading: one character at a time, a backslash escapes the next one inside strings. */
function reference(s: string, open: number): string | null {
  let depth = 0;
  let inString = false;
  for (let i = open; i < s.length; i++) {
    const c = s[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '{') depth++;
    else if (c === '}') {
      depth--;
      if (depth === 0) return s.slice(open, i + 1);
    }
  }
  return null;
}

const piece = fc.constantFrom('{', '}', '"', '\\', '\\\\', '\\"', 'a', ':', ',', ' ', '[', ']', '😀', '}}', '""');

describe('balancedObject', () => {
  it('cuts where a character-by-character reading cuts, on any mix of quotes, backslashes and braces', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (parts) => {
        const s = `x = {${parts.join('')}`;
        expect(balancedObject(s, 4)).toBe(reference(s, 4));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads real JSON with escaped quotes and braces in strings', () => {
    const obj = { a: 'say "hi" {not a brace}', b: ['\\', '\\"', { c: '}' }], d: 'end\\\\' };
    const src = `window.x = ${JSON.stringify(obj)}; window.y = {"z": 1};`;
    const cut = balancedObject(src, src.indexOf('{'));
    expect(JSON.parse(cut!)).toEqual(obj);
    expect(balancedObject('{"a": "unterminated}', 0)).toBeNull();
  });
});
