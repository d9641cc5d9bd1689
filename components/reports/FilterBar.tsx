import type { ReportFilter } from '@/utils/moderation/filter-reports';
import { PLATFORMS, PLATFORM_NAMES, type Platform } from '@/utils/post';
import { REPORT_CATEGORIES, REPORT_STATUSES, type ReportCategory, type ReportStatus } from '@/utils/storage/report';
import type { MessageKey } from '@/utils/i18n/translate';
import { kindLabelKey } from '../flag-labels';
import { useT } from '../i18n-context';

const DAY_MS = 86_400_000;
const dateValue = (ms: number | undefined) => (ms === undefined ? '' : new Date(ms).toISOString().slice(0, 10));
const fromDate = (value: string) => (value ? Date.parse(`${value}T00:00:00`) : undefined);

/** Filters for the queue: platform, kind, review state, reporter, date range and words. */
export function FilterBar({ filter, reporters, onChange }: { filter: ReportFilter; reporters: string[]; onChange(filter: ReportFilter): void }) {
  const t = useT();
  const set = (change: Partial<ReportFilter>) => onChange({ ...filter, ...change });
  const valueOf = (e: Event) => (e.currentTarget as HTMLInputElement | HTMLSelectElement).value;
  return (
    <form id="filters" class="filters" role="search" onSubmit={(e) => e.preventDefault()}>
      <label>
        {t('reports_col_platform')}{' '}
        <select id="filter-platform" value={filter.platform ?? ''} onChange={(e) => set({ platform: valueOf(e) as Platform | '' })}>
          <option value="">{t('reports_any')}</option>
          {PLATFORMS.map((p) => (
            <option key={p} value={p}>
              {PLATFORM_NAMES[p]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('reports_col_kind')}{' '}
        <select id="filter-category" value={filter.category ?? ''} onChange={(e) => set({ category: valueOf(e) as ReportCategory | '' })}>
          <option value="">{t('reports_any')}</option>
          {REPORT_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {t(kindLabelKey(c))}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('reports_col_status')}{' '}
        <select id="filter-status" value={filter.status ?? ''} onChange={(e) => set({ status: valueOf(e) as ReportStatus | '' })}>
          <option value="">{t('reports_any')}</option>
          {REPORT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status_${s}` as MessageKey)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('reports_col_reporter')}{' '}
        <select id="filter-reporter" value={filter.reporterId ?? ''} onChange={(e) => set({ reporterId: valueOf(e) })}>
          <option value="">{t('reports_any')}</option>
          {reporters.map((r) => (
            <option key={r} value={r}>
              {r.slice(0, 8)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('reports_from')} <input type="date" id="filter-from" value={dateValue(filter.from)} onChange={(e) => set({ from: fromDate(valueOf(e)) })} />
      </label>
      <label>
        {t('reports_to')}{' '}
        <input
          type="date"
          id="filter-to"
          value={dateValue(filter.to === undefined ? undefined : filter.to - DAY_MS)}
          onChange={(e) => {
            const day = fromDate(valueOf(e));
            set({ to: day === undefined ? undefined : day + DAY_MS });
          }}
        />
      </label>
      <label>
        {t('reports_search')} <input type="search" id="filter-text" value={filter.text ?? ''} onInput={(e) => set({ text: valueOf(e) })} />
      </label>
    </form>
  );
}
