import type { Post } from '../post';
import { isRecord } from '../is-record';

// Content scripts run inside pages we do not control, so everything they send is
// checked here before it reaches the engine or the database.
export const MAX_POSTS_PER_BATCH = 200;
export const MAX_TEXT_LENGTH = 20_000;
const MAX_SHORT_FIELD = 2_048;

type Checked<T> = { value: T } | { error: string };

const isShortString = (v: unknown): v is string => typeof v === 'string' && v.length <= MAX_SHORT_FIELD;

export function checkPost(value: unknown): Checked<Post> {
  if (!isRecord(value)) return { error: 'post is not an object' };
  const { platform, postId, permalink, authorHandle, caption, hashtags, sponsored, pageKind } = value;
  if (platform !== 'tiktok') return { error: 'unknown platform' };
  if (!isShortString(postId) || postId === '') return { error: 'postId missing' };
  if (!isShortString(permalink) || !isShortString(authorHandle)) return { error: 'permalink or author is not text' };
  if (typeof caption !== 'string' || caption.length > MAX_TEXT_LENGTH) return { error: 'caption missing or too long' };
  if (!Array.isArray(hashtags) || !hashtags.every(isShortString)) return { error: 'hashtags are not text' };
  if (typeof sponsored !== 'boolean') return { error: 'sponsored is not a boolean' };
  if (pageKind !== 'feed' && pageKind !== 'video' && pageKind !== 'other') return { error: 'unknown page kind' };
  return { value: { platform, postId, permalink, authorHandle, caption, hashtags, sponsored, pageKind } };
}

export function checkPosts(value: unknown): Checked<Post[]> {
  if (!Array.isArray(value)) return { error: 'posts is not a list' };
  if (value.length > MAX_POSTS_PER_BATCH) return { error: `more than ${MAX_POSTS_PER_BATCH} posts in one batch` };
  const posts: Post[] = [];
  for (const [i, item] of value.entries()) {
    const checked = checkPost(item);
    if ('error' in checked) return { error: `post ${i}: ${checked.error}` };
    posts.push(checked.value);
  }
  return { value: posts };
}
