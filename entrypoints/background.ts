import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createEngine } from '@/utils/engine/engine';
import { loadBundledPatterns } from '@/utils/lists/bundled';
import { createBackgroundRouter } from '@/utils/messaging/background-router';
import { createReportStore } from '@/utils/storage/report-store';

export default defineBackground(() => {
  const engine = loadBundledPatterns().then((patterns) => createEngine({ patterns }));
  const handleMessage = createBackgroundRouter({
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    extensionVersion: browser.runtime.getManifest().version,
    reports: createReportStore(),
    check: async (posts) => (await engine).check(posts.map((post) => ({ text: post.caption, sponsored: post.sponsored }))),
    now: Date.now,
  });
  browser.runtime.onMessage.addListener((message, sender) => handleMessage(message, sender));
});
