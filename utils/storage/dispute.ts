import type { Flag, FlagKind } from '../engine/types';
import type { Post } from '../post';
import type { MutedRule } from '../settings/settings';
import { reportIdFor } from './report';

/** "Not a problem" on one post, or "don't show this rule again" said from one post. */
export type DisputeType = 'not_a_problem' | 'muted_rule';

/** A user's disagreement with a flag, kept for moderators: false positives are what they tune rules with. */
export interface Dispute {
  /** One per post and type (and rule): disputing again updates. */
  id: string;
  type: DisputeType;
  /** `platform:postId`, as a report's id. */
  postKey: string;
  platform: Post['platform'];
  postId: string;
  permalink: string;
  authorHandle: string;
  captionSnapshot: string;
  kinds: FlagKind[];
  flags: Flag[];
  rule?: Pick<MutedRule, 'kind' | 'id' | 'label'>;
  /** Epoch milliseconds. */
  at: number;
  reporterId: string;
  extensionVersion: string;
}

export function disputeIdFor(type: DisputeType, postKey: string, rule?: Pick<MutedRule, 'kind' | 'id'>): string {
  return rule ? `${type}:${postKey}:${rule.kind}:${rule.id}` : `${type}:${postKey}`;
}

export function buildDispute(
  type: DisputeType,
  post: Post,
  flags: Flag[],
  context: { at: number; reporterId: string; extensionVersion: string; rule?: Dispute['rule'] },
): Dispute {
  const postKey = reportIdFor(post);
  return {
    id: disputeIdFor(type, postKey, context.rule),
    type,
    postKey,
    platform: post.platform,
    postId: post.postId,
    permalink: post.permalink,
    authorHandle: post.authorHandle,
    captionSnapshot: post.caption,
    kinds: flags.map((f) => f.kind),
    flags,
    ...(context.rule && { rule: context.rule }),
    at: context.at,
    reporterId: context.reporterId,
    extensionVersion: context.extensionVersion,
  };
}
