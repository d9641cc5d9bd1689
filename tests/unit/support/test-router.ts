import { createBackgroundRouter, type RouterDeps, type SenderInfo } from '@/utils/messaging/background-router';
import type { Reply } from '@/utils/messaging/protocol';
import { isSponsored, postText } from '@/utils/post';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from '@/utils/settings/settings';
import { createDisputeStore } from '@/utils/storage/dispute-store';
import { createHealthLog } from '@/utils/storage/health-log';
import { createReportStore, type ReportStore } from '@/utils/storage/report-store';
import { parseEmbeddedData } from '@/utils/sites/embedded-parsers';
import { bundledEngine } from './bundled-lists';
import type { DisabledAdapter } from '@/utils/lists/list-envelope';

export const NOW = Date.UTC(2026, 10, 25, 10, 0, 0);
export const CONTENT: SenderInfo = { id: 'saring-test', url: 'https://www.tiktok.com/foryou', tab: { id: 7 } };
export const OTHER_TAB: SenderInfo = { id: 'saring-test', url: 'https://www.tiktok.com/foryou', tab: { id: 8 } };
export const PAGE: SenderInfo = { id: 'saring-test', url: 'chrome-extension://saring-test/reports.html' };

/**
 * A background router over fake-indexeddb (set a fresh `indexedDB` first), with
 * settings in memory and a clock the test moves.
 */
export function makeTestRouter(reports: ReportStore = createReportStore()) {
  const engine = bundledEngine();
  const world = { settings: structuredClone(DEFAULT_SETTINGS) as Settings, now: NOW, reports, disputes: createDisputeStore(), listCalls: [] as unknown[][], switchedOff: new Map<string, DisabledAdapter>(), teamCalls: [] as unknown[][] };
  const deps: RouterDeps = {
    extensionId: 'saring-test',
    extensionOrigin: 'chrome-extension://saring-test/',
    extensionVersion: '0.1.0',
    reports,
    disputes: world.disputes,
    health: createHealthLog(),
    parseEmbedded: parseEmbeddedData,
    check: async (posts, muted) => engine.check(posts.map((p) => ({ text: postText(p), sponsored: isSponsored(p) })), muted),
    lists: async () => ({ patterns: { listId: 'saring-patterns', version: 7 } }),
    subscriptions: {
      views: async () => [],
      subscribe: async (...args) => (world.listCalls.push(['subscribe', ...args]), []),
      unsubscribe: async (...args) => (world.listCalls.push(['unsubscribe', ...args]), []),
      updateNow: async () => (world.listCalls.push(['updateNow']), []),
    },
    switchedOff: async (platform) => world.switchedOff.get(platform),
    team: {
      status: async () => ({ waiting: 0, ignored: 0, refused: [] }),
      join: async (request) => (world.teamCalls.push(['join', request]), { waiting: 0, ignored: 0, refused: [] }),
      leave: async () => (world.teamCalls.push(['leave']), { waiting: 0, ignored: 0, refused: [] }),
      syncNow: async () => void world.teamCalls.push(['syncNow']),
      reviewsChanged: async (ids) => void world.teamCalls.push(['reviewsChanged', ids]),
      watch: () => void world.teamCalls.push(['watch']),
    },
    readSettings: async () => world.settings,
    updateSettings: async (change) => (world.settings = normalizeSettings(change(world.settings))),
    reporterId: async () => 'reporter-1',
    browserLanguage: () => 'id-ID',
    status: () => ({ state: 'ready', patterns: { listId: 'saring-patterns', version: 7, entries: 42 } }),
    now: () => world.now,
    startOfDay: () => NOW - 60_000,
  };
  return { handle: createBackgroundRouter(deps), world };
}

export function dataOf<T>(reply: Reply): T {
  if (!reply.ok) throw new Error(`expected ok reply, got: ${reply.error}`);
  return reply.data as T;
}
