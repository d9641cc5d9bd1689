import type { PostVerdict } from '../messaging/protocol';
import type { ScannedPost } from './post-watcher';

/** Marks post elements so that tests and users' own styles can find what Saring saw. */
export function markPost(element: Element, verdict: PostVerdict): void {
  const kinds = verdict.flags.map((f) => f.kind);
  element.setAttribute('data-saring-state', verdict.dismissed ? 'dismissed' : kinds.length > 0 ? 'flagged' : 'scanned');
  if (kinds.length > 0) element.setAttribute('data-saring-kinds', kinds.join(' '));
  else element.removeAttribute('data-saring-kinds');
}

// Well under the background's per-message limit, so a long page is never refused whole.
const CHECK_CHUNK_SIZE = 100;

export interface BadgeHandle {
  remove(): void;
}

export interface VerdictDisplay {
  check(posts: ScannedPost['post'][]): Promise<PostVerdict[]>;
  showBadge(scanned: ScannedPost, verdict: PostVerdict): Promise<BadgeHandle>;
  onError(error: unknown): void;
  /** Told of every verdict that reached the page, for the popup's counts. */
  noteVerdict?(scanned: ScannedPost, verdict: PostVerdict): void;
  /**
   * What the badge shows, as a string: a post read again with the same key keeps its
   * badge, and with it an open toast or a half-typed note. Without it, every reading remounts.
   */
  badgeKey?(scanned: ScannedPost, verdict: PostVerdict): string;
}

/** Checks a batch of posts and keeps each post's badge in step with its latest verdict. */
export function createVerdictPresenter(display: VerdictDisplay) {
  const badges = new WeakMap<Element, { badge: BadgeHandle; key: string | undefined }>();
  // Checks overlap and badges mount asynchronously: only the latest reading of an
  // element may change it, or a late answer would put back a stale badge.
  const latest = new WeakMap<Element, ScannedPost>();
  const isLatest = (scanned: ScannedPost) => latest.get(scanned.element) === scanned;

  async function present(scanned: ScannedPost, verdict: PostVerdict): Promise<void> {
    if (!isLatest(scanned)) return;
    markPost(scanned.element, verdict);
    display.noteVerdict?.(scanned, verdict);
    // Only a flagged post has a badge to keep: unflagged posts, most of a feed, skip the key.
    const key = verdict.flags.length > 0 ? display.badgeKey?.(scanned, verdict) : undefined;
    const shown = badges.get(scanned.element);
    if (shown && key !== undefined && shown.key === key) return;
    // A recycled feed element may now hold another post, or the verdict changed: the old badge goes.
    shown?.badge.remove();
    badges.delete(scanned.element);
    if (verdict.flags.length === 0) return;
    const badge = await display.showBadge(scanned, verdict);
    if (isLatest(scanned)) badges.set(scanned.element, { badge, key });
    else badge.remove();
  }

  async function presentChunk(chunk: ScannedPost[]): Promise<void> {
    const verdicts = await display.check(chunk.map((s) => s.post));
    await Promise.all(chunk.map((scanned, i) => present(scanned, verdicts[i])));
  }

  return async function presentBatch(batch: ScannedPost[]): Promise<void> {
    for (const scanned of batch) latest.set(scanned.element, scanned);
    for (let start = 0; start < batch.length; start += CHECK_CHUNK_SIZE) {
      try {
        await presentChunk(batch.slice(start, start + CHECK_CHUNK_SIZE));
      } catch (error) {
        display.onError(error);
      }
    }
  };
}
