import { storageFailureText } from './storage-failure';
import { useState } from 'preact/hooks';
import type { Report } from '@/utils/storage/report';
import { useT } from '../i18n-context';

interface Props {
  ids: string[];
  remove(ids: string[]): Promise<Report[]>;
  restore(reports: Report[]): Promise<void>;
  onChanged(): void;
}

/**
 * Deleting asks first, then offers to put the reports back for as long as the page is
 * open: the deleted reports are held here, not in the database.
 */
export function DeleteReports({ ids, remove, restore, onChanged }: Props) {
  const t = useT();
  const [asking, setAsking] = useState(false);
  const [deleted, setDeleted] = useState<Report[]>([]);
  const [error, setError] = useState('');
  const run = async (action: () => Promise<void>) => {
    setError('');
    try {
      await action();
      onChanged();
    } catch (e) {
      setError(storageFailureText(t, e));
    }
  };
  return (
    <p id="delete-reports">
      {!asking ? (
        <button type="button" id="delete-selected" disabled={ids.length === 0} onClick={() => setAsking(true)}>
          {t('reports_delete', ids.length)}
        </button>
      ) : (
        <span role="alertdialog" aria-label={t('reports_delete_confirm', ids.length)}>
          {t('reports_delete_confirm', ids.length)}{' '}
          <button type="button" id="delete-confirm" onClick={() => void run(async () => (setDeleted([...deleted, ...(await remove(ids))]), setAsking(false)))}>
            {t('reports_delete_yes')}
          </button>{' '}
          <button type="button" onClick={() => setAsking(false)}>
            {t('picker_cancel')}
          </button>
        </span>
      )}{' '}
      {deleted.length > 0 && (
        <button type="button" id="delete-undo" onClick={() => void run(async () => (await restore(deleted), setDeleted([])))}>
          {t('reports_delete_undo', deleted.length)}
        </button>
      )}
      {error && <span role="alert">{error}</span>}
    </p>
  );
}
