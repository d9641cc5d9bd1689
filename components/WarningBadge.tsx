import { Component } from 'preact';
import type { Flag } from '@/utils/engine/types';
import type { Translate } from '@/utils/i18n/translate';
import type { ReportReceipt, RuleToMute } from '@/utils/messaging/protocol';
import { postText, type Post } from '@/utils/post';
import type { ReportCategory } from '@/utils/storage/report';
import { byKindOrder, kindLabelKey, kindNoteKey } from './flag-labels';
import { ReasonsPanel } from './warning/ReasonsPanel';
import { ReportToast } from './warning/ReportToast';

/** What the buttons do; the content script wires them to the background. */
export interface BadgeActions {
  report(): Promise<ReportReceipt>;
  undo(undoToken: string): Promise<void>;
  annotate(undoToken: string, category: ReportCategory, note: string): Promise<void>;
  dismiss(): Promise<void>;
  mute(rule: RuleToMute): Promise<void>;
  /** Present while the post's video is blurred for a hoax. */
  showAnyway?(): Promise<void>;
}

interface Props {
  t: Translate;
  post: Post;
  flags: Flag[];
  actions: BadgeActions;
}

type Step = { name: 'idle' | 'sending' | 'undone' | 'dismissed' | 'muted' } | { name: 'reported'; receipt: ReportReceipt };

interface State {
  open: boolean;
  step: Step;
  error: string;
  blurred: boolean;
}

/**
 * The warning on a flagged post. Every string from the page or a list is rendered as text.
 * A class, not hooks: the content script stays within its 50 kB budget without preact/hooks.
 */
export class WarningBadge extends Component<Props, State> {
  state: State = { open: false, step: { name: 'idle' }, error: '', blurred: this.props.actions.showAnyway !== undefined };

  private busy = false;

  /**
   * Runs an action, turning a failure into words on the badge rather than an unhandled
   * rejection. One at a time: a double click must not undo or dismiss twice.
   */
  act = async (action: () => Promise<void>) => {
    if (this.busy) return;
    this.busy = true;
    this.setState({ error: '' });
    try {
      await action();
    } catch (error) {
      this.setState({ error: error instanceof Error ? error.message : String(error) });
    } finally {
      this.busy = false;
    }
  };

  report = () =>
    this.act(async () => {
      this.setState({ step: { name: 'sending' } });
      try {
        this.setState({ step: { name: 'reported', receipt: await this.props.actions.report() } });
      } catch (e) {
        this.setState({ step: { name: 'idle' } });
        throw e;
      }
    });

  render() {
    const { t, post, flags, actions } = this.props;
    const { open, step, error, blurred } = this.state;
    const ordered = byKindOrder(flags);
    const lead = ordered[0].kind;
    const label = t('badge_label', ordered.map((f) => t(kindLabelKey(f.kind))).join(', '));
    const finish = (name: 'dismissed' | 'muted' | 'undone') => this.setState({ step: { name } });

    if (step.name === 'dismissed' || step.name === 'muted' || step.name === 'undone') {
      const key = step.name === 'dismissed' ? 'badge_dismissed' : step.name === 'muted' ? 'badge_rule_muted' : 'toast_undone';
      return (
        <section class="badge quiet" role="status" aria-label={label} tabIndex={-1} ref={(el) => el?.focus()}>
          {t(key)}
        </section>
      );
    }

    return (
      <section class={`badge kind-${lead}`} data-kind={lead} aria-label={label}>
        <p class="head">
          {ordered.map((f) => (
            <strong class="flag" key={f.kind} data-kind={f.kind}>
              {t(kindLabelKey(f.kind))}
            </strong>
          ))}
          <span class="note">{t(kindNoteKey(lead))}</span>
        </p>
        <p class="actions">
          <button type="button" class="why" aria-expanded={open} aria-controls="saring-reasons" onClick={() => this.setState({ open: !open })}>
            {open ? t('badge_why_close') : t('badge_why')}
          </button>
          {step.name !== 'reported' && (
            <button type="button" class="report" disabled={step.name === 'sending'} onClick={this.report}>
              {step.name === 'sending' ? t('badge_reporting') : t('badge_report')}
            </button>
          )}
          <button type="button" class="dismiss" onClick={() => this.act(async () => (await actions.dismiss(), finish('dismissed')))}>
            {t('badge_dismiss')}
          </button>
          {blurred && actions.showAnyway && (
            <button type="button" class="show" onClick={() => this.act(async () => (await actions.showAnyway!(), this.setState({ blurred: false })))}>
              {t('badge_show_anyway')}
            </button>
          )}
        </p>
        {open && <ReasonsPanel id="saring-reasons" t={t} text={postText(post)} flags={ordered} onMute={(rule) => this.act(async () => (await actions.mute(rule), finish('muted')))} />}
        {step.name === 'reported' && (
          <ReportToast
            t={t}
            post={post}
            report={step.receipt.report}
            onUndo={() => this.act(async () => (await actions.undo(step.receipt.undoToken), finish('undone')))}
            onAnnotate={(category, note) => actions.annotate(step.receipt.undoToken, category, note)}
          />
        )}
        {error && (
          <p class="error" role="alert">
            {t('badge_failed', error)}
          </p>
        )}
      </section>
    );
  }
}
