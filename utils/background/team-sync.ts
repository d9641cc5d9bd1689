import { applyPulled } from '../team/apply-pulled';
import { checkTeamServer, EMPTY_TEAM_STATE, type TeamConfig, type TeamState } from '../team/team-config';
import { REVIEWS_FILTER } from '../team/design-doc';
import { describeTeamError, teamFailureOf } from '../team/team-errors';
import { putOwnReports, putReviews } from '../team/outbox';
import { createBacklogPacer } from '../team/backlog-pacer';
import { changeAfter, createLivePull, pauseFor } from './live-pull';
import type { PouchDatabase, PouchOpeners } from '../team/pouch';
import type { ReportStore } from '../storage/report-store';
import type { TeamStore } from '../storage/team-store';

export interface TeamStatus {
  joined?: { url: string; db: string; user: string; role: TeamConfig['role'] };
  lastSyncedAt?: number;
  lastError?: TeamState['lastError'];
  /** Reports and decisions made here that the server does not have yet. */
  waiting: number;
  ignored: number;
  /** Changes the server's rules refused, with its reasons. */
  refused: NonNullable<TeamState['refused']>;
}

export interface TeamSyncDeps {
  store: TeamStore;
  reports: ReportStore;
  pouch: PouchOpeners;
  /** This profile's reporter id: only its own reports go up. */
  reporterId: () => Promise<string>;
  now: () => number;
  /** Asks the server who the user is; used once, when the user joins. */
  fetch?: typeof fetch;
  onReportsChanged: () => void | Promise<void>;
  /** How long a live pull goes on after the reports page last said it is open (ms). */
  watchLingerMs?: number;
}

const BATCH_SIZE = 200;
const PULL_BATCH_SIZE = 1_000;
// The page says it is open every 2 s: a few missed beats are not a closed page.
const WATCH_LINGER_MS = 10_000;
// Under the remote's 30 s request timeout: an idle long-poll ends by itself and is asked again.
const LONG_POLL_MS = 20_000;
const FOLLOW_RETRY_MS = 5_000;

/** A push sends what was made here; a full pass also brings the team's reports and decisions. */
export type PassKind = 'push' | 'full';
const replicaName = (config: TeamConfig) => `saring-team-${config.user}-${config.db}`;
const isOwnDoc = (id: string, config: TeamConfig) => (id.startsWith('report:') && id.endsWith(`:${config.user}`)) || (config.role === 'moderator' && id.startsWith('review:'));

/** Who the server says this is: a member's roles, or a plain-words refusal. */
async function rolesOf(url: string, user: string, password: string, fetchImpl: typeof fetch): Promise<string[]> {
  let response: Response;
  try {
    response = await fetchImpl(`${url}/_session`, { headers: { authorization: `Basic ${btoa(`${user}:${password}`)}`, accept: 'application/json' }, credentials: 'omit' });
  } catch (error) {
    throw new Error(describeTeamError(error));
  }
  if (response.status === 401) throw new Error(describeTeamError({ status: 401 }));
  if (!response.ok) throw new Error(describeTeamError({ status: response.status }));
  const body = (await response.json().catch(() => ({}))) as { userCtx?: { name?: string; roles?: string[] } };
  if (body.userCtx?.name !== user) throw new Error(describeTeamError({ status: 401 }));
  return body.userCtx.roles ?? [];
}

const MAX_REFUSALS = 100;

function refusalsOf(errors: unknown[], at: number): { id: string; reason: string; at: number }[] {
  return errors.map((e) => {
    const error = (e ?? {}) as { id?: unknown; reason?: unknown; message?: unknown };
    return { id: String(error.id ?? '?'), reason: String(error.reason ?? error.message ?? 'refused'), at };
  });
}

