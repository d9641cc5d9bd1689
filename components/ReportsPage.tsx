import { useEffect, useState } from 'preact/hooks';
import { sendToBackground } from '@/utils/messaging/send';
import { buildExport, exportFileName } from '@/utils/storage/export-json';
import type { Report } from '@/utils/storage/report';
import { FLAG_LABELS } from './flag-labels';
import { HealthLogSection } from './HealthLogSection';

type Loaded = { state: 'loading' } | { state: 'ready'; reports: Report[] } | { state: 'failed'; error: string };

function ReportRow({ report }: { report: Report }) {
  return (
    <tr data-report-id={report.id}>
      <td>{new Date(report.reportedAt).toLocaleString()}</td>
      <td>{report.platform}</td>
      <td>{report.kinds.map((k) => FLAG_LABELS[k]).join(', ') || '—'}</td>
      <td>@{report.authorHandle}</td>
      <td class="caption">{report.captionSnapshot}</td>
      <td>{report.status}</td>
      <td>
        <a href={report.permalink} target="_blank" rel="noopener noreferrer">
          Buka · Open
        </a>
      </td>
    </tr>
  );
}

function ExportLink({ reports }: { reports: Report[] }) {
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
        Unduh JSON · Download JSON
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
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  useEffect(() => {
    sendToBackground('reports:list', {}).then(
      ({ reports }) => setLoaded({ state: 'ready', reports }),
      (error: Error) => setLoaded({ state: 'failed', error: error.message }),
    );
  }, []);

  if (loaded.state === 'loading') return <p>Memuat… · Loading…</p>;
  if (loaded.state === 'failed') return <p role="alert">Laporan tidak dapat dibaca · Reports could not be read: {loaded.error}</p>;
  const { reports } = loaded;
  return (
    <main>
      <h1>Laporan Saring · Saring reports</h1>
      <p id="report-count">{reports.length} laporan · reports</p>
      <ExportLink reports={reports} />
      <HealthLogSection />
      {reports.length === 0 ? (
        <p>Belum ada laporan. · No reports yet.</p>
      ) : (
        <table id="reports">
          <thead>
            <tr>
              <th>Waktu · Time</th><th>Platform</th><th>Jenis · Kind</th><th>Akun · Author</th>
              <th>Keterangan · Caption</th><th>Status</th><th>Tautan · Link</th>
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
