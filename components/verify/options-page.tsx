import { useEffect, useState } from 'react';
import { MarketSchema, type Market } from '../../lib/claims/schema';
import { explainDbError, getSettings, saveSettings, type CertLensDb, type Settings } from '../../lib/db';
import { MARKET_LABELS } from '../../lib/verify/market-fit';
import './verify.css';

const MARKETS = MarketSchema.options.filter((m): m is Market => MARKET_LABELS[m] !== undefined);

/** The options page: the markets the user sells to, and how many days before expiry to remind. */
export function OptionsPage({ db }: { db: CertLensDb }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [days, setDays] = useState('');
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);

  useEffect(() => {
    void getSettings(db)
      .then((s) => {
        setSettings(s);
        setDays(String(s.reminderDays));
      })
      .catch((err) => setStatus({ ok: false, text: explainDbError(err).message }));
  }, [db]);

  const save = async (patch: Partial<Omit<Settings, 'key'>>) => {
    // Show the change at once (a checkbox must not flip back while IndexedDB writes).
    setSettings((s) => (s ? { ...s, ...patch } : s));
    try {
      const next = await saveSettings(db, patch);
      setSettings(next);
      setStatus({ ok: true, text: 'Saved' });
    } catch (err) {
      setStatus({ ok: false, text: explainDbError(err).message });
    }
  };

  if (!settings) return <main className="certlens-panel">Loading…</main>;
  const chosen = new Set(settings.markets);
  const dayNumber = Number(days);
  const daysOk = days.trim() !== '' && Number.isInteger(dayNumber) && dayNumber >= 0 && dayNumber <= 365;

  return (
    <main className="certlens-panel certlens-options" data-testid="options">
      <h1 className="certlens-title">CertLens options</h1>
      <section className="certlens-verify-section">
        <h2>Markets you sell to</h2>
        <p className="certlens-muted">The supplier view lists what these markets commonly expect and what the supplier claims.</p>
        <ul className="certlens-verify-beyond">
          {MARKETS.map((m) => (
            <li key={m}>
              <label>
                <input
                  type="checkbox"
                  data-testid="options-market"
                  value={m}
                  checked={chosen.has(m)}
                  onChange={(e) => {
                    const next = new Set(chosen);
                    if (e.target.checked) next.add(m);
                    else next.delete(m);
                    void save({ markets: MARKETS.filter((x) => next.has(x)) });
                  }}
                />{' '}
                {MARKET_LABELS[m]}
              </label>
            </li>
          ))}
        </ul>
      </section>
      <section className="certlens-verify-section">
        <h2>Expiry reminders</h2>
        <label htmlFor="certlens-reminder-days">Remind me this many days before a confirmed certificate expires</label>{' '}
        <input
          id="certlens-reminder-days"
          data-testid="options-reminder-days"
          type="number"
          min={0}
          max={365}
          value={days}
          aria-invalid={!daysOk}
          onChange={(e) => {
            setDays(e.target.value);
            const n = Number(e.target.value);
            if (e.target.value.trim() !== '' && Number.isInteger(n) && n >= 0 && n <= 365) void save({ reminderDays: n });
            else setStatus({ ok: false, text: 'Enter a whole number of days from 0 to 365.' });
          }}
        />
      </section>
      {status && (
        <p role={status.ok ? 'status' : 'alert'} data-testid="options-status" className={status.ok ? '' : 'certlens-error'}>
          {status.text}
        </p>
      )}
    </main>
  );
}
