import type { Flag, FlagKind } from '../engine/types';
import type { Post } from '../post';

/** A report's place in moderation: new → triaged → confirmed → sent to platform → platform removed / kept, or dismissed. */
export type ReportStatus = 'new' | 'triaged' | 'confirmed' | 'sent_to_platform' | 'platform_removed' | 'platform_kept' | 'dismissed';
export const REPORT_STATUSES: readonly ReportStatus[] = ['new', 'triaged', 'confirmed', 'sent_to_platform', 'platform_removed', 'platform_kept', 'dismissed'];

/** One review decision, kept for good in the report's history. */
export interface StatusChange {
  from: ReportStatus;
  to: ReportStatus;
  /** Epoch milliseconds. */
  at: number;
}

/** Everyone who reported the post: merged exports keep each reporter and when they first reported it. */
export interface Reporter {
  reporterId: string;
  reportedAt: number;
}
/** What the reporter says the post is: the flag's kind, preselected, or their own choice. */
export type ReportCategory = FlagKind | 'other';
export const REPORT_CATEGORIES: readonly ReportCategory[] = ['political_ad', 'election_fundraising', 'hoax', 'campaign', 'fundraising', 'other'];
/** Where the report was made: a warning's button, the page's context menu, bulk mode, or a checked article. */
export type ReportSource = 'warning' | 'menu' | 'bulk' | 'article';
export const REPORT_SOURCES: readonly ReportSource[] = ['warning', 'menu', 'bulk', 'article'];

/** The lists the flags came from, so a moderator knows which version of a rule spoke. */
export interface ListVersions {
  patterns?: { listId: string; version: number };
  hoaxes?: { listId: string; version: number };
}

/** What a person reported, with the evidence as it was when they saw it. */
export interface Report {
  /** `platform:postId`: reporting the same post again updates, never duplicates. */
  id: string;
  platform: Post['platform'];
  postId: string;
  permalink: string;
  authorHandle: string;
  authorName: string;
  captionSnapshot: string;
  pageKind: Post['pageKind'];
  kinds: FlagKind[];
  flags: Flag[];
  category: ReportCategory;
  note: string;
  lists: ListVersions;
  /** Epoch milliseconds: when Saring first read the post on the page. */
  seenAt: number;
  /** Epoch milliseconds: the first time the post was reported. */
  reportedAt: number;
  /** Epoch milliseconds: the last change. */
  updatedAt: number;
  /** A random id made once per browser profile; it names no one. */
  reporterId: string;
  source: ReportSource;
  status: ReportStatus;
  /** Every status change, oldest first. */
  history: StatusChange[];
  /** Every reporter of the post, earliest first; one entry until exports from several volunteers are merged. */
  reporters: Reporter[];
  extensionVersion: string;
}

/** Each reporter once, with the earliest time they reported the post, earliest first. */
export function mergeReporters(...lists: Reporter[][]): Reporter[] {
  const earliest = new Map<string, number>();
  for (const { reporterId, reportedAt } of lists.flat()) {
    const known = earliest.get(reporterId);
    if (known === undefined || reportedAt < known) earliest.set(reporterId, reportedAt);
  }
  return [...earliest].map(([reporterId, reportedAt]) => ({ reporterId, reportedAt })).sort((a, b) => a.reportedAt - b.reportedAt);
}

export function reportIdFor(post: Pick<Post, 'platform' | 'postId'>): string {
  return `${post.platform}:${post.postId}`;
}

/** Who, when and how: everything about a report that is not the post itself. */
export interface ReportContext {
  flags: Flag[];
  category?: ReportCategory;
  lists: ListVersions;
  seenAt?: number;
  reportedAt: number;
  reporterId: string;
  source: ReportSource;
  extensionVersion: string;
}

export function buildReport(post: Post, context: ReportContext): Report {
  const { flags, reportedAt } = context;
  return {
    id: reportIdFor(post),
    platform: post.platform,
    postId: post.postId,
    permalink: post.permalink,
    authorHandle: post.authorHandle,
    authorName: post.authorName,
    captionSnapshot: post.caption,
    pageKind: post.pageKind,
    kinds: flags.map((f) => f.kind),
    flags,
    category: context.category ?? flags[0]?.kind ?? 'other',
    note: '',
    lists: context.lists,
    // A post cannot be seen after it was reported; a page's clock is not trusted beyond that.
    seenAt: Math.min(context.seenAt ?? reportedAt, reportedAt),
    reportedAt,
    updatedAt: reportedAt,
    reporterId: context.reporterId,
    source: context.source,
    status: 'new',
    history: [],
    reporters: [{ reporterId: context.reporterId, reportedAt }],
    extensionVersion: context.extensionVersion,
  };
}

/** A report stored before version 3 of the database, given the fields it lacked. */
export function upgradeStoredReport(old: Partial<Report> & Pick<Report, 'id' | 'reportedAt'>): Report {
  return {
    authorName: '',
    category: old.flags?.[0]?.kind ?? 'other',
    note: '',
    lists: {},
    seenAt: old.reportedAt,
    updatedAt: old.reportedAt,
    reporterId: '',
    source: 'warning',
    history: [],
    reporters: [{ reporterId: old.reporterId ?? '', reportedAt: old.reportedAt }],
    ...old,
  } as Report;
}
