import { selectorTable } from './site-adapter';

// Meta generates Instagram's class names (`_ap3a`, `x1lliihq`) and changes them
// with every deploy; only tag names, roles, `dir` and hrefs are matched
// (../shared/docs/platform-dom-facts.md, "Instagram"). The fixtures are written
// for Saring; where that file says "unverified", so does the layout here.
export const instagramSelectors = selectorTable({
  post: [
    {
      css: 'article',
      layout: 'feed and post-page post, 2023-2026 (y252328 2024-10; uAssets#19731)',
      matches: { 'instagram/feed': 4, 'instagram/post': 1, 'instagram/reels': 0 },
    },
  ],
  reelUnit: [
    {
      // Every ancestor of a unit matches too; readers keep the innermost match outside any article.
      // A child-combinator :has() (`:has(> div > video)`) would pin the depth, but happy-dom
      // evaluates it wrongly, and the depth is no surer than this.
      css: 'main div:has(video):has(a[href^="/"])',
      layout: 'Reels page: the smallest block holding a video and a profile link. Unverified: no capture of the 2026 Reels page',
      matches: { 'instagram/feed': 6, 'instagram/post': 0, 'instagram/reels': 5 },
    },
  ],
  timestamp: [
    {
      css: 'time[datetime]',
      layout: 'post time; its enclosing link is the permalink (y252328 2024-10)',
      matches: { 'instagram/feed': 3, 'instagram/post': 3, 'instagram/reels': 0 },
    },
  ],
  permalink: [
    {
      css: 'a[href*="/p/"]',
      layout: 'post link, /p/<code>/ or /<user>/p/<code>/ (y252328; ZS)',
      matches: { 'instagram/feed': 6, 'instagram/post': 6, 'instagram/reels': 0 },
    },
    {
      css: 'a[href*="/reel/"]',
      layout: 'reel link, /reel/<code>/ or /<user>/reel/<code>/ (ZS)',
      matches: { 'instagram/feed': 1, 'instagram/post': 0, 'instagram/reels': 2 },
    },
  ],
  authorLink: [
    {
      css: 'header a[href^="/"]',
      layout: 'post header: avatar and username links (y252328 2024-10)',
      matches: { 'instagram/feed': 14, 'instagram/post': 3, 'instagram/reels': 0 },
    },
    {
      css: 'a[href^="/"][role="link"]',
      layout: 'Reels overlay: the first link to a profile. Unverified',
      matches: { 'instagram/feed': 28, 'instagram/post': 15, 'instagram/reels': 9 },
    },
  ],
  caption: [
    {
      css: 'h1[dir="auto"]',
      layout: 'post-page caption, 2022-2024 scrapers. Unverified',
      matches: { 'instagram/feed': 0, 'instagram/post': 1, 'instagram/reels': 0 },
    },
    {
      css: 'span[dir="auto"]',
      layout: 'feed and Reels caption: the first such span outside the header, links, sections and buttons. Unverified',
      matches: { 'instagram/feed': 12, 'instagram/post': 6, 'instagram/reels': 7 },
    },
  ],
  hashtagLink: [
    {
      css: 'a[href^="/explore/tags/"]',
      layout: 'hashtag link in a caption (ZS reads hashtags from the JSON by regex). Unverified',
      matches: { 'instagram/feed': 5, 'instagram/post': 2, 'instagram/reels': 0 },
    },
  ],
  adLink: [
    {
      css: 'a[href^="https://www.facebook.com/ads/ig_redirect/"]',
      layout: "feed ad's call-to-action link (uAssets#19731, 2023)",
      matches: { 'instagram/feed': 1, 'instagram/post': 0, 'instagram/reels': 0 },
    },
    {
      css: 'a[href*="/?enable_persistent_cta="]',
      layout: "feed ad's link to its own post (uAssets#19731, 2023)",
      matches: { 'instagram/feed': 1, 'instagram/post': 0, 'instagram/reels': 0 },
    },
  ],
  headerLabel: [
    {
      css: 'header span',
      layout: 'spans in the post header, read whole for "Bersponsor" / "Sponsored" / "Kemitraan berbayar dengan …". Unverified',
      matches: { 'instagram/feed': 25, 'instagram/post': 6, 'instagram/reels': 0 },
    },
  ],
});
