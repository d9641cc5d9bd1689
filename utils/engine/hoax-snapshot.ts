import type { HoaxIndex } from './hoax-index';

/** Bump when the index's shape or tokenisation changes: an old snapshot is then rebuilt, never misread. */
export const HOAX_SNAPSHOT_FORMAT = 1;

/**
 * The index as stored: typed arrays go into IndexedDB by structured clone
 * without copying element by element, and the terms as one string.
 */
export type HoaxSnapshot = Omit<HoaxIndex, 'terms'> & {
  format: typeof HOAX_SNAPSHOT_FORMAT;
  terms: string;
};

// Terms are folded words: letters and digits only, so a newline never occurs inside one.
const TERM_SEPARATOR = '\n';

export function toSnapshot(index: HoaxIndex): HoaxSnapshot {
  const { terms, ...arrays } = index;
  return { format: HOAX_SNAPSHOT_FORMAT, terms: [...terms.keys()].join(TERM_SEPARATOR), ...arrays };
}

/** Null when the snapshot was written by another format: the caller rebuilds from the list. */
export function fromSnapshot(snapshot: HoaxSnapshot): HoaxIndex | null {
  if (snapshot?.format !== HOAX_SNAPSHOT_FORMAT) return null;
  const { format: _format, terms, ...arrays } = snapshot;
  const words = terms === '' ? [] : terms.split(TERM_SEPARATOR);
  if (words.length !== arrays.idf.length) return null;
  return { terms: new Map(words.map((word, id) => [word, id])), ...arrays };
}
