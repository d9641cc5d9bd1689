import { buildReport, type Report } from '@/utils/storage/report';
import { makePost } from '../../tests/unit/support/make-post';
import { makeProfile, type Profile } from '../../tests/unit/support/team-profile';

export const volunteerName = (n: number) => `vol-${String(n).padStart(2, '0')}`;
export const passwordOf = (user: string) => `pw-${user}-bench`;

/** A volunteer's reports are known without the profile: its clock and reporter id are fixed (team-profile). */
export const standIn = (user: string): Pick<Profile, 'clock' | 'reporterId'> => ({ clock: { now: Date.UTC(2026, 10, 25, 9) }, reporterId: `profile-${user}` });

export interface Team {
  url: string;
  db: string;
}

/** One profile signed in to the team, as after the settings page's join. */
export async function joined(user: string, team: Team): Promise<Profile> {
  const profile = makeProfile(user);
  const status = await profile.team.join({ url: team.url, db: team.db, user, password: passwordOf(user) });
  if (status.lastError) throw new Error(`${user} could not join: ${status.lastError.message}`);
  return profile;
}

// Each volunteer reports posts nobody else reports: at the moderator every post is one report
// with one reporter, so a second reporter entry can only be a duplicate.
const postIdOf = (group: number, seq: number) => `7${String(group).padStart(3, '0')}${String(seq).padStart(15, '0')}`;

const CAPTION = 'Ayo coblos nomor urut 2 untuk perubahan! Donasi ke rekening relawan, bagikan ke grup keluarga #pemilu #coblos2';

export function reportsFor(profile: Pick<Profile, 'clock' | 'reporterId'>, group: number, count: number, from = 0): Report[] {
  return Array.from({ length: count }, (_, i) => {
    const postId = postIdOf(group, from + i);
    const post = makePost({ postId, permalink: `https://www.tiktok.com/@warga${group}/video/${postId}`, authorHandle: `warga${group}`, caption: `${CAPTION} ${i}` });
    return buildReport(post, { flags: [], category: 'campaign', lists: {}, reportedAt: profile.clock.now + i, reporterId: profile.reporterId, source: 'warning', extensionVersion: '0.1.0' });
  });
}

export interface PushResult {
  user: string;
  ms: number;
  /** Passes after the first push that still failed or left reports waiting; each is retried, as the alarm would. */
  failedPasses: number;
  lastError?: string;
  waiting: number;
  /** Changes the server's rules refused; the pass moves past them, so only the status tells. */
  refused: number;
}

const RETRIES = 5;

/**
 * What the background does after a save: the ids go pending and a push pass starts, awaited
 * here so that the push's own time is known. A pass the server cut short is tried again a few times,
 * as the minute alarm would, and what is still waiting after that is reported, not thrown.
 */
export async function pushAll(profile: Profile, ids: string[]): Promise<PushResult> {
  const started = performance.now();
  await profile.team.reportsChanged(ids);
  // What the background does after a save: a push, which does not wait for a pull.
  await profile.team.syncNow('push');
  let status = await profile.team.status();
  let failedPasses = 0;
  while ((status.lastError || status.waiting > 0) && failedPasses < RETRIES) {
    failedPasses++;
    await profile.team.syncNow('push');
    status = await profile.team.status();
  }
  return { user: profile.name, ms: performance.now() - started, failedPasses, lastError: status.lastError?.message, waiting: status.waiting, refused: status.refused.length };
}

/** Runs `work` on every item with at most `limit` at once. */
export async function inBatches<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}
