import type { Token } from './token';

/**
 * Abbreviations and spelling variants as people type them, mapped to the word a
 * phrase list would use. Keys are folded (lower case, no accents); a value may be
 * several words separated by single spaces. No value is itself a key, so
 * normalising twice gives the same words.
 */
export const SLANG: Readonly<Record<string, string>> = {
  yg: 'yang',
  gk: 'tidak',
  ga: 'tidak',
  gak: 'tidak',
  nggak: 'tidak',
  ngga: 'tidak',
  engga: 'tidak',
  enggak: 'tidak',
  tdk: 'tidak',
  tak: 'tidak',
  dgn: 'dengan',
  utk: 'untuk',
  untk: 'untuk',
  krn: 'karena',
  krna: 'karena',
  sdh: 'sudah',
  udh: 'sudah',
  udah: 'sudah',
  blm: 'belum',
  bgt: 'banget',
  jg: 'juga',
  aja: 'saja',
  sy: 'saya',
  kalo: 'kalau',
  klo: 'kalau',
  tp: 'tapi',
  dr: 'dari',
  pd: 'pada',
  dlm: 'dalam',
  org: 'orang',
  bs: 'bisa',
  sm: 'sama',
  gimana: 'bagaimana',
  gmn: 'bagaimana',
  knp: 'kenapa',
  skrg: 'sekarang',
  trs: 'terus',
  lg: 'lagi',
  emg: 'memang',
  byk: 'banyak',
  tsb: 'tersebut',
  kpd: 'kepada',
  spt: 'seperti',
  jgn: 'jangan',
  sbg: 'sebagai',
  thn: 'tahun',
  bpk: 'bapak',
  pak: 'bapak',
};

/** Spelled-out numbers, so "nomor urut dua" and "nomor urut 02" are the same words. */
export const NUMBER_WORDS: Readonly<Record<string, string>> = {
  nol: '0',
  satu: '1',
  dua: '2',
  tiga: '3',
  empat: '4',
  lima: '5',
  enam: '6',
  tujuh: '7',
  delapan: '8',
  sembilan: '9',
  sepuluh: '10',
  zero: '0',
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  ten: '10',
};

/** Digits that stand in for letters when written between letters ("c0bl0s"). */
const LEET_LETTERS: Readonly<Record<string, string>> = { 0: 'o', 1: 'i', 3: 'e', 4: 'a', 5: 's', 7: 't' };

type Kind = 'letter' | 'digit' | 'mixed';

/** One code point of a word, folded, with what the splitting rules need to know about it. */
interface Unit {
  text: string;
  start: number;
  end: number;
  kind: Kind;
  /** Casing as written, before folding: camelCase is only visible there. */
  upper: boolean;
  lower: boolean;
}

/** A run of units that becomes one word (or, through slang, several). */
interface Piece {
  text: string;
  start: number;
  end: number;
  kind: Kind;
}

const IGNORABLE = 'ignorable';
const SEPARATOR = 'separator';

// Every regex below tests a single code point or a string that came from folding
// one code point, so none of them can backtrack over input-sized text.
const DEFAULT_IGNORABLE = /^\p{Default_Ignorable_Code_Point}$/u;
const COMBINING_MARK = /\p{M}/gu;
const LETTERS_ONLY = /^\p{L}+$/u;
const DIGITS_ONLY = /^\p{N}+$/u;
const WORD_CHARS_ONLY = /^[\p{L}\p{N}]+$/u;
const LETTER = /^\p{L}$/u;
const UPPERCASE = /\p{Uppercase}/u;
const LOWERCASE = /\p{Lowercase}/u;

// NFKD then dropping marks is NFKC folding plus accent removal. Lower-casing comes
// after NFKD because some compatibility forms decompose to capitals (㎁ → "nA").
function foldCodePoint(char: string): string {
  return char.normalize('NFKD').toLowerCase().replace(COMBINING_MARK, '');
}

function kindOf(folded: string): Kind | undefined {
  if (LETTERS_ONLY.test(folded)) return 'letter';
  if (DIGITS_ONLY.test(folded)) return 'digit';
  // A code point such as "½" (→ "1⁄2") folds to word characters and punctuation;
  // keeping only some of them would invent a word, so it separates instead.
  return WORD_CHARS_ONLY.test(folded) ? 'mixed' : undefined;
}

