import { useState } from 'preact/hooks';
import type { Flag } from '@/utils/engine/types';
import { FLAG_LABELS, SEVERE_KINDS } from './flag-labels';

type ReportState = { step: 'idle' | 'sending' | 'sent' } | { step: 'failed'; error: string };

interface Props {
  flags: Flag[];
  onReport(): Promise<void>;
}

function ReportButton({ onReport }: Pick<Props, 'onReport'>) {
  const [state, setState] = useState<ReportState>({ step: 'idle' });
  const report = async () => {
    setState({ step: 'sending' });
    try {
      await onReport();
      setState({ step: 'sent' });
    } catch (error) {
      setState({ step: 'failed', error: error instanceof Error ? error.message : String(error) });
    }
  };
  if (state.step === 'sent') return <p class="saring-done" role="status">Dilaporkan · Reported</p>;
  return (
    <>
      <button type="button" class="saring-report" disabled={state.step === 'sending'} onClick={report}>
        Laporkan · Report
      </button>
      {state.step === 'failed' && <p class="saring-error" role="alert">Gagal melapor · Report failed: {state.error}</p>}
    </>
  );
}

/** The warning shown on a flagged post. Every string from the page or a list is rendered as text. */
export function WarningBadge({ flags, onReport }: Props) {
  const severe = flags.some((f) => SEVERE_KINDS.has(f.kind));
  return (
    <section class={severe ? 'saring-badge severe' : 'saring-badge'} aria-label="Saring">
      {flags.map((flag) => (
        <strong class="saring-flag" key={flag.kind} data-kind={flag.kind}>
          {FLAG_LABELS[flag.kind]}
        </strong>
      ))}
      {/* Closed, the reasons cost the page no layout: a feed may hold hundreds of badges. */}
      <details class="saring-why">
        <summary>Kenapa? · Why?</summary>
        {flags.map((flag) => (
          <p class="saring-reason" key={flag.kind} data-kind={flag.kind}>
            {flag.reason}
          </p>
        ))}
      </details>
      <ReportButton onReport={onReport} />
    </section>
  );
}
