/**
 * What the shape of a post's own text says: its hashtags, and whether it reads
 * as a shared news headline. Plain character loops: no regular expression ever
 * runs over post text.
 */
export interface Span {
  start: number;
  end: number;
}

function isLetter(char: string): boolean {
  // A cased letter is one whose upper and lower case differ; that covers accented Latin.
  return char.toLowerCase() !== char.toUpperCase();
}

function isCapital(char: string): boolean {
  return isLetter(char) && char === char.toUpperCase();
}

function isDigit(char: string): boolean {
  return char >= '0' && char <= '9';
}

/** Letters, digits and "_" continue a hashtag; anything else (space, punctuation, emoji) ends it. */
function isHashtagChar(char: string): boolean {
  return char === '_' || isDigit(char) || isLetter(char);
}

/** Every hashtag of the text, without its "#". */
export function hashtags(text: string): Span[] {
  const tags: Span[] = [];
  for (let at = text.indexOf('#'); at !== -1; at = text.indexOf('#', at + 1)) {
    let end = at + 1;
    while (end < text.length && isHashtagChar(text[end])) end++;
    if (end > at + 1) tags.push({ start: at + 1, end });
    at = end - 1;
  }
  return tags;
}

export const inside = (match: Span, tag: Span) => match.start >= tag.start && match.end <= tag.end;

/** Tickets go by their ballot number written with a leading zero: 01, 02, 03. */
const TICKET_NUMBERS: ReadonlySet<string> = new Set(['01', '02', '03']);

/**
 * A tag that joins words to a ticket number (#YukPindah02, #02PahamPertahananNegara)
 * rallies for that ticket. "2024" or "002" is not a ticket number, and a tag
 * that is only a number says nothing.
 */
export function namesTicketNumberAndMore(text: string, tag: Span): boolean {
  let letters = false;
  let ticket = false;
  for (let at = tag.start; at < tag.end; ) {
    if (!isDigit(text[at])) {
      letters = true;
      at++;
      continue;
    }
    let end = at;
    while (end < tag.end && isDigit(text[end])) end++;
    if (TICKET_NUMBERS.has(text.slice(at, end))) ticket = true;
    at = end;
  }
  return letters && ticket;
}

/** The 2024 contestants' names as people glue them into all-lower-case tags (#relawanprabowogibran). */
const GLUED_NAMES: readonly string[] = ['prabowo', 'gibran', 'anies', 'ganjar', 'mahfud', 'muhaimin'];
/**
 * The rest of their names and the nickname the pattern list keeps as part of a
 * name: a tag made of nothing else only names them (#prabowosubianto,
 * #gibranrakabuming, #prabowogemoy), as its camelCase twin does.
 */
const NAME_PARTS: readonly string[] = [
  ...GLUED_NAMES, 'rakabuming', 'subianto', 'baswedan', 'iskandar', 'pranowo', 'rasyid', 'gemoy', 'raka', 'imin', 'cak', 'gus', 'md',
].sort((a, b) => b.length - a.length);
/** Other words that hold a name: "ganjaran" is a reward, "companies" holds "anies", Kahlil Gibran was a poet. */
const NAME_HOSTS: readonly string[] = ['ganjaran', 'mengganjar', 'diganjar', 'companies', 'kahlilgibran', 'khalilgibran'];
/** Letters a tag must add to a name to say something about them ("bubble", "relawan", "mending"). */
const MIN_EXTRA_LETTERS = 3;

function removeAll(text: string, part: string): string {
  return text.split(part).join(' ');
}

function countLetters(text: string): number {
  let letters = 0;
  for (const char of text) if (isLetter(char)) letters++;
  return letters;
}

const TICKET_ACRONYM = 'AMIN';
/**
 * "AMIN", the 01 ticket's acronym, as a capital run inside a longer tag
 * (#HotlineParisAMIN, #AMINPeduliGuru): a capital run of its own, ending the
 * tag or followed by digits or a capitalised word. "Amin" the prayer word is
 * not in capitals, and "AMINUDDIN" or "KAMINSKI" run on past it.
 */
function gluesTicketAcronym(word: string): boolean {
  if (word.length <= TICKET_ACRONYM.length) return false;
  for (let at = word.indexOf(TICKET_ACRONYM); at !== -1; at = word.indexOf(TICKET_ACRONYM, at + 1)) {
    const next = word[at + TICKET_ACRONYM.length];
    const afterNext = word[at + TICKET_ACRONYM.length + 1];
    const startsRun = at === 0 || !isCapital(word[at - 1]);
    // After it: the tag's end, a digit, or a capitalised word ("Peduli"), never more capitals ("AMINUDDIN").
    const endsRun =
      next === undefined || isDigit(next) || (isCapital(next) && afterNext !== undefined && isLetter(afterNext) && !isCapital(afterNext));
    if (startsRun && endsRun) return true;
  }
  return false;
}

/**
 * A tag in which the tokeniser found no contestant, though one is glued in: an
 * all-lower-case tag is one token (#relawanprabowogibran, #asalbukanprabowo), and
 * a capital run swallows the name after it (#TPNGanjarMahfud is "tpnganjar").
 * Found by plain substring search: a contestant's name glued to more words
 * rallies for or against them, like its camelCase twin. The caller passes only
 * tags with no contestant match inside, so #AniesBaswedan stays a name.
 */
export function gluesContestantName(text: string, tag: Span): boolean {
  const written = text.slice(tag.start, tag.end);
  if (gluesTicketAcronym(written)) return true;
  const word = written.toLowerCase();
  if (NAME_HOSTS.some((host) => word.includes(host))) return false;
  if (!GLUED_NAMES.some((name) => word.includes(name))) return false;
  const rest = NAME_PARTS.reduce(removeAll, word);
  return countLetters(rest) >= MIN_EXTRA_LETTERS;
}

