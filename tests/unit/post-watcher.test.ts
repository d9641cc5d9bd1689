// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { watchPosts, type ScannedPost } from '@/utils/page/post-watcher';
import type { Post } from '@/utils/post';
import type { SiteAdapter } from '@/utils/sites/site-adapter';

const POST = 'div.post[data-id]';

// Posts are <div class="post" data-id="…"><p class="caption">…</p></div>.
const fakeAdapter: SiteAdapter = {
  platform: 'tiktok',
  displayName: 'Test platform',
  selectors: {},
  serves: () => true,
  pageKind: () => 'feed',
  postBearingKinds: ['feed'],
  findPostElements(root) {
    const below = [...root.querySelectorAll(POST)];
    return root instanceof Element && root.matches(POST) ? [root, ...below] : below;
  },
  postContaining(node) {
    const element = node instanceof Element ? node : node.parentElement;
    return element?.closest(POST) ?? null;
  },
  readPost(element, url) {
    const postId = element.getAttribute('data-id');
    if (!postId) return null;
    const post: Post = {
      platform: 'tiktok',
      postId,
      permalink: new URL(`/video/${postId}`, url).href,
      authorHandle: 'someone',
      authorName: '',
      caption: element.querySelector('p.caption')?.textContent ?? '',
      title: '',
      hashtags: [],
      adLabel: null,
      platformLabels: [],
      pageKind: 'feed',
    };
    return { post, anchor: element.querySelector('p.caption') ?? element };
  },
};

