// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getEntry } from '../../../lib/claims/catalog';
import type { CertLensDb } from '../../../lib/db';
import { escapeMarkdown, mdLink, shortlistDossier, supplierDossier } from '../../../lib/io/markdown';
import { loadSupplierViews, type SupplierView } from '../../../lib/io/supplier-view';
import { freshDb } from '../db/helpers';
import { seed } from './helpers';

let db: CertLensDb;
let views: SupplierView[];
const view = (key: string) => views.find((v) => v.supplier.key === key)!;
beforeAll(async () => {
  db = freshDb();
  await seed(db);
  views = await loadSupplierViews(db);
});
afterAll(() => db.delete());

describe('Markdown dossier of one supplier', () => {
  it('lists claims with what they mean (from the catalog), the verification outcome with its date, and the notes', () => {
    const md = supplierDossier(view('alibaba:zhenbenchina'), { now: Date.UTC(2026, 10, 27) });
    const iso = getEntry('iso-9001')!;
    expect(md).toMatch(/^# 深圳市振本包装有限公司\n/);
    expect(md).toContain('Dossier written by CertLens on 2026-11-27');
    expect(md).toContain('#### ISO 9001 (ISO 9001:2008)');
    expect(md).toContain(`What it does not: ${escapeMarkdown(iso.doesNotCertify)}`);
    expect(md).toContain('Verification: confirmed at the issuer in IAF CertSearch on 2026-11-20');
    expect(md).toContain('Red flags: obsolete');
    // Notes as a quote, each line escaped: "# not a heading" stays text.
    expect(md).toContain('> \\# not a heading');
    expect(md).toContain('> \\-12 units');
  });

  it('page text cannot inject Markdown or HTML', () => {
    const md = supplierDossier(view('made-in-china:evilco'));
    expect(md).not.toContain('<img');
    expect(md).not.toContain('<script');
    expect(md).toContain('&lt;img src=x onerror=alert\\(1\\)&gt;');
    // The claim's text "# CE [approved](javascript:alert(1))" produces neither a heading nor a link.
    expect(md).not.toMatch(/\]\(javascript:/);
    expect(md).toContain('\\# CE \\[approved\\]\\(javascript:alert\\(1\\)\\)');
    for (const line of md.split('\n')) if (line.startsWith('#')) expect(line).toMatch(/^#{1,6} /);
  });

  it('links only http(s) pages, with brackets percent-encoded', () => {
    expect(mdLink('x', 'javascript:alert(1)')).toBe('x');
    expect(mdLink('page', 'https://a.example/p(1)')).toBe('[page](https://a.example/p%281%29)');
    expect(mdLink('[a](b)', 'https://a.example/')).toBe('[\\[a\\]\\(b\\)](https://a.example/)');
  });
});

describe('Markdown dossier of a shortlist', () => {
  it('has the shortlist note and a section per supplier', () => {
    const md = shortlistDossier({ name: 'Mugs 2027', note: 'Ask for samples' }, [view('alibaba:zhenbenchina'), view('made-in-china:evilco')]);
    expect(md).toMatch(/^# Shortlist: Mugs 2027\n/);
    expect(md).toContain('> Ask for samples');
    expect(md).toContain('2 suppliers:');
    expect(md.match(/^## /gm)).toHaveLength(2);
  });
});
