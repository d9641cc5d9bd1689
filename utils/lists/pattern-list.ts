import { PHRASE_GROUPS, type PhraseGroup } from '../engine/types';
import { isRecord } from '../is-record';

export interface PatternEntry {
  id: string;
  /** Words, matched whole and in order after normalisation; never compiled into a regex. */
  phrase: string;
  group: PhraseGroup;
  /** Only counts when an account number (six or more digits) follows within a few words: "BCA 1234567890". */
  requiresAccountNumber?: boolean;
}

export interface PatternList {
  kind: 'patterns';
  formatVersion: 1;
  listId: string;
  name: string;
  publisher: string;
  version: number;
  languages: string[];
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
  if (!isRecord(value) || value.kind !== 'patterns') throw new Error('not a Saring pattern list (kind must be "patterns")');
  if (value.formatVersion !== 1) throw new Error(`unsupported pattern-list format ${String(value.formatVersion)}`);
  if (typeof value.version !== 'number' || !Number.isFinite(value.version)) throw new Error('pattern list has no version');
  if (!Array.isArray(value.entries)) throw new Error('pattern list has no entries');
  if (value.entries.length > MAX_PATTERN_ENTRIES) throw new Error(`more than ${MAX_PATTERN_ENTRIES} patterns`);
  const entries = value.entries.map(checkEntry);
  const ids = new Set(entries.map((e) => e.id));
  if (ids.size !== entries.length) throw new Error('pattern ids are not unique');
  return {
    kind: 'patterns',
    formatVersion: 1,
    listId: String(value.listId ?? ''),
    name: String(value.name ?? ''),
    publisher: String(value.publisher ?? ''),
    version: value.version,
    languages: Array.isArray(value.languages) ? value.languages.map(String) : [],
    entries,
  };
}
