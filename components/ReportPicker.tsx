import { useRef, useState } from 'preact/hooks';
import type { Translate } from '@/utils/i18n/translate';
import type { ReportReceipt } from '@/utils/messaging/protocol';
import type { Post } from '@/utils/post';
import type { ReportCategory } from '@/utils/storage/report';
import { kindLabelKey } from './flag-labels';
import { ReportToast } from './warning/ReportToast';

// What a user can report a post as when Saring flagged nothing: the four, most serious first.
const PICKABLE: readonly ReportCategory[] = ['political_ad', 'election_fundraising', 'hoax', 'other'];

interface Props {
  t: Translate;
  post: Post;
  report(category: ReportCategory): Promise<ReportReceipt>;
  undo(undoToken: string): Promise<void>;
  annotate(undoToken: string, category: ReportCategory, note: string): Promise<void>;
  close(): void;
}

/** "Report this post as…", opened from the context menu on any post, flagged or not. */
export function ReportPicker({ t, post, report, undo, annotate, close }: Props) {
  const [receipt, setReceipt] = useState<ReportReceipt | null>(null);
  const [undone, setUndone] = useState(false);
  const [error, setError] = useState('');
  // One action at a time: a double click must not report twice or undo twice.
  const busy = useRef(false);
  const run = async (action: () => Promise<void>) => {
    if (busy.current) return;
    busy.current = true;
    setError('');
    try {
      await action();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      busy.current = false;
    }
  };
  return (
    <section class="badge picker" role="dialog" aria-label={t('picker_heading')}>
      {undone ? (
        <p role="status">{t('toast_undone')}</p>
      ) : receipt ? (
        <ReportToast t={t} post={post} report={receipt.report} onUndo={() => run(async () => (await undo(receipt.undoToken), setUndone(true)))} onAnnotate={(c, n) => annotate(receipt.undoToken, c, n)} />
      ) : (
        <>
          <p class="head">
            <strong>{t('picker_heading')}</strong>
          </p>
          <p class="actions">
            {PICKABLE.map((category) => (
              <button type="button" key={category} data-category={category} onClick={() => run(async () => setReceipt(await report(category)))}>
                {t(kindLabelKey(category))}
              </button>
            ))}
          </p>
        </>
      )}
      <p class="actions">
        <button type="button" class="link close" onClick={close}>
          {receipt || undone ? t('toast_close') : t('picker_cancel')}
        </button>
      </p>
      {error && (
        <p class="error" role="alert">
          {t('badge_failed', error)}
        </p>
      )}
    </section>
  );
}
