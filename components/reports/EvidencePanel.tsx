import type { Report } from '@/utils/storage/report';
import type { MessageKey } from '@/utils/i18n/translate';
import { safeLink } from '@/utils/highlight';
import { ReasonsPanel } from '../warning/ReasonsPanel';
import { useT } from '../i18n-context';

/** One report in full: the post, who reported it and when, the reasons highlighted, and every review decision. */
export function EvidencePanel({ report }: { report: Report }) {
  const t = useT();
  const link = safeLink(report.permalink);
  return (
    <section id="evidence" aria-label={t('reports_evidence')} data-report-id={report.id}>
      <h2>
        {report.platform} · @{report.authorHandle} {report.authorName && `(${report.authorName})`}
      </h2>
      {link && (
        <p>
          <a href={link} target="_blank" rel="noopener noreferrer">
            {t('reports_open')}
          </a>
        </p>
      )}
      {report.note && <p class="note">{report.note}</p>}
      {report.flags.length > 0 ? <ReasonsPanel id="evidence-reasons" t={t} text={report.captionSnapshot} flags={report.flags} /> : <p class="caption">{report.captionSnapshot}</p>}
      <h3>{t('reports_reporters', report.reporters.length)}</h3>
      <ul>
        {report.reporters.map((r) => (
          <li key={r.reporterId}>
            {r.reporterId || '—'} · {new Date(r.reportedAt).toLocaleString()}
          </li>
        ))}
      </ul>
      <h3>{t('reports_history')}</h3>
      <ol id="history">
        {report.history.map((c) => (
          <li key={`${c.at}${c.to}`}>
            {new Date(c.at).toLocaleString()} · {t(`status_${c.from}` as MessageKey)} → {t(`status_${c.to}` as MessageKey)}
          </li>
        ))}
      </ol>
    </section>
  );
}
