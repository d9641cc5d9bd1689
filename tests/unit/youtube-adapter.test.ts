// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { PAGE_KINDS, type PageKind } from '@/utils/post';
import { withEmbedded } from '@/utils/sites/embedded';
import { embeddedPostsOf } from '@/utils/sites/embedded-parsers';
import { youtubeAdapter } from '@/utils/sites/youtube';
import { handleFromHref, hashtagFromHref, videoRefFromHref } from '@/utils/sites/youtube-urls';
import { fixtureHtml, parseHtml } from './support/fixtures';

const HOME = new URL('https://www.youtube.com/');
const SEARCH = new URL('https://www.youtube.com/results?search_query=pemilu');

/** A page whose body holds `html`, as the platform renders it (DOMParser runs no scripts). */
function page(html: string): Document {
  return parseHtml(`<!doctype html><html><body>${html}</body></html>`);
}

function readAll(doc: Document, url: URL) {
  return youtubeAdapter.findPostElements(doc).map((element) => youtubeAdapter.readPost(element, url));
}

describe('which pages it reads', () => {
  it.each(['https://www.youtube.com/', 'https://youtube.com/watch?v=DebatCapr2x', 'https://www.youtube.com/shorts/CekDptKpu24'])(
    'serves %s',
    (href) => expect(youtubeAdapter.serves(new URL(href))).toBe(true),
  );

  it.each(['https://music.youtube.com/', 'https://m.youtube.com/', 'https://youtu.be/DebatCapr2x', 'https://www.youtube.com.example.net/', 'https://www.tiktok.com/'])(
    'leaves %s alone',
    (href) => expect(youtubeAdapter.serves(new URL(href))).toBe(false),
  );

  const pagesByKind: Record<PageKind, string[]> = {
    feed: ['https://www.youtube.com/', 'https://m.youtube.com/'],
    video: ['https://www.youtube.com/watch?v=DebatCapr2x', 'https://www.youtube.com/watch?v=DebatCapr2x&list=WL&t=42s'],
    shorts: ['https://www.youtube.com/shorts/CekDptKpu24', 'https://www.youtube.com/shorts/CekDptKpu24?feature=share'],
    search: ['https://www.youtube.com/results?search_query=debat+capres', 'https://www.youtube.com/results?search_query='],
    profile: ['https://www.youtube.com/@kpu_ri', 'https://www.youtube.com/@kpu_ri/videos', 'https://www.youtube.com/channel/UCinventedChannel0000001'],
    other: [
      'https://www.youtube.com/watch',
      'https://www.youtube.com/watch?v=tooShort',
      'https://www.youtube.com/shorts/',
      'https://www.youtube.com/results',
      'https://www.youtube.com/feed/subscriptions',
      'https://www.youtube.com/hashtag/pemilu2024',
      'https://www.youtube.com/playlist?list=WL',
    ],
    reels: [],
    post: [],
    explore: [],
    article: [],
  };

  // Each URL is listed under one kind only, so a match under any other kind fails here.
  it.each(PAGE_KINDS.flatMap((kind) => pagesByKind[kind].map((href) => [href, kind] as const)))('%s is a %s page', (href, kind) => {
    expect(youtubeAdapter.pageKind(new URL(href))).toBe(kind);
  });

  it('expects posts on the feed, watch, Shorts and search pages only', () => {
    expect([...youtubeAdapter.postBearingKinds].sort()).toEqual(['feed', 'search', 'shorts', 'video']);
  });
});

