import type { SiteAdapter } from './site-adapter';

// Placeholder until the facebook adapter lands: serves nothing, so nothing reads facebook pages yet.
export const facebookAdapter: SiteAdapter = {
  platform: 'facebook',
  displayName: 'facebook',
  selectors: {},
  serves: () => false,
  pageKind: () => 'other',
  postBearingKinds: [],
  findPostElements: () => [],
  postContaining: () => null,
  readPost: () => null,
};
