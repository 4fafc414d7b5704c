import type { VerificationRecord, VerificationStatus } from '../db/verification-records';
import { addDays, daysBetween, isIsoDay } from './dates';

type Dated = Pick<VerificationRecord, 'status' | 'expiryDate' | 'remindedOn'>;

/** A certificate is valid through its expiry day and expired from the day after. */
export function isPastExpiry(expiryDate: string | undefined, today: string): boolean {
  return isIsoDay(expiryDate) && daysBetween(expiryDate, today) > 0;
}

/**
 * The status to show today. A confirmed certificate whose expiry day has passed is expired even
 * before the background gets round to rewriting the record (the browser may have been closed).
 */
export function effectiveStatus(r: Dated, today: string): VerificationStatus {
  if (r.status === 'confirmed' && isPastExpiry(r.expiryDate, today)) return 'expired';
  return r.status;
}

/** Days left until the expiry day (0 on the day itself); undefined without a valid date. */
export function daysLeft(expiryDate: string | undefined, today: string): number | undefined {
  return isIsoDay(expiryDate) ? daysBetween(today, expiryDate) : undefined;
}

/**
 * Whether a reminder is due today: a confirmed certificate expiring within `reminderDays`, not
 * yet reminded for this expiry date. A renewed certificate (a later expiry date) gets its own
 * reminder because the old `remindedOn` falls before its reminder window.
 */
export function reminderDue(r: Dated, today: string, reminderDays: number): boolean {
  if (r.status !== 'confirmed' || !isIsoDay(r.expiryDate)) return false;
  const left = daysBetween(today, r.expiryDate);
  if (left < 0 || left > reminderDays) return false;
  const windowStart = addDays(r.expiryDate, -reminderDays);
  return !(isIsoDay(r.remindedOn) && r.remindedOn >= windowStart);
}
