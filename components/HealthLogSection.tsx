import { useEffect, useState } from 'preact/hooks';
import { sendToBackground } from '@/utils/messaging/send';
import { layoutChangedMessage, PAGE_KIND_LABELS } from '@/utils/page/page-labels';
import type { LoggedHealthRecord } from '@/utils/storage/db';
import { PLATFORM_NAMES } from '@/utils/post';

/** Pages Saring could not read: moderators see here when a platform's layout changed under it. */
export function HealthLogSection() {
  const [records, setRecords] = useState<LoggedHealthRecord[] | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    sendToBackground('health:list', {}).then(({ records }) => setRecords(records), (e: Error) => setError(e.message));
  }, []);
  if (error) return <p role="alert">Log kesehatan tidak dapat dibaca · The health log could not be read: {error}</p>;
  if (!records) return null;
  return (
    <section id="health-log">
      <h2>Kesehatan pembacaan halaman · Page-reading health</h2>
      {records.length === 0 ? (
        <p>Semua halaman terbaca · Every page was read.</p>
      ) : (
        <ul>
          {records.map((r) => (
            <li key={r.id} data-platform={r.platform} data-problem={r.problem}>
              {new Date(r.at).toLocaleString()} · {PAGE_KIND_LABELS[r.pageKind]} {r.path}:{' '}
              {layoutChangedMessage(PLATFORM_NAMES[r.platform], r.problem)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
