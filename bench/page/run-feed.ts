import type { CDPSession, HTTPRequest, Page } from 'puppeteer';
import { growingFeedHtml, type FeedRecord, type FeedShape } from './growing-feed';
import { BenchBroken, type BenchBrowser } from './launch';
import { TRACE_CATEGORIES, taskFigures, type TaskFigures } from './trace-tasks';

export const FEED_URL = 'https://www.tiktok.com/foryou';
const WARM_UP_TIMEOUT_MS = 20_000;
const MARKING_TIMEOUT_MS = 15_000;
// Before the window: lets the page's load work finish. After it: lets the last badge's style,
// layout and paint land inside it. Both runs wait the same.
const SETTLE_MS = 500;

export interface RunResult {
  withSaring: boolean;
  /** CDP Performance.getMetrics deltas over the feed's growth: main-thread CPU time, in ms. */
  taskCpuMs: number;
  scriptCpuMs: number;
  trace: TaskFigures;
  /** Durations of the PerformanceObserver 'longtask' entries during the feed's growth. */
  longTasksMs: number[];
  /** Insertion to data-saring-state, per post that got one. */
  badgeLatenciesMs: number[];
  /** For each flagged post that came on screen: from then (or its insertion, if later) to its badge; 0 if the badge was there first. */
  visibleBadgeLatenciesMs: number[];
  /** Flagged posts that were on screen and never got a badge. */
  visibleFlaggedWithoutBadge: number;
  /** Badges Saring put on the page: it mounts them only for posts near the screen. */
  badgesMounted: number;
  postsMarked: number;
  postsFlagged: number;
}

/** Answers the feed's address from memory and refuses everything else; nothing reaches the network. */
async function serveFeed(page: Page, html: string): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    if (!request.url().startsWith('http')) return void request.continue();
    if (request.url() === FEED_URL) {
      return void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    }
    void request.abort();
  });
}

async function within<T>(promise: Promise<T>, what: string): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    throw new Error(`timed out or failed while ${what}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function mainThreadMetricsMs(cdp: CDPSession) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  return { taskCpuMs: value('TaskDuration'), scriptCpuMs: value('ScriptDuration') };
}

export async function runFeedOnce(session: BenchBrowser, shape: FeedShape): Promise<RunResult> {
  const page = await session.browser.newPage();
  try {
    await serveFeed(page, growingFeedHtml(shape));
    await within(page.goto(FEED_URL, { waitUntil: 'load', timeout: 15_000 }), `loading ${FEED_URL}`);
    if (session.withSaring) {
      try {
        await page.waitForSelector('[data-bench-warmup][data-saring-state]', { timeout: WARM_UP_TIMEOUT_MS });
      } catch {
        throw new BenchBroken(`Saring did not mark the warm-up post within ${WARM_UP_TIMEOUT_MS / 1000} s: the content script is not running or cannot reach its service worker`);
      }
    }
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));

    const cdp = await page.createCDPSession();
    // Thread time: the CPU the main thread spent, which other processes on a busy machine do not inflate.
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await page.tracing.start({ categories: TRACE_CATEGORIES });
    const before = await mainThreadMetricsMs(cdp);
    await page.evaluate(() => (window as unknown as { __feed: { start(): void } }).__feed.start());

    const growthMs = (shape.total / shape.perBatch) * shape.batchIntervalMs;
    // Polled, not per animation frame, so the waiting itself adds next to nothing to the main thread.
    await within(
      page.waitForFunction(() => (window as unknown as { __feed: FeedRecord }).__feed.done, { polling: 200, timeout: growthMs * 3 + 10_000 }),
      `growing the feed to ${shape.total} posts`,
    );
    if (session.withSaring) {
      await page
        .waitForFunction(() => (window as unknown as { __feed: FeedRecord }).__feed.marked.every((m) => m !== null), { polling: 100, timeout: MARKING_TIMEOUT_MS })
        .catch(() => undefined); // Unmarked posts are reported, not fatal, unless there are none at all.
    }
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    const after = await mainThreadMetricsMs(cdp);
    const traceBytes = await page.tracing.stop();
    if (!traceBytes) throw new Error('Chromium returned no trace');
    const trace = JSON.parse(Buffer.from(traceBytes).toString('utf8'));

    const feed = await page.evaluate(() => (window as unknown as { __feed: FeedRecord }).__feed);
    const flaggedIndexes = await page.$$eval('[data-bench-index]:not([data-bench-warmup])[data-saring-state="flagged"]', (posts) =>
      posts.map((p) => Number(p.getAttribute('data-bench-index'))),
    );
    const postsFlagged = flaggedIndexes.length;
    const visibleFlagged = flaggedIndexes.filter((i) => feed.seen[i] !== null);
    const visibleBadgeLatenciesMs = visibleFlagged.flatMap((i) => {
      const badged = feed.badged[i];
      return badged === null ? [] : [Math.max(0, badged - Math.max(feed.seen[i]!, feed.inserted[i]))];
    });
    const badgeLatenciesMs = feed.marked.flatMap((at, i) => (at === null ? [] : [at - feed.inserted[i]]));
    if (session.withSaring && badgeLatenciesMs.length === 0) {
      throw new BenchBroken(`Saring marked the warm-up post but none of the ${shape.total} feed posts`);
    }
    return {
      withSaring: session.withSaring,
      taskCpuMs: after.taskCpuMs - before.taskCpuMs,
      scriptCpuMs: after.scriptCpuMs - before.scriptCpuMs,
      trace: taskFigures(trace, new URL(FEED_URL).hostname),
      longTasksMs: feed.longTasks.filter((t) => t.start >= feed.startedAt).map((t) => t.duration),
      badgeLatenciesMs,
      visibleBadgeLatenciesMs,
      visibleFlaggedWithoutBadge: visibleFlagged.length - visibleBadgeLatenciesMs.length,
      badgesMounted: feed.badged.filter((at) => at !== null).length,
      postsMarked: badgeLatenciesMs.length,
      postsFlagged,
    };
  } finally {
    await page.close().catch(() => undefined);
  }
}
