// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { cleanFacebookPermalink, facebookAdapter, facebookPostIdOf } from '@/utils/sites/facebook';
import { fixtureHtml, parseHtml } from './support/fixtures';

const FEED_URL = new URL('https://www.facebook.com/');

function feedPost(inner: string): string {
  return `<div role="main"><div role="feed"><div aria-posinset="1"><div><div>${inner}</div></div></div></div></div>`;
}

function readFirst(html: string, url = FEED_URL) {
  const [element] = facebookAdapter.findPostElements(parseHtml(html));
  return facebookAdapter.readPost(element, url);
}

describe('facebook page kinds', () => {
  const cases: [string, string][] = [
    ['https://www.facebook.com/', 'feed'],
    ['https://www.facebook.com/?sk=h_chr', 'feed'],
    ['https://www.facebook.com/home.php', 'feed'],
    ['https://www.facebook.com/watch', 'video'],
    ['https://www.facebook.com/watch/', 'video'],
    ['https://www.facebook.com/watch/?v=2233445566778899', 'video'],
    ['https://www.facebook.com/DapurNusantara/videos/1234567890123456/', 'video'],
    ['https://www.facebook.com/reel/1122334455667788', 'reels'],
    ['https://www.facebook.com/reels/', 'reels'],
    ['https://www.facebook.com/TimBudiSari/posts/pfbid02Xk7abc', 'post'],
    ['https://www.facebook.com/permalink.php?story_fbid=123&id=456', 'post'],
    ['https://www.facebook.com/groups/relawan/posts/778899/', 'post'],
    ['https://www.facebook.com/TimBudiSari', 'other'],
    ['https://www.facebook.com/groups/relawan/', 'other'],
    ['https://www.facebook.com/marketplace/', 'other'],
  ];
  it.each(cases)('%s is %s', (href, kind) => {
    expect(facebookAdapter.pageKind(new URL(href))).toBe(kind);
  });

  it('expects posts on the feed, Watch and Reels', () => {
    expect(facebookAdapter.postBearingKinds).toEqual(['feed', 'video', 'reels']);
  });

  it('serves the desktop sites, not m.facebook.com', () => {
    expect(facebookAdapter.displayName).toBe('Facebook');
    for (const host of ['www.facebook.com', 'facebook.com', 'web.facebook.com']) expect(facebookAdapter.serves(new URL(`https://${host}/`))).toBe(true);
    for (const host of ['m.facebook.com', 'www.facebook.com.evil.example', 'l.facebook.com']) expect(facebookAdapter.serves(new URL(`https://${host}/`))).toBe(false);
  });
});

describe('facebook permalinks', () => {
  const cases: [string, string, string][] = [
    [
      'https://www.facebook.com/TimBudiSari/posts/pfbid02Xk7abc?__cft__[0]=AZUy3Xq9&__tn__=%2CO%2CP-R',
      'pfbid02Xk7abc',
      'https://www.facebook.com/TimBudiSari/posts/pfbid02Xk7abc',
    ],
    [
      '/permalink.php?story_fbid=pfbid0Wq2&id=100087654321098&__cft__[0]=AZWb7s1&__tn__=%2CO%2CP-R',
      'pfbid0Wq2',
      'https://www.facebook.com/permalink.php?story_fbid=pfbid0Wq2&id=100087654321098',
    ],
    [
      '/permalink.php?story_fbid=123&id=456&comment_id=7788#comments',
      '123',
      'https://www.facebook.com/permalink.php?story_fbid=123&id=456',
    ],
    ['/groups/relawan/posts/778899/?__cft__%5B0%5D=AZ1', '778899', 'https://www.facebook.com/groups/relawan/posts/778899/'],
    ['/groups/relawan/permalink/778899/', '778899', 'https://www.facebook.com/groups/relawan/permalink/778899/'],
    [
      'https://web.facebook.com/DapurNusantara/videos/1234567890123456/?__cft__[0]=AZe1',
      '1234567890123456',
      'https://www.facebook.com/DapurNusantara/videos/1234567890123456/',
    ],
    ['/PartaiContoh/videos/pemilu-damai/3344556677889900/', '3344556677889900', 'https://www.facebook.com/PartaiContoh/videos/pemilu-damai/3344556677889900/'],
    ['/watch/?v=2233445566778899&__tn__=%2CO', '2233445566778899', 'https://www.facebook.com/watch/?v=2233445566778899'],
    ['/reel/1122334455667788/?s=fb_shorts_tab&stack_idx=0', '1122334455667788', 'https://www.facebook.com/reel/1122334455667788/'],
  ];
  it.each(cases)('%s names %s, cleaned to %s', (href, postId, permalink) => {
    expect(facebookPostIdOf(href)).toBe(postId);
    expect(cleanFacebookPermalink(href)).toBe(permalink);
  });

  it.each([
    '#',
    '',
    '/TimBudiSari',
    '/hashtag/pilkada2024?__eep__=6',
    '/ads/about/?entry_product=ad_preferences',
    'https://l.facebook.com/l.php?u=https%3A%2F%2Fexample.org%2Fposts%2F1',
    'https://news.example/posts/123',
    'https://m.facebook.com/story.php?story_fbid=1&id=2',
  ])('%s names no post', (href) => {
    expect(facebookPostIdOf(href)).toBeNull();
  });

  it('cleans no link that leaves Facebook', () => {
    expect(cleanFacebookPermalink('https://news.example/posts/123')).toBeNull();
    expect(cleanFacebookPermalink('#')).toBeNull();
  });
});

