import type { Flag } from '../engine/types';
import type { Post } from '../post';

export type ReportStatus = 'new';

/** What a person reported, with the evidence as it was when they saw it. */
export interface Report {
  /** `platform:postId`: reporting the same post again updates, never duplicates. */
  id: string;
  platform: Post['platform'];
  postId: string;
  permalink: string;
  authorHandle: string;
  captionSnapshot: string;
  pageKind: Post['pageKind'];
  kinds: Flag['kind'][];
  flags: Flag[];
  /** Epoch milliseconds. */
  reportedAt: number;
  status: ReportStatus;
  extensionVersion: string;
}

export function reportIdFor(post: Pick<Post, 'platform' | 'postId'>): string {
  return `${post.platform}:${post.postId}`;
}

export function buildReport(post: Post, flags: Flag[], reportedAt: number, extensionVersion: string): Report {
  return {
    id: reportIdFor(post),
    platform: post.platform,
    postId: post.postId,
    permalink: post.permalink,
    authorHandle: post.authorHandle,
    captionSnapshot: post.caption,
    pageKind: post.pageKind,
    kinds: flags.map((f) => f.kind),
    flags,
    reportedAt,
    status: 'new',
    extensionVersion,
  };
}
