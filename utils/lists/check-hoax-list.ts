import type { HoaxEntry, HoaxList } from './hoax-list';
import { isRecord } from '../is-record';
import { checkListEnvelope, describeType, shown } from './list-envelope';

/** More entries than this is more likely a mistake (or an attack on memory) than a fact-checker's archive. */
export const MAX_HOAX_ENTRIES = 200_000;
/** A claim is a headline or a short paragraph; the index weighs every word, so an essay would drown the rest. */
export const MAX_CLAIM_LENGTH = 2_000;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;


/** What a value is, for a message: "an array", "a number", "null". */
function checkClaimText(value: unknown, what: string, at: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new Error(`${at}: ${what} is missing or empty`);
  if (value.length > MAX_CLAIM_LENGTH) {
    throw new Error(`${at}: ${what} is ${value.length} characters long (at most ${MAX_CLAIM_LENGTH})`);
  }
  return value;
}

function checkVariants(value: unknown, at: string): string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) throw new Error(`${at}: variants must be an array of strings, not ${describeType(value)}`);
  return value.map((variant, i) => checkClaimText(variant, `variants[${i}]`, at));
}

// The url is shown to people as a link to the debunk: only web links, never javascript: or file:.
function checkUrl(value: unknown, at: string): string {
  if (value === undefined || value === '') return '';
  if (typeof value !== 'string') throw new Error(`${at}: url must be a string, not ${describeType(value)}`);
  let protocol: string;
  try {
    protocol = new URL(value).protocol;
  } catch {
    throw new Error(`${at}: url ${shown(value)} is not a URL`);
  }
  if (protocol !== 'http:' && protocol !== 'https:') throw new Error(`${at}: url ${shown(value)} is not http(s)`);
  return value;
}

// An entry with no source is still a known claim; its url is then "".
function checkSources(value: unknown, at: string): HoaxEntry['sources'] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new Error(`${at}: sources must be an array, not ${describeType(value)}`);
  return value.map((source, i) => {
    const where = `${at} sources[${i}]`;
    if (!isRecord(source)) throw new Error(`${where} is not an object`);
    return { publisher: optionalString(source.publisher, 'publisher', where) ?? '', url: checkUrl(source.url, where) };
  });
}

function optionalString(value: unknown, what: string, at: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new Error(`${at}: ${what} must be a string, not ${describeType(value)}`);
  return value;
}

function checkDate(value: unknown, at: string): string | undefined {
  const date = optionalString(value, 'date', at);
  if (date !== undefined && !ISO_DATE.test(date)) throw new Error(`${at}: date ${shown(date)} is not YYYY-MM-DD`);
  return date;
}

function checkTags(value: unknown, at: string): string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || !value.every((tag) => typeof tag === 'string')) {
    throw new Error(`${at}: tags must be an array of strings`);
  }
  return value;
}

function checkEntry(entry: unknown, index: number): HoaxEntry {
  const at = `entries[${index}]`;
  if (!isRecord(entry)) throw new Error(`${at} is ${describeType(entry)}, not an object`);
  if (typeof entry.id !== 'string' || entry.id.trim() === '') throw new Error(`${at} has no id (a non-empty string)`);
  const where = `${at} (id ${shown(entry.id)})`;
  const verdict = optionalString(entry.verdict, 'verdict', where);
  if (verdict === undefined) throw new Error(`${where} has no verdict`);
  const variants = checkVariants(entry.variants, where);
  const date = checkDate(entry.date, where);
  const language = optionalString(entry.language, 'language', where);
  const tags = checkTags(entry.tags, where);
  return {
    id: entry.id,
    claim: checkClaimText(entry.claim, 'claim', where),
    ...(variants && { variants }),
    verdict,
    ...(date && { date }),
    ...(language && { language }),
    ...(tags && { tags }),
    sources: checkSources(entry.sources, where),
  };
}

// A result names its claim by id: two entries sharing one would make that name ambiguous.
function checkUniqueIds(entries: readonly HoaxEntry[]): void {
  const firstIndex = new Map<string, number>();
  entries.forEach((entry, i) => {
    const first = firstIndex.get(entry.id);
    if (first !== undefined) throw new Error(`entries[${i}] (id ${shown(entry.id)}): id already used by entries[${first}]`);
    firstIndex.set(entry.id, i);
  });
}

/**
 * Checks a parsed hoax list and returns a clean copy holding only the known
 * fields; throws an Error whose message names the problem and the entry.
 */
export function checkHoaxList(value: unknown): HoaxList {
  const { header, entries: raw } = checkListEnvelope(value, 'hoaxes', 'hoax list', MAX_HOAX_ENTRIES);
  const entries = raw.map(checkEntry);
  checkUniqueIds(entries);
  return {
    kind: 'hoaxes',
    formatVersion: 1,
    ...header,
    entries,
  };
}
