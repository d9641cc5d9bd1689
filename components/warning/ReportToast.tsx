import { Component, createRef } from 'preact';
import { safeLink } from '@/utils/highlight';
import type { Translate } from '@/utils/i18n/translate';
import { PLATFORM_NAMES, type Post } from '@/utils/post';
import type { Report, ReportCategory } from '@/utils/storage/report';
import { CategorySelect } from '../CategorySelect';

export const BAWASLU_REPORT_URL = 'https://sigaplapor.bawaslu.go.id/';
const ELECTION_CATEGORIES: ReadonlySet<ReportCategory> = new Set(['political_ad', 'election_fundraising', 'campaign']);

interface Props {
  t: Translate;
  post: Post;
  report: Report;
  onUndo(): Promise<void>;
  onAnnotate(category: ReportCategory, note: string): Promise<void>;
}

type NoteProps = Pick<Props, 't' | 'report' | 'onAnnotate'>;

class NoteForm extends Component<NoteProps, { category: ReportCategory; note: string; saved: boolean; error: string }> {
  state = { category: this.props.report.category, note: this.props.report.note, saved: false, error: '' };

  save = async (event: Event) => {
    event.preventDefault();
    this.setState({ saved: false, error: '' });
    try {
      await this.props.onAnnotate(this.state.category, this.state.note);
      this.setState({ saved: true });
    } catch (error) {
      this.setState({ error: error instanceof Error ? error.message : String(error) });
    }
  };

  render() {
    const { t } = this.props;
    const { category, note, saved, error } = this.state;
    return (
      <form class="note" onSubmit={this.save}>
        <CategorySelect t={t} label={t('toast_category')} value={category} onChange={(c) => this.setState({ category: c })} />
        <label>
          {t('toast_note')}
          <textarea rows={2} maxLength={2000} value={note} onInput={(e) => this.setState({ note: (e.currentTarget as HTMLTextAreaElement).value })} />
        </label>
        <button type="submit">{t('toast_save_note')}</button>
        {saved && <span role="status">{t('toast_note_saved')}</span>}
        {error && (
          <span class="error" role="alert">
            {t('badge_failed', error)}
          </span>
        )}
      </form>
    );
  }
}

/** Where else this post can be reported, with a line on how: the platform's own flow, and Bawaslu for election violations. */
function Bridge({ t, post, category }: { t: Translate; post: Post; category: ReportCategory }) {
  const permalink = safeLink(post.permalink);
  return (
    <div class="bridge">
      <strong>{t('bridge_heading')}</strong>
      {permalink && (
        <p>
          <a href={permalink} target="_blank" rel="noopener noreferrer">
            {t('bridge_platform', PLATFORM_NAMES[post.platform])}
          </a>
          : {t('bridge_platform_howto')}
        </p>
      )}
      {ELECTION_CATEGORIES.has(category) && (
        <p>
          <a href={BAWASLU_REPORT_URL} target="_blank" rel="noopener noreferrer">
            {t('bridge_bawaslu')}
          </a>
          : {t('bridge_bawaslu_howto')}
        </p>
      )}
    </div>
  );
}

/** What follows "Report": it is stored already; undo, add a note, or take it to the platform and Bawaslu. */
export class ReportToast extends Component<Props, { noting: boolean }> {
  state = { noting: false };
  undo = createRef<HTMLButtonElement>();

  // The Report button is gone: focus moves to Undo rather than falling back to the page.
  componentDidMount() {
    this.undo.current?.focus();
  }

  render() {
    const { t, post, report, onUndo, onAnnotate } = this.props;
    return (
      <div class="toast" role="status">
        <p>
          {t('toast_reported')}{' '}
          <button type="button" class="undo" ref={this.undo} onClick={() => void onUndo()}>
            {t('toast_undo')}
          </button>{' '}
          {!this.state.noting && (
            <button type="button" class="link" onClick={() => this.setState({ noting: true })}>
              {t('toast_add_note')}
            </button>
          )}
        </p>
        {this.state.noting && <NoteForm t={t} report={report} onAnnotate={onAnnotate} />}
        <Bridge t={t} post={post} category={report.category} />
      </div>
    );
  }
}
