import type { SiteAdapter } from './site-adapter';

// Placeholder until the youtube adapter lands: serves nothing, so nothing reads youtube pages yet.
export const youtubeAdapter: SiteAdapter = {
  platform: 'youtube',
  displayName: 'youtube',
  selectors: {},
  serves: () => false,
  pageKind: () => 'other',
  postBearingKinds: [],
  findPostElements: () => [],
  postContaining: () => null,
  readPost: () => null,
};