describe('facebook posts', () => {
  it('finds each post once, never a comment nested in it', () => {
    const doc = parseHtml(fixtureHtml('facebook/feed'));
    const posts = facebookAdapter.findPostElements(doc);
    const comments = [...doc.querySelectorAll('div[role="article"]')];
    expect(posts).toHaveLength(5);
    expect(comments).toHaveLength(2);
    for (const comment of comments) {
      expect(posts).not.toContain(comment);
      expect(facebookAdapter.postContaining(comment.lastChild!)).toBe(posts[1]);
      // A comment added later is not a post of its own either.
      expect(facebookAdapter.findPostElements(comment)).toEqual([]);
    }
  });

  it("takes neither the author nor the permalink from a comment", () => {
    const comment = `<ul><li><div role="article"><h3><a href="/andi.wijaya">Andi</a></h3><a href="/x/posts/999">1 j</a><div>Setuju</div></div></li></ul>`;
    const { post } = readFirst(feedPost(`<div data-ad-preview="message"><div dir="auto">Ayo ke TPS</div></div>${comment}`))!;
    expect(post.authorHandle).toBe('');
    expect(post.postId).toMatch(/^h[0-9a-z]+$/);
    expect(post.caption).toBe('Ayo ke TPS');
  });

  it('reads a post whose body is wrapped in its own role="article", keeping its comments out', () => {
    const comment = `<ul><li><div role="article"><h3><a href="/andi.wijaya">Andi</a></h3><div>Setuju</div></div></li></ul>`;
    const body = `<h2><a href="/TimBudiSari">Tim</a></h2><a href="/TimBudiSari/posts/pfbid0Ab">1 j</a><div data-ad-preview="message">Ayo ke TPS</div>${comment}`;
    const { post } = readFirst(feedPost(`<div role="article">${body}</div>`))!;
    expect(post).toMatchObject({ authorHandle: 'TimBudiSari', postId: 'pfbid0Ab', caption: 'Ayo ke TPS' });
  });

  it('reads lines as separate words and leaves out the "See more" button', () => {
    const message = '<div data-ad-preview="message"><div dir="auto">Pilih nomor 1</div><div dir="auto">Donasi ke BNI 0987654321… <div role="button">Lihat selengkapnya</div></div></div>';
    expect(readFirst(feedPost(message))!.post.caption).toBe('Pilih nomor 1 Donasi ke BNI 0987654321…');
  });

  it('reads author handles from page, profile.php and people links', () => {
    const author = (href: string) => readFirst(feedPost(`<h2><a href="${href}">Nama</a></h2><div data-ad-preview="message">Halo</div>`))!.post;
    expect(author('https://www.facebook.com/TimBudiSari?__cft__[0]=AZ&__tn__=-UC%2CP-R')).toMatchObject({ authorHandle: 'TimBudiSari', authorName: 'Nama' });
    expect(author('/profile.php?id=100087654321098&__cft__[0]=AZ').authorHandle).toBe('100087654321098');
    expect(author('/people/Sari-Dewi/100012345678901/').authorHandle).toBe('100012345678901');
    expect(author('/groups/relawan/user/100055566677788/').authorHandle).toBe('100055566677788');
  });

  it('marks ads and paid partnerships, and an ad outranks a partnership', () => {
    const label = (header: string) => readFirst(feedPost(`${header}<div data-ad-preview="message">Halo</div>`))!.post.adLabel;
    expect(label('<a href="/ads/about/?entry_product=x">.</a>')).toBe('ad');
    expect(label('<a aria-label="Bersponsor" href="#">.</a>')).toBe('ad');
    expect(label('<span dir="auto"><span id=":r1:"><a href="/business/help/788160621327601/">Kemitraan berbayar</a></span></span>')).toBe('paid_partnership');
    expect(label('<span dir="auto"><a href="/business/help/1/">x</a></span><a aria-label="Sponsored" href="#">.</a>')).toBe('ad');
    expect(label('<a href="/TimBudiSari">Bersponsor</a>')).toBeNull();
  });

  it('falls back to the author, not the page, when the page names another post', () => {
    const html = feedPost('<h2><a href="/futsal.kampung">Futsal</a></h2><div data-ad-preview="message">Latihan sore</div>');
    expect(readFirst(html, new URL('https://www.facebook.com/reel/1122334455667788'))!.post.permalink).toBe('https://www.facebook.com/futsal.kampung');
    expect(readFirst(html)!.post.permalink).toBe('https://www.facebook.com/');
  });

  it('reads nothing from a post with neither a link to itself nor text', () => {
    expect(readFirst(feedPost('<h2><a href="/TimBudiSari">Tim</a></h2><video></video>'))).toBeNull();
  });

  it('anchors the warning to the message block, or to the post when there is none', () => {
    const withMessage = readFirst(feedPost('<div data-ad-rendering-role="story_message"><div data-ad-preview="message">Halo</div></div>'))!;
    expect(withMessage.anchor.getAttribute('data-ad-rendering-role')).toBe('story_message');
    const withoutMessage = readFirst(feedPost('<a href="/x/posts/123">1 j</a>'))!;
    expect(withoutMessage.anchor.hasAttribute('aria-posinset')).toBe(true);
  });
});
