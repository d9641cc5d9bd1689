import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createEngine } from '@/utils/engine/engine';
import { trackEngineStatus } from '@/utils/engine-status';
import { loadBundledPatterns } from '@/utils/lists/bundled';
import { createBackgroundRouter } from '@/utils/messaging/background-router';
import { answerOnPort, PORT_NAME } from '@/utils/messaging/port-channel';
import { createReportStore } from '@/utils/storage/report-store';
import { createHealthLog } from '@/utils/storage/health-log';
import { isSponsored, postText } from '@/utils/post';
import { parseEmbeddedData } from '@/utils/sites/embedded-parsers';

export default defineBackground(() => {
  const lists = loadBundledPatterns().then((patterns) => ({ patterns, engine: createEngine({ patterns }) }));
  const handleMessage = createBackgroundRouter({
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    extensionVersion: browser.runtime.getManifest().version,
    reports: createReportStore(),
    health: createHealthLog(),
    check: async (posts) => (await lists).engine.check(posts.map((post) => ({ text: postText(post), sponsored: isSponsored(post) }))),
    parseEmbedded: parseEmbeddedData,
    status: trackEngineStatus(lists),
    now: Date.now,
  });
  browser.runtime.onMessage.addListener((message, sender) => handleMessage(message, sender));
  // Content scripts send their batches over a port; one-off requests still come as messages.
  browser.runtime.onConnect.addListener((port) => {
    if (port.name === PORT_NAME) answerOnPort(port, (message, sender) => handleMessage(message, sender ?? {}));
  });
});
