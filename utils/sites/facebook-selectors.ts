import { selectorTable } from './site-adapter';

// Meta generates Facebook's class names and hides the "Sponsored" label from
// scripts (split letters, svg text, href="#" until hover); only roles, ids,
// data-ad-* attributes and hrefs are matched (../shared/docs/platform-dom-facts.md,
// "Facebook"). The fixtures are written for Saring; where that file says
// "unverified", so does the layout here.
export const facebookSelectors = selectorTable({
  post: [
    {
      css: 'div[role="main"] div[aria-posinset]',
      layout: 'News Feed post, 2023-2026 (CMF selectors/news.js)',
      matches: { 'facebook/feed': 5, 'facebook/reels': 0, 'facebook/watch': 0 },
    },
    {
      css: 'div[role="article"]',
      layout: 'post on older and search layouts, and every comment; comments are dropped by keeping the outermost (CMF; ABP)',
      matches: { 'facebook/feed': 2, 'facebook/reels': 0, 'facebook/watch': 0 },
    },
    {
      css: 'div#watch_feed > div > div:nth-of-type(2) > div > div > div > div:nth-of-type(2) > div > div > div > div',
      layout: 'Watch feed item (CMF selectors/videos.js, 2026-07)',
      matches: { 'facebook/feed': 0, 'facebook/reels': 0, 'facebook/watch': 3 },
    },
    {
      css: 'div[role="main"] div[data-video-id]',
      layout: 'Reels viewer unit on /reel/<id>, the block carrying the video id. Unverified: no capture of the reels viewer',
      matches: { 'facebook/feed': 0, 'facebook/reels': 2, 'facebook/watch': 0 },
    },
  ],
  permalink: [
    {
      css: 'a[href*="/posts/"]',
      layout: '/<user>/posts/<id|pfbid…>, /groups/<g>/posts/<id> (s9e TextFormatter)',
      matches: { 'facebook/feed': 2, 'facebook/reels': 0, 'facebook/watch': 0 },
    },
    {
      css: 'a[href*="story_fbid="]',
      layout: 'permalink.php?story_fbid=<id>&id=<user> (s9e TextFormatter)',
      matches: { 'facebook/feed': 2, 'facebook/reels': 0, 'facebook/watch': 0 },
    },
    {
      css: 'a[href*="/videos/"]',
      layout: '/<user>/videos/<id> (s9e TextFormatter)',
      matches: { 'facebook/feed': 0, 'facebook/reels': 0, 'facebook/watch': 2 },
    },
    {
      css: 'a[href*="/watch/?v="]',
      layout: '/watch/?v=<id> (s9e TextFormatter)',
      matches: { 'facebook/feed': 0, 'facebook/reels': 0, 'facebook/watch': 1 },
    },
    {
      css: 'a[href*="/reel/"]',
      layout: '/reel/<id> (CMF selectors/reels.js)',
      matches: { 'facebook/feed': 0, 'facebook/reels': 1, 'facebook/watch': 1 },
    },
  ],
  message: [
    {
      css: '[data-ad-rendering-role="story_message"]',
      layout: 'post text block, around the message. Unverified (small scrapers only)',
      matches: { 'facebook/feed': 4, 'facebook/reels': 0, 'facebook/watch': 0 },
    },
    {
      css: '[data-ad-preview="message"]',
      layout: 'post text. Unverified (small scrapers only)',
      matches: { 'facebook/feed': 5, 'facebook/reels': 0, 'facebook/watch': 0 },
    },
    {
      css: '[data-ad-comet-preview="message"]',
      layout: 'post text; the only message hook modelled on Watch items. Unverified (small scrapers only)',
      matches: { 'facebook/feed': 5, 'facebook/reels': 0, 'facebook/watch': 3 },
    },
  ],
  reelCaption: [
    {
      css: 'div[data-video-id] span[dir="auto"]',
      layout: 'Reels overlay caption: the first such span outside names, links and buttons. Unverified',
      matches: { 'facebook/feed': 0, 'facebook/reels': 5, 'facebook/watch': 0 },
    },
  ],
  authorLink: [
    {
      css: 'h2 a',
      layout: 'author link in the post header. Modelled, no dated capture',
      matches: { 'facebook/feed': 4, 'facebook/reels': 2, 'facebook/watch': 1 },
    },
    {
      css: 'h3 a',
      layout: 'author link in the header of group and Watch posts. Modelled, no dated capture',
      matches: { 'facebook/feed': 1, 'facebook/reels': 0, 'facebook/watch': 1 },
    },
    {
      css: 'strong a',
      layout: 'author link in shared and page-video layouts. Modelled, no dated capture',
      matches: { 'facebook/feed': 0, 'facebook/reels': 0, 'facebook/watch': 1 },
    },
  ],
  hashtagLink: [
    {
      css: 'a[href*="/hashtag/"]',
      layout: 'hashtag link in a message, /hashtag/<tag>. Unverified',
      matches: { 'facebook/feed': 4, 'facebook/reels': 0, 'facebook/watch': 1 },
    },
  ],
  adLink: [
    {
      css: 'a[href*="/ads/about/"]',
      layout: 'sponsored post, locale-independent, 2026 (CMF feeds/shared/sponsored.js)',
      matches: { 'facebook/feed': 1, 'facebook/reels': 0, 'facebook/watch': 0 },
    },
    {
      css: 'a[aria-label="Sponsored"]',
      layout: 'sponsored label link, English UI, 2023 (ABP fb_non-graph.txt)',
      matches: { 'facebook/feed': 0, 'facebook/reels': 0, 'facebook/watch': 1 },
    },
    {
      css: 'a[aria-label="Bersponsor"]',
      layout: 'sponsored label link, Indonesian UI, 2023 (ABP fb_non-graph.txt)',
      matches: { 'facebook/feed': 1, 'facebook/reels': 0, 'facebook/watch': 0 },
    },
  ],
  paidPartnership: [
    {
      css: 'span[dir] a[href^="/business/help/"]',
      layout: '"Paid partnership" link in the header (CMF feeds/news.js: span[dir] > span[id] a)',
      matches: { 'facebook/feed': 1, 'facebook/reels': 0, 'facebook/watch': 0 },
    },
  ],
  infoBox: [
    {
      css: 'a[href*="/coronavirus_info/"]',
      layout: 'COVID-19 information box under a post (CMF tests)',
      matches: { 'facebook/feed': 1, 'facebook/reels': 0, 'facebook/watch': 0 },
    },
    {
      css: 'a[href*="/climatescienceinfo/"]',
      layout: 'climate science information box under a post (CMF tests)',
      matches: { 'facebook/feed': 0, 'facebook/reels': 0, 'facebook/watch': 1 },
    },
  ],
});
