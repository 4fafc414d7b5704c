/**
 * Length-preserving normalisation: every UTF-16 unit maps to exactly one unit, so offsets found
 * in the normalised text are offsets in the page's text. Fullwidth ASCII (ＩＳＯ９００１：２０１５) is
 * folded to ASCII; dash variants become "-"; odd spaces, zero-width and bidi controls become a
 * plain space (a zero-width space inside "ISO\u200B9001" then reads as a separator).
 */
function fold(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c >= 0xff01 && c <= 0xff5e) return String.fromCharCode(c - 0xfee0);
  if (c === 0x2212 || c === 0xfe58 || c === 0xfe63 || (c >= 0x2010 && c <= 0x2015)) return '-';
  if (c >= 0x2000 && c <= 0x206f && !(c <= 0x200f || (c >= 0x2028 && c <= 0x202f) || c >= 0x205f)) return ch;
  return ' '; // spaces, zero-width, bidi controls, soft hyphen, BOM, ideographic space
}

function special(c: number): boolean {
  return (
    c === 0xa0 || c === 0xad || (c >= 0x2000 && c <= 0x206f) || c === 0x2212 || c === 0x3000 ||
    c === 0xfe58 || c === 0xfe63 || c === 0xfeff || (c >= 0xff01 && c <= 0xff5e)
  );
}

export function normalize(text: string): string {
  // Pages have few such characters: a plain loop finds them faster than a regex scan, and only
  // they are replaced. Text dense with them (adversarial) is rebuilt through a buffer instead,
  // since a million small concatenations would cost far more.
  const n = text.length;
  let count = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xa0 && special(c)) count++;
  }
  if (count === 0) return text;
  if (count < 256 || count < n >> 6) {
    let out = '';
    let from = 0;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c < 0xa0 || !special(c)) continue;
      out += text.slice(from, i) + fold(text[i]);
      from = i + 1;
    }
    return out + text.slice(from);
  }
  const buf = new Uint16Array(n);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    buf[i] = c >= 0xa0 && special(c) ? fold(text[i]).charCodeAt(0) : c;
  }
  let out = '';
  for (let i = 0; i < n; i += 8192) out += String.fromCharCode.apply(null, buf.subarray(i, i + 8192) as unknown as number[]);
  return out;
}
