import { useEffect, useState } from 'preact/hooks';
import { sendToBackground } from '@/utils/messaging/send';
import { buildExport, exportFileName } from '@/utils/storage/export-json';
import type { Report } from '@/utils/storage/report';
import { kindLabelKey } from './flag-labels';
import { useT } from './i18n-context';
import { HealthLogSection } from './HealthLogSection';
import { DisputesSection } from './DisputesSection';

type Loaded = { state: 'loading' } | { state: 'ready'; reports: Report[] } | { state: 'failed'; error: string };

function ReportRow({ report }: { report: Report }) {
  const t = useT();
  return (
    <tr data-report-id={report.id}>
      <td>{new Date(report.reportedAt).toLocaleString()}</td>
      <td>{report.platform}</td>
      <td>{t(kindLabelKey(report.category))}</td>
      <td>@{report.authorHandle}</td>
      <td class="caption">{report.captionSnapshot}</td>
      <td>{report.note}</td>
      <td>{report.status}</td>
      <td>
        <a href={report.permalink} target="_blank" rel="noopener noreferrer">
          {t('reports_open')}
        </a>
      </td>
    </tr>
  );
}

function ExportLink({ reports }: { reports: Report[] }) {
  const t = useT();
  const [link, setLink] = useState<{ href: string; name: string } | null>(null);
  const exportJson = () => {
    const now = new Date();
    const blob = new Blob([JSON.stringify(buildExport(reports, now), null, 2)], { type: 'application/json' });
    if (link) URL.revokeObjectURL(link.href);
    setLink({ href: URL.createObjectURL(blob), name: exportFileName(reports.length, now) });
  };
  // The link stays on the page after the download starts, so it can be saved again.
  useEffect(() => {
    if (link) document.querySelector<HTMLAnchorElement>('#export-link')?.click();
  }, [link]);
  return (
    <p>
      <button type="button" id="export-json" onClick={exportJson} disabled={reports.length === 0}>
        {t('reports_download')}
      </button>{' '}
      {link && (
        <a id="export-link" href={link.href} download={link.name}>
          {link.name}
        </a>
      )}
    </p>
  );
}

export function ReportsPage() {
  const t = useT();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  useEffect(() => {
    sendToBackground('reports:list', {}).then(
      ({ reports }) => setLoaded({ state: 'ready', reports }),
      (error: Error) => setLoaded({ state: 'failed', error: error.message }),
    );
  }, []);

  if (loaded.state === 'loading') return <p>{t('reports_loading')}</p>;
  if (loaded.state === 'failed') return <p role="alert">{t('reports_failed', loaded.error)}</p>;
  const { reports } = loaded;
  return (
    <main>
      <h1>{t('reports_title')}</h1>
      <p id="report-count" data-count={reports.length}>
        {t('reports_count', reports.length)}
      </p>
      <ExportLink reports={reports} />
      <HealthLogSection />
      <DisputesSection />
      {reports.length === 0 ? (
        <p>{t('reports_none')}</p>
      ) : (
        <table id="reports">
          <thead>
            <tr>
              <th>{t('reports_col_time')}</th>
              <th>{t('reports_col_platform')}</th>
              <th>{t('reports_col_kind')}</th>
              <th>{t('reports_col_author')}</th>
              <th>{t('reports_col_caption')}</th>
              <th>{t('reports_col_note')}</th>
              <th>{t('reports_col_status')}</th>
              <th>{t('reports_col_link')}</th>
            </tr>
          </thead>
          <tbody>
            {reports.map((report) => <ReportRow key={report.id} report={report} />)}
          </tbody>
        </table>
      )}
    </main>
  );
}
