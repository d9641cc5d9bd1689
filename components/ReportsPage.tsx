import { storageFailureText } from './reports/storage-failure';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { filterAndSort, warmSearch, type ReportFilter, type SortColumn, type SortOrder } from '@/utils/moderation/filter-reports';
import { createReportStore } from '@/utils/storage/report-store';
import type { Report, ReportStatus } from '@/utils/storage/report';
import { EvidencePanel } from './reports/EvidencePanel';
import { DeleteReports } from './reports/DeleteReports';
import { OverviewSection } from './reports/OverviewSection';
import { overviewOf } from '@/utils/moderation/overview';
import { ExportButtons, ImportFiles } from './reports/ExportImport';
import { FilterBar } from './reports/FilterBar';
import { ReportTable } from './reports/ReportTable';
import { StatusChanger } from './reports/StatusChanger';
import { useT } from './i18n-context';
import { HealthLogSection } from './HealthLogSection';
import { DisputesSection } from './DisputesSection';
import { useTeamLive } from './reports/use-team-live';
import { sendToBackground } from '@/utils/messaging/send';

type Loaded = { state: 'loading' } | { state: 'ready'; reports: Report[] } | { state: 'failed'; error: string };

function useReports() {
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const store = useMemo(() => createReportStore(), []);
  const reload = () =>
    store.list().then(
      (reports) => setLoaded({ state: 'ready', reports }),
      (error: Error) => setLoaded({ state: 'failed', error: error.message }),
    );
  useTeamLive(() => void reload());
  useEffect(() => {
    void reload();
    // Ask the browser not to evict the reports under storage pressure; it may say no, and nothing else changes.
    void navigator.storage?.persist?.().catch(() => undefined);
  }, []);
  return { loaded, store, reload };
}

/** The moderation queue: filters, a virtualised table, the open report's evidence, review states and export. */
export function ReportsPage() {
  const t = useT();
  const { loaded, store, reload } = useReports();
  const [filter, setFilter] = useState<ReportFilter>({});
  const [order, setOrder] = useState<SortOrder>({ column: 'reportedAt', descending: true });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [current, setCurrent] = useState<string | null>(null);
  const [message, setMessage] = useState<{ text: string; error?: boolean } | null>(null);
  const reports = loaded.state === 'ready' ? loaded.reports : [];
  const shown = useMemo(() => filterAndSort(reports, filter, order), [reports, filter, order]);
  const overview = useMemo(() => overviewOf(reports), [reports]);
  useEffect(() => void warmSearch(reports), [reports]);
  const reporterIds = useMemo(() => [...new Set(reports.flatMap((r) => r.reporters.map((p) => p.reporterId)).filter(Boolean))].sort(), [reports]);

  if (loaded.state === 'loading') return <p>{t('reports_loading')}</p>;
  if (loaded.state === 'failed') return <p role="alert">{t('reports_failed', loaded.error)}</p>;

  const toggle = (id: string) => setSelected((old) => (old.has(id) ? new Set([...old].filter((x) => x !== id)) : new Set([...old, id])));
  const toggleAll = () => setSelected(shown.every((r) => selected.has(r.id)) ? new Set() : new Set(shown.map((r) => r.id)));
  const sortBy = (column: SortColumn) => setOrder((o) => ({ column, descending: o.column === column ? !o.descending : column === 'reportedAt' }));
  const applyStatus = async (status: ReportStatus) => {
    const ids = selected.size > 0 ? [...selected] : current ? [current] : [];
    try {
      const changed = await store.setStatus(ids, status, Date.now());
      setMessage({ text: t('reports_status_changed', changed) });
      // In a team the decision goes up to the volunteers; outside one the background ignores it.
      void sendToBackground('team:reviews-changed', { ids }).catch(() => undefined);
      await reload();
    } catch (error) {
      setMessage({ text: storageFailureText(t, error), error: true });
    }
  };
  const chosen = selected.size > 0 ? reports.filter((r) => selected.has(r.id)) : shown;
  const open = reports.find((r) => r.id === current);
  return (
    <main>
      <h1>{t('reports_title')}</h1>
      <p id="report-count" data-count={reports.length} data-shown={shown.length}>
        {t('reports_shown', shown.length, reports.length, selected.size)}
      </p>
      <FilterBar filter={filter} reporters={reporterIds} onChange={setFilter} />
      <StatusChanger disabled={selected.size === 0 && !current} onApply={(s) => void applyStatus(s)} />
      {message && (
        <p id="reports-message" role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      <ExportButtons reports={chosen} />
      <ImportFiles importAll={(list) => store.importAll(list)} onImported={() => void reload()} />
      <DeleteReports
        ids={[...selected]}
        remove={(ids) => store.removeMany(ids)}
        restore={(list) => store.restoreMany(list)}
        onChanged={() => {
          setSelected(new Set());
          void reload();
        }}
      />
      {shown.length === 0 ? (
        <p>{t('reports_none')}</p>
      ) : (
        <ReportTable reports={shown} order={order} onSort={sortBy} selected={selected} onToggle={toggle} onToggleAll={toggleAll} current={current} onOpen={setCurrent} />
      )}
      {open && <EvidencePanel report={open} />}
      <OverviewSection overview={overview} />
      <HealthLogSection />
      <DisputesSection />
    </main>
  );
}
