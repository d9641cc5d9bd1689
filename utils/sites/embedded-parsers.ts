import type { Platform } from '../post';
import { parseInstagramEmbedded } from './instagram-embedded';
import type { EmbeddedPost, SiteAdapter } from './site-adapter';
import { parseTiktokEmbedded } from './tiktok-embedded';
import { parseYoutubeEmbedded } from './youtube-embedded-posts';

const PARSERS: Partial<Record<Platform, (texts: readonly string[]) => EmbeddedPost[]>> = {
  tiktok: parseTiktokEmbedded,
  youtube: parseYoutubeEmbedded,
  instagram: parseInstagramEmbedded,
};

/** DOM-free, for the background: what a platform's page JSON says of each post. */
export function parseEmbeddedData(platform: Platform, texts: readonly string[]): EmbeddedPost[] {
  return PARSERS[platform]?.(texts) ?? [];
}

/** Collects and parses in one place, for tests and tools that hold the whole document. */
export function embeddedPostsOf(adapter: SiteAdapter, document: Document): Map<string, EmbeddedPost> {
  const posts = parseEmbeddedData(adapter.platform, adapter.embeddedDataOf?.(document) ?? []);
  return new Map(posts.map((p) => [p.postId, p]));
}
