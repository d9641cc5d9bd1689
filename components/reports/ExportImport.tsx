import { storageFailureText } from './storage-failure';
import { useEffect, useState } from 'preact/hooks';
import { exportBlob, exportFileName, type ExportFormat } from '@/utils/moderation/export-files';
import { parseImportFile, type ImportProblem } from '@/utils/moderation/import-file';
import type { Report } from '@/utils/storage/report';
import type { ImportCounts } from '@/utils/storage/report-store';
import type { MessageKey } from '@/utils/i18n/translate';
import { useT } from '../i18n-context';

const FORMATS: { format: ExportFormat; label: MessageKey }[] = [
  { format: 'json', label: 'reports_download' },
  { format: 'csv', label: 'reports_download_csv' },
  { format: 'ndjson', label: 'reports_download_ndjson' },
  { format: 'dsa', label: 'reports_download_dsa' },
];

/** Downloads the selection, or what the filters show, in each format; the file is written a page at a time. */
export function ExportButtons({ reports }: { reports: Report[] }) {
  const t = useT();
  const [link, setLink] = useState<{ href: string; name: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const download = async (format: ExportFormat) => {
    setBusy(true);
    const now = new Date();
    const blob = await exportBlob(format, reports, now);
    if (link) URL.revokeObjectURL(link.href);
    setLink({ href: URL.createObjectURL(blob), name: exportFileName(format, reports.length, now) });
    setBusy(false);
  };
  // The link stays on the page after the download starts, so it can be saved again.
  useEffect(() => {
    if (link) document.querySelector<HTMLAnchorElement>('#export-link')?.click();
  }, [link]);
  return (
    <p class="exports">
      {FORMATS.map(({ format, label }) => (
        <button key={format} type="button" id={`export-${format}`} onClick={() => void download(format)} disabled={reports.length === 0 || busy}>
          {t(label)}
        </button>
      ))}{' '}
      {link && (
        <a id="export-link" href={link.href} download={link.name}>
          {link.name}
        </a>
      )}
    </p>
  );
}

type ImportResult = { counts: ImportCounts; problems: ImportProblem[] } | { error: string };

/** Imports volunteers' export files, many at once: bad files and lines are named, the rest goes in. */
export function ImportFiles({ importAll, onImported }: { importAll(reports: Report[]): Promise<ImportCounts>; onImported(): void }) {
  const t = useT();
  const [result, setResult] = useState<ImportResult | null>(null);
  const read = async (files: FileList | null) => {
    if (!files || files.length === 0) return;
    const parsed = await Promise.all([...files].map(async (file) => parseImportFile(file.name, await file.text())));
    try {
      const counts = await importAll(parsed.flatMap((p) => p.reports));
      setResult({ counts, problems: parsed.flatMap((p) => p.problems) });
      onImported();
    } catch (error) {
      setResult({ error: storageFailureText(t, error) });
    }
  };
  return (
    <section id="import">
      <label>
        {t('reports_import')} <input type="file" id="import-files" multiple accept=".json,.ndjson,.jsonl,application/json" onChange={(e) => void read((e.currentTarget as HTMLInputElement).files)} />
      </label>
      {result && 'error' in result && <p role="alert">{result.error}</p>}
      {result && 'counts' in result && (
        <>
          <p id="import-result" role="status" data-added={result.counts.added} data-updated={result.counts.updated} data-unchanged={result.counts.unchanged}>
            {t('reports_imported', result.counts.added, result.counts.updated, result.counts.unchanged)}
          </p>
          {result.problems.length > 0 && (
            <ul id="import-problems">
              {result.problems.map((p, i) => (
                <li key={i} data-file={p.file} data-line={p.line ?? ''}>
                  {p.file}
                  {p.line !== null && `:${p.line}`}: {p.message}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
