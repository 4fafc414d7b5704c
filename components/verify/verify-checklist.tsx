import { useId, useMemo, useState } from 'react';
import type { ClaimEntry } from '../../lib/claims/schema';
import {
  explainDbError,
  saveVerification,
  VERIFICATION_STATUSES,
  type SupplierStub,
  type VerificationKey,
  type VerificationRecord,
  type VerificationStatus,
} from '../../lib/db';
import type { Claim } from '../../lib/scan/page-scan';
import { buildChecklist, type RegistryLink } from '../../lib/verify/checklist';
import { formatIsoDay } from '../../lib/verify/dates';
import { effectiveStatus } from '../../lib/verify/expiry';
import { compareHolderName } from '../../lib/verify/holder-name';
import { STATUS_LABELS, describeOutcome } from '../../lib/verify/status';
import { useDb } from '../db-context';
import { AttachmentField } from './attachment-field';
import { copyText } from './hooks';

interface Props {
  entry: ClaimEntry;
  claim: Claim;
  supplier: SupplierStub;
  record: VerificationRecord | undefined;
  today: string;
  id: string;
}

interface Form {
  status: VerificationStatus;
  certificateNumber: string;
  issuingBody: string;
  holderName: string;
  scope: string;
  issueDate: string;
  expiryDate: string;
  registryUsed: string;
  checkedOn: string;
  note: string;
}

const ACCESS_NOTES: Record<RegistryLink['access'], string> = {
  open: '',
  login: 'needs an account',
  captcha: 'asks you to solve a captcha',
  'members-only': 'members only',
  none: '',
};

function initialForm(r: VerificationRecord | undefined, claim: Claim, firstRegistry: string | undefined, today: string): Form {
  return {
    status: r?.status ?? 'unchecked',
    certificateNumber: r?.certificateNumber ?? claim.certificateNumber ?? '',
    // Only the number is taken from the page (it is what you look up); dates and body are what
    // the registry shows, typed by the user, so a page's unverified statement is never recorded
    // as checked.
    issuingBody: r?.issuingBody ?? '',
    holderName: r?.holderName ?? '',
    scope: r?.scope ?? '',
    issueDate: r?.issueDate ?? '',
    expiryDate: r?.expiryDate ?? '',
    registryUsed: r?.registryUsed ?? firstRegistry ?? '',
    checkedOn: r?.checkedOn ?? today,
    note: r?.note ?? '',
  };
}

/**
 * The four steps for one claim (issue #5): ask the supplier, open the registry, check what
 * matters, record the outcome. Registries are only ever opened in a tab for the user to read;
 * the extension never fetches them.
 */
