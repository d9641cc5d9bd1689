import { isQuotaError } from '../storage/storage-failure';
import { CONTENT_TYPES, PRIVILEGED_TYPES, type MessageType, type Reply } from './protocol';
import { createUndoTokens } from './undo-tokens';
import { checkPostsRoute, pageSetup, parseEmbedded, recordHealth } from './routes/page-routes';
import { annotateReport, reportsToday, saveManyReports, saveReport, undoReport } from './routes/report-routes';
import { dismissPost, muteRuleRoute, showAnyway } from './routes/dispute-routes';
import { listStatus, subscribeList, unsubscribeList, updateListsNow } from './routes/list-routes';
import { joinTeam, leaveTeam, reviewsChanged, syncTeamNow, teamStatus, watchTeam } from './routes/team-routes';
import { fail, ok, type Route, type RouterDeps, type SenderInfo } from './routes/route-types';

export type { RouterDeps, SenderInfo } from './routes/route-types';

const isKnownType = (type: unknown): type is MessageType =>
  typeof type === 'string' && (CONTENT_TYPES.has(type as MessageType) || PRIVILEGED_TYPES.has(type as MessageType));

function isExtensionPage(sender: SenderInfo, deps: RouterDeps): boolean {
  return sender.id === deps.extensionId && typeof sender.url === 'string' && sender.url.startsWith(deps.extensionOrigin);
}

function describeFailure(error: unknown): string {
  if (isQuotaError(error)) {
    return "The browser has no room left for Saring's reports. Export them and free some space; nothing already stored was lost.";
  }
  return error instanceof Error ? error.message : String(error);
}

const ROUTES: Record<MessageType, Route> = {
  'page:setup': pageSetup,
  'posts:check': checkPostsRoute,
  'report:save': saveReport,
  'reports:save-many': saveManyReports,
  'report:undo': undoReport,
  'report:annotate': annotateReport,
  'reports:today': reportsToday,
  'post:dismiss': dismissPost,
  'post:show-anyway': showAnyway,
  'rule:mute': muteRuleRoute,
  'health:record': recordHealth,
  'embedded:parse': parseEmbedded,
  'reports:list': async (_payload, { deps }) => ok({ reports: await deps.reports.list() }),
  'status:get': async (_payload, { deps }) => ok(deps.status()),
  'health:list': async (_payload, { deps }) => ok({ records: await deps.health.list() }),
  'disputes:list': async (_payload, { deps }) => ok({ disputes: await deps.disputes.list() }),
  'lists:status': listStatus,
  'lists:subscribe': subscribeList,
  'lists:unsubscribe': unsubscribeList,
  'lists:update-now': updateListsNow,
  'team:status': teamStatus,
  'team:join': joinTeam,
  'team:leave': leaveTeam,
  'team:sync-now': syncTeamNow,
  'team:watch': watchTeam,
  'team:reviews-changed': reviewsChanged,
};

export function createBackgroundRouter(deps: RouterDeps) {
  const undo = createUndoTokens(deps.now, () => crypto.randomUUID(), deps.undoStore);

  return async function handleMessage(message: unknown, sender: SenderInfo): Promise<Reply> {
    if (typeof message !== 'object' || message === null) return fail('not a Saring message');
    const { type, payload } = message as { type?: unknown; payload?: unknown };
    if (!isKnownType(type)) return fail(`unknown message type: ${String(type)}`);
    if (sender.id !== deps.extensionId) return fail('message from another extension refused');
    if (PRIVILEGED_TYPES.has(type) && !isExtensionPage(sender, deps)) return fail(`${type} is only for Saring's own pages`);
    try {
      const body = typeof payload === 'object' && payload !== null ? (payload as Record<string, unknown>) : {};
      return await ROUTES[type](body, { deps, undo, sender });
    } catch (error) {
      return fail(describeFailure(error));
    }
  };
}
