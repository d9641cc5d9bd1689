import type { Browser, BrowserContext, CDPSession, HTTPRequest, Page } from 'puppeteer';
import { growingFeedHtml, type FeedRecord, type FeedShape } from './growing-feed';
import { BenchBroken } from './launch';
import { TRACE_CATEGORIES, taskFigures, type TaskFigures } from './trace-tasks';

/** Where Saring runs. */
export const FEED_URL = 'https://www.tiktok.com/foryou';
// The baseline: the same page in a private window, where the extension is not allowed, at an
// address no content script matches either. Its own host name tells its thread apart in the trace.
const BASELINE_URL = 'https://feed-without-saring.test/foryou';
const WARM_UP_TIMEOUT_MS = 20_000;
const MARKING_TIMEOUT_MS = 15_000;
// Before the window: lets the page's load work finish. After it: lets the last badge's style,
// layout and paint land inside it. Both pages wait the same.
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

export interface PairedRun {
  on: RunResult;
  off: RunResult;
}

/** Answers the feed's address from memory and refuses everything else; nothing reaches the network. */
async function serveFeed(page: Page, url: string, html: string): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    if (!request.url().startsWith('http')) return void request.continue();
    if (request.url() === url) {
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

interface FeedPage {
  page: Page;
  url: string;
  cdp: CDPSession;
  withSaring: boolean;
}

async function openFeed(owner: Browser | BrowserContext, url: string, html: string, withSaring: boolean): Promise<FeedPage> {
  const page = await owner.newPage();
  await serveFeed(page, url, html);
  await within(page.goto(url, { waitUntil: 'load', timeout: 15_000 }), `loading ${url}`);
  const cdp = await page.createCDPSession();
  // Thread time: the CPU the main thread spent, which waiting for a CPU does not inflate.
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  return { page, url, cdp, withSaring };
}

const feedOf = (page: Page) => page.evaluate(() => (window as unknown as { __feed: FeedRecord }).__feed);

async function resultOf(feedPage: FeedPage, cpu: { taskCpuMs: number; scriptCpuMs: number }, trace: TaskFigures): Promise<RunResult> {
  const { page, withSaring } = feedPage;
  const feed = await feedOf(page);
  const flaggedIndexes = await page.$$eval('[data-bench-index]:not([data-bench-warmup])[data-saring-state="flagged"]', (posts) =>
    posts.map((p) => Number(p.getAttribute('data-bench-index'))),
  );
  const visibleFlagged = flaggedIndexes.filter((i) => feed.seen[i] !== null);
  const visibleBadgeLatenciesMs = visibleFlagged.flatMap((i) => {
    const badged = feed.badged[i];
    return badged === null ? [] : [Math.max(0, badged - Math.max(feed.seen[i]!, feed.inserted[i]))];
  });
  const badgeLatenciesMs = feed.marked.flatMap((at, i) => (at === null ? [] : [at - feed.inserted[i]]));
  if (withSaring && badgeLatenciesMs.length === 0) throw new BenchBroken(`Saring marked the warm-up post but none of the ${feed.inserted.length} feed posts`);
  if (!withSaring && badgeLatenciesMs.length > 0) throw new BenchBroken('Saring ran on the baseline page: the comparison would be meaningless');
  return {
    withSaring,
    ...cpu,
    trace,
    longTasksMs: feed.longTasks.filter((t) => t.start >= feed.startedAt).map((t) => t.duration),
    badgeLatenciesMs,
    visibleBadgeLatenciesMs,
    visibleFlaggedWithoutBadge: visibleFlagged.length - visibleBadgeLatenciesMs.length,
    badgesMounted: feed.badged.filter((at) => at !== null).length,
    postsMarked: badgeLatenciesMs.length,
    postsFlagged: flaggedIndexes.length,
  };
}

/**
 * One run: the feed grows on two pages at once, one with Saring and one without, in
 * the same browser. This machine's CPU time drifts by a third from one minute to the
 * next; pages measured side by side share the drift, pages measured in turn did not.
 */
export async function runPairOnce(browser: Browser, shape: FeedShape): Promise<PairedRun> {
  const html = growingFeedHtml(shape);
  const privateWindow = await browser.createBrowserContext();
  const opened: Page[] = [];
  try {
    const on = await openFeed(browser, FEED_URL, html, true);
    opened.push(on.page);
    const off = await openFeed(privateWindow, BASELINE_URL, html, false);
    try {
      await on.page.waitForSelector('[data-bench-warmup][data-saring-state]', { timeout: WARM_UP_TIMEOUT_MS });
    } catch {
      throw new BenchBroken(`Saring did not mark the warm-up post within ${WARM_UP_TIMEOUT_MS / 1000} s: the content script is not running or cannot reach its service worker`);
    }
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));

    // Chromium traces the whole browser, so one trace holds both pages' main threads.
    await on.page.tracing.start({ categories: TRACE_CATEGORIES });
    const before = await Promise.all([on, off].map((p) => mainThreadMetricsMs(p.cdp)));
    await Promise.all([on, off].map((p) => p.page.evaluate(() => (window as unknown as { __feed: { start(): void } }).__feed.start())));

    const growthMs = (shape.total / shape.perBatch) * shape.batchIntervalMs;
    // Polled, not per animation frame, so the waiting itself adds next to nothing to the main thread.
    const grown = (p: FeedPage) => p.page.waitForFunction(() => (window as unknown as { __feed: FeedRecord }).__feed.done, { polling: 200, timeout: growthMs * 3 + 10_000 });
    await within(Promise.all([grown(on), grown(off)]), `growing the feed to ${shape.total} posts`);
    await on.page
      .waitForFunction(() => (window as unknown as { __feed: FeedRecord }).__feed.marked.every((m) => m !== null), { polling: 100, timeout: MARKING_TIMEOUT_MS })
      .catch(() => undefined); // Unmarked posts are reported, not fatal, unless there are none at all.
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    const after = await Promise.all([on, off].map((p) => mainThreadMetricsMs(p.cdp)));
    const traceBytes = await on.page.tracing.stop();
    if (!traceBytes) throw new Error('Chromium returned no trace');
    const trace = JSON.parse(Buffer.from(traceBytes).toString('utf8'));

    const cpu = (i: number) => ({ taskCpuMs: after[i].taskCpuMs - before[i].taskCpuMs, scriptCpuMs: after[i].scriptCpuMs - before[i].scriptCpuMs });
    const traced = (p: FeedPage) => taskFigures(trace, new URL(p.url).hostname);
    return { on: await resultOf(on, cpu(0), traced(on)), off: await resultOf(off, cpu(1), traced(off)) };
  } finally {
    await Promise.all(opened.map((page) => page.close().catch(() => undefined)));
    await privateWindow.close().catch(() => undefined);
  }
}
