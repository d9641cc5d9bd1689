import { parseJson } from '../parse-json';

/**
 * YouTube's server puts each page's data in inline scripts, as
 * `var ytInitialData = {…};` (2020-2026) or `window["ytInitialData"] = {…};`
 * (2020), and the watch page's player data as `ytInitialPlayerResponse`.
 * They are read as JSON, never run: the object literal is cut out at its
 * balanced closing brace and given to JSON.parse.
 */
export interface YoutubeInitialData {
  /** `ytInitialData`: search results, the watch page's title block and owner. */
  initialData: unknown;
  /** `ytInitialPlayerResponse`: the watch page's `videoDetails` and paid-promotion overlay. */
  playerResponse: unknown;
}

export function readYoutubeInitialData(source: string | readonly string[] | Document): YoutubeInitialData {
  const texts = typeof source === 'string' ? [source] : Array.isArray(source) ? (source as readonly string[]) : youtubeEmbeddedData(source as Document);
  return {
    initialData: firstAssignedObject(texts, 'ytInitialData'),
    playerResponse: firstAssignedObject(texts, 'ytInitialPlayerResponse'),
  };
}

/** The inline scripts that hold the page's data, as text: the background parses them. */
export function youtubeEmbeddedData(document: Document): string[] {
  const scripts = [...document.querySelectorAll('script:not([src])')];
  return scripts.map((script) => script.textContent ?? '').filter((text) => text.includes('ytInitial'));
}

/**
 * `var NAME = {`, `window["NAME"] = {` or `window.NAME = {`. The lookahead skips
 * the page's own copies such as `var ytInitialPlayerResponse = window.ytInitialPlayerResponse;`.
 */
function assignmentsOf(name: string): RegExp {
  return new RegExp(`(?:\\bvar\\s+${name}|window\\[\\s*(["'])${name}\\1\\s*\\]|window\\.${name})\\s*=\\s*(?=\\{)`, 'g');
}

function firstAssignedObject(texts: readonly string[], name: string): unknown {
  for (const text of texts) {
    for (const match of text.matchAll(assignmentsOf(name))) {
      const parsed = parseObjectAt(text, match.index + match[0].length);
      if (parsed !== undefined) return parsed;
    }
  }
  return null;
}

function parseObjectAt(text: string, start: number): unknown {
  const end = balancedEnd(text, start);
  return end < 0 ? undefined : parseJson(text.slice(start, end));
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPENERS = new Set([0x7b, 0x5b]); // { [
const CLOSERS = new Set([0x7d, 0x5d]); // } ]

/**
 * The index just past the bracket that closes the one at `start`, or -1.
 * Brackets inside strings do not count, nor does a quote escaped by a backslash.
 */
export function balancedEnd(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === BACKSLASH) i++;
      else if (code === QUOTE) inString = false;
    } else if (code === QUOTE) {
      inString = true;
    } else if (OPENERS.has(code)) {
      depth++;
    } else if (CLOSERS.has(code) && --depth === 0) {
      return i + 1;
    }
  }
  return -1;
}
