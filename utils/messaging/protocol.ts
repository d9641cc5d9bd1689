import type { Verdict } from '../engine/types';
import type { Post } from '../post';
import type { HealthRecord, HealthState } from '../page/page-health';
import type { Report } from '../storage/report';
import type { EmbeddedPost } from '../sites/site-adapter';
import type { LoggedHealthRecord } from '../storage/db';

/** Messages a content script may send. The background treats them as untrusted input. */
export interface ContentToBackground {
  'posts:check': { request: { posts: Post[] }; response: { verdicts: Verdict[] } };
  // The background re-runs detection for a report: flags claimed by a page are never trusted.
  'report:save': { request: { post: Post }; response: { report: Report } };
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

export const PRIVILEGED_TYPES: ReadonlySet<MessageType> = new Set<MessageType>(['reports:list', 'status:get', 'health:list']);
export const CONTENT_TYPES: ReadonlySet<MessageType> = new Set<MessageType>(['posts:check', 'report:save', 'health:record', 'embedded:parse']);

/** What a tab's content script tells the popup about the page it is reading. */
export interface PageStatus {
  platform: Post['platform'];
  platformName: string;
  pageKind: Post['pageKind'];
  postsScanned: number;
  postsFlagged: number;
  health: HealthState;
}

/** The one message the popup sends a tab; the content script answers only its own extension. */
export const PAGE_STATUS_REQUEST = 'saring:page-status';
