import { isRecord } from '../is-record';
import { PLATFORMS, type Platform } from '../post';

/**
 * A list can switch off one platform's reading while its page layout is broken (posts
 * misread, warnings on the wrong post), until an extension version that fixes it.
 */
export interface DisabledAdapter {
  platform: Platform;
  /** Extension versions below this one leave the platform alone: "0.2.0". */
  untilVersion: string;
  reason: string;
}

/** The fields every Saring list carries around its entries. */
export interface ListHeader {
  listId: string;
  name: string;
  publisher: string;
  /** Monotonic: a list never replaces one with a higher version. */
  version: number;
  languages: string[];
  /** ISO date-time after which the list is stale: a download past it is refused as a replay. */
  expires?: string;
  disabledAdapters?: DisabledAdapter[];
}

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$/;
const VERSION_TEXT = /^\d+(\.\d+){0,3}$/;
const MAX_DISABLED_ADAPTERS = 20;

function checkExpires(value: unknown, noun: string): string | undefined {
  if (value === undefined) return undefined;
  // Only ISO: browsers read other date texts differently, and a list must expire at the same moment everywhere.
  if (typeof value !== 'string' || !ISO_DATE_TIME.test(value) || Number.isNaN(Date.parse(value))) throw new Error(`${noun} expires must be an ISO date-time, not ${shown(value)}`);
  return value;
}

function checkDisabledAdapters(value: unknown, noun: string): DisabledAdapter[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.length > MAX_DISABLED_ADAPTERS) throw new Error(`${noun} disabledAdapters must be an array of at most ${MAX_DISABLED_ADAPTERS}`);
  return value.map((item, i) => {
    const at = `${noun} disabledAdapters[${i}]`;
    if (!isRecord(item)) throw new Error(`${at} is not an object`);
    if (!PLATFORMS.includes(item.platform as Platform)) throw new Error(`${at}: unknown platform ${shown(item.platform)}`);
    if (typeof item.untilVersion !== 'string' || !VERSION_TEXT.test(item.untilVersion)) throw new Error(`${at}: untilVersion must look like "1.2.3"`);
    const reason = typeof item.reason === 'string' ? item.reason.slice(0, 300) : '';
    return { platform: item.platform as Platform, untilVersion: item.untilVersion, reason };
  });
}

export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** A value quoted for a message, cut short so that one bad field cannot flood the terminal. */
export function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/**
 * Checks what every list shares (kind, format, version, an entries array within
 * its limit) and returns the header and the raw entries; throws an Error naming
 * the first problem. `noun` names the list in messages ("hoax list").
 */
export function checkListEnvelope(value: unknown, kind: string, noun: string, maxEntries: number) {
  if (!isRecord(value)) throw new Error(`not a Saring ${noun}: expected a JSON object, got ${describeType(value)}`);
  if (value.kind !== kind) throw new Error(`not a Saring ${noun}: kind must be "${kind}" (got ${shown(value.kind)})`);
  const format = noun.replace(' ', '-');
  if (value.formatVersion !== 1) throw new Error(`unsupported ${format} formatVersion ${shown(value.formatVersion)} (expected 1)`);
  if (typeof value.version !== 'number' || !Number.isFinite(value.version)) throw new Error(`${noun} has no version (a number)`);
  if (!Array.isArray(value.entries)) throw new Error(`${noun} entries must be an array, not ${describeType(value.entries)}`);
  if (value.entries.length > maxEntries) throw new Error(`${noun} has ${value.entries.length} entries (at most ${maxEntries})`);
  const header: ListHeader = {
    listId: String(value.listId ?? ''),
    name: String(value.name ?? ''),
    publisher: String(value.publisher ?? ''),
    version: value.version,
    languages: Array.isArray(value.languages) ? value.languages.map(String) : [],
  };
  const expires = checkExpires(value.expires, noun);
  const disabledAdapters = checkDisabledAdapters(value.disabledAdapters, noun);
  if (expires) header.expires = expires;
  if (disabledAdapters) header.disabledAdapters = disabledAdapters;
  return { header, entries: value.entries as unknown[] };
}
