import { useState } from 'preact/hooks';
import { REPORT_STATUSES, type ReportStatus } from '@/utils/storage/report';
import type { MessageKey } from '@/utils/i18n/translate';
import { useT } from '../i18n-context';

/** Moves the selection (or the open report) to another review state. */
export function StatusChanger({ disabled, onApply }: { disabled: boolean; onApply(status: ReportStatus): void }) {
  const t = useT();
  const [status, setStatus] = useState<ReportStatus>('triaged');
  return (
    <p class="status-changer">
      <label>
        {t('reports_set_status')} {t('reports_selection_or_current')}{' '}
        <select id="new-status" value={status} onChange={(e) => setStatus((e.currentTarget as HTMLSelectElement).value as ReportStatus)}>
          {REPORT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status_${s}` as MessageKey)}
            </option>
          ))}
        </select>
      </label>{' '}
      <button type="button" id="apply-status" disabled={disabled} onClick={() => onApply(status)}>
        {t('reports_apply')}
      </button>
    </p>
  );
}
