import type { PageStatus } from '@/utils/messaging/protocol';
import { layoutChangedMessage, PAGE_KIND_LABELS } from '@/utils/page/page-labels';

/** The popup's account of the current tab: what Saring reads there, and whether it still can. */
export function PageStatusPanel({ status }: { status: PageStatus }) {
  const { health } = status;
  return (
    <section id="page-status" aria-label="Halaman ini · This page">
      <p>
        <strong id="page-platform">{status.platformName}</strong> · <span id="page-kind">{PAGE_KIND_LABELS[status.pageKind]}</span>
      </p>
      <p>
        <span id="posts-scanned">{status.postsScanned}</span> diperiksa · scanned,{' '}
        <span id="posts-flagged">{status.postsFlagged}</span> ditandai · flagged
      </p>
      {health.state === 'broken' && (
        <p id="page-health" role="alert" data-health="broken">
          {layoutChangedMessage(status.platformName, health.problem)}
        </p>
      )}
      {health.state === 'reading' && (
        <p id="page-health" data-health="reading">
          Membaca halaman… · Reading the page…
        </p>
      )}
    </section>
  );
}
