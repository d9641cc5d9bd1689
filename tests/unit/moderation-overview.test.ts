import { describe, expect, it } from 'vitest';
import type { Flag } from '@/utils/engine/types';
import { overviewOf } from '@/utils/moderation/overview';
import { buildReport, type Report } from '@/utils/storage/report';
import { makePost } from './support/make-post';

const hoax = (claimId: string): Flag => ({
  kind: 'hoax',
  score: 0.9,
  reason: 'r',
  matches: [],
  hoax: { claimId, claim: `claim ${claimId}`, verdict: 'false', url: `https://cek.example/${claimId}`, score: 0.9, sharedWords: [] },
});

function report(postId: string, at: Date, over: { author?: string; platform?: Report['platform']; flags?: Flag[]; category?: Report['category'] } = {}): Report {
  const r = buildReport(makePost({ postId, authorHandle: over.author ?? 'a', platform: over.platform ?? 'tiktok', pageKind: 'feed' }), {
    flags: over.flags ?? [],
    category: over.category,
    lists: {},
    reportedAt: at.getTime(),
    reporterId: 'v',
    source: 'warning',
    extensionVersion: '0.1.0',
  });
  return r;
}

const day = (d: number, h = 12) => new Date(2026, 10, d, h);
const reports = [
  report('1', day(20), { flags: [hoax('h1')], author: 'x' }),
  report('2', day(20, 23), { flags: [hoax('h1')], author: 'x' }),
  report('3', day(22), { flags: [hoax('h2')], platform: 'youtube', author: 'x' }),
  report('4', day(22), { category: 'political_ad', author: 'y' }),
];

describe('overview', () => {
  it('counts reports by local day, oldest first, by kind and by platform, most first', () => {
    const o = overviewOf(reports);
    expect(o.byDay.map((c) => [c.key, c.count])).toEqual([
      ['2026-11-20', 2],
      ['2026-11-22', 2],
    ]);
    expect(o.byCategory.map((c) => [c.key, c.count])).toEqual([
      ['hoax', 3],
      ['political_ad', 1],
    ]);
    expect(o.byPlatform.map((c) => [c.key, c.count])).toEqual([
      ['tiktok', 3],
      ['youtube', 1],
    ]);
  });

  it('lists the hoax entries matched most, with their fact-checks, and the authors reported most, per platform', () => {
    const o = overviewOf(reports);
    expect(o.topHoaxes).toEqual([
      { key: 'h1', label: 'claim h1', count: 2, url: 'https://cek.example/h1' },
      { key: 'h2', label: 'claim h2', count: 1, url: 'https://cek.example/h2' },
    ]);
    expect(o.topAuthors.map((c) => [c.label, c.count])).toEqual([
      ['@x (tiktok)', 2],
      ['@y (tiktok)', 1], // ties in platform:handle order
      ['@x (youtube)', 1],
    ]);
  });

  it('is empty for no reports', () => {
    expect(overviewOf([])).toEqual({ byDay: [], byCategory: [], byPlatform: [], topHoaxes: [], topAuthors: [] });
  });
});
