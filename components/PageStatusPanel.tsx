import type { PageStatus } from '@/utils/messaging/protocol';
import { layoutChangedMessage, PAGE_KIND_KEYS } from '@/utils/page/page-labels';
import { useT } from './i18n-context';

/** The popup's account of the current tab: what Saring reads there, and whether it still can. */
export function PageStatusPanel({ status }: { status: PageStatus }) {
  const t = useT();
  const { health } = status;
  return (
    <section id="page-status" aria-label={t('popup_this_page')}>
      <p>
        <strong id="page-platform">{status.platformName}</strong> · <span id="page-kind" data-kind={status.pageKind}>{t(PAGE_KIND_KEYS[status.pageKind])}</span>
      </p>
      <p>
        <span id="page-counts" data-scanned={status.postsScanned} data-flagged={status.postsFlagged}>
          {t('popup_counts', status.postsScanned, status.postsFlagged)}
        </span>
      </p>
      {health.state === 'broken' && (
        <p id="page-health" role="alert" data-health="broken">
          {layoutChangedMessage(t, status.platformName, health.problem)}
        </p>
      )}
      {health.state === 'reading' && (
        <p id="page-health" data-health="reading">
          {t('popup_reading')}
        </p>
      )}
    </section>
  );
}
