import type { ClaimFlag, ClaimId } from '../../lib/claims/ids';
import type { VerificationStatus } from '../../lib/db/verification-records';
import type { Marketplace } from '../../lib/sites/hosts';
import { sightingKey, type SupplierView } from '../../lib/io/supplier-view';

/**
 * The dashboard's list logic, pure and separate from React so it can be measured at 10,000
 * suppliers: an index built once per data load, then filter, sort and page over it.
 */

export interface Filters {
  /** Free text: name, key, country, business type, badges, tags, notes. */
  text: string;
  marketplace: Marketplace | '';
  claim: ClaimId | '';
  flag: ClaimFlag | 'any' | '';
  tag: string;
  shortlist: string;
  /**
   * A claim of the supplier has this verification status ('unchecked': a claim with no record);
   * with a claim filter set, that claim has it.
   */
  verification: VerificationStatus | '';
}

export const NO_FILTERS: Filters = { text: '', marketplace: '', claim: '', flag: '', tag: '', shortlist: '', verification: '' };

export type SortKey = 'name' | 'marketplace' | 'claims' | 'flags' | 'lastSeen' | 'firstSeen';
export interface Sort {
  key: SortKey;
  dir: 'asc' | 'desc';
}
export const DEFAULT_SORT: Sort = { key: 'lastSeen', dir: 'desc' };

export interface IndexedView {
  view: SupplierView;
  haystack: string;
  claims: Set<ClaimId>;
  flags: Set<ClaimFlag>;
  flagCount: number;
  tags: Set<string>;
  shortlists: Set<string>;
  statuses: Set<VerificationStatus>;
  claimStatuses: Map<ClaimId, Set<VerificationStatus>>;
}

export function indexViews(views: readonly SupplierView[]): IndexedView[] {
  return views.map((view) => {
    const s = view.supplier;
    const flags = new Set<ClaimFlag>();
    let flagCount = 0;
    const statuses = new Set<VerificationStatus>();
    const claimStatuses = new Map<ClaimId, Set<VerificationStatus>>();
    for (const g of view.sightings) {
      for (const f of g.flags) flags.add(f);
      flagCount += g.flags.length;
      const status = view.verifications.get(sightingKey(g))?.status ?? 'unchecked';
      statuses.add(status);
      const per = claimStatuses.get(g.claimId);
      if (per) per.add(status);
      else claimStatuses.set(g.claimId, new Set([status]));
    }
    return {
      view,
      haystack: [s.name, s.key, s.country, s.businessType, s.years, ...s.badges, ...view.tags, view.note?.text ?? '']
        .filter(Boolean)
        .join('\n')
        .toLocaleLowerCase(),
      claims: new Set(view.sightings.map((g) => g.claimId)),
      flags,
      flagCount,
      tags: new Set(view.tags),
      shortlists: new Set(view.shortlists.map((l) => l.id)),
      statuses,
      claimStatuses,
    };
  });
}

export function filterViews(rows: readonly IndexedView[], f: Filters): IndexedView[] {
  const words = f.text.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  return rows.filter(
    (r) =>
      (!f.marketplace || r.view.supplier.marketplace === f.marketplace) &&
      (!f.claim || r.claims.has(f.claim)) &&
      (!f.flag || (f.flag === 'any' ? r.flags.size > 0 : r.flags.has(f.flag))) &&
      (!f.tag || r.tags.has(f.tag)) &&
      (!f.shortlist || r.shortlists.has(f.shortlist)) &&
      (!f.verification || (f.claim ? r.claimStatuses.get(f.claim)?.has(f.verification) : r.statuses.has(f.verification))) &&
      words.every((w) => r.haystack.includes(w)),
  );
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

export function sortViews(rows: readonly IndexedView[], sort: Sort): IndexedView[] {
  const sign = sort.dir === 'asc' ? 1 : -1;
  const by: Record<SortKey, (a: IndexedView, b: IndexedView) => number> = {
    name: (a, b) => collator.compare(a.view.supplier.name || a.view.supplier.key, b.view.supplier.name || b.view.supplier.key),
    marketplace: (a, b) => a.view.supplier.marketplace.localeCompare(b.view.supplier.marketplace),
    claims: (a, b) => a.claims.size - b.claims.size,
    flags: (a, b) => a.flagCount - b.flagCount,
    lastSeen: (a, b) => a.view.supplier.lastSeen - b.view.supplier.lastSeen,
    firstSeen: (a, b) => a.view.supplier.firstSeen - b.view.supplier.firstSeen,
  };
  const cmp = by[sort.key];
  // Ties broken by key, so paging is stable.
  return [...rows].sort((a, b) => sign * cmp(a, b) || a.view.supplier.key.localeCompare(b.view.supplier.key));
}

export const PAGE_SIZE = 50;

export function pageOf<T>(rows: readonly T[], page: number, size = PAGE_SIZE): { rows: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const p = Math.min(Math.max(0, page), pages - 1);
  return { rows: rows.slice(p * size, (p + 1) * size), page: p, pages };
}

/** The claims to show as compare columns: every claim any of the suppliers has, most common first. */
export function compareColumns(views: readonly SupplierView[]): ClaimId[] {
  const count = new Map<ClaimId, number>();
  for (const v of views) for (const id of new Set(v.sightings.map((g) => g.claimId))) count.set(id, (count.get(id) ?? 0) + 1);
  return [...count.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([id]) => id);
}
