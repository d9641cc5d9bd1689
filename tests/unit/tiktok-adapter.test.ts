// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { tiktokAdapter } from '@/utils/sites/tiktok';
import { parseHtml } from './support/fixtures';

describe('tiktok adapter', () => {
  it('reads a post whose hashtag link carries a malformed escape, keeping the tag as written', () => {
    const doc = parseHtml(`<article data-e2e="recommend-list-item-container">
      <div data-e2e="video-desc"><span>Ayo coblos </span><a href="/tag/pemilu%E0%A4%A"><strong>#pemilu</strong></a></div>
    </article>`);
    const [element] = tiktokAdapter.findPostElements(doc);
    const reading = tiktokAdapter.readPost(element, new URL('https://www.tiktok.com/foryou'));
    expect(reading?.post.hashtags).toEqual(['pemilu%e0%a4%a']);
  });
});
