import { checkHoaxList, MAX_HOAX_ENTRIES } from './check-hoax-list';
import { checkPatternList, MAX_PATTERN_ENTRIES, type PatternList } from './pattern-list';
import type { HoaxList } from './hoax-list';
import { isRecord } from '../is-record';
import { ListError } from './list-problem';
import { SignatureError, verifyListSignature } from './signature';
import { canonicalJson } from './canonical-json';

export type SaringList = HoaxList | PatternList;

export interface ListLimits {
  /** Bytes of the file as downloaded (UTF-16 length of the text stands in for it in checks). */
  maxBytes: number;
  maxHoaxEntries: number;
  maxPatternEntries: number;
}

export const DEFAULT_LIMITS: ListLimits = { maxBytes: 30 * 1024 * 1024, maxHoaxEntries: MAX_HOAX_ENTRIES, maxPatternEntries: MAX_PATTERN_ENTRIES };

const entryCount = (value: Record<string, unknown>) => (Array.isArray(value.entries) ? value.entries.length : 0);

/**
 * A body cut short fails where the text stops: V8 names that position ("…at position N",
 * N the length) or says "end of JSON input"; SpiderMonkey says "end of data".
 */
function endsTooEarly(message: string, text: string): boolean {
  if (/end of (JSON )?(input|data)|unexpected end/i.test(message)) return true;
  const position = /at position (\d+)/.exec(message)?.[1];
  return position !== undefined && Number(position) >= text.trimEnd().length;
}

function parseDocument(text: string): Record<string, unknown> {
  const start = text.trimStart().slice(0, 200).toLowerCase();
  if (start.startsWith('<')) throw new ListError('html', 'the server sent a web page, not a list (an error page or a login page?)');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (endsTooEarly(message, text)) throw new ListError('truncated', 'the list ends before its JSON does: the download was cut short');
    throw new ListError('bad-json', `the list is not valid JSON (${message.slice(0, 120)})`);
  }
  if (!isRecord(value)) throw new ListError('schema', 'the file is not a Saring list: expected a JSON object');
  return value;
}

/**
 * Reads a downloaded list's text, checking its size, shape and entry count; throws a
 * ListError naming the problem. The signature is not checked here (acceptList does).
 */
export function readListText(text: string, limits: ListLimits = DEFAULT_LIMITS): { document: Record<string, unknown>; list: SaringList } {
  if (text.length > limits.maxBytes) throw new ListError('too-large', `the list is larger than ${Math.round(limits.maxBytes / 1024 / 1024)} MB`);
  const document = parseDocument(text);
  const limit = document.kind === 'patterns' ? limits.maxPatternEntries : limits.maxHoaxEntries;
  if (entryCount(document) > limit) throw new ListError('too-many-entries', `the list has ${entryCount(document)} entries, more than the ${limit} allowed`);
  try {
    const list = document.kind === 'patterns' ? checkPatternList(document) : checkHoaxList(document);
    return { document, list };
  } catch (error) {
    throw new ListError('schema', error instanceof Error ? error.message : String(error));
  }
}

/** What Saring holds of a subscription before a download replaces it. */
export interface HeldList {
  listId: string;
  kind: SaringList['kind'];
  version: number;
  /** contentHash of the list held: the same version with other contents is refused. */
  hash: string;
}

export async function contentHash(list: SaringList): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonicalJson(list))));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}

async function checkSignature(document: Record<string, unknown>, publicKey: string): Promise<void> {
  try {
    await verifyListSignature(document, publicKey);
  } catch (error) {
    if (!(error instanceof SignatureError)) throw error;
    throw new ListError(error.reason, error.message);
  }
}

/**
 * Decides whether a downloaded, well-formed list may replace the one held: signed by the
 * subscription's key, the same list, not older (rollback), not past its expiry (replay of
 * an old signed file). Returns 'unchanged' for the version already held.
 */
export async function acceptList(document: Record<string, unknown>, list: SaringList, options: { publicKey: string; held?: HeldList; now: number }): Promise<'new' | 'unchanged'> {
  await checkSignature(document, options.publicKey);
  const { held } = options;
  if (held && (held.listId !== list.listId || held.kind !== list.kind)) {
    throw new ListError('wrong-list', `the address now serves another list (${list.kind} "${list.listId}", not ${held.kind} "${held.listId}")`);
  }
  if (list.expires && Date.parse(list.expires) <= options.now) throw new ListError('expired', `the list expired on ${list.expires}: the publisher has not renewed it, or this is an old copy`);
  if (!held) return 'new';
  if (list.version < held.version) throw new ListError('rollback', `the list's version ${list.version} is older than the version ${held.version} already held`);
  if (list.version === held.version) {
    if ((await contentHash(list)) !== held.hash) throw new ListError('rollback', `version ${list.version} was published again with other contents`);
    return 'unchanged';
  }
  return 'new';
}
