import { browser } from 'wxt/browser';

export const TEAM_ALARM = 'saring-team-sync';

/**
 * Passes run after each report, on this alarm (every minute while in a team), and when the
 * network comes back. The alarm outlives a stopped service worker; the pass resumes from
 * its checkpoints.
 */
export function setUpTeamPasses(sync: { syncNow(): Promise<void>; joined(): Promise<boolean> }): { joinedChanged(): Promise<void> } {
  const joinedChanged = async () => {
    if (await sync.joined()) await browser.alarms.create(TEAM_ALARM, { periodInMinutes: 1, delayInMinutes: 1 });
    else await browser.alarms.clear(TEAM_ALARM);
  };
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === TEAM_ALARM) void sync.syncNow();
  });
  globalThis.addEventListener?.('online', () => void sync.syncNow());
  void joinedChanged();
  return { joinedChanged };
}
