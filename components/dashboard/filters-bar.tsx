import { CLAIM_FLAGS, type ClaimId } from '../../lib/claims/ids';
import type { Shortlist } from '../../lib/db/shortlists';
import { VERIFICATION_STATUSES } from '../../lib/db/verification-records';
import { MARKETPLACE_LABELS, type Marketplace } from '../../lib/sites/hosts';
import { useEntry } from '../catalog-context';
import { FLAG_LABELS, STATUS_LABELS } from './labels';
import type { Filters } from './model';

interface Props {
  filters: Filters;
  onChange(next: Filters): void;
  claims: ClaimId[];
  tags: string[];
  shortlists: Shortlist[];
}

function ClaimOption({ id }: { id: ClaimId }) {
  const entry = useEntry(id);
  return <option value={id}>{entry?.name ?? id}</option>;
}

/** Search and filters over the supplier list. Every control is a labelled native input. */
export function FiltersBar({ filters, onChange, claims, tags, shortlists }: Props) {
  const set = <K extends keyof Filters>(k: K, v: Filters[K]) => onChange({ ...filters, [k]: v });
  return (
    <form className="certlens-dash-filters" role="search" aria-label="Filter suppliers" onSubmit={(e) => e.preventDefault()}>
      <label>
        Search
        <input
          type="search"
          data-testid="dash-search"
          value={filters.text}
          placeholder="Name, country, tag, note…"
          onChange={(e) => set('text', e.target.value)}
        />
      </label>
      <label>
        Marketplace
        <select value={filters.marketplace} onChange={(e) => set('marketplace', e.target.value as Marketplace | '')}>
          <option value="">All</option>
          {(Object.keys(MARKETPLACE_LABELS) as Marketplace[]).map((m) => (
            <option key={m} value={m}>
              {MARKETPLACE_LABELS[m]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Claim
        <select value={filters.claim} data-testid="dash-filter-claim" onChange={(e) => set('claim', e.target.value as ClaimId | '')}>
          <option value="">Any</option>
          {claims.map((id) => (
            <ClaimOption key={id} id={id} />
          ))}
        </select>
      </label>
      <label>
        Red flag
        <select value={filters.flag} onChange={(e) => set('flag', e.target.value as Filters['flag'])}>
          <option value="">Any or none</option>
          <option value="any">Any red flag</option>
          {CLAIM_FLAGS.map((f) => (
            <option key={f} value={f}>
              {FLAG_LABELS[f]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Verification
        <select value={filters.verification} onChange={(e) => set('verification', e.target.value as Filters['verification'])}>
          <option value="">Any</option>
          {VERIFICATION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Tag
        <select value={filters.tag} onChange={(e) => set('tag', e.target.value)}>
          <option value="">Any</option>
          {tags.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      </label>
      <label>
        Shortlist
        <select value={filters.shortlist} data-testid="dash-filter-shortlist" onChange={(e) => set('shortlist', e.target.value)}>
          <option value="">Any</option>
          {shortlists.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
    </form>
  );
}
