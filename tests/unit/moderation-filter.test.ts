import { describe, expect, it } from 'vitest';
import type { Flag } from '@/utils/engine/types';
import { filterAndSort, matchesFilter, warmSearch } from '@/utils/moderation/filter-reports';
import { buildReport, type Report } from '@/utils/storage/report';
import { makePost } from './support/make-post';

const flag = (kind: Flag['kind'], score: number): Flag => ({ kind, score, reason: kind, matches: [] });

function report(postId: string, over: Partial<Report> & { caption?: string; author?: string; platform?: Report['platform'] } = {}): Report {
  const { caption = 'Ayo coblos', author = 'warga', platform = 'tiktok', ...rest } = over;
  const base = buildReport(makePost({ postId, caption, authorHandle: author, platform, pageKind: 'feed' }), {
    flags: [flag('campaign', 0.5)],
    lists: {},
    reportedAt: 1000,
    reporterId: 'vol-a',
    source: 'warning',
    extensionVersion: '0.1.0',
  });
  return { ...base, ...rest };
}

const all = [
  report('1', { caption: 'Donasi untuk TIM kampanye', category: 'election_fundraising', reportedAt: 3000, status: 'confirmed' }),
  report('2', { caption: 'Ayo coblos nomor 2', author: 'relawan.dua', reportedAt: 2000, note: 'dibayar' }),
  report('3', { caption: 'Iklan paslon', platform: 'youtube', category: 'political_ad', reportedAt: 1000, flags: [flag('political_ad', 0.9)] }),
  report('4', { caption: 'Kotak suara', category: 'hoax', reportedAt: 4000, reporters: [{ reporterId: 'vol-b', reportedAt: 4000 }] }),
];
const ids = (rs: Report[]) => rs.map((r) => r.postId);

describe('filtering the moderation queue', () => {
  it('narrows by platform, category, status, reporter and date range, each on its own and together', () => {
    expect(ids(all.filter(matchesFilter({ platform: 'youtube' })))).toEqual(['3']);
    expect(ids(all.filter(matchesFilter({ category: 'hoax' })))).toEqual(['4']);
    expect(ids(all.filter(matchesFilter({ status: 'confirmed' })))).toEqual(['1']);
    expect(ids(all.filter(matchesFilter({ reporterId: 'vol-b' })))).toEqual(['4']);
    expect(ids(all.filter(matchesFilter({ from: 2000, to: 4000 })))).toEqual(['1', '2']);
    expect(ids(all.filter(matchesFilter({ platform: 'tiktok', status: 'new', from: 1500 })))).toEqual(['2', '4']);
    expect(ids(all.filter(matchesFilter({ platform: '', category: '' })))).toEqual(['1', '2', '3', '4']);
  });

  it('searches caption, author and note for every word, in any case', () => {
    expect(ids(all.filter(matchesFilter({ text: 'tim DONASI' })))).toEqual(['1']);
    expect(ids(all.filter(matchesFilter({ text: 'relawan' })))).toEqual(['2']);
    expect(ids(all.filter(matchesFilter({ text: 'dibayar' })))).toEqual(['2']);
    expect(ids(all.filter(matchesFilter({ text: 'donasi relawan' })))).toEqual([]);
  });
});

describe('sorting', () => {
  it('sorts by any column, either way, without changing the input', () => {
    expect(ids(filterAndSort(all, {}, { column: 'reportedAt', descending: true }))).toEqual(['4', '1', '2', '3']);
    expect(ids(filterAndSort(all, {}, { column: 'reportedAt', descending: false }))).toEqual(['3', '2', '1', '4']);
    expect(ids(filterAndSort(all, {}, { column: 'topScore', descending: true }))[0]).toBe('3');
    expect(ids(filterAndSort(all, {}, { column: 'authorHandle', descending: false }))[0]).toBe('2');
    expect(ids(all)).toEqual(['1', '2', '3', '4']);
  });

  it('keeps the newest first among ties', () => {
    expect(ids(filterAndSort(all, { platform: 'tiktok' }, { column: 'platform', descending: false }))).toEqual(['4', '1', '2']);
  });
});

describe('preparing the search', () => {
  it('lowers texts in chunks, giving the page back between them, and searches find the same after', async () => {
    const many = Array.from({ length: 12_000 }, (_, i) => report(String(i), { caption: i % 1000 === 0 ? 'KOTAK suara' : 'resep' }));
    let pauses = 0;
    await warmSearch(many, async () => void pauses++);
    expect(pauses).toBe(3);
    expect(many.filter(matchesFilter({ text: 'kotak' }))).toHaveLength(12);
  });
});
