/**
 * A word of a post, folded for matching, with its span in the original text so
 * that a match can be highlighted where the user sees it.
 */
export interface Token {
  text: string;
  /** UTF-16 offsets into the original text, `end` exclusive. */
  start: number;
  end: number;
}

export type Tokenizer = (text: string) => Token[];