const HEADLINE_MIN_WORDS = 5;
const HEADLINE_MAX_WORDS = 30;
/** Share of words, short function words aside, that start with a capital. */
const HEADLINE_MIN_CAPITALISED = 0.85;
/** From this share of capital letters on, a post is shouting, not title case. */
const SHOUTING_MIN_CAPITALS = 0.5;
/** Short words that title case leaves in lower case ("Alumni UGM Deklarasi Dukung Anies di Bali"). */
const TITLE_CASE_LOWER: ReadonlySet<string> = new Set([
  'di', 'ke', 'dari', 'dan', 'yang', 'untuk', 'dengan', 'pada', 'dalam', 'oleh', 'atau', 'bagi', 'soal', 'jadi', 'ini', 'itu',
  'the', 'of', 'and', 'in', 'on', 'to', 'for', 'a', 'an', 'at', 'by', 'with', 'vs',
]);

function isSpace(char: string): boolean {
  return char === ' ' || char === '\n' || char === '\t' || char === '\r';
}

/** Whitespace-separated words as written. */
function rawWords(text: string): string[] {
  const found: string[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const space = i === text.length || isSpace(text[i]);
    if (space && start !== -1) found.push(text.slice(start, i));
    if (space) start = -1;
    else if (start === -1) start = i;
  }
  return found;
}

/**
 * Two or more dots with more words after them ("Papua....Begitu riang",
 * "No More... Anies Forever"): the trailing-off of someone talking. A headline
 * is one clause and never pauses like that.
 */
function trailsOff(text: string): boolean {
  for (let at = text.indexOf('..'); at !== -1; at = text.indexOf('..', at + 2)) {
    let next = at + 2;
    while (next < text.length && (text[next] === '.' || text[next] === ' ')) next++;
    if (next < text.length && isLetter(text[next])) return true;
    at = next - 2;
  }
  return false;
}

/**
 * A news headline, shared as it is: short and in title case ("Alumni UGM
 * Deklarasi Dukung Anies-Muhaimin", "Jika Prabowo Menang, ..."). Its praise or
 * attack words are the story being reported, not the sharer's own voice.
 * Links, hashtags, @handles and numbers are not counted as words.
 */
export function isHeadline(text: string): boolean {
  if (trailsOff(text)) return false;
  let count = 0;
  let capitalised = 0;
  let letters = 0;
  let capitals = 0;
  for (const word of rawWords(text)) {
    if (!isLetter(word[0]) || word.startsWith('http') || TITLE_CASE_LOWER.has(word)) continue;
    count++;
    if (isCapital(word[0])) capitalised++;
    for (const char of word) {
      if (!isLetter(char)) continue;
      letters++;
      if (isCapital(char)) capitals++;
    }
  }
  return (
    count >= HEADLINE_MIN_WORDS &&
    count <= HEADLINE_MAX_WORDS &&
    capitalised / count >= HEADLINE_MIN_CAPITALISED &&
    capitals / letters < SHOUTING_MIN_CAPITALS
  );
}

function isWordChar(char: string): boolean {
  return isLetter(char) || isDigit(char);
}

/** The word that ends right before `at` (letters and digits, lower case), or '' when none. */
export function wordBefore(text: string, at: number): string {
  let end = at;
  while (end > 0 && !isWordChar(text[end - 1])) end--;
  let start = end;
  while (start > 0 && isWordChar(text[start - 1])) start--;
  return text.slice(start, end).toLowerCase();
}

/** Up to `count` words before `at`, nearest first, in lower case; a clause end stops the search. */
export function wordsBefore(text: string, at: number, count: number): string[] {
  const found: string[] = [];
  let end = at;
  while (found.length < count) {
    while (end > 0 && !isWordChar(text[end - 1]) && !CLAUSE_ENDS.includes(text[end - 1])) end--;
    if (end === 0 || CLAUSE_ENDS.includes(text[end - 1])) break;
    const word = wordBefore(text, end);
    found.push(word);
    end -= word.length;
  }
  return found;
}

/** Marks that end a clause: what follows them starts afresh ("Ayo! Dukung ..."). */
const CLAUSE_ENDS = '.!?:;\n"“”\'(';

/**
 * `at` opens its clause: only spaces, quotes or emoji lie between it and the text's
 * start, a clause end, an @handle or the "RT" of a repost.
 */
export function opensClause(text: string, at: number): boolean {
  let i = at;
  for (;;) {
    while (i > 0 && !isWordChar(text[i - 1]) && !CLAUSE_ENDS.includes(text[i - 1]) && text[i - 1] !== '@' && text[i - 1] !== '#') i--;
    if (i === 0 || CLAUSE_ENDS.includes(text[i - 1])) return true;
    if (text[i - 1] === '@' || text[i - 1] === '#') return false;
    const word = wordBefore(text, i);
    let start = i - word.length;
    // A repost marker or an @handle before the words: the clause still opens here.
    if (word === 'rt' && (start === 0 || !isWordChar(text[start - 1]))) {
      i = start;
      continue;
    }
    while (start > 0 && !isSpace(text[start - 1])) start--;
    if (text[start] === '@') {
      i = start;
      continue;
    }
    return false;
  }
}

/** Whitespace-separated words between two offsets, in lower case, punctuation trimmed. */
export function wordsBetween(text: string, from: number, to: number): string[] {
  return rawWords(text.slice(from, to))
    .map((word) => {
      let start = 0;
      let end = word.length;
      while (start < end && !isWordChar(word[start])) start++;
      while (end > start && !isWordChar(word[end - 1])) end--;
      return word.slice(start, end).toLowerCase();
    })
    .filter((word) => word !== '');
}