describe('links', () => {
  it.each([
    ['/watch?v=SenjaMv2025', { videoId: 'SenjaMv2025', isShort: false }],
    ['/watch?v=4CSYA9R70R8&list=WL&pp=gAQBiAQB', { videoId: '4CSYA9R70R8', isShort: false }],
    ['https://www.youtube.com/watch?v=_HSylqgVYQI', { videoId: '_HSylqgVYQI', isShort: false }],
    ['/shorts/CekDptKpu24', { videoId: 'CekDptKpu24', isShort: true }],
    ['/watch?v=tooShort', null],
    ['/playlist?list=WL', null],
    ['https://evil.example/watch?v=SenjaMv2025', null],
    ['https://www.googleadservices.com/pagead/aclk?sa=L', null],
    [null, null],
  ])('%s names video %o', (href, ref) => expect(videoRefFromHref(href)).toEqual(ref));

  it('reads handles and hashtags from hrefs, and survives a broken escape', () => {
    expect(handleFromHref('/@kpu_ri/videos')).toBe('kpu_ri');
    expect(handleFromHref('/channel/UCinventedChannel0000001')).toBe('');
    expect(hashtagFromHref('/hashtag/Pemilu2024')).toBe('pemilu2024');
    expect(hashtagFromHref('/hashtag/%E0%A4')).toBe('%e0%a4');
  });
});

describe('reading posts', () => {
  it('skips a grid item still empty, as a lockup is before it re-renders', () => {
    const doc = page('<ytd-rich-item-renderer lockup="true"><div id="content"><yt-lockup-view-model></yt-lockup-view-model></div></ytd-rich-item-renderer>');
    expect(readAll(doc, HOME)).toEqual([null]);
  });

  it('gives an ad that links away from YouTube a content id and the page as its permalink', () => {
    const doc = page(`<ytd-rich-item-renderer><div id="content"><ytd-ad-slot-renderer>
      <feed-ad-metadata-view-model><h3 title="Sekolah gratis untuk semua">Sekolah gratis untuk semua</h3>
      <a href="https://www.googleadservices.com/pagead/aclk?sa=L">Kunjungi situs</a></feed-ad-metadata-view-model>
    </ytd-ad-slot-renderer></div></ytd-rich-item-renderer>`);
    const [reading] = readAll(doc, HOME);
    expect(reading?.post).toMatchObject({ title: 'Sekolah gratis untuk semua', adLabel: 'ad', permalink: HOME.href });
    expect(reading?.post.postId).toMatch(/^h[0-9a-z]+$/);
  });

  it('reads an ad from its badge text alone, should the slot element be renamed', () => {
    const lockup = (badge: string) => `<ytd-rich-item-renderer><h3 title="Judul"><a href="/watch?v=SenjaMv2025">Judul</a></h3>
      <ad-badge-view-model><badge-shape><div>${badge}</div></badge-shape></ad-badge-view-model></ytd-rich-item-renderer>`;
    expect(readAll(page(lockup('Sponsored')), HOME)[0]?.post.adLabel).toBe('ad');
    expect(readAll(page(lockup('Iklan')), HOME)[0]?.post.adLabel).toBe('ad');
    expect(readAll(page(lockup('Terverifikasi')), HOME)[0]?.post.adLabel).toBeNull();
  });

  it('keeps markup in a caption as text', () => {
    const doc = parseHtml(fixtureHtml('youtube/search'));
    const posts = readAll(doc, SEARCH).map((reading) => reading?.post);
    expect(posts.find((post) => post?.postId === 'AmanWeb2024')?.caption).toContain('<img src=x onerror=alert(1)>');
    expect(doc.querySelector('img[src="x"]')).toBeNull();
  });

  it('counts an ad slot that wraps a promoted video once, and maps nodes inside to the slot', () => {
    const doc = page(`<ytd-search><ytd-ad-slot-renderer><ytd-search-pyv-renderer><ytd-promoted-video-renderer>
      <a id="video-title" title="Coblos nomor 3" href="/watch?v=Pyv3Coblos1">Coblos nomor 3</a>
    </ytd-promoted-video-renderer></ytd-search-pyv-renderer></ytd-ad-slot-renderer></ytd-search>`);
    const slot = doc.querySelector('ytd-ad-slot-renderer')!;
    expect(youtubeAdapter.findPostElements(doc)).toEqual([slot]);
    expect(youtubeAdapter.postContaining(doc.querySelector('#video-title')!.firstChild!)).toBe(slot);
    expect(youtubeAdapter.findPostElements(slot)).toEqual([slot]);
  });
});