// Most of a post is ASCII: classifying it by char code skips NFKD and the
// Unicode-property tests, which is most of the normaliser's time.
function classifyAscii(code: number, start: number): Unit | typeof SEPARATOR {
  const end = start + 1;
  if (code >= 97 && code <= 122) return { text: String.fromCharCode(code), start, end, kind: 'letter', upper: false, lower: true };
  if (code >= 65 && code <= 90) return { text: String.fromCharCode(code + 32), start, end, kind: 'letter', upper: true, lower: false };
  if (code >= 48 && code <= 57) return { text: String.fromCharCode(code), start, end, kind: 'digit', upper: false, lower: false };
  return SEPARATOR;
}

function classifyCodePoint(char: string, start: number): Unit | typeof IGNORABLE | typeof SEPARATOR {
  const code = char.charCodeAt(0);
  if (code < 128) return classifyAscii(code, start);
  // Zero-width characters, soft hyphens, variation selectors and fillers are
  // invisible, so they are used to break up words that filters look for.
  if (DEFAULT_IGNORABLE.test(char)) return IGNORABLE;
  const folded = foldCodePoint(char);
  // Only combining marks fold to nothing; they belong to the letter before them.
  if (folded === '') return IGNORABLE;
  const kind = kindOf(folded);
  if (kind === undefined) return SEPARATOR;
  return {
    text: folded,
    start,
    end: start + char.length,
    kind,
    upper: UPPERCASE.test(char),
    lower: LOWERCASE.test(char),
  };
}

/** Runs of letters and digits as written, each code point folded on its own so spans stay exact. */
function scanRawWords(original: string): Unit[][] {
  const words: Unit[][] = [];
  let word: Unit[] = [];
  let offset = 0;
  for (const char of original) {
    const unit = classifyCodePoint(char, offset);
    offset += char.length;
    if (unit === IGNORABLE) {
      // Widening the previous unit keeps the invisible character inside the span it hid in.
      if (word.length > 0) word[word.length - 1].end = offset;
    } else if (unit === SEPARATOR) {
      if (word.length > 0) words.push(word);
      word = [];
    } else {
      word.push(unit);
    }
  }
  if (word.length > 0) words.push(word);
  return words;
}

function isLeetDigit(units: readonly Unit[], i: number): boolean {
  return (
    Object.hasOwn(LEET_LETTERS, units[i].text) && units[i - 1]?.kind === 'letter' && units[i + 1]?.kind === 'letter'
  );
}

// Runs before splitting, so the digit in "c0bl0s" never becomes a letter/digit boundary.
function replaceLeetDigits(units: Unit[]): Unit[] {
  if (!units.some((unit) => unit.kind === 'digit')) return units;
  return units.map((unit, i) =>
    isLeetDigit(units, i) ? { ...unit, text: LEET_LETTERS[unit.text], kind: 'letter' } : unit,
  );
}

function isPieceBoundary(prev: Unit, next: Unit): boolean {
  // Only lower→Upper: an all-caps run such as "KPU" is one word, not K-P-U.
  if (prev.lower && next.upper) return true;
  return (prev.kind === 'letter' && next.kind === 'digit') || (prev.kind === 'digit' && next.kind === 'letter');
}

function makePiece(units: readonly Unit[], from: number, to: number): Piece {
  let kind = units[from].kind;
  let text = '';
  for (let i = from; i < to; i++) {
    text += units[i].text;
    if (units[i].kind !== kind) kind = 'mixed';
  }
  return {
    text,
    start: units[from].start,
    end: units[to - 1].end,
    kind,
  };
}

/** Splits a hashtag-style word at camelCase and letter/digit boundaries. */
function splitPieces(units: readonly Unit[]): Piece[] {
  const pieces: Piece[] = [];
  let first = 0;
  for (let i = 1; i <= units.length; i++) {
    if (i < units.length && !isPieceBoundary(units[i - 1], units[i])) continue;
    pieces.push(makePiece(units, first, i));
    first = i;
  }
  return pieces;
}

