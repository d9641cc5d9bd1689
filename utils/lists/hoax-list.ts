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

export interface HoaxList {
  kind: 'hoaxes';
  formatVersion: 1;
  listId: string;
  name: string;
  publisher: string;
  /** Monotonic: a list never replaces one with a higher version. */
  version: number;
  /** ISO date-time after which the list should be refreshed. */
  expires?: string;
  languages: string[];
  entries: HoaxEntry[];
}
