import { describe, expect, it } from 'vitest';
import type { Hit } from '../../../lib/scan/hits';
import { Highlighter } from '../../../lib/highlight/highlighter';
import { installHighlightRegistry } from './fake-scan';

describe('Highlighter', () => {
  it('registers a very large number of ranges without overflowing the call stack', () => {
    // `npm run bench` found it: 76,394 ranges on a 5 MB page threw RangeError when spread into
    // the Highlight constructor. 150,000 is past what any engine accepts as arguments.
    const registry = installHighlightRegistry(window);
    const text = document.createTextNode('CE '.repeat(150_000));
    document.body.append(text);
    const hits: Hit[] = Array.from({ length: 150_000 }, (_, i) => ({
      supplierKey: null,
      id: 'ce',
      evidence: 'supplier',
      flags: i % 2 ? ['misnomer'] : [],
      pieces: [{ node: text, start: i * 3, end: i * 3 + 2 }],
    }));
    const counts = new Highlighter(document).apply(hits);
    expect(counts).toMatchObject({ claim: 75_000, flagged: 75_000 });
    expect(registry.get('certlens-claim')?.size).toBe(75_000);
    expect(registry.get('certlens-flagged')?.size).toBe(75_000);
    text.remove();
  });
});
