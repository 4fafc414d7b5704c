import { describe, expect, it } from 'vitest';
import { fillUrlTemplate } from '../../../lib/verify/registry-url';

const Q = 'https://www.oeko-tex.com/en/detail?number={number}';
const P = 'https://fccid.io/{number}';

describe('fillUrlTemplate', () => {
  it('fills a plain number', () => {
    expect(fillUrlTemplate(P, '2ABCD-XYZ123')).toBe('https://fccid.io/2ABCD-XYZ123');
  });

  it.each([
    ['spaces', 'SH 025 123', 'SH%20025%20123'],
    ['a slash stays inside the path segment', '12/2024-A', '12%2F2024-A'],
    ['# is not a fragment', 'No.#77', 'No.%2377'],
    ['& is not a new query parameter', 'A&B=1', 'A%26B%3D1'],
    ['CJK characters are UTF-8 encoded', '证书123', '%E8%AF%81%E4%B9%A6123'],
    ['full-width digits are kept as typed (encoded)', '１２３', '%EF%BC%91%EF%BC%92%EF%BC%93'],
    ['? and + are data', 'a?b+c', 'a%3Fb%2Bc'],
    ['% itself', '50%', '50%25'],
  ])('encodes %s', (_why, input, encoded) => {
    const url = fillUrlTemplate(Q, input)!;
    expect(url).toBe(`https://www.oeko-tex.com/en/detail?number=${encoded}`);
    // The registry would read back exactly what the user typed.
    expect(new URL(url).searchParams.get('number')).toBe(input);
    expect(new URL(url).hash).toBe('');
  });

  it('keeps a number with a slash in one path segment', () => {
    const url = fillUrlTemplate(P, 'AB/CD')!;
    expect(new URL(url).pathname).toBe('/AB%2FCD');
    expect(new URL(url).host).toBe('fccid.io');
  });

  it('trims surrounding space, gives up on an empty number or a template without {number}', () => {
    expect(fillUrlTemplate(P, '  X1 ')).toBe('https://fccid.io/X1');
    expect(fillUrlTemplate(P, '   ')).toBeUndefined();
    expect(fillUrlTemplate('https://fccid.io/', 'X1')).toBeUndefined();
  });

  it('survives a lone surrogate', () => {
    expect(fillUrlTemplate(P, 'A\uD800B')).toBe('https://fccid.io/A%EF%BF%BDB');
  });
});
