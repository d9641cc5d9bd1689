import type { Verdict } from '../engine/types';
import type { Post } from '../post';
import type { HealthRecord, HealthState } from '../page/page-health';
import type { Report, ReportCategory, ReportSource } from '../storage/report';
import type { Dispute } from '../storage/dispute';
import type { Language, Strings } from '../i18n/translate';
import type { EmbeddedPost } from '../sites/site-adapter';
import type { LoggedHealthRecord } from '../storage/db';
import type { DisabledAdapter } from '../lists/list-envelope';
import type { ListView } from '../lists/sync/list-view';
import type { TeamStatus } from '../background/team-sync';

/** A verdict as a page gets it: the user's own decisions about the post come with it. */
export interface PostVerdict extends Verdict {
  /** The user said "not a problem": flags are dropped and the post is marked dismissed. */
  dismissed?: true;
  /** The user chose "show anyway" for this post's hoax warning: no blur. */
  shown?: true;
}

/** What a content script needs before it shows anything: whether to run, in which language, and how. */
export interface PageSetup {
  enabled: boolean;
  language: Language;
  strings: Strings;
  blurHoaxes: boolean;
  /** A list switched this platform off while its layout is broken: why, and until which version. */
  switchedOff?: DisabledAdapter;
}

/** A report's undo handle: it works only from the tab that made the report, for a while. */
export interface ReportReceipt {
  report: Report;
  undoToken: string;
  /** Reports this browser made today, this one included. */
  today: number;
}

export interface RuleToMute {
  kind: 'pattern' | 'claim';
  id: string;
  label: string;
}

/** Messages a content script may send. The background treats them as untrusted input. */
export interface ContentToBackground {
  'page:setup': { request: { platform: Post['platform'] }; response: PageSetup };
  'posts:check': { request: { posts: Post[] }; response: { verdicts: PostVerdict[] } };
  // The background re-runs detection for a report: flags claimed by a page are never trusted.
  'report:save': { request: { post: Post; seenAt?: number; category?: ReportCategory; source: ReportSource }; response: ReportReceipt };
  'reports:save-many': { request: { posts: Post[]; seenAt?: number[]; category: ReportCategory }; response: Omit<ReportReceipt, 'report'> & { count: number } };
  'report:undo': { request: { undoToken: string }; response: Record<string, never> };
  'report:annotate': { request: { undoToken: string; category?: ReportCategory; note?: string }; response: { report: Report } };
  'reports:today': { request: Record<string, never>; response: { today: number } };
  'post:dismiss': { request: { post: Post }; response: Record<string, never> };
  'post:show-anyway': { request: { post: Post }; response: Record<string, never> };
  'rule:mute': { request: { post: Post; rule: RuleToMute }; response: Record<string, never> };
  'health:record': { request: { record: HealthRecord }; response: Record<string, never> };
  // Parsing megabytes of page JSON would block the page; the background does it.
  'embedded:parse': { request: { platform: Post['platform']; texts: string[] }; response: { posts: EmbeddedPost[] } };
}

/** Whether the background could build its engine, and from which pattern list. */
export type EngineStatus =
  | { state: 'loading' }
  | { state: 'ready'; patterns: { listId: string; version: number; entries: number } }
  | { state: 'failed'; error: string };

/** Messages only the extension's own pages may send: they read or change everyone's reports. */
export interface ExtensionPageToBackground {
  'reports:list': { request: Record<string, never>; response: { reports: Report[] } };
  'status:get': { request: Record<string, never>; response: EngineStatus };
  'health:list': { request: Record<string, never>; response: { records: LoggedHealthRecord[] } };
  'disputes:list': { request: Record<string, never>; response: { disputes: Dispute[] } };
  'lists:status': { request: Record<string, never>; response: { lists: ListView[] } };
  // Replacing what the engine checks against is privileged: a page must never subscribe a user to a list.
  'lists:subscribe': { request: { url: string; publicKey: string }; response: { lists: ListView[] } };
  'lists:unsubscribe': { request: { id: string }; response: { lists: ListView[] } };
  'lists:update-now': { request: Record<string, never>; response: { lists: ListView[] } };
  // Team sync: the credentials travel only from the settings page to the background, never back.
  'team:status': { request: Record<string, never>; response: TeamStatus };
  'team:join': { request: { url: string; db: string; user: string; password: string }; response: TeamStatus };
  'team:leave': { request: Record<string, never>; response: TeamStatus };
  'team:sync-now': { request: Record<string, never>; response: TeamStatus };
  // The reports page is on screen: the team's changes come in live while it keeps saying so.
  'team:watch': { request: Record<string, never>; response: Record<string, never> };
  'team:reviews-changed': { request: { ids: string[] }; response: Record<string, never> };
}

export type Protocol = ContentToBackground & ExtensionPageToBackground;
export type MessageType = keyof Protocol;
export type RequestOf<K extends MessageType> = Protocol[K]['request'];
export type ResponseOf<K extends MessageType> = Protocol[K]['response'];

export interface Message<K extends MessageType = MessageType> {
  type: K;
  payload: RequestOf<K>;
}

/** Errors travel as data: a rejected promise loses its message across the boundary in some browsers. */
export type Reply<K extends MessageType = MessageType> = { ok: true; data: ResponseOf<K> } | { ok: false; error: string };

export const PRIVILEGED_TYPES: ReadonlySet<MessageType> = new Set<MessageType>([
  'reports:list',
  'status:get',
  'health:list',
  'disputes:list',
  'lists:status',
  'lists:subscribe',
  'lists:unsubscribe',
  'lists:update-now',
  'team:status',
  'team:join',
  'team:leave',
  'team:sync-now',
  'team:watch',
  'team:reviews-changed',
]);
export const CONTENT_TYPES: ReadonlySet<MessageType> = new Set<MessageType>([
  'page:setup',
  'posts:check',
  'report:save',
  'reports:save-many',
  'report:undo',
  'report:annotate',
  'reports:today',
  'post:dismiss',
  'post:show-anyway',
  'rule:mute',
  'health:record',
  'embedded:parse',
]);

/** What a tab's page session knows: the page and how reading it goes. */
export interface SessionStatus {
  platform: Post['platform'];
  platformName: string;
  pageKind: Post['pageKind'];
  postsScanned: number;
  postsFlagged: number;
  health: HealthState;
}

/** What a tab's content script tells the popup about the page it is reading. */
export interface PageStatus extends SessionStatus {
  bulkMode: boolean;
  /** Saring is switched off for this platform in the settings. */
  enabled: boolean;
  /** A list switched the platform off (its layout broke Saring), rather than the settings. */
  switchedOff?: DisabledAdapter;
}

/** The one message the popup sends a tab; the content script answers only its own extension. */
export const PAGE_STATUS_REQUEST = 'saring:page-status';

