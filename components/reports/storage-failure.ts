import type { Translate } from '@/utils/i18n/translate';
import { errorText, isQuotaError } from '@/utils/storage/storage-failure';

/** What the reports page says when a write fails: a full disk gets words a moderator can act on. */
export function storageFailureText(t: Translate, error: unknown): string {
  return isQuotaError(error) ? t('reports_storage_full') : t('reports_storage_failed', errorText(error));
}
