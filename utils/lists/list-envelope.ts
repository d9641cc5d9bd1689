import { isRecord } from '../is-record';

/** The fields every Saring list carries around its entries. */
export interface ListHeader {
  listId: string;
  name: string;
  publisher: string;
  /** Monotonic: a list never replaces one with a higher version. */
  version: number;
  languages: string[];
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
  return { header, entries: value.entries as unknown[], record: value };
}
