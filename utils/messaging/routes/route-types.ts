import type { Flag, Verdict } from '../../engine/types';
import type { ListManager } from '../../background/list-manager';
import type { TeamSync } from '../../background/team-sync';
import type { DisabledAdapter } from '../../lists/list-envelope';
import type { MutedRules } from '../../engine/engine';
import type { Platform, Post } from '../../post';
import type { Settings } from '../../settings/settings';
import type { DisputeStore } from '../../storage/dispute-store';
import type { HealthLog } from '../../storage/health-log';
import type { ListVersions } from '../../storage/report';
import type { ReportStore } from '../../storage/report-store';
import type { EmbeddedPost } from '../../sites/site-adapter';
import type { EngineStatus, Reply } from '../protocol';
import type { UndoStore, UndoTokens } from '../undo-tokens';

/** The parts of `runtime.MessageSender` the router trusts: all are set by the browser, not the sender. */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

export interface RouterDeps {
  extensionId: string;
  /** e.g. `chrome-extension://<id>/`; the extension's own pages live under it. */
  extensionOrigin: string;
  extensionVersion: string;
  reports: ReportStore;
  disputes: DisputeStore;
  health: HealthLog;
  check(posts: Post[], muted?: MutedRules): Promise<Verdict[]>;
  /** Which lists, at which versions, these flags came from: a report's evidence. */
  lists(flags: readonly Flag[]): Promise<ListVersions>;
  /** The subscribed lists, for the options page. */
  subscriptions: Pick<ListManager, 'views' | 'subscribe' | 'unsubscribe' | 'updateNow'>;
  /** Team sync, for the settings and reports pages. */
  team: Pick<TeamSync, 'status' | 'join' | 'leave' | 'syncNow' | 'watch' | 'reviewsChanged'>;
  /** A list switched this platform's reading off (its layout broke) until a fixed version. */
  switchedOff(platform: Platform): Promise<DisabledAdapter | undefined>;
  readSettings(): Promise<Settings>;
  updateSettings(change: (current: Settings) => Settings): Promise<Settings>;
  /** The random id this browser profile reports under. */
  reporterId(): Promise<string>;
  browserLanguage(): string;
  parseEmbedded(platform: Platform, texts: readonly string[]): EmbeddedPost[];
  status(): EngineStatus;
  now(): number;
  /** Epoch ms of the local midnight that began the day `now` is in. */
  startOfDay(now: number): number;
  /** Where undo tokens live; memory when not given. */
  undoStore?: UndoStore;
}

export interface RouteContext {
  deps: RouterDeps;
  undo: UndoTokens;
  sender: SenderInfo;
}

export type Route = (payload: Record<string, unknown>, context: RouteContext) => Promise<Reply>;

export const fail = (error: string): Reply => ({ ok: false, error });
export const ok = (data: unknown): Reply => ({ ok: true, data }) as Reply;
