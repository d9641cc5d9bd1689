// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { instagramAdapter, instagramPermalink, instagramShortcodeOf } from '@/utils/sites/instagram';
import { readInstagramEmbeddedPosts } from '@/utils/sites/instagram-embedded';
import { fixtureHtml, parseHtml } from './support/fixtures';

const FEED_URL = new URL('https://www.instagram.com/');

function article(header: string, caption: string): string {
  return `<main role="main"><article><header>${header}</header><div><span dir="auto">${caption}</span></div></article></main>`;
}

function readFirst(html: string, url = FEED_URL) {
  const doc = parseHtml(html);
  const [element] = instagramAdapter.findPostElements(doc);
  return instagramAdapter.readPost(element, url);
}

function jsonScript(data: unknown): string {
  return `<script type="application/json">${JSON.stringify(data).replace(/</g, '\\u003C')}</script>`;
}

describe('instagram page kinds', () => {
  const cases: [string, string][] = [
    ['https://www.instagram.com/', 'feed'],
    ['https://www.instagram.com/reels/C7Reel0001/', 'reels'],
    ['https://www.instagram.com/reels/', 'reels'],
    ['https://www.instagram.com/reel/C7Reel0001/', 'reels'],
    ['https://www.instagram.com/p/C6PolPar05/', 'post'],
    ['https://www.instagram.com/p/C6PolPar05/?img_index=2', 'post'],
    ['https://www.instagram.com/suara.muda.id/p/C6PolPar05/', 'post'],
    ['https://www.instagram.com/suara.muda.id/reel/C7Reel0002/', 'post'],
    ['https://www.instagram.com/explore/', 'explore'],
    ['https://www.instagram.com/explore/tags/pilkada2024/', 'explore'],
    ['https://www.instagram.com/suara.muda.id/', 'profile'],
    ['https://www.instagram.com/suara.muda.id/tagged/', 'profile'],
    ['https://www.instagram.com/accounts/edit/', 'other'],
    ['https://www.instagram.com/direct/inbox/', 'other'],
    ['https://www.instagram.com/stories/suara.muda.id/3400000000000000001/', 'other'],
  ];
  it.each(cases)('%s is %s', (href, kind) => {
    expect(instagramAdapter.pageKind(new URL(href))).toBe(kind);
  });

  it('expects posts on the feed, Reels and post pages only', () => {
    expect(instagramAdapter.postBearingKinds).toEqual(['feed', 'reels', 'post']);
  });

  it('serves only Instagram', () => {
    expect(instagramAdapter.displayName).toBe('Instagram');
    expect(instagramAdapter.serves(new URL('https://www.instagram.com/'))).toBe(true);
    expect(instagramAdapter.serves(new URL('https://instagram.com/p/C6PolPar05/'))).toBe(true);
    expect(instagramAdapter.serves(new URL('https://www.instagram.com.evil.example/'))).toBe(false);
    expect(instagramAdapter.serves(new URL('https://www.facebook.com/'))).toBe(false);
  });
});

describe('instagram permalinks', () => {
  const cases: [string, string][] = [
    ['/p/C5AdKamp01/?enable_persistent_cta=true', 'https://www.instagram.com/p/C5AdKamp01/'],
    ['/p/C5AdKamp01/liked_by/', 'https://www.instagram.com/p/C5AdKamp01/'],
    ['/suara.muda.id/p/C6PolPar05/c/17900000000000001/', 'https://www.instagram.com/p/C6PolPar05/'],
    ['/reel/C7Reel0001/?utm_source=ig_web_copy_link', 'https://www.instagram.com/reel/C7Reel0001/'],
    ['/reels/C7Reel0001/', 'https://www.instagram.com/reel/C7Reel0001/'],
    ['/bang.rizal.official/reel/C7Reel0002/', 'https://www.instagram.com/reel/C7Reel0002/'],
    ['https://www.instagram.com/p/C6PolPar05/#comments', 'https://www.instagram.com/p/C6PolPar05/'],
  ];
  it.each(cases)('%s is cleaned to %s', (href, permalink) => {
    const shortcode = instagramShortcodeOf(href);
    expect(shortcode).not.toBeNull();
    expect(instagramPermalink(shortcode!)).toBe(permalink);
  });

  it.each([
    '/explore/tags/pilkada2024/',
    '/explore/p/C6PolPar05/',
    '/suara.muda.id/',
    '/reels/audio/556677889900/',
    'https://www.facebook.com/ads/ig_redirect/?d=x',
    'https://evil.example/p/C6PolPar05/',
    '#',
    '',
  ])('%s names no post', (href) => {
    expect(instagramShortcodeOf(href)).toBeNull();
  });
});

