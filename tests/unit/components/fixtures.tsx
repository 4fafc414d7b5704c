import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { CatalogContext } from '../../../components/catalog-context';
import { SidePanel } from '../../../components/side-panel';
import { createPanelStore } from '../../../components/store/panel-store';
import type { TabSource } from '../../../components/tab-source';
import type { ClaimId } from '../../../lib/claims/ids';
import type { ClaimEntry } from '../../../lib/claims/schema';
import { CertLensDb } from '../../../lib/db';
import type { TabState } from '../../../lib/messages/tab-state';
import type { PageScan } from '../../../lib/scan/page-scan';

/**
 * Test-only catalog entries, written for these tests (the real catalog is filled in elsewhere
 * and may change wording; the panel must show whatever the entry says).
 */
export const ISO_9001_ENTRY: ClaimEntry = {
  id: 'iso-9001',
  name: 'ISO 9001',
  aliases: ['ISO9001'],
  kind: 'management-system',
  summary: 'A quality management process was audited; says nothing about one product.',
  owner: 'Test owner: the standards organisation',
  issuer: 'Test issuer: accredited certification bodies',
  certifies: 'Test certifies: the quality process of the company.',
  doesNotCertify: 'Test does-not: any product, its safety or its quality.',
  validity: 'Test validity: three years with yearly audits.',
  ratingScale: 'Test scale: pass or fail',
  askFor: 'Test ask: the certificate number and the certification body.',
  howToVerify: 'Test verify: look the number up in the body’s registry.',
  registries: [
    {
      name: 'Test Registry',
      url: 'https://registry.example.org/search',
      urlTemplate: 'https://registry.example.org/cert/{number}',
      access: 'open',
      howTo: 'Type the certificate number.',
    },
  ],
  obsoleteVersions: [{ version: 'ISO 9001:2008', endedOn: '2018-09-15', replacedBy: 'ISO 9001:2015' }],
  redFlags: [
    { pattern: '“ISO 9001:2008”', why: 'Test why: that version is withdrawn, the certificate is void.' },
    { pattern: '“ISO approved”', why: 'Test why: ISO approves nobody.' },
  ],
  markets: ['global'],
  sources: [{ url: 'https://source.example.org/iso-9001', title: 'Test source on ISO 9001', for: ['certifies'] }],
};

export const BSCI_ENTRY: ClaimEntry = {
  ...ISO_9001_ENTRY,
  id: 'amfori-bsci',
  name: 'amfori BSCI',
  kind: 'social-audit',
  ratingScale: undefined,
  obsoleteVersions: [],
  registries: [],
  redFlags: [{ pattern: '“BSCI certified”', why: 'Test why: BSCI is an audit, not a certificate.' }],
  sources: [{ url: 'https://source.example.org/bsci', title: 'Test source on BSCI', for: ['certifies'] }],
};

export const VERIFIED_ENTRY: ClaimEntry = {
  ...ISO_9001_ENTRY,
  id: 'alibaba-verified',
  name: 'Alibaba Verified Supplier',
  kind: 'marketplace-badge',
  obsoleteVersions: [],
  redFlags: [],
};

const ENTRIES = new Map<ClaimId, ClaimEntry>([ISO_9001_ENTRY, BSCI_ENTRY, VERIFIED_ENTRY].map((e) => [e.id, e]));
export const testLookup = (id: ClaimId) => ENTRIES.get(id);

export function supplierPageScan(overrides: Partial<PageScan> = {}): PageScan {
  return {
    url: 'https://zhenbenchina.en.alibaba.com/company_profile.html',
    marketplace: 'alibaba',
    pageKind: 'supplier',
    suppliers: [
      {
        key: 'alibaba:zhenbenchina',
        name: 'Zhenben Packaging Co., Ltd.',
        flags: [],
        years: '6 yrs',
        country: 'CN',
        businessType: 'Manufacturer, Trading Company',
        badges: ['Verified Supplier'],
        claims: [
          { id: 'alibaba-verified', text: 'Verified', evidence: 'platform', flags: [], issuer: 'SGS' },
          {
            id: 'iso-9001',
            text: 'ISO9001:2008',
            evidence: 'supplier',
            flags: ['obsolete'],
            version: 'ISO 9001:2008',
            certificateNumber: 'Q 123/45',
            issuer: 'TÜV',
            validUntil: '2019-01-31',
          },
          { id: 'amfori-bsci', text: 'BSCI certified', evidence: 'supplier', flags: ['misnomer'] },
        ],
      },
    ],
    claims: [],
    ...overrides,
  };
}

let dbCounter = 0;
export function freshDb(): CertLensDb {
  return new CertLensDb(`certlens-ui-${process.pid}-${++dbCounter}`);
}

/** A TabSource over an in-memory map; `emit*` drive it like the browser would. */
export function fakeTabSource(initialTab: number | null, states: Record<number, PageScan | null> = {}) {
  const scans = new Map<number, TabState | null>(
    Object.entries(states).map(([id, scan]) => [Number(id), scan ? { tabId: Number(id), scan, updatedAt: 1 } : null]),
  );
  const watchers = new Map<number, Set<(s: TabState | null) => void>>();
  let onShow: (id: number) => void = () => {};
  let onChanged: (id: number) => void = () => {};
  const source: TabSource = {
    initialTabId: async () => initialTab,
    follow(show, changed) {
      onShow = show;
      onChanged = changed;
      return () => {
        onShow = () => {};
        onChanged = () => {};
      };
    },
    read: async (id) => scans.get(id) ?? null,
    watch(id, cb) {
      const set = watchers.get(id) ?? new Set();
      set.add(cb);
      watchers.set(id, set);
      return () => set.delete(cb);
    },
  };
  return {
    source,
    activate: (id: number) => onShow(id),
    navigated: (id: number) => onChanged(id),
    /** The background wrote a new scan for a tab (storage.onChanged). */
    push(id: number, scan: PageScan | null) {
      const state = scan ? { tabId: id, scan, updatedAt: 2 } : null;
      scans.set(id, state);
      for (const cb of watchers.get(id) ?? []) cb(state);
    },
    /** Stored without notifying watchers (what a re-read after navigation would find). */
    store(id: number, scan: PageScan | null) {
      scans.set(id, scan ? { tabId: id, scan, updatedAt: 3 } : null);
    },
  };
}

export function renderPanel(scan: PageScan | null, opts: { db?: CertLensDb; tabId?: number } = {}) {
  const db = opts.db ?? freshDb();
  const tabId = opts.tabId ?? 7;
  const tabs = fakeTabSource(tabId, { [tabId]: scan });
  const store = createPanelStore(db);
  const ui = (el: ReactElement) => <CatalogContext.Provider value={testLookup}>{el}</CatalogContext.Provider>;
  const result = render(ui(<SidePanel db={db} tabSource={tabs.source} store={store} />));
  return { ...result, db, tabs, store };
}
