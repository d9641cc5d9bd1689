import { selectorTable } from './site-adapter';

// TikTok's class names are generated and change with every deploy; only data-e2e
// names, ids and hrefs are matched (../shared/docs/platform-dom-facts.md, "TikTok web").
// Each `matches` entry is the count in one of Saring's fixtures, checked by tests.
export const tiktokSelectors = selectorTable({
  post: [
    {
      css: 'article[data-e2e="recommend-list-item-container"]',
      layout: 'For You / Following feed item, 2025-2026',
      matches: { 'tiktok/foryou': 3, 'tiktok/foryou-2022': 0 },
    },
    {
      css: 'div[data-e2e="recommend-list-item-container"]',
      layout: 'feed item, 2022 (a div, not an article)',
      matches: { 'tiktok/foryou-2022': 2, 'tiktok/foryou': 0 },
    },
    {
      css: 'div:has(> [data-e2e="browse-video-desc"])',
      layout: 'video page: the block that holds the caption',
      matches: { 'tiktok/video': 1 },
    },
    {
      css: 'div:has(> [data-e2e="search_top-item"]), div:has(> [data-e2e="search_video-item"])',
      layout: 'search result: the card and its description are siblings, 2022 (tktrex)',
      matches: { 'tiktok/search': 3 },
    },
    {
      css: '[data-e2e="user-post-item"]',
      layout: 'profile grid item, 2022 (tktrex); also used by 2026 scripts',
      matches: { 'tiktok/profile': 2 },
    },
    {
      css: '[data-e2e="challenge-item"], [data-e2e="explore-item"]',
      layout: 'tag page grid item (ETTVD 2026); explore grid item, unmeasured',
      matches: { 'tiktok/explore': 2 },
    },
  ],
  caption: [
    { css: '[data-e2e="video-desc"]', layout: 'feed caption', matches: { 'tiktok/foryou': 3, 'tiktok/foryou-2022': 2 } },
    { css: '[data-e2e="browse-video-desc"]', layout: 'video page caption', matches: { 'tiktok/video': 1 } },
    { css: '[data-e2e="search-card-video-caption"]', layout: 'search card caption, 2022', matches: { 'tiktok/search': 3 } },
  ],
  videoPageCaption: [
    {
      css: '[data-e2e="browse-video-desc"]',
      layout: "the video page's own caption: the address names the post that holds it, and no feed item has one",
      matches: { 'tiktok/video': 1, 'tiktok/video-paid': 1, 'tiktok/foryou': 0 },
    },
  ],
  // A grid shows no caption; the cover image's alt text is the caption (tktrex 2022 search and profile).
  coverAltCaption: [
    { css: 'img[alt]:not([alt=""])', layout: 'grid cover image, profile and tag pages', matches: { 'tiktok/profile': 2, 'tiktok/explore': 2, 'tiktok/search': 3 } },
  ],
  hashtagLink: [
    {
      css: 'a[href^="/tag/"]',
      layout: 'hashtag link inside a caption, 2022-2026',
      matches: { 'tiktok/foryou': 4, 'tiktok/foryou-2022': 2, 'tiktok/video': 1, 'tiktok/search': 2 },
    },
  ],
  videoLink: [
    {
      css: 'a[href*="/video/"], a[href*="/photo/"]',
      layout: 'link to a post in search, profile and tag grids (absolute in 2022, relative in 2026 scripts)',
      matches: { 'tiktok/search': 3, 'tiktok/profile': 2, 'tiktok/explore': 2 },
    },
  ],
  authorLink: [
    {
      css: 'a[data-e2e="video-author-avatar"][href^="/@"]',
      layout: 'feed avatar link, 2026',
      matches: { 'tiktok/foryou': 3 },
    },
    { css: 'a[data-e2e="search-card-user-link"]', layout: 'search card author link, 2022', matches: { 'tiktok/search': 3 } },
  ],
  authorHandle: [
    { css: '[data-e2e="browse-username"]', layout: 'video page handle', matches: { 'tiktok/video': 1 } },
    { css: '[data-e2e="video-author-uniqueid"]', layout: 'feed handle, 2022', matches: { 'tiktok/foryou-2022': 2 } },
    { css: '[data-e2e="search-card-user-unique-id"]', layout: 'search card handle, 2022', matches: { 'tiktok/search': 3 } },
  ],
  authorName: [
    { css: '[data-e2e="browser-nickname"]', layout: 'video page display name (TikTok spells it "browser")', matches: { 'tiktok/video': 1 } },
    { css: '[data-e2e="video-author-nickname"]', layout: 'feed display name, 2022', matches: { 'tiktok/foryou-2022': 2 } },
  ],
  videoWrapper: [
    {
      css: '[id^="xgwrapper-"]',
      layout: 'player wrapper, id xgwrapper-<n>-<videoId>',
      matches: { 'tiktok/foryou': 2, 'tiktok/video': 1, 'tiktok/foryou-2022': 0 },
    },
  ],
  sponsoredTag: [
    { css: '[data-e2e="sponsored-tag"]', layout: 'feed ad label, measured 2026-09 (FEDO)', matches: { 'tiktok/foryou': 1 } },
    { css: '[data-e2e="ad-tag"]', layout: 'ad label named by many scripts, unmeasured', matches: { 'tiktok/foryou-2022': 1 } },
  ],
  embeddedData: [
    {
      css: 'script#__UNIVERSAL_DATA_FOR_REHYDRATION__, script#SIGI_STATE',
      layout: 'page JSON: 2026 name, and the 2022 name',
      matches: { 'tiktok/video': 1, 'tiktok/video-paid': 1, 'tiktok/foryou': 0 },
    },
  ],
});
