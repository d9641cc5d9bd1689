import type { Verdict } from '../engine/types';
import type { Post } from '../post';
import { buildReport } from '../storage/report';
import type { HealthLog } from '../storage/health-log';
import type { ReportStore } from '../storage/report-store';
import { CONTENT_TYPES, PRIVILEGED_TYPES, type EngineStatus, type MessageType, type Reply } from './protocol';
import { checkEmbeddedRequest, checkHealthRecord, checkPost, checkPosts } from './validate';
import type { EmbeddedPost } from '../sites/site-adapter';
import type { Platform } from '../post';

/** The parts of `runtime.MessageSender` the router trusts: both are set by the browser, not the sender. */
export interface SenderInfo {
  id?: string;
  url?: string;
}

export interface RouterDeps {
  extensionId: string;
  /** e.g. `chrome-extension://<id>/`; the extension's own pages live under it. */
  extensionOrigin: string;
  extensionVersion: string;
  reports: ReportStore;
  health: HealthLog;
  check(posts: Post[]): Promise<Verdict[]>;
  parseEmbedded(platform: Platform, texts: readonly string[]): EmbeddedPost[];
  status(): EngineStatus;
  now(): number;
}

const isKnownType = (type: unknown): type is MessageType =>
  typeof type === 'string' && (CONTENT_TYPES.has(type as MessageType) || PRIVILEGED_TYPES.has(type as MessageType));

function isExtensionPage(sender: SenderInfo, deps: RouterDeps): boolean {
  return sender.id === deps.extensionId && typeof sender.url === 'string' && sender.url.startsWith(deps.extensionOrigin);
}

const fail = (error: string): Reply => ({ ok: false, error });

function describeFailure(error: unknown): string {
  if (error instanceof Error && error.name === 'QuotaExceededError') {
    return "The browser has no room left for Saring's reports. Export them and free some space; nothing already stored was lost.";
  }
  return error instanceof Error ? error.message : String(error);
}

export function createBackgroundRouter(deps: RouterDeps) {
  async function route(type: MessageType, payload: Record<string, unknown>): Promise<Reply> {
    switch (type) {
      case 'posts:check': {
        const posts = checkPosts(payload.posts);
        if ('error' in posts) return fail(posts.error);
        return { ok: true, data: { verdicts: await deps.check(posts.value) } };
      }
      case 'report:save': {
        const post = checkPost(payload.post);
        if ('error' in post) return fail(post.error);
        const [verdict] = await deps.check([post.value]);
        const report = buildReport(post.value, verdict.flags, deps.now(), deps.extensionVersion);
        return { ok: true, data: { report: await deps.reports.save(report) } };
      }
      case 'health:record': {
        const record = checkHealthRecord(payload.record);
        if ('error' in record) return fail(record.error);
        await deps.health.record(record.value, deps.now());
        return { ok: true, data: {} };
      }
      case 'embedded:parse': {
        const request = checkEmbeddedRequest(payload);
        if ('error' in request) return fail(request.error);
        return { ok: true, data: { posts: deps.parseEmbedded(request.value.platform, request.value.texts) } };
      }
      case 'health:list':
        return { ok: true, data: { records: await deps.health.list() } };
      case 'reports:list':
        return { ok: true, data: { reports: await deps.reports.list() } };
      case 'status:get':
        return { ok: true, data: deps.status() };
    }
  }

  return async function handleMessage(message: unknown, sender: SenderInfo): Promise<Reply> {
    if (typeof message !== 'object' || message === null) return fail('not a Saring message');
    const { type, payload } = message as { type?: unknown; payload?: unknown };
    if (!isKnownType(type)) return fail(`unknown message type: ${String(type)}`);
    if (sender.id !== deps.extensionId) return fail('message from another extension refused');
    if (PRIVILEGED_TYPES.has(type) && !isExtensionPage(sender, deps)) return fail(`${type} is only for Saring's own pages`);
    try {
      return await route(type, typeof payload === 'object' && payload !== null ? (payload as Record<string, unknown>) : {});
    } catch (error) {
      return fail(describeFailure(error));
    }
  };
}
