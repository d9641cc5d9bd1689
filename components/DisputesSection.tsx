import { useEffect, useState } from 'preact/hooks';
import { sendToBackground } from '@/utils/messaging/send';
import type { Dispute } from '@/utils/storage/dispute';
import { useT } from './i18n-context';

/** Flags users disagreed with: the false positives moderators tune rules with. */
export function DisputesSection() {
  const t = useT();
  const [disputes, setDisputes] = useState<Dispute[] | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    sendToBackground('disputes:list', {}).then(({ disputes }) => setDisputes(disputes), (e: Error) => setError(e.message));
  }, []);
  if (error) return <p role="alert">{t('reports_failed', error)}</p>;
  if (!disputes) return null;
  return (
    <section id="disputes">
      <h2>{t('disputes_heading')}</h2>
      {disputes.length === 0 ? (
        <p>{t('disputes_none')}</p>
      ) : (
        <ul>
          {disputes.map((d) => (
            <li key={d.id} data-post-key={d.postKey} data-type={d.type}>
              {new Date(d.at).toLocaleString()} · {d.platform} · @{d.authorHandle} ·{' '}
              {d.type === 'muted_rule' && d.rule ? t('dispute_mute_rule', d.rule.label) : t('dispute_not_a_problem')} · {d.captionSnapshot.slice(0, 140)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
