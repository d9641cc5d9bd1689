import { useEffect } from 'preact/hooks';
import type { TeamStatus } from '@/utils/background/team-sync';
import { sendToBackground } from '@/utils/messaging/send';
import { checkTeamServer } from '@/utils/team/team-config';
import type { TeamProblem } from '@/utils/team/team-errors';
import type { MessageKey } from '@/utils/i18n/translate';
import { useT } from '../i18n-context';
import { askForServer, useServerAction } from '../use-server-action';
import { JoinTeamForm, type JoinRequest } from './JoinTeamForm';

const problemKey = (problem: TeamProblem) => `team_problem_${problem.replace(/-/g, '_')}` as MessageKey;

function Joined({ status, busy, run }: { status: TeamStatus & { joined: NonNullable<TeamStatus['joined']> }; busy: boolean; run(work: () => Promise<TeamStatus>, done?: string): void }) {
  const t = useT();
  const { joined } = status;
  return (
    <div id="team-joined" data-user={joined.user} data-role={joined.role} data-waiting={status.waiting} data-synced={status.lastSyncedAt ?? ''}>
      <p>{t('team_joined', joined.user, t(joined.role === 'moderator' ? 'team_role_moderator' : 'team_role_volunteer'), `${joined.url}/${joined.db}`)}</p>
      <p id="team-last-synced">{t('team_last_synced', status.lastSyncedAt ? new Date(status.lastSyncedAt).toLocaleString() : t('lists_never'))}</p>
      <p id="team-waiting">{t('team_waiting', status.waiting)}</p>
      {status.ignored > 0 && <p id="team-ignored">{t('team_ignored', status.ignored)}</p>}
      {status.refused.length > 0 && (
        <details id="team-refused">
          <summary>{t('team_refused', status.refused.length)}</summary>
          <ul>
            {status.refused.map((r) => (
              <li key={`${r.id}:${r.at}`}>
                {r.id}: {r.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
      {status.lastError && (
        <p id="team-error" role="alert" data-problem={status.lastError.problem ?? ''}>
          {status.lastError.problem ? t(problemKey(status.lastError.problem), status.lastError.detail ?? '') : status.lastError.message}
        </p>
      )}
      <button type="button" id="team-sync-now" disabled={busy} onClick={() => run(() => sendToBackground('team:sync-now', {}), t('team_synced'))}>
        {t('team_sync_now')}
      </button>{' '}
      <button type="button" id="team-leave" disabled={busy} onClick={() => run(() => sendToBackground('team:leave', {}), t('team_left'))}>
        {t('team_leave')}
      </button>
    </div>
  );
}

/** Opt-in team sync: join a team's CouchDB, see how sync goes, sync now, leave. */
export function TeamSection() {
  const t = useT();
  const { answer: status, note, setNote, busy, run, fail } = useServerAction<TeamStatus>((message) => t('team_failed', message));
  useEffect(() => run(() => sendToBackground('team:status', {})), []);

  const join = (request: JoinRequest) => {
    const checked = checkTeamServer(request.url, request.db);
    if ('error' in checked) return fail(checked.error);
    askForServer(
      checked,
      () => run(() => sendToBackground('team:join', request), t('team_joined_done')),
      (host) => setNote({ text: t('lists_permission_denied', host), error: true }),
      fail,
    );
  };

  return (
    <section id="team">
      <h2>{t('team_heading')}</h2>
      <p>{t('team_intro')}</p>
      {status?.joined ? <Joined status={status as TeamStatus & { joined: NonNullable<TeamStatus['joined']> }} busy={busy} run={run} /> : status && <JoinTeamForm disabled={busy} onJoin={join} />}
      {note && (
        <p id="team-note" role={note.error ? 'alert' : 'status'}>
          {note.text}
        </p>
      )}
    </section>
  );
}
