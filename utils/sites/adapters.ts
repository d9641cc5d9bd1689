import { facebookAdapter } from './facebook';
import { instagramAdapter } from './instagram';
import type { SiteAdapter } from './site-adapter';
import { tiktokAdapter } from './tiktok';
import { youtubeAdapter } from './youtube';

/** Every platform adapter. Article pages are read on request, through readability, not here. */
export const SITE_ADAPTERS: readonly SiteAdapter[] = [tiktokAdapter, youtubeAdapter, instagramAdapter, facebookAdapter];

export function adapterFor(url: URL): SiteAdapter | null {
  return SITE_ADAPTERS.find((adapter) => adapter.serves(url)) ?? null;
}
