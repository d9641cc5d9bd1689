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

const WORD_CHAR = /[\p{L}\p{N}]/u;
const COMBINING_MARK = /\p{M}/gu;

// Folding a code point at a time keeps the offset map exact: NFKD can change a
// string's length, so normalising the whole text first would lose the spans.
function foldCodePoint(char: string): string {
  return char.normalize('NFKD').replace(COMBINING_MARK, '').toLowerCase();
}

/** Splits text into folded words; everything that is not a letter or digit separates. */
export function tokenize(original: string): Token[] {
  const tokens: Token[] = [];
  let word = '';
  let wordStart = 0;
  let offset = 0;
  for (const char of original) {
    const folded = foldCodePoint(char);
    if (folded !== '' && WORD_CHAR.test(folded)) {
      if (word === '') wordStart = offset;
      word += folded;
    } else if (word !== '' && folded !== '') {
      tokens.push({ text: word, start: wordStart, end: offset });
      word = '';
    }
    offset += char.length;
  }
  if (word !== '') tokens.push({ text: word, start: wordStart, end: offset });
  return tokens;
}
