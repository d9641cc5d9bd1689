import type { ListHeader } from './list-envelope';

/** A fact-checker's debunk, as a hoax list carries it. */
export interface HoaxEntry {
  id: string;
  /** The claim in the fact-checker's words. */
  claim: string;
  /** Other wordings of the same claim, e.g. as the viral post put it. */
  variants?: string[];
  verdict: string;
  /** ISO date (YYYY-MM-DD) of the debunk, when known. */
  date?: string;
  language?: string;
  tags?: string[];
  sources: { publisher: string; url: string }[];
}

export interface HoaxList extends ListHeader {
  kind: 'hoaxes';
  formatVersion: 1;
  entries: HoaxEntry[];
}
