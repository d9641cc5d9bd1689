import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { trackEngineStatus } from '@/utils/engine-status';
import { loadBundledLists } from '@/utils/lists/bundled';
import { createListManager } from '@/utils/background/list-manager';
import { setUpListAlarm } from '@/utils/background/list-alarm';
import { createListStore } from '@/utils/storage/list-store';
import { createTeamSync } from '@/utils/background/team-sync';
import { setUpTeamPasses } from '@/utils/background/team-alarm';
import PouchDB from 'pouchdb-browser';
import { pouchOpeners, type PouchConstructor } from '@/utils/background/pouch-openers';
import { notifyingWrites } from '@/utils/background/notifying-report-store';
import { createTeamStore } from '@/utils/storage/team-store';
import { createBackgroundRouter } from '@/utils/messaging/background-router';
import { answerOnPort, PORT_NAME } from '@/utils/messaging/port-channel';
import { createReportStore } from '@/utils/storage/report-store';
import { createDisputeStore } from '@/utils/storage/dispute-store';
import { createHealthLog } from '@/utils/storage/health-log';
import { openSaringDB } from '@/utils/storage/db';
import { isSponsored, postText } from '@/utils/post';
import { parseEmbeddedData } from '@/utils/sites/embedded-parsers';
import { readSettings, updateSettings } from '@/utils/settings/settings';
import { reporterId } from '@/utils/settings/reporter-id';
import { startOfLocalDay } from '@/utils/time';
import { setUpBulkCommand, setUpReportMenu } from '@/utils/background/browser-ui';
import { sessionUndoStore } from '@/utils/background/session-undo-store';

export default defineBackground(() => {
  const db = openSaringDB();
  const lists = createListManager({
    store: createListStore(db),
    bundled: loadBundledLists,
    now: Date.now,
    extensionVersion: browser.runtime.getManifest().version,
    // Open pages watch this key and check their posts again against the new lists.
    onListsChanged: () => browser.storage.local.set({ listsChangedAt: Date.now() }),
  });
  const storedReports = createReportStore(db);
  const team = createTeamSync({
    store: createTeamStore(db),
    reports: storedReports,
    pouch: pouchOpeners(PouchDB as unknown as PouchConstructor),
    reporterId,
    now: Date.now,
    // The reports page reloads when the team's reports or decisions arrive.
    onReportsChanged: () => browser.storage.local.set({ reportsChangedAt: Date.now() }),
  });
  const teamPasses = setUpTeamPasses(team);
  const handleMessage = createBackgroundRouter({
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    extensionVersion: browser.runtime.getManifest().version,
    reports: notifyingWrites(storedReports, (ids) => team.reportsChanged(ids)),
    disputes: createDisputeStore(db),
    health: createHealthLog(db),
    check: async (posts, muted) => (await lists.engine()).check(posts.map((post) => ({ text: postText(post), sponsored: isSponsored(post) })), muted),
    lists: (flags) => lists.versionsFor(flags),
    subscriptions: lists,
    switchedOff: (platform) => lists.switchedOff(platform),
    team: {
      ...team,
      join: async (request) => {
        const status = await team.join(request);
        await teamPasses.joinedChanged();
        return status;
      },
      leave: async () => {
        const status = await team.leave();
        await teamPasses.joinedChanged();
        return status;
      },
    },
    readSettings,
    updateSettings,
    reporterId,
    browserLanguage: () => browser.i18n.getUILanguage(),
    parseEmbedded: parseEmbeddedData,
    status: trackEngineStatus(lists.ready()),
    now: Date.now,
    startOfDay: startOfLocalDay,
    undoStore: sessionUndoStore(),
  });
  browser.runtime.onMessage.addListener((message, sender) => handleMessage(message, sender));
  // Content scripts send their batches over a port; one-off requests still come as messages.
  browser.runtime.onConnect.addListener((port) => {
    if (port.name === PORT_NAME) answerOnPort(port, (message, sender) => handleMessage(message, sender ?? {}));
  });
  setUpReportMenu();
  setUpBulkCommand();
  setUpListAlarm(() => lists.syncDue());
});
