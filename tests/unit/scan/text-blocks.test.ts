import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../../lib/scan/node-html';
import { collectBlocks, piecesFor } from '../../../lib/scan/text-blocks';

const body = (html: string) => parseHtmlDocument(`<html><body>${html}</body></html>`).body;
const textOfPieces = (pieces: ReturnType<typeof piecesFor>) => pieces.map((p) => p.node.data.slice(p.start, p.end)).join('');

describe('collectBlocks', () => {
  it('joins inline elements without a gap and maps a match that crosses them back to each text node', () => {
    const [block] = collectBlocks(body('<p>Certified: ISO <b>9001</b>:<i>2015</i> by SGS</p>'));
    const at = block.text.indexOf('ISO 9001:2015');
    expect(at).toBeGreaterThan(-1);
    const pieces = piecesFor(block, at, at + 'ISO 9001:2015'.length);
    expect(pieces).toHaveLength(4);
    expect(textOfPieces(pieces)).toBe('ISO 9001:2015');
    expect(pieces[1].node.parentElement?.tagName).toBe('B');
  });

  it('keeps words of adjacent inline elements apart (label and value spans), but not CJK text', () => {
    // The demo product page's attribute row: "Certification" and "CE / EU" are two spans side by side.
    const [block] = collectBlocks(body('<div><span class="k">Certification</span><span>CE / EU</span> <span>3C</span><span>认证</span></div>'));
    expect(block.text).toContain('Certification CE / EU');
    expect(block.text).toContain('3C认证');
    const at = block.text.indexOf('CE / EU');
    expect(textOfPieces(piecesFor(block, at, at + 2))).toBe('CE');
  });

  it('separates block elements so table cells never run together', () => {
    const [block] = collectBlocks(body('<table><tr><td>CE</td><td>FCC</td></tr></table><div>RoHS</div>'));
    expect(block.text).not.toContain('CEFCC');
    expect(block.text.split('\n').filter(Boolean)).toEqual(['CE', 'FCC', 'RoHS']);
  });

  it('skips scripts, styles, templates, form fields, hidden elements and our own certlens-* elements', () => {
    const [block] = collectBlocks(
      body(`<div>visible
        <script>var s = "ISO 9001";</script><style>.iso9001{}</style><noscript>ISO 14001</noscript>
        <template><p>BSCI</p></template><textarea>SEDEX</textarea><input type="hidden" value="CE">
        <select><option>UL</option></select><span hidden>GOTS</span><span style="display: none">WRAP</span>
        <certlens-marker>3 claims ISO 9001</certlens-marker><certlens-card><b>CE</b></certlens-card>
      </div>`),
    );
    expect(block.text.replace(/\s+/g, ' ').trim()).toBe('visible');
  });

  it('leaves out elements it is told to skip (other regions, excluded chrome)', () => {
    const root = body('<div id="r">one <section id="x">two</section> three</div>').querySelector('#r')!;
    const skip = new Set([root.querySelector('#x')!]);
    expect(collectBlocks(root, { skip })[0].text.replace(/\s+/g, ' ').trim()).toBe('one three');
  });

  it('returns no block for a region without text', () => {
    expect(collectBlocks(body('<div><img alt="x"></div>'))).toEqual([]);
  });
});