describe('instagram posts', () => {
  it('reads ad and paid-partnership labels from the header, never from the caption or a username', () => {
    const caption = 'Bersponsor';
    expect(readFirst(article('<a href="/toko.baju/">toko.baju</a><span><span>Ber</span><span>sponsor</span></span>', 'Baju baru'))!.post.adLabel).toBe('ad');
    expect(readFirst(article('<a href="/nadia/">nadia</a><span>Paid partnership with <a href="/brand/">brand</a></span>', 'Serum'))!.post.adLabel).toBe(
      'paid_partnership',
    );
    expect(readFirst(article('<a href="/nadia/">nadia</a>', caption))!.post.adLabel).toBeNull();
    expect(readFirst(article('<a href="/sponsored/"><span>sponsored</span></a>', 'Halo'))!.post.adLabel).toBeNull();
  });

  it('takes the author from the header and the caption from outside it', () => {
    const html = article('<a href="/explore/locations/1/jakarta/"><span dir="auto">Jakarta</span></a><a href="/rina/"><span dir="auto">rina</span></a>', 'Halo #Jakarta');
    const { post } = readFirst(html)!;
    expect(post.authorHandle).toBe('rina');
    expect(post.caption).toBe('Halo #Jakarta');
    expect(post.hashtags).toEqual(['jakarta']);
  });

  it('gives a post without a link a stable content hash, and another to another caption', () => {
    const first = readFirst(article('<a href="/rina/">rina</a>', 'Resep soto'))!.post.postId;
    expect(first).toMatch(/^h[0-9a-z]+$/);
    expect(readFirst(article('<a href="/rina/">rina</a>', 'Resep soto'))!.post.postId).toBe(first);
    expect(readFirst(article('<a href="/rina/">rina</a>', 'Resep rawon'))!.post.postId).not.toBe(first);
  });

  it('reads nothing from an article with neither a link to itself nor a caption', () => {
    expect(readFirst('<main><article><header><a href="/rina/">rina</a></header></article></main>')).toBeNull();
  });

  it('keeps caption markup as text', () => {
    const { post } = readFirst(article('<a href="/rina/">rina</a>', '&lt;img src=x onerror=alert(1)&gt;'))!;
    expect(post.caption).toBe('<img src=x onerror=alert(1)>');
  });

  it('maps no post to a node between reel units', () => {
    const doc = parseHtml(fixtureHtml('instagram/reels'));
    const units = instagramAdapter.findPostElements(doc);
    expect(units).toHaveLength(3);
    const scroller = units[0].parentElement!;
    expect(instagramAdapter.postContaining(scroller)).toBeNull();
    expect(instagramAdapter.findPostElements(units[1])).toEqual([units[1]]);
  });
});

describe('instagram embedded JSON', () => {
  const media = (fields: Record<string, unknown>) => ({ data: { items: [{ code: 'C9Test0001', ...fields }] } });

  it('reads ads, paid partnerships and captions from media objects', () => {
    const doc = parseHtml(
      jsonScript(media({ caption: { text: 'Pilih nomor 1 <script>' }, product_type: 'ad' })) +
        jsonScript({ x: [{ code: 'C9Test0002', is_paid_partnership: true, caption: null }] }) +
        jsonScript({ y: { code: 'C9Test0003', ad_id: '1202', caption: { text: 'Promo' } } }) +
        jsonScript({ z: { code: 'C9Test0004', sponsor_tags: [{ sponsor: { username: 'brand' } }] } }),
    );
    expect(readInstagramEmbeddedPosts(doc)).toEqual([
      { postId: 'C9Test0001', caption: 'Pilih nomor 1 <script>', adLabel: 'ad' },
      { postId: 'C9Test0002', adLabel: 'paid_partnership' },
      { postId: 'C9Test0003', caption: 'Promo', adLabel: 'ad' },
      { postId: 'C9Test0004', adLabel: 'paid_partnership' },
    ]);
  });

  it('merges copies of one post, keeping the longest caption and the ad label', () => {
    const doc = parseHtml(
      jsonScript(media({ caption: { text: 'Dukung' }, is_paid_partnership: true })) +
        jsonScript(media({ caption: { text: 'Dukung calon kita' }, ad_id: null })) +
        jsonScript(media({ product_type: 'ad' })),
    );
    expect(readInstagramEmbeddedPosts(doc)).toEqual([{ postId: 'C9Test0001', caption: 'Dukung calon kita', adLabel: 'ad' }]);
  });

  it('skips broken JSON, other blobs and objects that are not media', () => {
    const doc = parseHtml(
      '<script type="application/json">{"code": </script>' +
        jsonScript({ code: 'NOT A CODE', caption: { text: 'x' } }) +
        jsonScript({ error: { code: 'rate_limit' } }) +
        '<script>{"code":"C9Test0009","caption":{"text":"a page script, never parsed"}}</script>',
    );
    expect(readInstagramEmbeddedPosts(doc)).toEqual([]);
  });

  it('walks deep nesting without recursion', () => {
    let nested: unknown = media({ caption: { text: 'deep' } });
    for (let i = 0; i < 3000; i++) nested = [nested];
    expect(readInstagramEmbeddedPosts(parseHtml(jsonScript(nested)))).toEqual([{ postId: 'C9Test0001', caption: 'deep' }]);
  });

  it('stops at its node budget on a huge blob', () => {
    const filler = Array.from({ length: 600_000 }, () => 0);
    const doc = parseHtml(jsonScript({ filler, late: media({ caption: { text: 'past the budget' } }) }));
    expect(readInstagramEmbeddedPosts(doc)).toEqual([]);
  });
});
