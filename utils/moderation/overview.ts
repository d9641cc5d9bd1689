import type { Report } from '../storage/report';

export interface Count<K extends string = string> {
  key: K;
  label: string;
  count: number;
}

export interface Overview {
  /** Reports a day, oldest first, over the days that have any (local dates, YYYY-MM-DD). */
  byDay: Count[];
  byCategory: Count[];
  byPlatform: Count[];
  topHoaxes: (Count & { url: string })[];
  topAuthors: Count[];
}

const TOP = 10;

function tally<T>(items: Iterable<T>, keyOf: (item: T) => string | null, labelOf: (item: T) => string = (i) => keyOf(i) ?? ''): Map<string, Count> {
  const counts = new Map<string, Count>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === null) continue;
    const known = counts.get(key);
    if (known) known.count++;
    else counts.set(key, { key, label: labelOf(item), count: 1 });
  }
  return counts;
}

const mostFirst = (counts: Map<string, Count>) => [...counts.values()].sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
const localDay = (ms: number) => {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** What moderators look at first: how many, when, of what kind, where, and which hoaxes and authors come back. */
export function overviewOf(reports: readonly Report[]): Overview {
  const hoaxes = reports.flatMap((r) => r.flags.flatMap((f) => (f.hoax ? [f.hoax] : [])));
  const hoaxUrls = new Map(hoaxes.map((h) => [h.claimId, h.url]));
  return {
    byDay: [...tally(reports, (r) => localDay(r.reportedAt)).values()].sort((a, b) => a.key.localeCompare(b.key)),
    byCategory: mostFirst(tally(reports, (r) => r.category)),
    byPlatform: mostFirst(tally(reports, (r) => r.platform)),
    topHoaxes: mostFirst(tally(hoaxes, (h) => h.claimId, (h) => h.claim))
      .slice(0, TOP)
      .map((c) => ({ ...c, url: hoaxUrls.get(c.key) ?? '' })),
    topAuthors: mostFirst(tally(reports, (r) => `${r.platform}:${r.authorHandle}`, (r) => `@${r.authorHandle} (${r.platform})`)).slice(0, TOP),
  };
}