function makePost(id: string, caption: string): HTMLElement {
  const element = document.createElement('div');
  element.className = 'post';
  element.dataset.id = id;
  const p = document.createElement('p');
  p.className = 'caption';
  p.textContent = caption;
  element.append(p);
  return element;
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

let root: HTMLElement;
let queue: (() => void)[];
let batches: ScannedPost[][];
let watcher: ReturnType<typeof watchPosts>;
/** Stands in for the page JSON's ad labels, which arrive from the background after the first reading. */
let pageJson: Map<string, Post['adLabel']>;

/** Runs the frame's work that the watcher scheduled, after the observer has had its say. */
async function flush() {
  await tick();
  const work = queue.splice(0);
  for (const run of work) run();
}

const ids = (batch: ScannedPost[]) => batch.map((s) => s.post.postId);

beforeEach(() => {
  document.body.innerHTML = '';
  root = document.createElement('main');
  root.append(makePost('1', 'first'), makePost('2', 'second'));
  document.body.append(root);
  queue = [];
  batches = [];
  pageJson = new Map();
  watcher = watchPosts({
    adapter: fakeAdapter,
    root,
    currentUrl: () => new URL('https://www.tiktok.com/foryou'),
    onPosts: (batch) => batches.push(batch),
    schedule: (work) => queue.push(work),
    enrich: (post) => ({ ...post, adLabel: pageJson.get(post.postId) ?? post.adLabel }),
  });
});

afterEach(() => watcher.stop());

describe('watchPosts', () => {
  it('reports the posts already on the page in the first flush, not before', async () => {
    expect(batches).toEqual([]);
    await flush();
    expect(batches.map(ids)).toEqual([['1', '2']]);
    const [first] = batches[0];
    expect(first.element).toBe(root.querySelector('[data-id="1"]'));
    expect(first.post.caption).toBe('first');
    expect(first.post.permalink).toBe('https://www.tiktok.com/video/1');
  });

  it('reports an appended post in the next flush', async () => {
    await flush();
    root.append(makePost('3', 'third'));
    await flush();
    expect(batches.map(ids)).toEqual([['1', '2'], ['3']]);
  });

  it('reports posts appended in the same frame as one batch, scheduling once', async () => {
    await flush();
    root.append(makePost('3', 'third'));
    root.append(makePost('4', 'fourth'));
    const wrapper = document.createElement('section');
    wrapper.append(makePost('5', 'fifth'), makePost('6', 'sixth'));
    root.append(wrapper);
    await tick();
    expect(queue).toHaveLength(1);
    await flush();
    expect(batches.map(ids)).toEqual([['1', '2'], ['3', '4', '5', '6']]);
  });

  it('does not report a moved post again', async () => {
    await flush();
    const first = root.querySelector<HTMLElement>('[data-id="1"]')!;
    root.append(first); // moved to the end
    await flush();
    first.remove();
    root.prepend(first); // taken out and put back
    await flush();
    expect(batches.map(ids)).toEqual([['1', '2']]);
  });

  it("re-reports a post whose caption's text node was replaced", async () => {
    await flush();
    const caption = root.querySelector('[data-id="2"] p.caption')!;
    caption.firstChild!.replaceWith(document.createTextNode('second, edited'));
    await flush();
    expect(batches).toHaveLength(2);
    expect(ids(batches[1])).toEqual(['2']);
    expect(batches[1][0].post.caption).toBe('second, edited');
    expect(batches[1][0].element).toBe(root.querySelector('[data-id="2"]'));
  });

  it('re-reports a post whose caption text is edited in place, as React does with a lone text node', async () => {
    await flush();
    (root.querySelector('[data-id="2"] p.caption')!.firstChild as Text).data = 'second, edited in place';
    await flush();
    expect(batches.map(ids)).toEqual([['1', '2'], ['2']]);
    expect(batches[1][0].post.caption).toBe('second, edited in place');
  });

  it('re-reports a recycled element that now shows another post', async () => {
    await flush();
    const element = root.querySelector<HTMLElement>('[data-id="1"]')!;
    element.dataset.id = '99';
    element.querySelector('p.caption')!.textContent = 'another post';
    await flush();
    expect(batches.map(ids)).toEqual([['1', '2'], ['99']]);
  });

  it('maps nodes added inside an existing post to that post', async () => {
    await flush();
    const post = root.querySelector('[data-id="1"]')!;
    const badge = document.createElement('span');
    badge.textContent = 'added later';
    post.querySelector('p.caption')!.append(badge);
    await flush();
    expect(batches.map(ids)).toEqual([['1', '2'], ['1']]);
    expect(batches[1][0].element).toBe(post);
    expect(batches[1][0].post.caption).toBe('firstadded later');
  });

  it('does not report a post when something unrelated to its caption is added inside it', async () => {
    await flush();
    root.querySelector('[data-id="1"]')!.append(document.createElement('button'));
    await flush();
    expect(batches).toHaveLength(1);
  });

  it('skips elements the adapter cannot read', async () => {
    await flush();
    const unreadable = makePost('x', 'no id');
    unreadable.setAttribute('data-id', '');
    root.append(unreadable, makePost('4', 'fourth'));
    await flush();
    expect(batches.map(ids)).toEqual([['1', '2'], ['4']]);
  });

  it('does not call onPosts for a flush with nothing new', async () => {
    await flush();
    root.append(document.createElement('div'));
    await flush();
    expect(batches).toHaveLength(1);
  });

  it('rescan() after navigation reads every post again, once', async () => {
    await flush();
    watcher.rescan();
    await flush();
    expect(batches.map((b) => b.map((s) => s.post.postId))).toEqual([['1', '2'], ['1', '2']]);
    await flush();
    expect(batches).toHaveLength(2);
  });

  it('refresh() passes on only the posts whose reading changed, once the page JSON arrived', async () => {
    await flush();
    pageJson.set('2', 'ad');
    watcher.refresh();
    await flush();
    expect(batches.map(ids)).toEqual([['1', '2'], ['2']]);
    expect(batches[1][0].post.adLabel).toBe('ad');
  });

  it("passes on the adapter's anchor beside the post element", async () => {
    await flush();
    const [first] = batches[0];
    expect(first.anchor).toBe(first.element.querySelector('p.caption'));
  });

  it('stop() disconnects: later additions are never reported', async () => {
    await flush();
    watcher.stop();
    root.append(makePost('3', 'third'));
    await flush();
    expect(queue).toEqual([]);
    expect(batches.map(ids)).toEqual([['1', '2']]);
  });

  it('stop() also drops a flush that was already scheduled', async () => {
    await flush();
    root.append(makePost('3', 'third'));
    await tick(); // the observer has queued a flush for the next frame
    watcher.stop();
    await flush();
    expect(batches.map(ids)).toEqual([['1', '2']]);
  });
});
