import type { HoaxEntry, HoaxList } from './hoax-list';
import type { PatternEntry, PatternList } from './pattern-list';
import type { DisabledAdapter } from './list-envelope';
import type { Platform } from '../post';

/**
 * Entries of several lists as one. An id two lists share is one rule (muting and reports
 * name rules by id): the list given first keeps it, so the bundled list, given first, is
 * never overridden by a subscription's entry of the same id.
 */
function mergeById<E extends { id: string }>(lists: readonly { entries: readonly E[] }[]): E[] {
  const byId = new Map<string, E>();
  for (const list of lists) for (const entry of list.entries) if (!byId.has(entry.id)) byId.set(entry.id, entry);
  return [...byId.values()];
}

export const mergeHoaxEntries = (lists: readonly HoaxList[]): HoaxEntry[] => mergeById(lists);
export const mergePatternEntries = (lists: readonly PatternList[]): PatternEntry[] => mergeById(lists);

/** Numeric dotted versions: "0.10.0" is above "0.9.3"; a missing part counts as 0. */
export function versionBelow(version: string, limit: string): boolean {
  const a = version.split('.').map(Number);
  const b = limit.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const [x, y] = [a[i] || 0, b[i] || 0];
    if (x !== y) return x < y;
  }
  return false;
}

/** The first switch-off, from any list held, that still applies to this extension version. */
export function switchedOff(lists: readonly { disabledAdapters?: DisabledAdapter[] }[], platform: Platform, extensionVersion: string): DisabledAdapter | undefined {
  return lists.flatMap((l) => l.disabledAdapters ?? []).find((d) => d.platform === platform && versionBelow(extensionVersion, d.untilVersion));
}
