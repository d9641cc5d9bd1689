import type { Flag } from '../../engine/types';
import { mutedSets, muteRule } from '../../settings/settings';
import { buildDispute, type DisputeType } from '../../storage/dispute';
import { reportIdFor } from '../../storage/report';
import type { Post } from '../../post';
import { checkPost, checkRule } from '../validate';
import { fail, ok, type Route, type RouteContext } from './route-types';
import type { RuleToMute } from '../protocol';

/** The flags as the engine sees them before the dispute: what the user disagreed with. */
async function flagsNow(post: Post, { deps }: RouteContext): Promise<Flag[]> {
  const [verdict] = await deps.check([post], mutedSets(await deps.readSettings()));
  return verdict.flags;
}

async function storeDispute(type: DisputeType, post: Post, flags: Flag[], context: RouteContext, rule?: RuleToMute): Promise<void> {
  const { deps } = context;
  await deps.disputes.save(buildDispute(type, post, flags, { at: deps.now(), reporterId: await deps.reporterId(), extensionVersion: deps.extensionVersion, rule }));
}

/** A rule may be muted only from a post it flags: a page cannot mute rules it merely names. */
const ruleFlagsPost = (rule: RuleToMute, flags: Flag[]) =>
  flags.some((f) => (rule.kind === 'claim' ? f.hoax?.claimId === rule.id : f.matches.some((m) => m.patternId === rule.id)));

export const dismissPost: Route = async (payload, context) => {
  const post = checkPost(payload.post);
  if ('error' in post) return fail(post.error);
  await storeDispute('not_a_problem', post.value, await flagsNow(post.value, context), context);
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
  const flags = await flagsNow(post.value, context);
  if (!ruleFlagsPost(rule.value, flags)) return fail('that rule does not flag this post');
  await storeDispute('muted_rule', post.value, flags, context, rule.value);
  await context.deps.updateSettings((s) => muteRule(s, { ...rule.value, mutedAt: context.deps.now() }));
  return ok({});
};
