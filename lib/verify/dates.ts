/**
 * Calendar days as YYYY-MM-DD strings in the user's local time zone. Certificates carry a day,
 * not an instant; comparing the strings compares the days. Every function takes the clock as an
 * argument so tests can fix "today".
 */

export type Clock = () => number;
export const systemClock: Clock = () => Date.now();

const pad = (n: number) => String(n).padStart(2, '0');

/** The local calendar day of an instant. */
export function isoDay(epochMs: number): string {
  const d = new Date(epochMs);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDay(s: string | undefined): s is string {
  const m = s ? ISO_DAY.exec(s) : null;
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

function dayNumber(day: string): number {
  const m = ISO_DAY.exec(day)!;
  return Date.UTC(+m[1], +m[2] - 1, +m[3]) / 86_400_000;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

export function addDays(day: string, n: number): string {
  const d = new Date((dayNumber(day) + n) * 86_400_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "12 Mar 2027": unambiguous for readers on both sides of the day/month divide. */
export function formatIsoDay(day: string): string {
  const m = ISO_DAY.exec(day);
  if (!m) return day;
  return `${+m[3]} ${MONTHS[+m[2] - 1]} ${m[1]}`;
}
