import { afterEach, describe, expect, it, vi } from 'vitest';
import { CertLensDb, getVerification, saveSettings, saveVerification } from '../../../lib/db';
import { EXPIRY_ALARM, handleExpiryAlarm, scheduleExpiryReminders, type ReminderApi } from '../../../lib/verify/reminders';
import { freshDb } from '../db/helpers';

let db: CertLensDb | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

function fakeApi() {
  const alarms = new Map<string, chrome.alarms.AlarmCreateInfo>();
  const shown: { id: string; title: string; message: string }[] = [];
  const api: ReminderApi = {
    alarms: {
      get: vi.fn(async (name: string) =>
        alarms.has(name) ? ({ name, scheduledTime: 0, periodInMinutes: alarms.get(name)!.periodInMinutes } as chrome.alarms.Alarm) : undefined,
      ),
      create: vi.fn((name: string, info: chrome.alarms.AlarmCreateInfo) => void alarms.set(name, info)),
    },
    notifications: {
      create: vi.fn(async (id: string, o: chrome.notifications.NotificationCreateOptions) => {
        shown.push({ id, title: o.title!, message: o.message! });
        return id;
      }),
    },
  };
  return { api, alarms, shown };
}

const day = (y: number, m: number, d: number) => () => new Date(y, m - 1, d, 9).getTime();

describe('expiry reminders', () => {
  it('creates one periodic alarm, and not again on the next start', async () => {
    db = freshDb();
    const { api, alarms } = fakeApi();
    await scheduleExpiryReminders(db, api, day(2026, 11, 27));
    await scheduleExpiryReminders(db, api, day(2026, 11, 27));
    expect(alarms.get(EXPIRY_ALARM)?.periodInMinutes).toBeGreaterThan(0);
    expect(api.alarms.create).toHaveBeenCalledTimes(1);
  });

  it('reminds N days before expiry once, then turns the record expired the day after expiry', async () => {
    db = freshDb();
    await db.suppliers.put({ key: 'alibaba:zb', name: 'Zhenben Co., Ltd.', marketplace: 'alibaba', url: 'https://zb.en.alibaba.com/', badges: [], firstSeen: 0, lastSeen: 0 });
    await saveSettings(db, { reminderDays: 10 });
    const key: [string, string, string] = ['alibaba:zb', 'iso-9001', 'ISO 9001:2015'];
    await saveVerification(db, key, { status: 'confirmed', expiryDate: '2026-12-10' });
    const { api, shown } = fakeApi();
    const alarm = { name: EXPIRY_ALARM };

    await handleExpiryAlarm(alarm, db, api, day(2026, 11, 29)); // 11 days left
    expect(shown).toEqual([]);

    await handleExpiryAlarm(alarm, db, api, day(2026, 11, 30)); // 10 days left
    expect(shown).toHaveLength(1);
    expect(shown[0].title).toBe('ISO 9001:2015 expires soon');
    expect(shown[0].message).toContain('Zhenben Co., Ltd.');
    expect(shown[0].message).toContain('10 Dec 2026');

    await handleExpiryAlarm(alarm, db, api, day(2026, 12, 5));
    await handleExpiryAlarm(alarm, db, api, day(2026, 12, 10)); // last valid day
    expect(shown).toHaveLength(1);
    expect((await getVerification(db, key))!.status).toBe('confirmed');

    await handleExpiryAlarm(alarm, db, api, day(2026, 12, 11));
    expect((await getVerification(db, key))!.status).toBe('expired');
    expect(shown).toHaveLength(2);
    expect(shown[1].title).toBe('ISO 9001:2015 expired');

    // Already expired: nothing more.
    await handleExpiryAlarm(alarm, db, api, day(2026, 12, 12));
    expect(shown).toHaveLength(2);
  });

  it('ignores other alarms and records that are not confirmed', async () => {
    db = freshDb();
    await saveVerification(db, ['alibaba:zb', 'ce', ''], { status: 'not-found', expiryDate: '2020-01-01' });
    const { api, shown } = fakeApi();
    expect(await handleExpiryAlarm({ name: 'other' }, db, api, day(2026, 11, 27))).toBeUndefined();
    await handleExpiryAlarm({ name: EXPIRY_ALARM }, db, api, day(2026, 11, 27));
    expect(shown).toEqual([]);
    expect((await getVerification(db, ['alibaba:zb', 'ce', '']))!.status).toBe('not-found');
  });
});
