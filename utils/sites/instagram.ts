import type { SiteAdapter } from './site-adapter';

// Placeholder until the instagram adapter lands: serves nothing, so nothing reads instagram pages yet.
export const instagramAdapter: SiteAdapter = {
  platform: 'instagram',
  displayName: 'instagram',
  selectors: {},
  serves: () => false,
  pageKind: () => 'other',
  postBearingKinds: [],
  findPostElements: () => [],
  postContaining: () => null,
  readPost: () => null,
};
