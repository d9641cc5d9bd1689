import { PAGE_KINDS, PLATFORMS, type PageKind, type Platform, type Post } from '../post';
import { isRecord } from '../is-record';
import type { HealthProblem, HealthRecord } from '../page/page-health';
import { REPORT_CATEGORIES, REPORT_SOURCES, type ReportCategory, type ReportSource } from '../storage/report';
import type { RuleToMute } from './protocol';

// Content scripts run inside pages we do not control, so everything they send is
// checked here before it reaches the engine or the database.
export const MAX_POSTS_PER_BATCH = 200;
export const MAX_TEXT_LENGTH = 20_000;
const MAX_SHORT_FIELD = 2_048;
const MAX_LIST_ITEMS = 64;

export type Checked<T> = { value: T } | { error: string };

const isShortString = (v: unknown): v is string => typeof v === 'string' && v.length <= MAX_SHORT_FIELD;
const isLongString = (v: unknown): v is string => typeof v === 'string' && v.length <= MAX_TEXT_LENGTH;
const isShortList = (v: unknown): v is string[] => Array.isArray(v) && v.length <= MAX_LIST_ITEMS && v.every(isShortString);
const isPlatform = (v: unknown): v is Platform => PLATFORMS.includes(v as Platform);
const isPageKind = (v: unknown): v is PageKind => PAGE_KINDS.includes(v as PageKind);

function checkPostText(value: Record<string, unknown>): string | null {
  const { postId, permalink, authorHandle, authorName, caption, title } = value;
  if (!isShortString(postId) || postId === '') return 'postId missing';
  if (!isShortString(permalink) || !isShortString(authorHandle) || !isShortString(authorName)) return 'permalink or author is not text';
  if (!isLongString(caption) || !isLongString(title)) return 'caption or title missing or too long';
  return null;
}

export function checkPost(value: unknown): Checked<Post> {
  if (!isRecord(value)) return { error: 'post is not an object' };
  const { platform, postId, permalink, authorHandle, authorName, caption, title, hashtags, adLabel, platformLabels, pageKind } = value;
  if (!isPlatform(platform)) return { error: 'unknown platform' };
  const textError = checkPostText(value);
  if (textError) return { error: textError };
  if (!isShortList(hashtags) || !isShortList(platformLabels)) return { error: 'hashtags or labels are not a short list of text' };
  if (adLabel !== null && adLabel !== 'ad' && adLabel !== 'paid_partnership') return { error: 'unknown ad label' };
  if (!isPageKind(pageKind)) return { error: 'unknown page kind' };
  const post = { platform, postId, permalink, authorHandle, authorName, caption, title, hashtags, adLabel, platformLabels, pageKind };
  return { value: post as Post };
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

// A TikTok or YouTube page's JSON runs to a few megabytes; Instagram's blobs to several.
export const MAX_EMBEDDED_CHARS = 16_000_000;
const MAX_EMBEDDED_TEXTS = 200;

export function checkEmbeddedRequest(value: Record<string, unknown>): Checked<{ platform: Platform; texts: string[] }> {
  const { platform, texts } = value;
  if (!isPlatform(platform)) return { error: 'unknown platform' };
  if (!Array.isArray(texts) || texts.length > MAX_EMBEDDED_TEXTS || !texts.every((t) => typeof t === 'string')) {
    return { error: 'texts is not a short list of text' };
  }
  const total = texts.reduce((sum: number, t: string) => sum + t.length, 0);
  if (total > MAX_EMBEDDED_CHARS) return { error: 'page JSON too large' };
  return { value: { platform, texts } };
}

const HEALTH_PROBLEMS: readonly HealthProblem[] = ['no-posts', 'no-captions'];

export function checkHealthRecord(value: unknown): Checked<HealthRecord> {
  if (!isRecord(value)) return { error: 'health record is not an object' };
  const { platform, pageKind, path, problem, postsSeen } = value;
  if (!isPlatform(platform) || !isPageKind(pageKind)) return { error: 'unknown platform or page kind' };
  if (!isShortString(path) || !HEALTH_PROBLEMS.includes(problem as HealthProblem)) return { error: 'bad path or problem' };
  if (typeof postsSeen !== 'number' || !Number.isInteger(postsSeen) || postsSeen < 0) return { error: 'postsSeen is not a count' };
  return { value: { platform, pageKind, path, problem: problem as HealthProblem, postsSeen } };
}

export const MAX_NOTE_LENGTH = 2_000;
const MAX_TOKEN_LENGTH = 64;

export function checkCategory(value: unknown): Checked<ReportCategory | undefined> {
  if (value === undefined) return { value: undefined };
  return REPORT_CATEGORIES.includes(value as ReportCategory) ? { value: value as ReportCategory } : { error: 'unknown report category' };
}

export function checkSource(value: unknown): Checked<ReportSource> {
  return REPORT_SOURCES.includes(value as ReportSource) ? { value: value as ReportSource } : { error: 'unknown report source' };
}

/** A page's clock may be wrong or lying: only a plausible epoch time is kept. */
export function checkTime(value: unknown): Checked<number | undefined> {
  if (value === undefined) return { value: undefined };
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? { value } : { error: 'time is not an epoch number' };
}

export function checkToken(value: unknown): Checked<string> {
  return typeof value === 'string' && value !== '' && value.length <= MAX_TOKEN_LENGTH ? { value } : { error: 'undo token missing' };
}

export function checkNote(value: unknown): Checked<string | undefined> {
  if (value === undefined) return { value: undefined };
  return typeof value === 'string' && value.length <= MAX_NOTE_LENGTH ? { value } : { error: `note is not text of at most ${MAX_NOTE_LENGTH} characters` };
}

export function checkRule(value: unknown): Checked<RuleToMute> {
  if (!isRecord(value)) return { error: 'rule is not an object' };
  const { kind, id, label } = value;
  if (kind !== 'pattern' && kind !== 'claim') return { error: 'unknown rule kind' };
  if (!isShortString(id) || id === '' || !isShortString(label)) return { error: 'rule id or label is not text' };
  return { value: { kind, id, label } };
}
