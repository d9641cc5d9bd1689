import { useEffect, useState } from 'preact/hooks';
import { sendToBackground } from '@/utils/messaging/send';
import { layoutChangedMessage, PAGE_KIND_KEYS } from '@/utils/page/page-labels';
import { useT } from './i18n-context';
import type { LoggedHealthRecord } from '@/utils/storage/db';
import { PLATFORM_NAMES } from '@/utils/post';

/** Pages Saring could not read: moderators see here when a platform's layout changed under it. */
export function HealthLogSection() {
  const t = useT();
  const [records, setRecords] = useState<LoggedHealthRecord[] | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    sendToBackground('health:list', {}).then(({ records }) => setRecords(records), (e: Error) => setError(e.message));
  }, []);
  if (error) return <p role="alert">{t('health_unreadable', error)}</p>;
  if (!records) return null;
  return (
    <section id="health-log">
      <h2>{t('health_heading')}</h2>
      {records.length === 0 ? (
        <p>{t('health_all_read')}</p>
      ) : (
        <ul>
          {records.map((r) => (
            <li key={r.id} data-platform={r.platform} data-problem={r.problem}>
              {new Date(r.at).toLocaleString()} · {t(PAGE_KIND_KEYS[r.pageKind])} {r.path}:{' '}
              {layoutChangedMessage(t, PLATFORM_NAMES[r.platform], r.problem)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