export function VerifyChecklist({ entry, claim, supplier, record, today, id }: Props) {
  const db = useDb();
  const key: VerificationKey = [supplier.key, claim.id, claim.version ?? ''];
  // The registry of the body the page names (SGS, TÜV) first, if the entry lists one.
  const issuerWord = claim.issuer?.trim().split(/\s+/)[0]?.toLowerCase();
  const firstRegistry = (issuerWord && entry.registries.find((r) => r.name.toLowerCase().includes(issuerWord))?.name) || entry.registries[0]?.name;
  const [form, setForm] = useState<Form>(() => initialForm(record, claim, firstRegistry, today));
  const [copyState, setCopyState] = useState('');
  const [saveState, setSaveState] = useState<{ ok: boolean; text: string } | null>(null);
  const fieldId = useId();
  const set = <K extends keyof Form>(k: K, v: Form[K]) => {
    setForm((f) => ({ ...f, [k]: v }));
    setSaveState(null);
  };

  const label = claim.version || entry.name;
  const list = useMemo(() => buildChecklist(entry, { number: form.certificateNumber, claimLabel: label }), [entry, form.certificateNumber, label]);
  const holder = compareHolderName(form.holderName, supplier.name);

  const onCopyRequest = async () => {
    if (!(await copyText(list.ask.both))) {
      setCopyState('The browser did not allow copying: select the message above and copy it yourself.');
      return;
    }
    // Asking never downgrades an outcome already recorded.
    const current = record?.status ?? 'unchecked';
    const status: VerificationStatus = current === 'unchecked' ? 'asked-supplier' : current;
    try {
      await saveVerification(db, key, { status, askedOn: today });
      if (form.status === 'unchecked') set('status', status);
      setCopyState(`Copied. Marked “asked supplier” on ${formatIsoDay(today)}; paste it into the chat with the supplier.`);
    } catch (err) {
      setCopyState(explainDbError(err).message);
    }
  };

  const onOpenRegistry = (link: RegistryLink) => {
    set('registryUsed', link.name);
    if (link.copyNumber) void copyText(form.certificateNumber.trim());
  };

  const onSave = async () => {
    try {
      const saved = await saveVerification(db, key, {
        ...form,
        // Keep the checked-on day only for outcomes that come from looking something up.
        checkedOn: form.status === 'unchecked' || form.status === 'asked-supplier' ? record?.checkedOn : form.checkedOn,
      });
      setSaveState({ ok: true, text: `Saved: ${describeOutcome({ ...saved, status: effectiveStatus(saved, today) })}` });
    } catch (err) {
      setSaveState({ ok: false, text: explainDbError(err).message });
    }
  };

  const expiredByDate = form.status === 'confirmed' && effectiveStatus(form, today) === 'expired';
  const f = (name: string) => `${fieldId}-${name}`;

  return (
    <div className="certlens-verify" id={id} data-testid="verify-checklist">
      <ol className="certlens-verify-steps">
        <li data-testid="verify-step-ask">
          <h4>Ask the supplier</h4>
          <p className="certlens-muted">A ready message asking for exactly what {entry.name} needs, in English and Chinese.</p>
          <details>
            <summary>Show the message</summary>
            <pre className="certlens-verify-message" lang="en" data-testid="verify-request-en">
              {list.ask.en}
            </pre>
            <pre className="certlens-verify-message" lang="zh-CN" data-testid="verify-request-zh">
              {list.ask.zh}
            </pre>
          </details>
          <button type="button" data-testid="copy-request" onClick={() => void onCopyRequest()}>
            Copy request (English + 中文)
          </button>
          {record?.askedOn && !copyState && <p className="certlens-muted">Asked on {formatIsoDay(record.askedOn)}.</p>}
          {copyState && (
            <p role="status" data-testid="copy-status">
              {copyState}
            </p>
          )}
        </li>

        <li data-testid="verify-step-registry">
          <h4>Open the registry</h4>
          <label htmlFor={f('number')}>Certificate or identifier number</label>
          <input
            id={f('number')}
            data-testid="verify-number"
            value={form.certificateNumber}
            onChange={(e) => set('certificateNumber', e.target.value)}
            autoComplete="off"
          />
          {list.registry.kind === 'none' ? (
            <div data-testid="no-registry">
              <p>
                <strong>{list.registry.message}</strong>
              </p>
              <p>Ask for instead: {list.registry.askInstead}</p>
              <p className="certlens-muted">{list.registry.howToVerify}</p>
            </div>
          ) : (
            <>
              <ul className="certlens-verify-registries">
                {list.registry.links.map((link) => (
                  <li key={link.name}>
                    <a
                      href={link.url}
                      target="_blank"
                      rel="noopener noreferrer"
                      data-testid="registry-link"
                      data-prefilled={link.prefilled}
                      onClick={() => onOpenRegistry(link)}
                    >
                      Open {link.name}
                    </a>
                    <span className="certlens-muted">
                      {link.prefilled
                        ? ' (opens with the number filled in)'
                        : link.copyNumber
                          ? ' (the number is copied: paste it into its search box)'
                          : ''}
                      {ACCESS_NOTES[link.access] && ` · ${ACCESS_NOTES[link.access]}`}
                    </span>
                    {link.howTo && <p className="certlens-muted">{link.howTo}</p>}
                  </li>
                ))}
              </ul>
              <p className="certlens-muted">{list.registry.howToVerify}</p>
            </>
          )}
        </li>

        <li data-testid="verify-step-check">
          <h4>Check what matters</h4>
          <ul className="certlens-verify-checks">
            {list.checks.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
          <label htmlFor={f('holder')}>Holder name as written on the certificate or registry</label>
          <input id={f('holder')} data-testid="verify-holder" value={form.holderName} onChange={(e) => set('holderName', e.target.value)} />
          {holder.verdict === 'match' && (
            <p className="certlens-ok" data-testid="holder-compare" data-verdict="match">
              Matches the supplier’s name ({supplier.name}).
            </p>
          )}
          {(holder.verdict === 'mismatch' || holder.verdict === 'similar') && (
            <p className="certlens-warn" role="alert" data-testid="holder-compare" data-verdict={holder.verdict}>
              {holder.message}
            </p>
          )}
        </li>

        <li data-testid="verify-step-record">
          <h4>Record the outcome</h4>
          <div className="certlens-verify-grid">
            <label htmlFor={f('status')}>Outcome</label>
            <select id={f('status')} data-testid="verify-outcome-status" value={form.status} onChange={(e) => set('status', e.target.value as VerificationStatus)}>
              {VERIFICATION_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {STATUS_LABELS[s]}
                </option>
              ))}
            </select>
            <label htmlFor={f('registry')}>Registry used</label>
            <input id={f('registry')} data-testid="verify-registry-used" list={f('registries')} value={form.registryUsed} onChange={(e) => set('registryUsed', e.target.value)} />
            <datalist id={f('registries')}>
              {entry.registries.map((r) => (
                <option key={r.name} value={r.name} />
              ))}
            </datalist>
            <label htmlFor={f('body')}>Issuing body</label>
            <input id={f('body')} data-testid="verify-issuing-body" value={form.issuingBody} onChange={(e) => set('issuingBody', e.target.value)} />
            <label htmlFor={f('scope')}>Scope</label>
            <input id={f('scope')} data-testid="verify-scope" value={form.scope} onChange={(e) => set('scope', e.target.value)} />
            <label htmlFor={f('issue')}>Issue date</label>
            <input id={f('issue')} type="date" data-testid="verify-issue-date" value={form.issueDate} onChange={(e) => set('issueDate', e.target.value)} />
            <label htmlFor={f('expiry')}>Expiry date</label>
            <input id={f('expiry')} type="date" data-testid="verify-expiry-date" value={form.expiryDate} onChange={(e) => set('expiryDate', e.target.value)} />
            <label htmlFor={f('checked')}>Checked on</label>
            <input id={f('checked')} type="date" data-testid="verify-checked-on" value={form.checkedOn} onChange={(e) => set('checkedOn', e.target.value)} />
            <label htmlFor={f('note')}>Note</label>
            <textarea id={f('note')} data-testid="verify-note" rows={2} value={form.note} onChange={(e) => set('note', e.target.value)} />
          </div>
          {form.status === 'not-found' && (
            <p className="certlens-muted" data-testid="not-found-wording">
              Will be recorded as: {describeOutcome({ status: 'not-found', registryUsed: form.registryUsed, checkedOn: form.checkedOn })} A
              registry can be incomplete or late: ask the supplier before you draw conclusions.
            </p>
          )}
          {expiredByDate && (
            <p className="certlens-warn" role="alert">
              The expiry date has passed: this claim will show as expired.
            </p>
          )}
          <AttachmentField recordKey={key} />
          <button type="button" className="certlens-primary" data-testid="verify-save" onClick={() => void onSave()}>
            Save outcome
          </button>
          {saveState && (
            <p role={saveState.ok ? 'status' : 'alert'} className={saveState.ok ? '' : 'certlens-error'} data-testid="verify-save-status">
              {saveState.text}
            </p>
          )}
        </li>
      </ol>
    </div>
  );
}
