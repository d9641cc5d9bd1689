import { PHRASE_GROUPS, type PhraseGroup } from '../engine/types';
import { isRecord } from '../is-record';
import { checkListEnvelope, type ListHeader } from './list-envelope';

export interface PatternEntry {
  id: string;
  /** Words, matched whole and in order after normalisation; never compiled into a regex. */
  phrase: string;
  group: PhraseGroup;
  /** Only counts when an account number (six or more digits) follows within a few words: "BCA 1234567890". */
  requiresAccountNumber?: boolean;
}

export interface PatternList extends ListHeader {
  kind: 'patterns';
  formatVersion: 1;
  entries: PatternEntry[];
}

export const MAX_PATTERN_ENTRIES = 20_000;
const MAX_PHRASE_LENGTH = 200;


function checkEntry(entry: unknown, at: number): PatternEntry {
  if (!isRecord(entry)) throw new Error(`entry ${at} is not an object`);
  const { id, phrase, group, requiresAccountNumber } = entry;
  if (typeof id !== 'string' || id === '') throw new Error(`entry ${at} has no id`);
  if (typeof phrase !== 'string' || phrase.trim() === '' || phrase.length > MAX_PHRASE_LENGTH) {
    throw new Error(`entry ${id}: phrase missing or longer than ${MAX_PHRASE_LENGTH} characters`);
  }
  if (!PHRASE_GROUPS.includes(group as PhraseGroup)) throw new Error(`entry ${id}: unknown group ${String(group)}`);
  if (requiresAccountNumber !== undefined && typeof requiresAccountNumber !== 'boolean') {
    throw new Error(`entry ${id}: requiresAccountNumber is not true or false`);
  }
  return { id, phrase, group: group as PhraseGroup, ...(requiresAccountNumber && { requiresAccountNumber }) };
}

/** Checks a parsed pattern file; throws an Error that names what is wrong. */
export function checkPatternList(value: unknown): PatternList {
  const { header, entries: raw } = checkListEnvelope(value, 'patterns', 'pattern list', MAX_PATTERN_ENTRIES);
  const entries = raw.map(checkEntry);
  const ids = new Set(entries.map((e) => e.id));
  if (ids.size !== entries.length) throw new Error('pattern ids are not unique');
  return { kind: 'patterns', formatVersion: 1, ...header, entries };
}
