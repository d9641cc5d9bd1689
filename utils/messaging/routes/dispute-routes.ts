import { mutedSets, muteRule } from '../../settings/settings';
import { buildDispute, type DisputeType } from '../../storage/dispute';
import { reportIdFor } from '../../storage/report';
import type { Post } from '../../post';
import { checkPost, checkRule } from '../validate';
import { fail, ok, type Route, type RouteContext } from './route-types';
import type { RuleToMute } from '../protocol';

async function storeDispute(type: DisputeType, post: Post, context: RouteContext, rule?: RuleToMute): Promise<void> {
  const { deps } = context;
  const settings = await deps.readSettings();
  // The flags as the engine sees them before the dispute: what the user disagreed with.
  const [[verdict], reporterId] = await Promise.all([deps.check([post], mutedSets(settings)), deps.reporterId()]);
  await deps.disputes.save(buildDispute(type, post, verdict.flags, { at: deps.now(), reporterId, extensionVersion: deps.extensionVersion, rule }));
}

export const dismissPost: Route = async (payload, context) => {
  const post = checkPost(payload.post);
  if ('error' in post) return fail(post.error);
  await storeDispute('not_a_problem', post.value, context);
  return ok({});
};

export const showAnyway: Route = async (payload, { deps }) => {
  const post = checkPost(payload.post);
  if ('error' in post) return fail(post.error);
  await deps.disputes.showAnyway(reportIdFor(post.value), deps.now());
  return ok({});
};

export const muteRuleRoute: Route = async (payload, context) => {
  const post = checkPost(payload.post);
  if ('error' in post) return fail(post.error);
  const rule = checkRule(payload.rule);
  if ('error' in rule) return fail(rule.error);
  await storeDispute('muted_rule', post.value, context, rule.value);
  await context.deps.updateSettings((s) => muteRule(s, { ...rule.value, mutedAt: context.deps.now() }));
  return ok({});
};
