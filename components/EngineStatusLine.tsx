import { useEffect, useState } from 'preact/hooks';
import { sendToBackground } from '@/utils/messaging/send';
import type { EngineStatus } from '@/utils/messaging/protocol';

/** One line in the popup: whether Saring can check posts, and with which pattern list. */
export function EngineStatusLine() {
  const [status, setStatus] = useState<EngineStatus>({ state: 'loading' });
  useEffect(() => {
    sendToBackground('status:get', {}).then(setStatus, (error: Error) => setStatus({ state: 'failed', error: error.message }));
  }, []);
  if (status.state === 'loading') return <p id="engine-status">Memuat… · Loading…</p>;
  if (status.state === 'failed') {
    return (
      <p id="engine-status" role="alert">
        Saring tidak dapat memeriksa postingan · Saring cannot check posts: {status.error}
      </p>
    );
  }
  const { version, entries } = status.patterns;
  return (
    <p id="engine-status">
      Aktif · Active: {entries} pola · patterns (v{version})
    </p>
  );
}
