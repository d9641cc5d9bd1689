import { createHash } from 'node:crypto';
import type { HoaxEntry } from '../utils/lists/hoax-list';
import { MAX_CLAIM_LENGTH } from '../utils/lists/check-hoax-list';
import { toIsoDate } from './csv-dates';

/** What fact-checks from ClaimReview and the Fact Check API share on their way into a hoax list. */
export interface Converted {
  entries: HoaxEntry[];
  warnings: string[];
}

/** A debunk is a false claim more often than not; the same default as "list from-csv". */
export const DEFAULT_VERDICT = 'false';

/**
 * The id of a fact-check that has none of its own: the same review url gives the same id
 * on every build, whichever of the two sources it came from, so a diff between builds
 * shows real changes rather than every entry removed and added again.
 */
export function idFromUrl(url: string): string {
  return `cr-${createHash('sha256').update(url).digest('hex').slice(0, 16)}`;
}

/** A claim is shown on one line of a badge. */
export const oneLine = (value: unknown): string => (typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '');

/** http(s) only: the url becomes a link people click. */
export function isWebUrl(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** The date as the fact-checker wrote it (the day in their time zone), or undefined with a warning. */
export function dayOf(value: unknown, warn: (message: string) => void): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const day = typeof value === 'string' ? toIsoDate(value) : undefined;
  if (day === undefined) warn(`date ${JSON.stringify(value).slice(0, 40)} is not a date this tool can read; left out`);
  return day;
}

/** Why a claim cannot become an entry, or undefined when it can. */
export function claimProblem(claim: string): string | undefined {
  if (claim === '') return 'no claim text; skipped';
  if (claim.length > MAX_CLAIM_LENGTH) return `claim longer than ${MAX_CLAIM_LENGTH} characters; skipped`;
  return undefined;
}

/** Adds entries in order, keeping the first of each id: a later duplicate is reported, not merged. */
export function entryCollector(warnings: string[]) {
  const entries: HoaxEntry[] = [];
  const firstAt = new Map<string, string>();
  return {
    entries,
    add(entry: HoaxEntry, at: string): void {
      const first = firstAt.get(entry.id);
      if (first !== undefined) {
        warnings.push(`${at}: id "${entry.id}" already used by ${first}; skipped`);
        return;
      }
      firstAt.set(entry.id, at);
      entries.push(entry);
    },
  };
}
