import { browser } from 'wxt/browser';

export const LIST_ALARM = 'saring-list-sync';
const EVERY_MINUTES = 6 * 60;
const JITTER_MINUTES = 60;

/**
 * Six hours, give or take half an hour: thousands of browsers installed the same morning
 * must not all ask a fact-checker's server in the same minute.
 */
export const nextCheckInMinutes = (random: () => number = Math.random) => EVERY_MINUTES - JITTER_MINUTES / 2 + random() * JITTER_MINUTES;

/**
 * A one-off alarm, set again after each check: the jitter is drawn anew each time. An alarm
 * outlives the service worker; one lost to a crash mid-check is set again at the next start.
 */
export function setUpListAlarm(checkLists: () => Promise<void>): void {
  const schedule = () => browser.alarms.create(LIST_ALARM, { delayInMinutes: nextCheckInMinutes() });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== LIST_ALARM) return;
    void checkLists()
      .catch((error: unknown) => console.warn('[Saring] list check failed:', error))
      .finally(() => void schedule());
  });
  void browser.alarms.get(LIST_ALARM).then((alarm) => void (alarm ?? schedule()));
}
