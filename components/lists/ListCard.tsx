import type { ListView } from '@/utils/lists/sync/list-view';
import type { ListProblem } from '@/utils/lists/list-problem';
import type { MessageKey, Translate } from '@/utils/i18n/translate';
import { PLATFORM_NAMES } from '@/utils/post';
import { useT } from '../i18n-context';

const when = (t: Translate, at: number | undefined) => (at ? new Date(at).toLocaleString() : t('lists_never'));
const problemKey = (problem: ListProblem) => `list_problem_${problem.replace(/-/g, '_')}` as MessageKey;

function CheckState({ list }: { list: ListView }) {
  const t = useT();
  const { state } = list;
  return (
    <>
      <span class="list-checked">{t('lists_checked', when(t, state.checkedAt))}</span> · <span class="list-updated">{t('lists_updated', when(t, state.updatedAt))}</span>
      {state.error && (
        <p class="list-error" role="alert" data-problem={state.error.problem}>
          {t('lists_error', `${t(problemKey(state.error.problem))} (${state.error.message})`)}
        </p>
      )}
    </>
  );
}

/** One list: what is in force from it, and for a subscription how its checks went. */
export function ListCard({ list, onRemove }: { list: ListView; onRemove?: () => void }) {
  const t = useT();
  return (
    <li class="list-card" data-list-id={list.id} data-version={list.version ?? ''} data-entries={list.entries ?? ''} data-problem={list.state.error?.problem ?? ''}>
      <strong>{list.name ?? list.url}</strong> {list.kind && <span class="list-kind">({t(list.kind === 'hoaxes' ? 'lists_kind_hoaxes' : 'lists_kind_patterns')})</span>}
      <br />
      {list.bundled ? t('lists_builtin') : <span class="list-url">{list.url}</span>}
      {list.publisher && ` · ${list.publisher}`}
      <br />
      {list.version === undefined ? t('lists_not_yet') : `${t('lists_version', list.version)} · ${t('lists_entries', list.entries ?? 0)}`}
      {list.expires && ` · ${list.expired ? t('lists_expired', new Date(list.expires).toLocaleDateString()) : t('lists_expires', new Date(list.expires).toLocaleDateString())}`}
      {(list.disabledAdapters ?? []).map((d) => (
        <p key={d.platform} class="list-switch-off">
          {t('lists_switched_off', PLATFORM_NAMES[d.platform], d.untilVersion, d.reason)}
        </p>
      ))}
      {!list.bundled && (
        <>
          <br />
          <CheckState list={list} />{' '}
          <button type="button" class="list-remove" onClick={onRemove}>
            {t('lists_remove')}
          </button>
        </>
      )}
    </li>
  );
}
