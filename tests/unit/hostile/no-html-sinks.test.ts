// @vitest-environment node
/**
 * No source file of the extension turns a string into markup (issue #7, DESIGN.md "page text is
 * never rendered as HTML"). Page text reaches the DOM only through textContent, createTextNode
 * and React children, so no HTML sink may appear in lib/, components/ or entrypoints/ at all:
 * checking the whole tree is simpler than proving which strings came from a page.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
const DIRS = ['lib', 'components', 'entrypoints'];
const SINKS = /\b(innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|createContextualFragment|srcdoc|parseFromString)\b|\bdocument\.write(ln)?\s*\(|\bnew\s+Function\s*\(|\beval\s*\(/;

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...sourceFiles(full));
    else if (/\.(ts|tsx|js|jsx|mjs|html)$/.test(name)) out.push(full);
  }
  return out;
}

describe('HTML sinks in the source', () => {
  const files = DIRS.flatMap((d) => sourceFiles(path.join(repoRoot, d)));

  it('finds the source files (the check is not vacuous)', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(files.some((f) => f.endsWith(path.join('lib', 'highlight', 'hover-card.ts')))).toBe(true);
  });

  it('no file uses innerHTML, outerHTML, insertAdjacentHTML, dangerouslySetInnerHTML, document.write, eval or new Function', () => {
    const offenders: string[] = [];
    for (const file of files) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (SINKS.test(line)) offenders.push(`${path.relative(repoRoot, file)}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(offenders).toEqual([]);
  });

  it('the pattern catches each sink it names', () => {
    for (const s of ['el.innerHTML = x', 'el.outerHTML=x', "el.insertAdjacentHTML('beforeend', x)", '<div dangerouslySetInnerHTML={{ __html: x }} />', 'document.write(x)', 'eval(x)', 'new Function(x)', 'range.createContextualFragment(x)']) {
      expect(SINKS.test(s), s).toBe(true);
    }
    expect(SINKS.test('el.textContent = x; doc.createTextNode(x)')).toBe(false);
  });
});
