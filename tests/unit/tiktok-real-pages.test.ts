// @vitest-environment happy-dom
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tiktokAdapter } from '@/utils/sites/tiktok';
import { readTiktokEmbeddedPosts } from '@/utils/sites/tiktok-embedded';
import { parseHtml } from './support/fixtures';

// TikTok's server HTML from 2026-09-28 (../shared/data/pages/tiktok/README.md): read when present.
const SERVER_PAGES = resolve(__dirname, '../../../shared/data/pages/tiktok/server-2026');

/** What the page's JSON says, read independently of Saring's reader, to check it against. */
function itemStructOf(html: string): Record<string, unknown> | undefined {
  const json = html.match(/<script id="__UNIVERSAL_DATA_FOR_REHYDRATION__" type="application\/json">([\s\S]*?)<\/script>/)?.[1];
  const detail = JSON.parse(json ?? '{}').__DEFAULT_SCOPE__?.['webapp.video-detail'];
  return detail?.itemInfo?.itemStruct;
}

describe.skipIf(!existsSync(SERVER_PAGES))("TikTok's real server pages, 2026", () => {
  const pages = existsSync(SERVER_PAGES) ? readdirSync(SERVER_PAGES).filter((f) => f.endsWith('.html')) : [];

  it.each(pages)('%s: the embedded posts are exactly the page’s own item, with its ad flags', (file) => {
    const html = readFileSync(join(SERVER_PAGES, file), 'utf8');
    const item = itemStructOf(html);
    const posts = readTiktokEmbeddedPosts(parseHtml(html));
    if (!item) {
      // Profile pages and deleted videos carry no item: nothing may be made up.
      expect(posts).toEqual([]);
      return;
    }
    expect(posts).toHaveLength(1);
    expect(posts[0].postId).toBe(item.id);
    expect(posts[0].caption).toBe(item.desc);
    const expectedLabel = item.isAd === true ? 'ad' : item.adAuthorization === true ? 'paid_partnership' : null;
    expect(posts[0].adLabel).toBe(expectedLabel);
  });

  it('finds at least one ad among the captured video pages', () => {
    const labels = pages.flatMap((file) => readTiktokEmbeddedPosts(parseHtml(readFileSync(join(SERVER_PAGES, file), 'utf8')))).map((p) => p.adLabel);
    expect(labels).toContain('ad');
  });
});

// TikTok's rendered DOM from 2022 (tktrex's captures): the old layout, still the only rendered pages there are.
const RENDERED_PAGES = resolve(__dirname, '../../../shared/data/pages/tiktok/rendered-2022');
const RENDERED_URLS: Record<string, string> = {
  foryou: 'https://www.tiktok.com/foryou',
  search: 'https://www.tiktok.com/search?q=tartaria',
  profile: 'https://www.tiktok.com/@someone',
};

describe.skipIf(!existsSync(RENDERED_PAGES))("TikTok's real rendered pages, 2022", () => {
  const pages = existsSync(RENDERED_PAGES) ? readdirSync(RENDERED_PAGES).filter((f) => f.endsWith('.html')) : [];

  // The captured video pages begin with their address in a comment; the others are named by kind.
  const urlOf = (file: string, html: string) => new URL(html.match(/^<!-- (https:\S+) -->/)?.[1] ?? RENDERED_URLS[file.split('-')[0]]);

  it.each(pages)('%s: every post the page shows is read, none twice', (file) => {
    const html = readFileSync(join(RENDERED_PAGES, file), 'utf8');
    const url = urlOf(file, html);
    const doc = parseHtml(html);
    const posts = tiktokAdapter.findPostElements(doc).map((element) => tiktokAdapter.readPost(element, url)!.post);
    const shown = doc.querySelectorAll('[data-e2e="recommend-list-item-container"], [data-e2e="browse-video-desc"], [data-e2e="search_top-item"], [data-e2e="user-post-item"]').length;
    expect(posts.length).toBe(shown);
    expect(new Set(posts.map((p) => p.postId)).size).toBe(posts.length);
    // Each post's author is a handle from the page itself.
    for (const post of posts) expect(html).toContain(`@${post.authorHandle}`);
  });

  it('reads the captions of the feed and search pages, with their hashtags', () => {
    for (const file of pages.filter((f) => /^(foryou|search)/.test(f))) {
      const url = new URL(RENDERED_URLS[file.split('-')[0]]);
      const doc = parseHtml(readFileSync(join(RENDERED_PAGES, file), 'utf8'));
      const posts = tiktokAdapter.findPostElements(doc).map((element) => tiktokAdapter.readPost(element, url)!.post);
      expect(posts.every((p) => p.caption.length > 0)).toBe(true);
      expect(posts.some((p) => p.hashtags.length > 0)).toBe(true);
    }
  });
});
