import type { PageKind, Platform, Post } from '../post';

/** What went wrong reading a page: no posts at all, or posts whose text could not be read. */
export type HealthProblem = 'no-posts' | 'no-captions';

/** One observation for the health log. The path, never the query: a search term is the user's business. */
export interface HealthRecord {
  platform: Platform;
  pageKind: PageKind;
  path: string;
  problem: HealthProblem;
  postsSeen: number;
}

export type HealthState = { state: 'reading' } | { state: 'ok' } | { state: 'broken'; problem: HealthProblem } | { state: 'not-expected' };

export interface PageTally {
  postsSeen: number;
  postsWithText: number;
}

/**
 * Judges a settled page. A page kind that always shows posts but yielded none,
 * or yielded posts without any text, means the platform changed its layout.
 */
export function judgeHealth(postBearing: boolean, tally: PageTally, settled: boolean): HealthState {
  if (!postBearing) return tally.postsSeen > 0 ? { state: 'ok' } : { state: 'not-expected' };
  if (tally.postsSeen > 0 && tally.postsWithText > 0) return { state: 'ok' };
  if (!settled) return { state: 'reading' };
  return { state: 'broken', problem: tally.postsSeen === 0 ? 'no-posts' : 'no-captions' };
}

export const hasText = (post: Pick<Post, 'caption' | 'title'>): boolean => post.caption.trim() !== '' || post.title.trim() !== '';
