import { useEffect, useState } from 'preact/hooks';
import { sendToBackground } from '@/utils/messaging/send';
import type { EngineStatus } from '@/utils/messaging/protocol';
import { useT } from './i18n-context';

/** One line in the popup: whether Saring can check posts, and with which pattern list. */
export function EngineStatusLine() {
  const t = useT();
  const [status, setStatus] = useState<EngineStatus>({ state: 'loading' });
  useEffect(() => {
    sendToBackground('status:get', {}).then(setStatus, (error: Error) => setStatus({ state: 'failed', error: error.message }));
  }, []);
  if (status.state === 'loading') return <p id="engine-status">{t('popup_loading')}</p>;
  if (status.state === 'failed') {
    return (
      <p id="engine-status" role="alert">
        {t('popup_engine_failed', status.error)}
      </p>
    );
  }
  const { version, entries } = status.patterns;
  return (
    <p id="engine-status">
      {t('popup_engine_ready', entries, version)}
    </p>
  );
}
