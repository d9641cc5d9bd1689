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

// A button, not <details>: a feed holds hundreds of badges, and each <details> cost
// Chromium about a millisecond of style and layout (bench:page); closed reasons cost nothing.
function WhyToggle({ flags }: Pick<Props, 'flags'>) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" class="saring-why" aria-expanded={open} onClick={() => setOpen(!open)}>
        Kenapa? · Why?
      </button>
      {open && (
        <div class="saring-reasons">
          {flags.map((flag) => (
            <p class="saring-reason" key={flag.kind} data-kind={flag.kind}>
              {flag.reason}
            </p>
          ))}
        </div>
      )}
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
      <WhyToggle flags={flags} />
      <ReportButton onReport={onReport} />
    </section>
  );
}