function keepRun(char: string, count: number): string {
  return count >= 3 && LETTER.test(char) ? char : char.repeat(count);
}

function hasRunOfThree(word: string): boolean {
  for (let i = 2; i < word.length; i++) {
    if (word.charCodeAt(i) === word.charCodeAt(i - 1) && word.charCodeAt(i) === word.charCodeAt(i - 2)) return true;
  }
  return false;
}

/** "pilihhhh" → "pilih": three or more of a letter is emphasis, two ("saat") is spelling; digits ("1000") are kept. */
function collapseEmphasis(word: string): string {
  if (!hasRunOfThree(word)) return word;
  let collapsed = '';
  let run = '';
  let count = 0;
  for (const char of word) {
    if (char === run) {
      count++;
      continue;
    }
    collapsed += keepRun(run, count);
    run = char;
    count = 1;
  }
  return collapsed + keepRun(run, count);
}

function stripLeadingZeros(digits: string): string {
  let i = 0;
  while (i < digits.length - 1 && digits[i] === '0') i++;
  return digits.slice(i);
}

// Maps, not the objects: a post containing "constructor" must not pick up
// Object.prototype, and a Map lookup is the fastest way to say no, which is the usual answer.
const SLANG_MAP: ReadonlyMap<string, string> = new Map(Object.entries(SLANG));
const NUMBER_MAP: ReadonlyMap<string, string> = new Map(Object.entries(NUMBER_WORDS));

function expandWord(word: string): string[] {
  const expanded = SLANG_MAP.get(word);
  if (expanded === undefined) return [NUMBER_MAP.get(word) ?? word];
  return expanded
    .split(' ')
    .filter((part) => part !== '')
    .map((part) => NUMBER_MAP.get(part) ?? part);
}

function normalizePiece(piece: Piece): string[] {
  if (piece.kind === 'digit') return [stripLeadingZeros(piece.text)];
  if (piece.kind === 'mixed') return [collapseEmphasis(piece.text)];
  return expandWord(collapseEmphasis(piece.text));
}

function hasTwoCodePoints(text: string): boolean {
  const first = (text.codePointAt(0) ?? 0) > 0xffff ? 2 : 1;
  return text.length > first;
}

/**
 * After these words a 2 is a number, not a repetition: "paslon2" is ticket
 * number 2 and "ke2" is "the second", where "anak2" is "anak-anak".
 */
export const NUMBERED_WORDS: ReadonlySet<string> = new Set([
  'paslon', 'nomor', 'no', 'nmr', 'urut', 'capres', 'cawapres', 'caleg', 'calon', 'kandidat', 'coblos', 'pilih',
  'ke', 'nomer', 'pasangan', 'putaran', 'jilid', 'periode', 'tahap', 'sesi', 'part', 'season', 'episode', 'eps',
]);

/** "org2" and "anak2" are how "org-org" and "anak-anak" are typed. */
function isReduplication(piece: Piece, next: Piece | undefined): boolean {
  if (next === undefined || next.kind !== 'digit' || next.text !== '2' || piece.kind !== 'letter') return false;
  const word = collapseEmphasis(piece.text);
  return hasTwoCodePoints(word) && !NUMBERED_WORDS.has(word);
}

function pushWords(tokens: Token[], words: readonly string[], start: number, end: number): void {
  for (const text of words) tokens.push({ text, start, end });
}

function pushPieceTokens(tokens: Token[], pieces: readonly Piece[]): void {
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i];
    const words = normalizePiece(piece);
    if (isReduplication(piece, pieces[i + 1])) {
      const two = pieces[++i];
      pushWords(tokens, [...words, ...words], piece.start, two.end);
    } else {
      pushWords(tokens, words, piece.start, piece.end);
    }
  }
}

/** Folded words of a post, each with its span in the original text. */
export function normalizeTokens(original: string): Token[] {
  const tokens: Token[] = [];
  for (const rawWord of scanRawWords(original)) {
    pushPieceTokens(tokens, splitPieces(replaceLeetDigits(rawWord)));
  }
  return tokens;
}

/** Convenience: the normalised words joined by single spaces. */
export function normalizeText(original: string): string {
  return normalizeTokens(original)
    .map((token) => token.text)
    .join(' ');
}