export function createTeamSync(deps: TeamSyncDeps) {
  async function recordRefusals(errors: unknown[]): Promise<void> {
    const refused = refusalsOf(errors, deps.now());
    await deps.store.updateState((s) => ({ ...s, refused: [...refused, ...(s.refused ?? [])].slice(0, MAX_REFUSALS) }));
  }

  let running: Promise<void> | null = null;
  let wanted: PassKind | null = null;
  const pacer = createBacklogPacer();
  const live = createLivePull(deps.watchLingerMs ?? WATCH_LINGER_MS);
  let leaving = false;
  // One application of pulled changes at a time, whoever pulled them (a pass or the live pull):
  // two at once would apply the same batch twice and could move the applied sequence back.
  let applying: Promise<void> = Promise.resolve();

  async function waitingCount(local: PouchDatabase, config: TeamConfig, state: TeamState): Promise<number> {
    const { results } = await local.changes({ since: state.pushedSeq });
    return state.pendingReports.length + state.pendingReviews.length + results.filter((c) => isOwnDoc(c.id, config)).length;
  }

  /**
   * Pending changes into the replica; the ids leave the pending lists only once they are there.
   * Says whether the replica now holds anything of the user's own the server may not have.
   */
  async function fillOutbox(local: PouchDatabase, config: TeamConfig): Promise<boolean> {
    const state = await deps.store.state();
    const lookup = (id: string) => deps.reports.get(id);
    await putOwnReports(local, state.pendingReports, lookup, { user: config.user, reporterId: await deps.reporterId() });
    if (config.role === 'moderator') await putReviews(local, state.pendingReviews, lookup, config.user);
    const done = { reports: new Set(state.pendingReports), reviews: new Set(state.pendingReviews) };
    const filled = done.reports.size + done.reviews.size > 0;
    const after = await deps.store.updateState((s) => ({
      ...s,
      pendingReports: s.pendingReports.filter((id) => !done.reports.has(id)),
      pendingReviews: s.pendingReviews.filter((id) => !done.reviews.has(id)),
      replicaAhead: s.replicaAhead !== false || filled,
    }));
    return after.replicaAhead !== false;
  }

  function applyInTurn(local: PouchDatabase, config: TeamConfig): Promise<void> {
    const next = applying.then(() => applyNew(local, config));
    applying = next.catch(() => undefined);
    return next;
  }

  /** Takes what the replica pulled into the local reports; moderators see each batch as it lands. */
  async function applyNew(local: PouchDatabase, config: TeamConfig): Promise<void> {
    const state = await deps.store.state();
    const beforeWriteBack = async () => void (await deps.store.updateState((s) => ({ ...s, replicaAhead: true })));
    const applied = await applyPulled(local, deps.reports, state.appliedSeq, { user: config.user, moderator: config.role === 'moderator', beforeWriteBack });
    await deps.store.updateState((s) => ({ ...s, appliedSeq: applied.lastSeq, ignored: s.ignored + applied.ignored }));
    if (applied.changed > 0) await deps.onReportsChanged();
  }

  const pullFilter = (config: TeamConfig) => (config.role === 'moderator' ? {} : { filter: REVIEWS_FILTER });
  /** The server's sequence the last pull reached: a live pull waits for changes past it. */
  let pulledFromSeq: number | string = 'now';

  /**
   * Pulls, applying each batch as it is written: under a burst a moderator sees reports as
   * they come, not only once the pass has read the whole backlog.
   */
  async function pullAndApply(local: PouchDatabase, remote: PouchDatabase, config: TeamConfig): Promise<void> {
    const pull = local.replicate.from(remote, { batch_size: PULL_BATCH_SIZE, retry: false, ...pullFilter(config) });
    let failure: unknown;
    pull.on('change', () => void applyInTurn(local, config).catch((error: unknown) => void (failure ??= error)));
    const result = await pull;
    await applyInTurn(local, config);
    if (failure) throw failure;
    if (result.last_seq !== undefined) pulledFromSeq = result.last_seq;
    // What was pulled is not waiting to go up: the count starts again from here.
    const pulledTo = (await local.info()).update_seq;
    await deps.store.updateState((s) => ({ ...s, pushedSeq: pulledTo }));
  }

  const recordError = (error: unknown) => {
    const { message, problem, detail } = teamFailureOf(error);
    return deps.store.updateState((s) => ({ ...s, lastError: { message, problem, detail, at: deps.now() } }));
  };
  const recordSynced = () => deps.store.updateState((s) => ({ ...s, lastSyncedAt: deps.now(), lastError: undefined }));

  const remoteOf = (config: TeamConfig) => deps.pouch.remote(`${config.url}/${config.db}`, { username: config.user, password: config.password }, pacer);

  /** While a reports page is on screen: a full pass, then a wait for the server's next change, again and again. */
  async function follow(): Promise<void> {
    while (live.watching) {
      await syncNow('full');
      const [config, state] = await Promise.all([deps.store.config(), deps.store.state()]);
      if (!config || !live.watching) return;
      // A pass that failed (a full disk, a bad answer) would fail again at once: the long-poll
      // from where it stopped answers straight away.
      if (state.lastError) await live.waitFor(pauseFor(FOLLOW_RETRY_MS));
      if (!live.watching) return;
      try {
        // For a volunteer, only a review wakes it: the same filter as the pull.
        await live.waitFor(changeAfter(remoteOf(config), pulledFromSeq, { timeoutMs: LONG_POLL_MS, ...pullFilter(config) }));
      } catch (error) {
        // The pass after it says what is wrong; this only keeps a dead server from being asked in a tight loop.
        await recordError(error);
        await live.waitFor(pauseFor(FOLLOW_RETRY_MS));
      }
    }
  }

  /**
   * Sends this user's own documents only: what the replica pulled (other volunteers' reports,
   * for a moderator) is the server's already, and asking it about each would cost it a read.
   */
  async function push(local: PouchDatabase, remote: PouchDatabase, config: TeamConfig): Promise<void> {
    const before = (await local.info()).update_seq;
    pacer.pushStarts();
    const pushed = await local.replicate.to(remote, { batch_size: BATCH_SIZE, retry: false, filter: (doc) => isOwnDoc(doc._id, config) });
    // The server's rules refuse a document inside a successful replication, which then moves
    // past it: it is recorded, with the server's reason, rather than dropped quietly.
    if (pushed.doc_write_failures > 0) await recordRefusals(pushed.errors);
    // Cleared only once the push is through: a pass cut off before here pushes again next time.
    // Nothing else writes the replica meanwhile: passes run one at a time.
    await deps.store.updateState((s) => ({ ...s, pushedSeq: before, replicaAhead: false }));
  }

  /**
   * One short pass: outbox, push, and for a full pass pull and apply. Each step is
   * checkpointed (PouchDB's own replication checkpoints, and the sequence applied), so a pass
   * cut off anywhere, by a stopped service worker or a lost network, resumes where it stopped
   * and duplicates nothing. A report just made needs only the push: it does not wait for a pull.
   */
  async function pass(kind: PassKind): Promise<void> {
    const config = await deps.store.config();
    if (!config) return;
    const local = deps.pouch.local(replicaName(config));
    const remote = remoteOf(config);
    try {
      if (await fillOutbox(local, config)) await push(local, remote, config);
      if (kind === 'full') await pullAndApply(local, remote, config);
      await recordSynced();
    } catch (error) {
      await recordError(error);
    }
  }

  /**
   * Runs a pass now, or after the one running: callers never run two at once. A full pass
   * asked for while a push runs still happens, right after it.
   */
  function syncNow(kind: PassKind = 'full'): Promise<void> {
    wanted = wanted === 'full' || kind === 'full' ? 'full' : 'push';
    if (running) return running;
    running = (async () => {
      while (wanted) {
        const next = wanted;
        wanted = null;
        await pass(next);
      }
    })().finally(() => (running = null));
    return running;
  }

  async function status(): Promise<TeamStatus> {
    const [config, state] = await Promise.all([deps.store.config(), deps.store.state()]);
    if (!config) return { waiting: 0, ignored: 0, refused: [] };
    const waiting = await waitingCount(deps.pouch.local(replicaName(config)), config, state).catch(() => state.pendingReports.length);
    const { url, db, user, role } = config;
    return { joined: { url, db, user, role }, lastSyncedAt: state.lastSyncedAt, lastError: state.lastError, waiting, ignored: state.ignored, refused: state.refused ?? [] };
  }

  return {
    syncNow,

    /** Reports saved, changed or taken back here: they go up on the next pass, which starts now. */
    async reportsChanged(ids: readonly string[]): Promise<void> {
      if (!(await deps.store.config())) return;
      await deps.store.updateState((s) => ({ ...s, pendingReports: [...new Set([...s.pendingReports, ...ids])] }));
      void syncNow('push');
    },

    /** A moderator's decisions made on the reports page. */
    async reviewsChanged(ids: readonly string[]): Promise<void> {
      const config = await deps.store.config();
      if (config?.role !== 'moderator') return;
      await deps.store.updateState((s) => ({ ...s, pendingReviews: [...new Set([...s.pendingReviews, ...ids])] }));
      void syncNow('push');
    },

    status,

    /** A reports page is on screen (it says so every 2 s): the team's changes come in live until it goes. */
    watch(): void {
      // A page still open while the user leaves must not start the loop again.
      if (!leaving) live.watched(follow);
    },

    /** Whether the live pull runs (it goes on a little after the page stops watching). */
    pullingLive: () => live.running,

    /**
     * Checks the server, the database and the user's role, then starts syncing, with every
     * report this profile made before waiting to go up.
     */
    async join(request: { url: string; db: string; user: string; password: string }): Promise<TeamStatus> {
      const checked = checkTeamServer(request.url, request.db);
      if ('error' in checked) throw new Error(checked.error);
      const roles = await rolesOf(checked.url, request.user, request.password, deps.fetch ?? fetch);
      const role = roles.includes('moderator') || roles.includes('_admin') ? 'moderator' : roles.includes('volunteer') ? 'volunteer' : undefined;
      if (!role) throw new Error('This account is not a member of the team: it has neither the volunteer nor the moderator role.');
      const me = await deps.reporterId();
      const own = (await deps.reports.list()).filter((r) => r.reporterId === me).map((r) => r.id);
      await deps.store.setConfig({ url: checked.url, db: request.db, user: request.user, password: request.password, role, joinedAt: deps.now() });
      await deps.store.updateState(() => ({ ...EMPTY_TEAM_STATE, pendingReports: own }));
      await syncNow();
      return status();
    },

    /** Stops syncing and forgets the server and the replica; the local reports stay. */
    async leave(): Promise<TeamStatus> {
      leaving = true;
      try {
        const config = await deps.store.config();
        await live.stop();
        await running;
        await applying;
        pulledFromSeq = 'now';
        await deps.store.setConfig(undefined);
        await deps.store.updateState(() => EMPTY_TEAM_STATE);
        if (config) await deps.pouch.local(replicaName(config)).destroy().catch(() => undefined);
        return { waiting: 0, ignored: 0, refused: [] };
      } finally {
        leaving = false;
      }
    },

    joined: async () => Boolean(await deps.store.config()),
  };
}

export type TeamSync = ReturnType<typeof createTeamSync>;
