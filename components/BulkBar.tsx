import type { Translate } from '@/utils/i18n/translate';
import type { ReportCategory } from '@/utils/storage/report';
import { CategorySelect } from './CategorySelect';

export interface BulkBarState {
  selected: number;
  today: number | null;
  category: ReportCategory;
  busy: boolean;
  /** The last thing that happened, in words, with an undo when it can be taken back. */
  message: { text: string; undo?: () => void; error?: boolean } | null;
}

export interface BulkBarActions {
  selectFlagged(): void;
  setCategory(category: ReportCategory): void;
  report(): void;
  clear(): void;
  exit(): void;
}

/** The floating bar of bulk mode: "N selected · Select all flagged · Report selected as … · Clear". */
export function BulkBar({ t, state, actions }: { t: Translate; state: BulkBarState; actions: BulkBarActions }) {
  return (
    <section class="bar" role="region" aria-label={t('bulk_bar_label')}>
      <p class="row">
        <strong class="count" aria-live="polite">
          {t('bulk_selected', state.selected)}
        </strong>
        <button type="button" class="select-flagged" onClick={actions.selectFlagged}>
          {t('bulk_select_flagged')}
        </button>
        <CategorySelect t={t} class="category" label={t('bulk_report_as')} value={state.category} onChange={actions.setCategory} />
        <button type="button" class="report" disabled={state.busy} onClick={actions.report}>
          {t('bulk_report')}
        </button>
        <button type="button" class="clear" onClick={actions.clear}>
          {t('bulk_clear')}
        </button>
        <button type="button" class="exit" onClick={actions.exit}>
          {t('bulk_exit')}
        </button>
      </p>
      <p class="row small">
        {state.today !== null && <span class="today">{t('bulk_today', state.today)}</span>}
        <span class="keys">{t('bulk_keys')}</span>
      </p>
      {state.message && (
        <p class={state.message.error ? 'row small error' : 'row small'} role={state.message.error ? 'alert' : 'status'}>
          {state.message.text}{' '}
          {state.message.undo && (
            <button type="button" class="undo" onClick={state.message.undo}>
              {t('toast_undo')}
            </button>
          )}
        </p>
      )}
    </section>
  );
}
