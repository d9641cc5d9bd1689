import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendToBackground } from '@/utils/messaging/send';

const SAY_OPEN_EVERY_MS = 2_000;

/**
 * Keeps the queue live in a team: while the page is on screen it tells the background so every
 * two seconds, which pulls the team's changes as they happen (a live replication that stops
 * soon after the page goes), and the page reloads whenever reports or decisions came in.
 * Outside a team the background does nothing.
 */
export function useTeamLive(reload: () => void): void {
  useEffect(() => {
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && 'reportsChangedAt' in changes) reload();
    };
    browser.storage.onChanged.addListener(onChanged);
    let joined = false;
    void sendToBackground('team:status', {}).then((s) => (joined = Boolean(s.joined)), () => undefined);
    const timer = setInterval(() => {
      if (joined && document.visibilityState === 'visible') void sendToBackground('team:watch', {}).catch(() => undefined);
    }, SAY_OPEN_EVERY_MS);
    return () => {
      clearInterval(timer);
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
}
