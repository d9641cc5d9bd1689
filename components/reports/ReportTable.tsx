import { useState } from 'preact/hooks';
import type { SortColumn, SortOrder } from '@/utils/moderation/filter-reports';
import { topScore } from '@/utils/moderation/filter-reports';
import type { Report } from '@/utils/storage/report';
import { kindLabelKey } from '../flag-labels';
import { useT } from '../i18n-context';
import type { MessageKey } from '@/utils/i18n/translate';

// Rows have one height so that only the rows on screen are drawn: 100,000 reports scroll as 30 do.
export const ROW_HEIGHT = 36;
const VIEWPORT_ROWS = 16;
const OVERSCAN = 8;

interface Props {
  reports: Report[];
  order: SortOrder;
  onSort(column: SortColumn): void;
  selected: ReadonlySet<string>;
  onToggle(id: string): void;
  onToggleAll(): void;
  current: string | null;
  onOpen(id: string): void;
}

const COLUMNS: { column: SortColumn; label: MessageKey }[] = [
  { column: 'reportedAt', label: 'reports_col_time' },
  { column: 'platform', label: 'reports_col_platform' },
  { column: 'category', label: 'reports_col_kind' },
  { column: 'authorHandle', label: 'reports_col_author' },
  { column: 'captionSnapshot', label: 'reports_col_caption' },
  { column: 'status', label: 'reports_col_status' },
  { column: 'reporters', label: 'reports_col_reporters' },
  { column: 'topScore', label: 'reports_col_match' },
];

function Row({ report, checked, current, onToggle, onOpen }: { report: Report; checked: boolean; current: boolean; onToggle(): void; onOpen(): void }) {
  const t = useT();
  return (
    <tr data-report-id={report.id} aria-selected={current} class={current ? 'current' : undefined} style={{ height: `${ROW_HEIGHT}px` }}>
      <td>
        <input type="checkbox" checked={checked} onChange={onToggle} aria-label={`${t('reports_select')} ${report.authorHandle}`} />
      </td>
      <td>{new Date(report.reportedAt).toLocaleString()}</td>
      <td>{report.platform}</td>
      <td>{t(kindLabelKey(report.category))}</td>
      <td>@{report.authorHandle}</td>
      <td class="caption">
        <button type="button" class="open" onClick={onOpen}>
          {report.captionSnapshot || '—'}
        </button>
      </td>
      <td data-status={report.status}>{t(`status_${report.status}` as MessageKey)}</td>
      <td>{report.reporters.length}</td>
      <td>{report.flags.length > 0 ? topScore(report).toFixed(2) : '—'}</td>
    </tr>
  );
}

/** The moderation queue: sortable columns, a checkbox a row, and only the visible rows in the DOM. */
export function ReportTable({ reports, order, onSort, selected, onToggle, onToggleAll, current, onOpen }: Props) {
  const t = useT();
  const [scrollTop, setScrollTop] = useState(0);
  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(reports.length, first + VIEWPORT_ROWS + OVERSCAN * 2);
  const allChosen = reports.length > 0 && reports.every((r) => selected.has(r.id));
  return (
    <div id="reports-scroller" class="scroller" style={{ maxHeight: `${ROW_HEIGHT * VIEWPORT_ROWS}px` }} onScroll={(e) => setScrollTop((e.currentTarget as HTMLElement).scrollTop)}>
      <table id="reports">
        <thead>
          <tr>
            <th>
              <input type="checkbox" id="select-all" checked={allChosen} onChange={onToggleAll} aria-label={t('reports_select_all')} />
            </th>
            {COLUMNS.map(({ column, label }) => (
              <th key={column} aria-sort={order.column === column ? (order.descending ? 'descending' : 'ascending') : undefined}>
                <button type="button" class="sort" data-column={column} onClick={() => onSort(column)}>
                  {t(label)}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr aria-hidden="true" style={{ height: `${first * ROW_HEIGHT}px` }} />
          {reports.slice(first, last).map((report) => (
            <Row key={report.id} report={report} checked={selected.has(report.id)} current={current === report.id} onToggle={() => onToggle(report.id)} onOpen={() => onOpen(report.id)} />
          ))}
          <tr aria-hidden="true" style={{ height: `${(reports.length - last) * ROW_HEIGHT}px` }} />
        </tbody>
      </table>
    </div>
  );
}