describe('the Shorts player', () => {
  const url = new URL('https://www.youtube.com/shorts/CekDptKpu24');
  const doc = parseHtml(fixtureHtml('youtube/shorts'));

  it('reads only the reel on screen, and nodes of the others belong to no post', () => {
    const [active] = youtubeAdapter.findPostElements(doc);
    expect(active.hasAttribute('is-active')).toBe(true);
    const otherReel = doc.querySelector('ytd-reel-video-renderer:not([is-active]) h2')!;
    expect(youtubeAdapter.postContaining(otherReel)).toBeNull();
  });

  it('takes the id of the reel on screen from the URL, which changes with each swipe', () => {
    const [active] = youtubeAdapter.findPostElements(doc);
    const next = new URL('https://www.youtube.com/shorts/JogetTiktk1');
    expect(youtubeAdapter.readPost(active, url)?.post.postId).toBe('CekDptKpu24');
    expect(youtubeAdapter.readPost(active, next)?.post.permalink).toBe('https://www.youtube.com/shorts/JogetTiktk1');
  });
});

describe('the watch page', () => {
  const url = new URL('https://www.youtube.com/watch?v=DebatCapr2x');

  it('waits for the metadata block, so a warning never covers the player', () => {
    const doc = page('<ytd-watch-flexy video-id="DebatCapr2x"><div id="player"></div></ytd-watch-flexy>');
    expect(youtubeAdapter.findPostElements(doc)).toHaveLength(1);
    expect(readAll(doc, url)).toEqual([null]);
  });

  it('takes the id from the page, never from a video its description links to', () => {
    const doc = parseHtml(fixtureHtml('youtube/watch'));
    const link = doc.createElement('a');
    link.setAttribute('href', '/watch?v=RekapHasil1');
    doc.querySelector('#expanded yt-attributed-string')!.prepend(link);
    const flexy = doc.querySelector('ytd-watch-flexy')!;
    expect(youtubeAdapter.readPost(flexy, url)?.post.postId).toBe('DebatCapr2x');
    flexy.setAttribute('video-id', '');
    expect(youtubeAdapter.readPost(flexy, url)?.post.postId).toBe('DebatCapr2x');
  });

  it("does not take a sidebar ad, a comment's hashtag or a related channel for the video's", () => {
    const doc = parseHtml(fixtureHtml('youtube/watch'));
    doc.querySelector('.ytp-paid-content-overlay')!.remove();
    const sidebarAd = doc.createElement('ytd-ad-slot-renderer');
    const badge = sidebarAd.appendChild(doc.createElement('ad-badge-view-model'));
    badge.textContent = 'Bersponsor';
    doc.querySelector('#items')!.prepend(sidebarAd);
    const [reading] = readAll(doc, url);
    expect(reading?.post).toMatchObject({ adLabel: null, authorHandle: 'suaramudanusantara', hashtags: ['pemilu2024', 'coblos2'] });
  });

  it('follows SPA navigation by the video-id attribute, and leaves the first page’s JSON to its own video', () => {
    const doc = parseHtml(fixtureHtml('youtube/watch'));
    const flexy = doc.querySelector('ytd-watch-flexy')!;
    flexy.setAttribute('video-id', 'RekapHasil1');
    doc.querySelector('#expanded yt-attributed-string')!.textContent = 'Rekap singkat.';
    doc.querySelector('.ytp-paid-content-overlay')!.remove();
    const reading = youtubeAdapter.readPost(flexy, new URL('https://www.youtube.com/watch?v=RekapHasil1'))!;
    const merged = withEmbedded(reading.post, embeddedPostsOf(youtubeAdapter, doc).get(reading.post.postId));
    expect(merged).toMatchObject({ postId: 'RekapHasil1', caption: 'Rekap singkat.', adLabel: null });
  });

  it("reads the page's JSON for the video it was loaded with", () => {
    const doc = parseHtml(fixtureHtml('youtube/watch'));
    expect([...embeddedPostsOf(youtubeAdapter, doc).values()]).toEqual([
      {
        postId: 'DebatCapr2x',
        caption: 'Video ini berisi promosi berbayar. Ayo coblos nomor urut 2 tanggal 14 Februari! #Pemilu2024 #Coblos2',
        adLabel: 'paid_partnership',
      },
    ]);
  });
});
