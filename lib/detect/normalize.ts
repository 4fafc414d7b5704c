/**
 * Length-preserving normalisation: every UTF-16 unit maps to exactly one unit, so offsets found
 * in the normalised text are offsets in the page's text. Fullwidth ASCII (ＩＳＯ９００１：２０１５) is
 * folded to ASCII; dash variants become "-"; odd spaces, zero-width and bidi controls become a
 * plain space (a zero-width space inside "ISO\u200B9001" then reads as a separator).
 */
const NEEDS_WORK = /[\u00A0\u00AD\u2000-\u206F\u2212\u3000\uFE58\uFE63\uFEFF\uFF01-\uFF5E]/;

export function normalize(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let r = -1;
    if (c >= 0xff01 && c <= 0xff5e) r = c - 0xfee0;
    else if (c === 0x3000 || c === 0x00a0 || c === 0x00ad || c === 0xfeff) r = 0x20;
    else if (c >= 0x2000 && c <= 0x206f) {
      if (c >= 0x2010 && c <= 0x2015) r = 0x2d; // hyphens and dashes
      else if (c <= 0x200f || (c >= 0x2028 && c <= 0x202f) || c >= 0x205f) r = 0x20; // spaces, ZW*, bidi
    } else if (c === 0x2212 || c === 0xfe58 || c === 0xfe63) r = 0x2d;
    if (r >= 0) {
      out += text.slice(from, i) + String.fromCharCode(r);
      from = i + 1;
    }
  }
  return out + text.slice(from);
}
