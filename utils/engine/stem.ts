import { normalizeTokens } from './normalize';
import type { Token } from './token';

const MIN_STEM = 4;
const PARTICLES = ['lah', 'kah', 'pun', 'nya'];
const SUFFIXES = ['kan', 'an', 'i'];
const isVowel = (c: string | undefined) => c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u';

// Nasal prefixes swallow the root's first consonant: me+tolak = menolak, me+pukul = memukul, me+sapu = menyapu.
const PREFIXES: [string, (rest: string) => string][] = [
  ['meny', (r) => (isVowel(r[0]) ? `s${r}` : r)],
  ['peny', (r) => (isVowel(r[0]) ? `s${r}` : r)],
  ['meng', (r) => r],
  ['peng', (r) => r],
  ['mem', (r) => (isVowel(r[0]) ? `p${r}` : r)],
  ['pem', (r) => (isVowel(r[0]) ? `p${r}` : r)],
  ['men', (r) => (isVowel(r[0]) ? `t${r}` : r)],
  ['pen', (r) => (isVowel(r[0]) ? `t${r}` : r)],
  ['ber', (r) => r],
  ['ter', (r) => r],
  ['per', (r) => r],
  ['di', (r) => r],
  ['ke', (r) => r],
  ['me', (r) => r],
  ['se', (r) => r],
];

function stripOne(word: string, endings: readonly string[]): string {
  const ending = endings.find((e) => word.endsWith(e) && word.length - e.length >= MIN_STEM);
  return ending ? word.slice(0, -ending.length) : word;
}

/**
 * A deliberately light Indonesian stemmer: one particle, one suffix, one prefix.
 * It only has to make "menolak" and "tolak" meet in the claim index; an
 * over-eager stem costs little there, because rare words carry the score.
 */
export function stem(word: string): string {
  if (word.length <= MIN_STEM || !/^[a-z]+$/.test(word)) return word;
  const bare = stripOne(stripOne(word, PARTICLES), SUFFIXES);
  for (const [prefix, restore] of PREFIXES) {
    if (!bare.startsWith(prefix)) continue;
    const root = restore(bare.slice(prefix.length));
    if (root.length >= MIN_STEM) return root;
  }
  return bare;
}

export const stemTokens = (tokens: Token[]): Token[] => tokens.map((t) => ({ ...t, text: stem(t.text) }));

/** How hoax matching reads a claim or a post; the eval and the bench must read them the same way. */
export const hoaxTokens = (text: string): Token[] => stemTokens(normalizeTokens(text));
