import { getEntry } from '../claims/catalog';
import { isClaimId } from '../claims/ids';
import type { CertLensDb } from '../db/database';
import { getSettings } from '../db/verifications';
import type { VerificationRecord } from '../db/verification-records';
import { formatIsoDay, isoDay, systemClock, type Clock } from './dates';
import { isPastExpiry, reminderDue } from './expiry';

/**
 * Expiry reminders, run by the background. chrome.alarms wakes the service worker; the alarm is
 * re-created on every start because Chrome may drop alarms across a browser restart, and the
 * state that matters (which reminder was shown) lives in IndexedDB, so nothing is lost.
 */

export const EXPIRY_ALARM = 'certlens-expiry-check';
/** Twice a day is plenty for day-granular dates. */
export const EXPIRY_CHECK_MINUTES = 12 * 60;

/** The parts of the chrome API used here, so tests can pass a fake. */
export interface ReminderApi {
  alarms: {
    get(name: string): Promise<chrome.alarms.Alarm | undefined>;
    create(name: string, info: chrome.alarms.AlarmCreateInfo): Promise<void> | void;
  };
  notifications: {
    create(id: string, options: chrome.notifications.NotificationCreateOptions): Promise<string> | void;
  };
}

// A 1×1 transparent PNG: Chrome requires an icon for a basic notification, and the extension
// ships no icon file of its own yet.
const ICON = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

function claimName(r: VerificationRecord): string {
  const e = isClaimId(r.claimId) ? getEntry(r.claimId) : undefined;
  return r.version || e?.name || r.claimId;
}

async function supplierName(db: CertLensDb, key: string): Promise<string> {
  return (await db.suppliers.get(key))?.name || key;
}

export interface ExpiryCheckResult {
  expired: VerificationRecord[];
  reminded: VerificationRecord[];
}

/**
 * Turns confirmed records whose expiry day has passed into `expired`, and shows a reminder for
 * each confirmed record expiring within the user's reminder days (once per expiry date).
 */
export async function checkExpiries(db: CertLensDb, api: ReminderApi, clock: Clock = systemClock): Promise<ExpiryCheckResult> {
  const now = clock();
  const today = isoDay(now);
  const { reminderDays } = await getSettings(db);
  const confirmed = await db.verifications.where('status').equals('confirmed').toArray();
  const expired: VerificationRecord[] = [];
  const reminded: VerificationRecord[] = [];
  for (const r of confirmed) {
    if (isPastExpiry(r.expiryDate, today)) {
      const next: VerificationRecord = { ...r, status: 'expired', updatedAt: now };
      await db.verifications.put(next);
      expired.push(next);
      await notify(api, `expired:${r.supplierKey}:${r.claimId}:${r.version}`, `${claimName(r)} expired`,
        `${claimName(r)} of ${await supplierName(db, r.supplierKey)} expired on ${formatIsoDay(r.expiryDate!)}. Ask the supplier for the renewed certificate.`);
    } else if (reminderDue(r, today, reminderDays)) {
      const next: VerificationRecord = { ...r, remindedOn: today, updatedAt: now };
      await db.verifications.put(next);
      reminded.push(next);
      await notify(api, `expiring:${r.supplierKey}:${r.claimId}:${r.version}`, `${claimName(r)} expires soon`,
        `${claimName(r)} of ${await supplierName(db, r.supplierKey)} expires on ${formatIsoDay(r.expiryDate!)}. Ask the supplier for the renewal.`);
    }
  }
  return { expired, reminded };
}

async function notify(api: ReminderApi, id: string, title: string, message: string) {
  try {
    await api.notifications.create(id, { type: 'basic', iconUrl: ICON, title, message });
  } catch {
    // Notifications switched off for the browser: the record still turns expired in the panel.
  }
}

/** Call on every background start: makes sure the periodic alarm exists and checks once now. */
export async function scheduleExpiryReminders(db: CertLensDb, api: ReminderApi = chrome, clock: Clock = systemClock): Promise<void> {
  const existing = await api.alarms.get(EXPIRY_ALARM);
  if (!existing) await api.alarms.create(EXPIRY_ALARM, { delayInMinutes: 1, periodInMinutes: EXPIRY_CHECK_MINUTES });
  await checkExpiries(db, api, clock);
}

/** The chrome.alarms.onAlarm listener's body; ignores other alarms. */
export async function handleExpiryAlarm(
  alarm: Pick<chrome.alarms.Alarm, 'name'>,
  db: CertLensDb,
  api: ReminderApi = chrome,
  clock: Clock = systemClock,
): Promise<ExpiryCheckResult | undefined> {
  if (alarm.name !== EXPIRY_ALARM) return undefined;
  return checkExpiries(db, api, clock);
}
