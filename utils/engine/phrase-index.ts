import type { PhraseGroup, PhraseMatch } from './types';
import { tokenize, type Token } from './tokenize';

export interface PhraseEntry {
  phrase: string;
  group: PhraseGroup;
}

interface CompiledPhrase {
  words: string[];
  entry: PhraseEntry;
}

/**
 * Phrases keyed by their first word. Matching is a hash lookup per token plus a
 * word-by-word compare: linear in the post, with no regular expressions, so a
 * hostile phrase list cannot make it backtrack.
 */
export type PhraseIndex = Map<string, CompiledPhrase[]>;

export function buildPhraseIndex(entries: readonly PhraseEntry[]): PhraseIndex {
  const index: PhraseIndex = new Map();
  for (const entry of entries) {
    const words = tokenize(entry.phrase).map((token) => token.text);
    if (words.length === 0) continue;
    const bucket = index.get(words[0]) ?? [];
    bucket.push({ words, entry });
    index.set(words[0], bucket);
  }
  // Longest first, so "nomor urut 2" wins over "nomor urut" at the same place.
  for (const bucket of index.values()) bucket.sort((a, b) => b.words.length - a.words.length);
  return index;
}

function matchesAt(tokens: Token[], at: number, words: string[]): boolean {
  if (at + words.length > tokens.length) return false;
  return words.every((word, i) => tokens[at + i].text === word);
}

export function findPhrases(index: PhraseIndex, tokens: Token[]): PhraseMatch[] {
  const found: PhraseMatch[] = [];
  for (let at = 0; at < tokens.length; at++) {
    const candidates = index.get(tokens[at].text);
    const hit = candidates?.find((candidate) => matchesAt(tokens, at, candidate.words));
    if (!hit) continue;
    const last = tokens[at + hit.words.length - 1];
    found.push({ phrase: hit.entry.phrase, group: hit.entry.group, start: tokens[at].start, end: last.end });
    at += hit.words.length - 1;
  }
  return found;
}
