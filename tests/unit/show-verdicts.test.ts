// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Flag, FlagKind, Verdict } from '@/utils/engine/types';
import type { ScannedPost } from '@/utils/page/post-watcher';
import { createVerdictPresenter, markPost, type VerdictDisplay } from '@/utils/page/show-verdicts';
import type { Post } from '@/utils/post';

function flag(kind: FlagKind): Flag {
  return { kind, score: 0.6, reason: `because ${kind}`, matches: [] };
}

const verdict = (...kinds: FlagKind[]): Verdict => ({ flags: kinds.map(flag) });

function scanned(postId: string, caption = ''): ScannedPost {
  const element = document.createElement('div');
  element.dataset.id = postId;
  document.body.append(element);
  const post: Post = {
    platform: 'tiktok',
    postId,
    permalink: `https://www.tiktok.com/video/${postId}`,
    authorHandle: 'someone',
    authorName: '',
    caption,
    title: '',
    hashtags: [],
    adLabel: null,
    platformLabels: [],
    pageKind: 'feed',
  };
  return { post, element, anchor: element };
}

/** A display whose verdicts come from a caption → kinds table, and whose badges are DOM elements. */
function fakeDisplay(kindsFor: (post: Post) => FlagKind[] = () => []) {
  const checked: Post[][] = [];
  const errors: unknown[] = [];
  const display: VerdictDisplay = {
    check: vi.fn(async (posts: Post[]) => {
      checked.push(posts);
      return posts.map((p) => verdict(...kindsFor(p)));
    }),
    showBadge: vi.fn(async ({ element }: ScannedPost) => {
      const badge = document.createElement('span');
      badge.className = 'saring-badge';
      element.append(badge);
      return { remove: () => badge.remove() };
    }),
    onError: (error) => errors.push(error),
  };
  return { display, checked, errors };
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('markPost', () => {
  it('marks a flagged post with its kinds, space separated', () => {
    const { element } = scanned('1');
    markPost(element, verdict('political_ad', 'election_fundraising'));
    expect(element.getAttribute('data-saring-state')).toBe('flagged');
    expect(element.getAttribute('data-saring-kinds')).toBe('political_ad election_fundraising');
  });

  it('marks an unflagged post as scanned, without kinds', () => {
    const { element } = scanned('1');
    markPost(element, verdict());
    expect(element.getAttribute('data-saring-state')).toBe('scanned');
    expect(element.hasAttribute('data-saring-kinds')).toBe(false);
  });

  it('drops old kinds when a post is marked again without flags', () => {
    const { element } = scanned('1');
    markPost(element, verdict('campaign'));
    markPost(element, verdict());
    expect(element.getAttribute('data-saring-state')).toBe('scanned');
    expect(element.hasAttribute('data-saring-kinds')).toBe(false);
  });
});

describe('createVerdictPresenter', () => {
  it('marks each post and shows a badge only on flagged ones', async () => {
    const { display } = fakeDisplay((p) => (p.caption.includes('coblos') ? ['campaign'] : []));
    const flagged = scanned('1', 'ayo coblos');
    const plain = scanned('2', 'resep kue');
    await createVerdictPresenter(display)([flagged, plain]);

    expect(flagged.element.getAttribute('data-saring-state')).toBe('flagged');
    expect(flagged.element.getAttribute('data-saring-kinds')).toBe('campaign');
    expect(flagged.element.querySelectorAll('.saring-badge')).toHaveLength(1);

    expect(plain.element.getAttribute('data-saring-state')).toBe('scanned');
    expect(plain.element.hasAttribute('data-saring-kinds')).toBe(false);
    expect(plain.element.querySelector('.saring-badge')).toBeNull();
    expect(display.showBadge).toHaveBeenCalledTimes(1);
  });

  it('removes the old badge when a re-presented element is no longer flagged', async () => {
    const { display } = fakeDisplay((p) => (p.caption.includes('coblos') ? ['campaign'] : []));
    const present = createVerdictPresenter(display);
    const item = scanned('1', 'ayo coblos');
    await present([item]);
    expect(item.element.querySelectorAll('.saring-badge')).toHaveLength(1);

    // The feed recycled the element for another, harmless post.
    await present([{ element: item.element, anchor: item.element, post: { ...item.post, postId: '2', caption: 'resep kue' } }]);
    expect(item.element.querySelector('.saring-badge')).toBeNull();
    expect(item.element.getAttribute('data-saring-state')).toBe('scanned');
    expect(item.element.hasAttribute('data-saring-kinds')).toBe(false);
  });

  it('replaces, rather than stacks, the badge of a post flagged again', async () => {
    const { display } = fakeDisplay(() => ['fundraising']);
    const present = createVerdictPresenter(display);
    const item = scanned('1', 'donasi');
    await present([item]);
    await present([item]);
    expect(item.element.querySelectorAll('.saring-badge')).toHaveLength(1);
  });

  it('keeps the badge of a post read again with the same badge key, open toast and all', async () => {
    const { display } = fakeDisplay((p) => (p.caption.includes('donasi') ? ['fundraising'] : []));
    display.badgeKey = ({ post }, v) => `${post.postId}|${JSON.stringify(v)}`;
    const present = createVerdictPresenter(display);
    const item = scanned('1', 'donasi');
    await present([item]);
    const first = item.element.querySelector('.saring-badge');
    await present([{ ...item }]);
    expect(item.element.querySelector('.saring-badge')).toBe(first);
    expect(display.showBadge).toHaveBeenCalledTimes(1);
    await present([{ ...item, post: { ...item.post, caption: 'donasi lagi', postId: '2' } }]);
    expect(item.element.querySelector('.saring-badge')).not.toBe(first);
    expect(item.element.querySelectorAll('.saring-badge')).toHaveLength(1);
  });

  it('sends at most 100 posts to check() at a time', async () => {
    const { display, checked } = fakeDisplay();
    const batch = Array.from({ length: 250 }, (_, i) => scanned(String(i)));
    await createVerdictPresenter(display)(batch);

    expect(checked.map((posts) => posts.length)).toEqual([100, 100, 50]);
    expect(checked.flat().map((p) => p.postId)).toEqual(batch.map((s) => s.post.postId));
    expect(batch.every((s) => s.element.getAttribute('data-saring-state') === 'scanned')).toBe(true);
  });

  it('sends exactly 100 posts in one call', async () => {
    const { display, checked } = fakeDisplay();
    await createVerdictPresenter(display)(Array.from({ length: 100 }, (_, i) => scanned(String(i))));
    expect(checked.map((posts) => posts.length)).toEqual([100]);
  });

  it('reports a failed check to onError without throwing, and goes on with the next chunk', async () => {
    const { display, errors } = fakeDisplay();
    const failure = new Error('background gone');
    vi.mocked(display.check).mockRejectedValueOnce(failure);
    const batch = Array.from({ length: 150 }, (_, i) => scanned(String(i)));

    await expect(createVerdictPresenter(display)(batch)).resolves.toBeUndefined();
    expect(errors).toEqual([failure]);
    expect(batch[0].element.hasAttribute('data-saring-state')).toBe(false);
    expect(batch[149].element.getAttribute('data-saring-state')).toBe('scanned');
  });

  it('reports a failed badge to onError without throwing', async () => {
    const { display, errors } = fakeDisplay(() => ['campaign']);
    const failure = new Error('no shadow root');
    vi.mocked(display.showBadge).mockRejectedValueOnce(failure);
    const item = scanned('1', 'coblos');

    await expect(createVerdictPresenter(display)([item])).resolves.toBeUndefined();
    expect(errors).toEqual([failure]);
    expect(item.element.getAttribute('data-saring-state')).toBe('flagged');
  });

  it('does nothing for an empty batch', async () => {
    const { display } = fakeDisplay();
    await createVerdictPresenter(display)([]);
    expect(display.check).not.toHaveBeenCalled();
  });

  it('does not leave a late badge on an element whose newer verdict has no flags', async () => {
    // The badge of the older, flagged verdict is still being mounted when the
    // element is presented again with a harmless post.
    let finishMounting!: () => void;
    const mounting = new Promise<void>((resolve) => (finishMounting = resolve));
    const { display } = fakeDisplay((p) => (p.caption.includes('coblos') ? ['campaign'] : []));
    const showBadge = display.showBadge;
    display.showBadge = async (item, v) => {
      await mounting;
      return showBadge(item, v);
    };
    const present = createVerdictPresenter(display);
    const item = scanned('1', 'ayo coblos');

    const older = present([item]);
    await new Promise((resolve) => setTimeout(resolve, 0));
    await present([{ element: item.element, anchor: item.element, post: { ...item.post, postId: '2', caption: 'resep kue' } }]);
    finishMounting();
    await older;

    expect(item.element.getAttribute('data-saring-state')).toBe('scanned');
    expect(item.element.querySelector('.saring-badge')).toBeNull();
  });
});
