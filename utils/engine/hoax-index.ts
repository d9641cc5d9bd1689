import { STOPWORDS } from './stopwords';
import type { Token, Tokenizer } from './token';

/** One claim text to index: an entry's claim or one of its variants. */
export interface ClaimText {
  entry: number;
  text: string;
}

/**
 * A compact inverted index over claim words, in typed arrays so that it can be
 * stored as a snapshot and restored without re-tokenising every claim.
 * Documents are claim texts; several documents may belong to one entry.
 */
export interface HoaxIndex {
  terms: Map<string, number>;
  /** Inverse document frequency per term. */
  idf: Float32Array;
  /** Postings in CSR form: the documents of term t are docs[postingStart[t] .. postingStart[t + 1]). */
  postingStart: Uint32Array;
  postingDocs: Uint32Array;
  /** The unique terms of each document, in CSR form, in the order they first appear. */
  docTermStart: Uint32Array;
  docTerms: Uint32Array;
  /** Sum of the idf of a document's unique terms: how much there is to match. */
  docMass: Float32Array;
  docEntry: Uint32Array;
}

export function contentWords(tokens: Token[]): string[] {
  return tokens.map((t) => t.text).filter((w) => !STOPWORDS.has(w) && (w.length > 1 || /\d/.test(w)));
}

function uniqueInOrder(words: string[]): string[] {
  return [...new Set(words)];
}

function assignTermIds(docWords: string[][]): Map<string, number> {
  const terms = new Map<string, number>();
  for (const words of docWords) for (const w of words) if (!terms.has(w)) terms.set(w, terms.size);
  return terms;
}

function buildPostings(docTermIds: number[][], termCount: number) {
  const df = new Uint32Array(termCount);
  for (const ids of docTermIds) for (const t of ids) df[t]++;
  const postingStart = new Uint32Array(termCount + 1);
  for (let t = 0; t < termCount; t++) postingStart[t + 1] = postingStart[t] + df[t];
  const fill = postingStart.slice(0, termCount);
  const postingDocs = new Uint32Array(postingStart[termCount]);
  docTermIds.forEach((ids, doc) => ids.forEach((t) => (postingDocs[fill[t]++] = doc)));
  return { df, postingStart, postingDocs };
}

function flatten(lists: number[][]) {
  const start = new Uint32Array(lists.length + 1);
  lists.forEach((l, i) => (start[i + 1] = start[i] + l.length));
  const flat = new Uint32Array(start[lists.length]);
  lists.forEach((l, i) => flat.set(l, start[i]));
  return { start, flat };
}

export function buildHoaxIndex(claims: readonly ClaimText[], tokenize: Tokenizer): HoaxIndex {
  const docWords = claims.map((c) => uniqueInOrder(contentWords(tokenize(c.text))));
  const terms = assignTermIds(docWords);
  const docTermIds = docWords.map((words) => words.map((w) => terms.get(w)!));
  const { df, postingStart, postingDocs } = buildPostings(docTermIds, terms.size);
  const idf = new Float32Array(terms.size);
  // Smoothed idf: a word in every claim still weighs a little, a unique one the most.
  for (let t = 0; t < terms.size; t++) idf[t] = Math.log(1 + claims.length / df[t]);
  const docMass = new Float32Array(claims.length);
  docTermIds.forEach((ids, doc) => ids.forEach((t) => (docMass[doc] += idf[t])));
  const { start: docTermStart, flat: docTerms } = flatten(docTermIds);
  return {
    terms,
    idf,
    postingStart,
    postingDocs,
    docTermStart,
    docTerms,
    docMass,
    docEntry: Uint32Array.from(claims, (c) => c.entry),
  };
}
