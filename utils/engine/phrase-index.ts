import type { PatternEntry } from '../lists/pattern-list';
import type { PhraseMatch } from './types';
import type { Token, Tokenizer } from './token';


interface CompiledPhrase {
  words: string[];
  entry: PatternEntry;
}

/**
 * Phrases keyed by their first word. Matching is a hash lookup per token plus a
 * word-by-word compare: linear in the post, with no regular expressions, so a
 * hostile pattern list cannot make it backtrack.
 */
export interface PhraseIndex {
  byFirstWord: Map<string, CompiledPhrase[]>;
  /**
   * One bit per (length, first letter, last letter) of the phrases' first words.
   * Most words of a post start no phrase; this answers that without hashing the word.
   */
  firstWordShapes: Uint8Array;
}

const SHAPE_BITS = 32 * 32 * 32;

function shapeOf(word: string): number {
  const length = Math.min(word.length, 31);
  return (length << 10) | ((word.charCodeAt(0) & 31) << 5) | (word.charCodeAt(word.length - 1) & 31);
}

/** Phrases are tokenised with the same tokenizer as posts, so both sides fold alike. */
export function buildPhraseIndex(entries: readonly PatternEntry[], tokenize: Tokenizer): PhraseIndex {
  const byFirstWord = new Map<string, CompiledPhrase[]>();
  const firstWordShapes = new Uint8Array(SHAPE_BITS);
  for (const entry of entries) {
    const words = tokenize(entry.phrase).map((token) => token.text);
    if (words.length === 0) continue;
    const bucket = byFirstWord.get(words[0]) ?? [];
    bucket.push({ words, entry });
    byFirstWord.set(words[0], bucket);
    firstWordShapes[shapeOf(words[0])] = 1;
  }
  // Longest first, so "nomor urut 2" wins over "nomor urut" at the same place.
  for (const bucket of byFirstWord.values()) bucket.sort((a, b) => b.words.length - a.words.length);
  return { byFirstWord, firstWordShapes };
}

const ACCOUNT_NUMBER_WINDOW = 3;
const MIN_ACCOUNT_DIGITS = 6;

function isDigits(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) < 48 || text.charCodeAt(i) > 57) return false;
  return text.length > 0;
}

// Account numbers are often written in groups ("123 456 7890"): consecutive digit words count together.
function accountNumberFollows(tokens: Token[], from: number): boolean {
  let digits = 0;
  for (let i = from; i < tokens.length && i < from + ACCOUNT_NUMBER_WINDOW + 3; i++) {
    if (isDigits(tokens[i].text)) digits += tokens[i].text.length;
    else if (digits > 0 || i >= from + ACCOUNT_NUMBER_WINDOW) break;
    if (digits >= MIN_ACCOUNT_DIGITS) return true;
  }
  return false;
}

// The first word is already known to match: the phrase was found under it.
function matchesAt(tokens: Token[], at: number, phrase: CompiledPhrase): boolean {
  const { words, entry } = phrase;
  if (at + words.length > tokens.length) return false;
  for (let i = 1; i < words.length; i++) if (tokens[at + i].text !== words[i]) return false;
  return !entry.requiresAccountNumber || accountNumberFollows(tokens, at + words.length);
}

export function findPhrases(index: PhraseIndex, tokens: Token[]): PhraseMatch[] {
  const found: PhraseMatch[] = [];
  for (let at = 0; at < tokens.length; at++) {
    const word = tokens[at].text;
    if (index.firstWordShapes[shapeOf(word)] === 0) continue;
    const candidates = index.byFirstWord.get(word);
    if (candidates === undefined) continue;
    // A plain loop, not Array.find: this runs for every word of every post.
    let hit: CompiledPhrase | undefined;
    for (let c = 0; c < candidates.length && hit === undefined; c++) if (matchesAt(tokens, at, candidates[c])) hit = candidates[c];
    if (hit === undefined) continue;
    const last = tokens[at + hit.words.length - 1];
    const { id, phrase, group } = hit.entry;
    found.push({ patternId: id, phrase, group, start: tokens[at].start, end: last.end });
    at += hit.words.length - 1;
  }
  return found;
}
