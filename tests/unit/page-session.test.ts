import { describe, expect, it } from 'vitest';
import type { HealthRecord } from '@/utils/page/page-health';
import { createPageSession } from '@/utils/page/page-session';
import type { ScannedPost } from '@/utils/page/post-watcher';
import { tiktokAdapter } from '@/utils/sites/tiktok';
import { makePost } from './support/make-post';

function sessionWithManualTimer() {
  const broken: HealthRecord[] = [];
  let pending: (() => void) | null = null;
  const session = createPageSession({
    adapter: tiktokAdapter,
    settleMs: 10_000,
    onBroken: (record) => broken.push(record),
    setTimer: (work) => (pending = work),
    clearTimer: () => (pending = null),
  });
  return { session, broken, settle: () => pending?.() };
}

const scanned = (postId: string, caption = 'Ayo coblos'): ScannedPost =>
  ({ post: makePost({ postId, caption }), element: {} as Element, anchor: {} as Element }) as ScannedPost;

describe('page session', () => {
  it('counts each post once, however often it is read, and the posts flagged', () => {
    const { session } = sessionWithManualTimer();
    session.begin(new URL('https://www.tiktok.com/foryou'));
    session.notePosts([scanned('1'), scanned('2')]);
    session.notePosts([scanned('1')]);
    session.noteVerdict(scanned('2'), { flags: [{ kind: 'campaign' }] } as never);
    expect(session.status()).toMatchObject({ platform: 'tiktok', platformName: 'TikTok', pageKind: 'feed', postsScanned: 2, postsFlagged: 1 });
  });

  it('reads as "reading" until it settles, then logs a feed with no posts once', () => {
    const { session, broken, settle } = sessionWithManualTimer();
    session.begin(new URL('https://www.tiktok.com/foryou?lang=id'));
    expect(session.status().health).toEqual({ state: 'reading' });
    settle();
    expect(session.status().health).toEqual({ state: 'broken', problem: 'no-posts' });
    expect(broken).toEqual([{ platform: 'tiktok', pageKind: 'feed', path: '/foryou', problem: 'no-posts', postsSeen: 0 }]);
  });

  it('logs posts that all lack text as unreadable captions', () => {
    const { session, broken, settle } = sessionWithManualTimer();
    session.begin(new URL('https://www.tiktok.com/foryou'));
    session.notePosts([scanned('1', ''), scanned('2', '  ')]);
    settle();
    expect(broken.map((b) => b.problem)).toEqual(['no-captions']);
  });

  it('is healthy once one post has text, and never logs a page kind that need not show posts', () => {
    const { session, broken, settle } = sessionWithManualTimer();
    session.begin(new URL('https://www.tiktok.com/foryou'));
    session.notePosts([scanned('1', ''), scanned('2')]);
    settle();
    session.begin(new URL('https://www.tiktok.com/settings'));
    settle();
    expect(broken).toEqual([]);
    expect(session.status().health).toEqual({ state: 'not-expected' });
  });

  it('starts the counts again after single-page navigation, and drops the old timer', () => {
    const { session, broken, settle } = sessionWithManualTimer();
    session.begin(new URL('https://www.tiktok.com/foryou'));
    session.notePosts([scanned('1')]);
    session.begin(new URL('https://www.tiktok.com/@a/video/1'));
    expect(session.status()).toMatchObject({ pageKind: 'video', postsScanned: 0 });
    session.notePosts([scanned('1')]);
    settle();
    expect(broken).toEqual([]);
  });
});
