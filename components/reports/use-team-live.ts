import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendToBackground } from '@/utils/messaging/send';

const PULL_EVERY_MS = 2_000;

/**
 * Keeps the queue live in a team: while the page is on screen it asks for a sync pass every
 * two seconds, and reloads whenever a pass brought reports or decisions. Outside a team the
 * background's pass does nothing.
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
      if (joined && document.visibilityState === 'visible') void sendToBackground('team:sync-now', {}).catch(() => undefined);
    }, PULL_EVERY_MS);
    return () => {
      clearInterval(timer);
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
}
