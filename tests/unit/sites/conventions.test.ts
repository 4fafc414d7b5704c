import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MARKETPLACES } from '../../../lib/sites/hosts';
import { ADAPTERS } from '../../../lib/sites';
import { FIXTURE_URLS, repoRoot } from './helpers';

/** A reviewer's checklist for adding a marketplace (STYLE.md §5); each failure says what to do. */
const sitesDir = path.join(repoRoot, 'lib/sites');
const INFRA = new Set(['adapter.ts', 'blocked.ts', 'dom.ts', 'generic.ts', 'hosts.ts', 'index.ts', 'types.ts']);

describe('adapter conventions', () => {
  it('one file per marketplace, named by its id, registered in lib/sites/index.ts', () => {
    const files = readdirSync(sitesDir).filter((f) => f.endsWith('.ts') && !INFRA.has(f) && !f.endsWith('.test.ts'));
    const ids = ADAPTERS.map((a) => a.id);
    for (const f of files) expect(ids, `lib/sites/${f} is not in ADAPTERS (lib/sites/index.ts)`).toContain(f.replace(/\.ts$/, ''));
    for (const m of MARKETPLACES) expect(files, `marketplace ${m} has no lib/sites/${m}.ts`).toContain(`${m}.ts`);
  });

  it('every adapter has its own test file', () => {
    for (const a of ADAPTERS) {
      expect(existsSync(path.join(repoRoot, `tests/unit/sites/${a.id}.test.ts`)), `add tests/unit/sites/${a.id}.test.ts`).toBe(true);
    }
  });

  it('every adapter is exercised on a page: a corpus baseline or a constructed fixture', () => {
    const baselineDir = path.join(repoRoot, 'tests/fixtures/baselines');
    const fromBaselines = readdirSync(baselineDir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => JSON.parse(readFileSync(path.join(baselineDir, f), 'utf8')).marketplace as string);
    for (const a of ADAPTERS) {
      const fromFixtures = Object.values(FIXTURE_URLS).some((u) => a.matches(new URL(u)));
      expect(fromFixtures || fromBaselines.includes(a.id), `add a fixture for ${a.id} in tests/fixtures/pages (and pages.json)`).toBe(true);
    }
  });

  it('every constructed fixture says it is constructed and where its markup comes from', () => {
    for (const file of Object.keys(FIXTURE_URLS)) {
      const head = readFileSync(path.join(repoRoot, 'tests/fixtures/pages', file), 'utf8').slice(0, 600);
      expect(head, file).toMatch(/^<!-- CONSTRUCTED fixture/);
      expect(head, file).toMatch(/selectors\.md §\d/);
    }
  });

  it('every adapter names its selectors', () => {
    for (const a of ADAPTERS) expect(Object.keys(a.selectors).length, a.id).toBeGreaterThan(0);
  });
});
