import type { MessageKey, Translate } from '../i18n/translate';
import type { PageKind } from '../post';
import type { HealthRecord } from './page-health';

export const PAGE_KIND_KEYS: Record<PageKind, MessageKey> = {
  feed: 'page_feed',
  video: 'page_video',
  shorts: 'page_shorts',
  reels: 'page_reels',
  post: 'page_post',
  search: 'page_search',
  profile: 'page_profile',
  explore: 'page_explore',
  article: 'page_article',
  other: 'page_other',
};

/** The health message the issue names: "TikTok's page layout may have changed: Saring can't read posts here". */
export function layoutChangedMessage(t: Translate, platformName: string, problem: HealthRecord['problem']): string {
  return t(problem === 'no-posts' ? 'health_no_posts' : 'health_no_text', platformName);
}
