import { describe, expect, it } from 'vitest';
import { CATALOG, getEntry } from '../../../lib/claims/catalog';
import { ASK_ITEMS, askItemsFor, supplierRequest } from '../../../lib/verify/ask';
import { buildChecklist } from '../../../lib/verify/checklist';

const entry = (id: Parameters<typeof getEntry>[0]) => getEntry(id)!;

describe('buildChecklist', () => {
  it('gives every catalog entry a request with at least one item in both languages and a step 2 and 3', () => {
    for (const e of CATALOG) {
      const c = buildChecklist(e);
      expect(c.ask.en, e.id).toMatch(/\n1\. /);
      expect(c.ask.zh, e.id).toMatch(/\n1\. /);
      expect(c.checks.length, e.id).toBeGreaterThan(0);
      if (e.registries.length === 0) expect(c.registry.kind, e.id).toBe('none');
      else expect(c.registry.kind, e.id).toBe('links');
    }
  });

  it('says amfori BSCI and Sedex have no public registry and what to ask for instead', () => {
    for (const id of ['amfori-bsci', 'sedex-smeta'] as const) {
      const r = buildChecklist(entry(id)).registry;
      expect(r.kind).toBe('none');
      if (r.kind !== 'none') continue;
      expect(r.message).toMatch(/no public registry/);
      expect(r.askInstead).toBe(entry(id).askFor);
    }
  });

  it('prefills OEKO-TEX Label Check from the certificate number, encoded', () => {
    const r = buildChecklist(entry('oeko-tex'), { number: '21.HCN.12345 A' }).registry;
    expect(r.kind).toBe('links');
    if (r.kind !== 'links') return;
    expect(r.links[0]).toMatchObject({
      prefilled: true,
      copyNumber: false,
      url: 'https://www.oeko-tex.com/en/detail?number=21.HCN.12345%20A',
    });
  });

  it('without a number, opens the search page and has nothing to copy', () => {
    const r = buildChecklist(entry('oeko-tex')).registry;
    if (r.kind !== 'links') throw new Error('expected links');
    expect(r.links[0]).toMatchObject({ prefilled: false, copyNumber: false, url: entry('oeko-tex').registries[0].url });
  });

  it('for a registry without a URL pattern, opens its search page and copies the number', () => {
    const r = buildChecklist(entry('iso-9001'), { number: 'CN-12345' }).registry;
    if (r.kind !== 'links') throw new Error('expected links');
    expect(r.links.every((l) => !l.prefilled && l.copyNumber)).toBe(true);
    expect(r.links.map((l) => l.name)).toContain('SGS Certified Client Directory');
  });

  it('puts the prefilled registry first (fccid.io before the FCC search page)', () => {
    const r = buildChecklist(entry('fcc'), { number: '2ABCD-XYZ123' }).registry;
    if (r.kind !== 'links') throw new Error('expected links');
    expect(r.links[0].url).toBe('https://fccid.io/2ABCD-XYZ123');
    expect(r.links[1]).toMatchObject({ prefilled: false, copyNumber: true });
  });

  it('lists holder, scope, dates, status and accreditation for a management-system certificate', () => {
    const checks = buildChecklist(entry('iso-9001')).checks.join(' ');
    for (const w of [/holder name/i, /scope/i, /expiry/i, /active/i, /accredited/i]) expect(checks).toMatch(w);
  });
});

describe('supplier request (EN + 中文)', () => {
  it('asks amfori BSCI for the amfori ID and audit, not for a certificate', () => {
    const r = supplierRequest(entry('amfori-bsci'));
    expect(r.en).toContain('amfori ID');
    expect(r.zh).toContain('amfori ID');
    expect(r.en).not.toMatch(/certificate number/);
  });

  it('asks Sedex for the ZC/ZS numbers and the SMETA report', () => {
    const r = supplierRequest(entry('sedex-smeta'));
    expect(r.en).toMatch(/ZC…/);
    expect(r.en).toMatch(/SMETA/);
    expect(r.zh).toMatch(/ZC…/);
  });

  it('asks FCC for the FCC ID, UL for the file number, CE for the declaration and notified-body number', () => {
    expect(supplierRequest(entry('fcc')).en).toContain('FCC ID');
    expect(supplierRequest(entry('ul')).en).toContain('UL file number');
    const ce = supplierRequest(entry('ce'));
    expect(ce.en).toContain('declaration of conformity');
    expect(ce.en).toContain('notified body');
    expect(ce.zh).toContain('公告机构');
  });

  it('asks ISO 9001 for the certificate number and the certification body, in both languages', () => {
    const r = supplierRequest(entry('iso-9001'), 'ISO 9001:2015');
    expect(r.en).toContain('ISO 9001:2015');
    expect(r.en).toContain('certificate number');
    expect(r.en).toContain('certification body');
    expect(r.zh).toContain('证书编号');
    expect(r.zh).toContain('认证机构');
    expect(r.both.startsWith(r.en)).toBe(true);
    expect(r.both.endsWith(r.zh)).toBe(true);
  });

  it('numbers the items the same in both languages and writes Chinese in the Chinese part', () => {
    for (const e of CATALOG) {
      const n = askItemsFor(e).length;
      const r = supplierRequest(e);
      expect(r.en.match(/^\d+\. /gm)?.length, e.id).toBe(n);
      expect(r.zh.match(/^\d+\. /gm)?.length, e.id).toBe(n);
    }
    for (const [id, item] of Object.entries(ASK_ITEMS)) expect(item.zh, id).toMatch(/[\u4e00-\u9fff]/);
  });
});
