import { useId, useState } from 'react';
import { CATALOG } from '../../lib/claims/catalog';
import {
  BEYOND_CERTIFICATES,
  explainDbError,
  saveBeyondCertificates,
  saveSupplierIdentifiers,
  type BeyondCertificate,
  type SupplierIdentifiers,
  type SupplierRecord,
  type SupplierStub,
} from '../../lib/db';
import type { Claim } from '../../lib/scan/page-scan';
import { checkDuns, checkGstin, checkIec, checkUscc, checkVat, type IdentifierCheck } from '../../lib/verify/identifiers';
import { BEYOND_CERTIFICATE_LABELS, MARKET_LABELS, marketFit } from '../../lib/verify/market-fit';
import { useDb } from '../db-context';
import { useSettings, useSightedClaimIds, useSupplierRecord } from './hooks';
import './verify.css';

/** The end of a supplier's view: identifiers, market fit, and what tells more than certificates. */
export function SupplierVerifySections({ supplier, claims }: { supplier: SupplierStub; claims: readonly Claim[] }) {
  const record = useSupplierRecord(supplier.key);
  return (
    <>
      {record !== undefined && <IdentifiersForm key={supplier.key} supplier={supplier} record={record === 'none' ? undefined : record} />}
      <MarketFitSection supplierKey={supplier.key} claims={claims} />
      {record !== undefined && <BeyondCertificates supplier={supplier} record={record === 'none' ? undefined : record} />}
    </>
  );
}

const ID_FIELDS: ReadonlyArray<{ key: keyof SupplierIdentifiers; label: string; hint: string; check: (s: string) => IdentifierCheck }> = [
  { key: 'uscc', label: 'China USCC (统一社会信用代码)', hint: 'On the business licence; 18 characters.', check: checkUscc },
  { key: 'gstin', label: 'India GSTIN', hint: '15 characters.', check: checkGstin },
  { key: 'iec', label: 'India IEC', hint: '10 characters.', check: checkIec },
  { key: 'vat', label: 'VAT number', hint: 'With its country prefix.', check: checkVat },
  { key: 'duns', label: 'D-U-N-S number', hint: '9 digits.', check: checkDuns },
];

function IdentifiersForm({ supplier, record }: { supplier: SupplierStub; record: SupplierRecord | undefined }) {
  const db = useDb();
  const id = useId();
  const [values, setValues] = useState<SupplierIdentifiers>(() => record?.identifiers ?? {});
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);

  const save = async () => {
    try {
      await saveSupplierIdentifiers(db, supplier, values);
      setStatus({ ok: true, text: 'Saved' });
    } catch (err) {
      setStatus({ ok: false, text: explainDbError(err).message });
    }
  };

  return (
    <section className="certlens-verify-section" data-testid="supplier-identifiers" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>Company identifiers</h3>
      <p className="certlens-muted">
        Type them from the business licence or invoice. CertLens checks only their form; look the company up in the official
        registry.
      </p>
      <div className="certlens-verify-grid">
        {ID_FIELDS.map((field) => {
          const v = values[field.key] ?? '';
          const check = v.trim() ? field.check(v) : null;
          return (
            <div key={field.key} className="certlens-verify-id">
              <label htmlFor={`${id}-${field.key}`}>{field.label}</label>
              <input
                id={`${id}-${field.key}`}
                data-testid={`identifier-${field.key}`}
                value={v}
                autoComplete="off"
                aria-invalid={check ? !check.ok : undefined}
                onChange={(e) => {
                  setValues((old) => ({ ...old, [field.key]: e.target.value }));
                  setStatus(null);
                }}
              />
              {check && !check.ok ? (
                <p className="certlens-warn" data-testid={`identifier-${field.key}-problem`}>
                  {check.message}
                </p>
              ) : check?.ok ? (
                <p className="certlens-ok">Well formed.</p>
              ) : (
                <p className="certlens-muted">{field.hint}</p>
              )}
            </div>
          );
        })}
      </div>
      <button type="button" data-testid="identifiers-save" onClick={() => void save()}>
        Save identifiers
      </button>
      {status && (
        <p role={status.ok ? 'status' : 'alert'} data-testid="identifiers-status" className={status.ok ? '' : 'certlens-error'}>
          {status.text}
        </p>
      )}
    </section>
  );
}

function MarketFitSection({ supplierKey, claims }: { supplierKey: string; claims: readonly Claim[] }) {
  const settings = useSettings();
  const sighted = useSightedClaimIds(supplierKey);
  const id = useId();
  if (!settings) return null;
  const markets = settings.markets;
  const fit = marketFit(CATALOG, markets, [...claims.map((c) => c.id), ...(sighted ?? [])]);

  return (
    <section className="certlens-verify-section" data-testid="market-fit" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>For the markets you sell to</h3>
      {markets.length === 0 ? (
        <p className="certlens-muted">
          Choose the markets you sell to in the{' '}
          <a href="options.html" target="_blank" rel="noopener noreferrer">
            CertLens options
          </a>{' '}
          to see which certificates and documents they commonly expect.
        </p>
      ) : (
        <>
          <p className="certlens-muted">
            {markets.map((m) => MARKET_LABELS[m] ?? m).join(', ')}: commonly expected documents (depending on the product), and
            whether this supplier claims them. Claimed is not verified.
          </p>
          {fit.items.length === 0 ? (
            <p>The catalog lists nothing specific for these markets.</p>
          ) : (
            <ul className="certlens-verify-fit">
              {fit.items.map((item) => (
                <li key={item.id} data-testid="market-fit-item" data-claim-id={item.id} data-claimed={item.claimed}>
                  <strong>{item.name}</strong>{' '}
                  <span className={item.claimed ? 'certlens-ok' : 'certlens-warn'}>{item.claimed ? 'claimed' : 'not claimed'}</span>
                  <span className="certlens-muted"> · {item.group === 'factory' ? 'factory' : 'product'}</span>
                  {!item.claimed && <p className="certlens-muted">Ask for: {item.askFor}</p>}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

function BeyondCertificates({ supplier, record }: { supplier: SupplierStub; record: SupplierRecord | undefined }) {
  const db = useDb();
  const id = useId();
  const [error, setError] = useState('');
  // Optimistic: the box shows the tick at once; the live query catches up after the write.
  const [pending, setPending] = useState<BeyondCertificate[] | null>(null);
  const ticked = new Set(pending ?? record?.beyondCertificates ?? []);

  const toggle = async (item: BeyondCertificate, on: boolean) => {
    const next = new Set(ticked);
    if (on) next.add(item);
    else next.delete(item);
    const list = BEYOND_CERTIFICATES.filter((b) => next.has(b));
    setPending(list);
    try {
      setError('');
      await saveBeyondCertificates(db, supplier, list);
    } catch (err) {
      setError(explainDbError(err).message);
    }
  };

  return (
    <section className="certlens-verify-section" data-testid="beyond-certificates" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>Beyond certificates</h3>
      <p className="certlens-muted">What actually tells you about the quality of your goods:</p>
      <ul className="certlens-verify-beyond">
        {BEYOND_CERTIFICATES.map((b) => (
          <li key={b}>
            <label>
              <input
                type="checkbox"
                data-testid={`beyond-${b}`}
                checked={ticked.has(b)}
                onChange={(e) => void toggle(b, e.target.checked)}
              />{' '}
              {BEYOND_CERTIFICATE_LABELS[b].label}
            </label>
            <p className="certlens-muted">{BEYOND_CERTIFICATE_LABELS[b].why}</p>
          </li>
        ))}
      </ul>
      {error && (
        <p className="certlens-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
