import { useEffect, useState } from 'preact/hooks';
import { sendToBackground } from '@/utils/messaging/send';
import { runToolInTab } from '@/utils/popup/page-tools-in-tab';
import { useT } from './i18n-context';

/** The popup's bulk-mode switch for the current tab, and "you flagged N posts today". */
export function BulkToggle({ tabId, on }: { tabId: number; on: boolean }) {
  const t = useT();
  const [today, setToday] = useState<number | null>(null);
  useEffect(() => {
    sendToBackground('reports:today', {}).then(({ today }) => setToday(today), () => setToday(null));
  }, []);
  const [error, setError] = useState('');
  const toggle = async () => {
    const result = await runToolInTab(tabId, 'toggle-bulk');
    if (result.ran) window.close();
    else setError(result.error ?? t('popup_bulk_unavailable'));
  };
  return (
    <section id="bulk">
      <p>
        <button type="button" id="bulk-toggle" aria-pressed={on} title={t('popup_bulk_toggle')} onClick={toggle}>
          {on ? t('popup_bulk_on') : t('popup_bulk_off')}
        </button>
      </p>
      {error && (
        <p role="alert" id="bulk-error">
          {t('badge_failed', error)}
        </p>
      )}
      {today !== null && (
        <p id="today" data-count={today}>
          {t('popup_today', today)}
        </p>
      )}
    </section>
  );
}
