// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { blurMedia } from '@/utils/page/blur-media';
import { makePost } from './support/make-post';

function tiktokPost(videoStyle = ''): HTMLElement {
  document.body.innerHTML = `<article id="p"><section data-e2e="feed-video" style="${videoStyle}"><video></video></section><div data-e2e="video-desc">x</div></article>`;
  return document.getElementById('p')!;
}

describe('blurMedia', () => {
  it("blurs the platform's video element of the post, and puts its style back exactly", () => {
    const post = tiktokPost('filter: brightness(0.9); color: red;');
    const video = post.querySelector<HTMLElement>('[data-e2e="feed-video"]')!;
    const blur = blurMedia(post, makePost({ pageKind: 'feed' }))!;
    expect(video.style.filter).toBe('blur(24px)');
    expect(video.hasAttribute('data-saring-blurred')).toBe(true);
    blur.unblur();
    expect(video.style.filter).toBe('brightness(0.9)');
    expect(video.style.color).toBe('red');
    expect(video.hasAttribute('data-saring-blurred')).toBe(false);
  });

  it("on YouTube's watch page blurs the player, which sits outside the post", () => {
    document.body.innerHTML = '<div id="movie_player"></div><ytd-watch-metadata id="p"><h1>t</h1></ytd-watch-metadata>';
    blurMedia(document.getElementById('p')!, makePost({ platform: 'youtube', pageKind: 'video' }));
    expect(document.getElementById('movie_player')!.style.filter).toBe('blur(24px)');
  });

  it("on TikTok's video page blurs the player beside the caption", () => {
    document.body.innerHTML = '<div id="xgwrapper-4-7300000000000000001"><video></video></div><div id="p"><h1 data-e2e="browse-video-desc">t</h1></div>';
    blurMedia(document.getElementById('p')!, makePost({ platform: 'tiktok', pageKind: 'video' }));
    expect(document.getElementById('xgwrapper-4-7300000000000000001')!.style.filter).toBe('blur(24px)');
  });

  it('does nothing where the post has no media', () => {
    document.body.innerHTML = '<article id="p"><p>text only</p></article>';
    expect(blurMedia(document.getElementById('p')!, makePost())).toBeNull();
  });
});
