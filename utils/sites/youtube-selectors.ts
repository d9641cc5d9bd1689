import type { Selector } from './site-adapter';

// YouTube renamed its classes in April 2026 (BEM to camelCase) but kept its tag
// names, ids, attributes and hrefs, so those are what is matched. Each field's
// alternatives run in order of preference. Sources (CPFY, IT, MU, HYS, RYD, YAT,
// Nova) are the extensions named in ../shared/docs/platform-dom-facts.md,
// "YouTube"; "2025-09" is the date of the real items in
// ../shared/data/pages/youtube/rendered-feed-items. The fixtures the counts refer
// to are written for this project after those pages, with invented content.

type YoutubeField =
  | 'post'
  | 'watchMetadata'
  | 'videoLink'
  | 'contentIdHolder'
  | 'title'
  | 'description'
  | 'hashtagLink'
  | 'authorLink'
  | 'channelName'
  | 'adSlot'
  | 'adBadge'
  | 'paidPromotionOverlay'
  | 'infoPanel';

// The annotation keeps every entry a Selector: inferred alone, entries whose `matches`
// name different fixtures become a union that no longer fits `readonly Selector[]`.
export const youtubeSelectors: Record<YoutubeField, Selector[]> = {
  post: [
    {
      css: 'ytd-rich-item-renderer',
      layout: 'home grid item: old ytd-rich-grid-media and new yt-lockup-view-model, both served 2025-09; tag kept through the 2026-04 class rename; also wraps in-feed ad slots',
      matches: { 'youtube/home': 3, 'youtube/search': 0 },
    },
    {
      css: 'ytd-video-renderer',
      layout: 'search result row (2020 server page to 2026) and subscriptions list row (rendered 2025-09)',
      matches: { 'youtube/search': 3, 'youtube/subscriptions': 1, 'youtube/home': 0 },
    },
    {
      css: 'ytd-watch-flexy[video-id]',
      layout: 'watch page, the one main video; video-id follows SPA navigation (RYD, CPFY, MU, 2024-2026)',
      matches: { 'youtube/watch': 1 },
    },
    {
      css: 'ytd-reel-video-renderer[is-active]',
      layout: 'Shorts player: only the reel on screen, the others stay rendered (IT, CPFY, 2026)',
      matches: { 'youtube/shorts': 1 },
    },
    {
      css: 'ytd-search ytd-ad-slot-renderer',
      layout: 'search ad slot (CPFY, 2026); scoped to ytd-search because home ad slots sit inside a grid item',
      matches: { 'youtube/search': 1, 'youtube/home': 0 },
    },
    {
      css: 'ytd-search-pyv-renderer',
      layout: 'search "promoted video" ad, older than the ad slot and still hidden by CPFY in 2026',
      matches: { 'youtube/search': 1 },
    },
  ],
  watchMetadata: [
    {
      css: 'ytd-watch-metadata',
      layout: 'watch page block below the player: title, owner, description, info panel (2022-2026)',
      matches: { 'youtube/watch': 1 },
    },
  ],
  videoLink: [
    {
      css: 'a[href^="/watch?v="]',
      layout: 'thumbnail and title links of every layout, 2020-2026; &pp= or &list= may follow the id',
      matches: { 'youtube/home': 5, 'youtube/watch': 2, 'youtube/search': 7, 'youtube/subscriptions': 2 },
    },
    {
      css: 'a[href^="/shorts/"]',
      layout: 'a Short listed in search results or a Shorts shelf (MU, HYS, 2026)',
      matches: { 'youtube/search': 2 },
    },
  ],
  contentIdHolder: [
    {
      css: '[class*="content-id-"]',
      layout: 'new lockup, class content-id-<id> on its inner div (2025-09); a playlist puts its list id there',
      matches: { 'youtube/home': 1, 'youtube/watch': 1 },
    },
  ],
  title: [
    {
      css: 'ytd-watch-metadata #title h1 yt-formatted-string',
      layout: 'watch page title (RYD, CPFY, 2024-2026)',
      matches: { 'youtube/watch': 1 },
    },
    {
      css: 'yt-shorts-video-title-view-model h2',
      layout: 'Shorts player title (CPFY, YAT, 2025-2026)',
      matches: { 'youtube/shorts': 2 },
    },
    {
      css: 'a#video-title-link',
      layout: 'old home grid item (ytd-rich-grid-media), whole title in its title attribute, 2025-09',
      matches: { 'youtube/home': 1 },
    },
    {
      css: 'a#video-title',
      layout: 'search and list rows (ytd-video-renderer) and promoted videos, title attribute, 2025-09',
      matches: { 'youtube/search': 4, 'youtube/subscriptions': 1 },
    },
    {
      css: 'h3[title]',
      layout: 'new lockup heading with the whole title in its title attribute (2025-09 to 2026-04); in-feed ads and the watch sidebar too',
      matches: { 'youtube/home': 2, 'youtube/watch': 1, 'youtube/search': 1 },
    },
  ],
  description: [
    {
      css: '#description-inline-expander #expanded yt-attributed-string',
      layout: 'watch page full description, in the page even while collapsed (2024-2026)',
      matches: { 'youtube/watch': 1 },
    },
    {
      css: '#description-inline-expander #attributed-snippet-text',
      layout: 'watch page description snippet, for when the full text is not rendered yet (2024-2026)',
      matches: { 'youtube/watch': 1 },
    },
    {
      css: 'yt-formatted-string#description-text',
      layout: 'subscriptions list row description, 2025-09',
      matches: { 'youtube/subscriptions': 1 },
    },
    {
      // Search rows give the snippet no id; this is Polymer's hand-written class, not a generated one.
      css: 'yt-formatted-string.metadata-snippet-text',
      layout: 'search row description snippet, which has no id (2022-2026)',
      matches: { 'youtube/search': 2 },
    },
  ],
  hashtagLink: [
    {
      css: 'a[href^="/hashtag/"]',
      layout: 'hashtag links in the watch super title and description and the Shorts title, 2020-2026',
      matches: { 'youtube/watch': 4, 'youtube/shorts': 3 },
    },
  ],
  authorLink: [
    {
      css: 'a[href^="/@"]',
      layout: 'channel links by handle, every layout since handles came in 2022',
      matches: { 'youtube/home': 4, 'youtube/watch': 4, 'youtube/shorts': 3, 'youtube/search': 6, 'youtube/subscriptions': 5 },
    },
  ],
  channelName: [
    {
      css: 'ytd-channel-name #text a',
      layout: 'channel name in the old grid, search and list rows and the watch owner row (2025-09); the tooltip beside it repeats it',
      matches: { 'youtube/home': 1, 'youtube/watch': 1, 'youtube/search': 4, 'youtube/subscriptions': 2 },
    },
    {
      css: 'yt-content-metadata-view-model a[href^="/@"]',
      layout: 'new lockup: channel in the first metadata row, 2025-09 (the new avatar has no link)',
      matches: { 'youtube/home': 2, 'youtube/watch': 1, 'youtube/search': 1 },
    },
    {
      css: 'yt-reel-channel-bar-view-model a[href^="/@"]',
      layout: 'Shorts player channel bar, shows the @handle (2025-2026); its avatar link has no text',
      matches: { 'youtube/shorts': 3 },
    },
  ],
  adSlot: [
    {
      css: 'ytd-ad-slot-renderer',
      layout: 'ad slot in the home grid and search results (CPFY, uAssets, 2024-2026)',
      matches: { 'youtube/home': 1, 'youtube/search': 1 },
    },
    {
      css: 'ytd-search-pyv-renderer',
      layout: 'search "promoted video" ad, older than the ad slot and still hidden by CPFY in 2026',
      matches: { 'youtube/search': 1 },
    },
    {
      css: 'a[href^="https://www.googleadservices.com/pagead/aclk"]',
      layout: 'ad click-through link, whatever element wraps the ad (IT, 2026)',
      matches: { 'youtube/home': 1, 'youtube/search': 1 },
    },
  ],
  adBadge: [
    {
      css: 'ad-badge-view-model',
      layout: 'in-feed ad badge ("Sponsored", "Bersponsor"), named by small scripts only, unverified on a real page',
      matches: { 'youtube/home': 1, 'youtube/search': 1 },
    },
    {
      css: 'ytd-badge-supported-renderer',
      layout: 'badges of the old grid, search rows and promoted videos: "Ad", "Iklan", and also "Verified" (2020-2025)',
      matches: { 'youtube/home': 2, 'youtube/watch': 1, 'youtube/search': 3, 'youtube/subscriptions': 3 },
    },
  ],
  paidPromotionOverlay: [
    {
      // The player's own class (ytp-*), stable since 2020 and not generated.
      css: '.ytp-paid-content-overlay',
      layout: 'watch player "Includes paid promotion" overlay (CPFY, IT, Nova, 2020-2026)',
      matches: { 'youtube/watch': 1 },
    },
  ],
  infoPanel: [
    {
      css: 'ytd-info-panel-content-renderer',
      layout: 'information panel under a video (#middle-row of the watch metadata) or on a Short (CPFY, 2026)',
      matches: { 'youtube/watch': 1, 'youtube/shorts': 1 },
    },
    {
      css: 'ytd-clarification-renderer',
      layout: 'topic panel: on the watch page in #clarify-box; above search results it is about the query and is not read (CPFY, 2026)',
      matches: { 'youtube/watch': 1, 'youtube/search': 1 },
    },
  ],
} satisfies Record<string, Selector[]>;
