import type { Post } from '../post';
import { hashtagsIn, type EmbeddedPost } from './site-adapter';

/**
 * The DOM shows what the person sees; the JSON may know more. A truncated caption
 * gives way to the full one, and an ad or warning label from either side counts.
 */
export function withEmbedded(post: Post, embedded: EmbeddedPost | undefined): Post {
  if (!embedded) return post;
  const fuller = (embedded.caption?.length ?? 0) > post.caption.length;
  const caption = fuller ? embedded.caption! : post.caption;
  // The DOM links only the hashtags it shows; a fuller caption may hold more.
  const hashtags = fuller ? [...new Set([...post.hashtags, ...hashtagsIn(caption)])] : post.hashtags;
  const platformLabels = [...new Set([...post.platformLabels, ...(embedded.platformLabels ?? [])])];
  return { ...post, caption, hashtags, adLabel: post.adLabel ?? embedded.adLabel ?? null, platformLabels };
}
