import type { Verdict } from '../engine/types';
import type { SessionStatus } from '../messaging/protocol';
import type { SiteAdapter } from '../sites/site-adapter';
import { hasText, judgeHealth, type HealthRecord } from './page-health';
import type { ScannedPost } from './post-watcher';

export interface PageSessionOptions {
  adapter: SiteAdapter;
  /** How long a page may take to show its first posts before it counts as unreadable. */
  settleMs: number;
  onBroken(record: HealthRecord): void;
  setTimer?(work: () => void, ms: number): unknown;
  clearTimer?(handle: unknown): void;
}

/**
 * What Saring has seen on the current page, from one navigation to the next:
 * the popup's counts, and the health check. Posts are counted once by id, so a
 * recycled feed element or a post scrolled back into view does not inflate them.
 */
export function createPageSession(options: PageSessionOptions) {
  const { adapter } = options;
  const setTimer = options.setTimer ?? ((work, ms) => setTimeout(work, ms));
  const clearTimer = options.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
  let url = new URL('about:blank');
  let seen = new Set<string>();
  let withText = new Set<string>();
  let flagged = new Set<string>();
  let settled = false;
  let timer: unknown;

  const pageKind = () => adapter.pageKind(url);
  const tally = () => ({ postsSeen: seen.size, postsWithText: withText.size });
  const health = () => judgeHealth(adapter.postBearingKinds.includes(pageKind()), tally(), settled);

  function settle(): void {
    settled = true;
    const judged = health();
    if (judged.state !== 'broken') return;
    options.onBroken({ platform: adapter.platform, pageKind: pageKind(), path: url.pathname, problem: judged.problem, postsSeen: seen.size });
  }

  return {
    begin(newUrl: URL): void {
      if (timer !== undefined) clearTimer(timer);
      url = newUrl;
      seen = new Set();
      withText = new Set();
      flagged = new Set();
      settled = false;
      timer = setTimer(settle, options.settleMs);
    },
    notePosts(batch: readonly ScannedPost[]): void {
      for (const { post } of batch) {
        seen.add(post.postId);
        if (hasText(post)) withText.add(post.postId);
      }
    },
    noteVerdict({ post }: ScannedPost, verdict: Verdict): void {
      if (verdict.flags.length > 0) flagged.add(post.postId);
      else flagged.delete(post.postId);
    },
    status(): SessionStatus {
      return {
        platform: adapter.platform,
        platformName: adapter.displayName,
        pageKind: pageKind(),
        postsScanned: seen.size,
        postsFlagged: flagged.size,
        health: health(),
      };
    },
    stop(): void {
      if (timer !== undefined) clearTimer(timer);
    },
  };
}
