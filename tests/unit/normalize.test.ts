import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NUMBER_WORDS, SLANG, normalizeText, normalizeTokens } from '@/utils/engine/normalize';

const words = (text: string) => normalizeTokens(text).map((t) => t.text);
const slices = (text: string) => normalizeTokens(text).map((t) => text.slice(t.start, t.end));

describe('normalizeTokens: Unicode folding', () => {
  it('lower-cases and removes accents, precomposed or combining', () => {
    expect(words('PÉMILU Déjà Vu')).toEqual(['pemilu', 'deja', 'vu']);
    expect(words('Pe\u0301milu')).toEqual(['pemilu']);
  });

  it('folds mathematical, circled and full-width letters', () => {
    expect(words('𝐏𝐢𝐥𝐢𝐡')).toEqual(['pilih']);
    expect(words('ⓟⓘⓛⓘⓗ')).toEqual(['pilih']);
    expect(words('Ⓟⓘⓛⓘⓗ')).toEqual(['pilih']);
    expect(words('Ｐｉｌｉｈ')).toEqual(['pilih']);
    expect(words('𝓅𝒾𝓁𝒾𝒽 𝕡𝕚𝕝𝕚𝕙')).toEqual(['pilih', 'pilih']);
  });

  it('keeps exact spans across surrogate pairs and combining marks', () => {
    const text = '😀 Ayo 𝐏𝐢𝐥𝐢𝐡 cafe\u0301 nomor';
    expect(slices(text)).toEqual(['Ayo', '𝐏𝐢𝐥𝐢𝐡', 'cafe\u0301', 'nomor']);
    expect(normalizeTokens(text)[1]).toEqual({ text: 'pilih', start: 7, end: 17 });
  });

  it('folds compatibility forms whose capitals only appear after decomposition', () => {
    expect(words('㎁')).toEqual(['na']);
  });

  it('separates at a code point that folds to letters mixed with punctuation', () => {
    // "½" folds to "1⁄2"; keeping "12" would invent a number.
    expect(words('a½b')).toEqual(['a', 'b']);
  });
});

describe('normalizeTokens: invisible characters and emoji', () => {
  const invisible = {
    'zero-width space': '\u200B',
    'zero-width non-joiner': '\u200C',
    'zero-width joiner': '\u200D',
    'word joiner': '\u2060',
    'byte-order mark': '\uFEFF',
    'text variation selector': '\uFE0E',
    'emoji variation selector': '\uFE0F',
    'soft hyphen': '\u00AD',
    'Hangul filler': '\u3164',
  };

  for (const [name, char] of Object.entries(invisible)) {
    it(`removes a ${name} inside a word and keeps it inside the span`, () => {
      const text = `ayo pi${char}lih`;
      expect(normalizeTokens(text)).toEqual([
        { text: 'ayo', start: 0, end: 3 },
        { text: 'pilih', start: 4, end: 10 },
      ]);
    });
  }

  it('ignores invisible characters between words and at the edges', () => {
    expect(words('\u200Bpilih\u200B \uFEFFmenang\u2060')).toEqual(['pilih', 'menang']);
    expect(normalizeTokens('\u200B')).toEqual([]);
  });

  it('splits words at emoji, including joined sequences and flags', () => {
    expect(words('pilih😀menang')).toEqual(['pilih', 'menang']);
    expect(words('ayo👨‍👩‍👧coblos🇮🇩sekarang❤️')).toEqual(['ayo', 'coblos', 'sekarang']);
    expect(slices('ayo👨‍👩‍👧coblos')).toEqual(['ayo', 'coblos']);
  });

  it('splits words at other symbols', () => {
    expect(words('pilih★menang→ayo©2024')).toEqual(['pilih', 'menang', 'ayo', '2024']);
  });
});

describe('normalizeTokens: word characters', () => {
  it('splits at # and @ and punctuation', () => {
    expect(words('@prabowo#pilih,coblos!ayo.menang')).toEqual(['prabowo', 'pilih', 'coblos', 'ayo', 'menang']);
    expect(slices('@prabowo #pilih')).toEqual(['prabowo', 'pilih']);
  });

  it('splits a hyphenated word', () => {
    expect(words('anak-anak')).toEqual(['anak', 'anak']);
  });

  it('returns nothing for text without letters or digits', () => {
    expect(normalizeTokens('')).toEqual([]);
    expect(normalizeTokens(' \t\n\u00a0 ... ### 😀😀 @@')).toEqual([]);
  });
});

describe('normalizeTokens: hashtag and camelCase splitting', () => {
  it('splits a hashtag at case and letter/digit boundaries, each piece with its own span', () => {
    const text = '#Pilih02Menang';
    expect(normalizeTokens(text)).toEqual([
      { text: 'pilih', start: 1, end: 6 },
      { text: '2', start: 6, end: 8 },
      { text: 'menang', start: 8, end: 14 },
    ]);
    expect(slices(text)).toEqual(['Pilih', '02', 'Menang']);
  });

  it('splits camelCase words at lower→Upper', () => {
    expect(words('AminMiskinkanKoruptor')).toEqual(['amin', 'miskinkan', 'koruptor']);
    expect(slices('#AminMiskinkanKoruptor')).toEqual(['Amin', 'Miskinkan', 'Koruptor']);
  });

  it('splits camelCase written in fancy letters, using their original casing', () => {
    expect(words('𝐏𝐢𝐥𝐢𝐡𝐌𝐞𝐧𝐚𝐧𝐠')).toEqual(['pilih', 'menang']);
  });

  it('does not split all-caps runs', () => {
    expect(words('KPU PILIH')).toEqual(['kpu', 'pilih']);
    // Only lower→Upper splits, so an acronym glued to a word stays one word.
    expect(words('KPUCurang')).toEqual(['kpucurang']);
  });

  it('splits at letter/digit boundaries', () => {
    expect(words('pemilu2024')).toEqual(['pemilu', '2024']);
    expect(slices('pemilu2024')).toEqual(['pemilu', '2024']);
    expect(words('paslon02')).toEqual(['paslon', '2']);
    expect(words('2024pemilu')).toEqual(['2024', 'pemilu']);
  });
});

describe('normalizeTokens: leetspeak', () => {
  it('reads a single digit between letters as a letter', () => {
    expect(words('c0bl0s d0n4si pr4bowo s1ap t3rus ma5uk se7uju')).toEqual(
      ['coblos', 'donasi', 'prabowo', 'siap', 'terus', 'masuk', 'setuju'],
    );
    expect(words('PR4BOWO')).toEqual(['prabowo']);
    expect(slices('c0bl0s')).toEqual(['c0bl0s']);
  });

  it('keeps multi-digit runs as numbers', () => {
    expect(words('c00l')).toEqual(['c', '0', 'l']);
    expect(words('paslon02menang')).toEqual(['paslon', '2', 'menang']);
  });

  it('does not translate a digit at the edge of a word or outside the leet set', () => {
    expect(words('c0 0bat')).toEqual(['c', '0', '0', 'bat']);
    expect(words('h2o')).toEqual(['h', '2', 'o']);
  });
});

describe('normalizeTokens: repeated letters', () => {
  it('collapses three or more of a letter to one', () => {
    expect(words('pilihhhh bangeeet sooo')).toEqual(['pilih', 'banget', 'so']);
    expect(slices('pilihhhh!')).toEqual(['pilihhhh']);
  });

  it('keeps doubled letters', () => {
    expect(words('saat taat')).toEqual(['saat', 'taat']);
  });

  it('never collapses digits', () => {
    expect(words('1000 2000000')).toEqual(['1000', '2000000']);
    // "㏠" folds to "1日", so the word mixes digits and letters and is not split.
    expect(words('㏠000')).toEqual(['1日000']);
  });

  it('collapses letters made by leetspeak too', () => {
    expect(words('o0o')).toEqual(['o']);
  });
});

describe('normalizeTokens: slang and abbreviations', () => {
  // Written out here rather than read from SLANG, so a missing or wrong entry fails.
  const expected: Array<[string[], string]> = [
    [['yg'], 'yang'],
    [['gk', 'ga', 'gak', 'nggak', 'ngga', 'engga', 'enggak', 'tdk', 'tak'], 'tidak'],
    [['dgn'], 'dengan'],
    [['utk', 'untk'], 'untuk'],
    [['krn', 'krna'], 'karena'],
    [['sdh', 'udh', 'udah'], 'sudah'],
    [['blm'], 'belum'],
    [['bgt'], 'banget'],
    [['jg'], 'juga'],
    [['aja'], 'saja'],
    [['sy'], 'saya'],
    [['kalo', 'klo'], 'kalau'],
    [['tp'], 'tapi'],
    [['dr'], 'dari'],
    [['pd'], 'pada'],
    [['dlm'], 'dalam'],
    [['org'], 'orang'],
    [['bs', 'bisa'], 'bisa'],
    [['sm'], 'sama'],
    [['gimana', 'gmn'], 'bagaimana'],
    [['knp'], 'kenapa'],
    [['skrg'], 'sekarang'],
    [['trs'], 'terus'],
    [['lg'], 'lagi'],
    [['emg'], 'memang'],
    [['byk'], 'banyak'],
    [['tsb'], 'tersebut'],
    [['kpd'], 'kepada'],
    [['spt'], 'seperti'],
    [['jgn'], 'jangan'],
    [['sbg'], 'sebagai'],
    [['thn'], 'tahun'],
    [['bpk', 'pak'], 'bapak'],
  ];

  for (const [forms, word] of expected) {
    it(`expands ${forms.join('/')} to ${word}`, () => {
      for (const form of forms) expect(words(form)).toEqual([word]);
    });
  }

  it('expands folded, emphasised and hashtag forms', () => {
    expect(words('YG Gaaak Ｔｄｋ')).toEqual(['yang', 'tidak', 'tidak']);
    expect(words('#GakPilihOrg')).toEqual(['tidak', 'pilih', 'orang']);
    expect(slices('#GakPilih')).toEqual(['Gak', 'Pilih']);
  });

  it('expands whole words only', () => {
    expect(words('yogya gakpapa')).toEqual(['yogya', 'gakpapa']);
  });

  it('does not look words up on the object prototype', () => {
    expect(words('constructor __proto__')).toEqual(['constructor', 'proto']);
  });

  it('has folded keys and single-space word values that are not themselves keys', () => {
    for (const [key, value] of Object.entries(SLANG)) {
      expect(key).toMatch(/^[\p{Ll}\p{N}]+$/u);
      expect(value).toMatch(/^[\p{L}\p{N}]+( [\p{L}\p{N}]+)*$/u);
      for (const part of value.split(' ')) expect(Object.hasOwn(SLANG, part)).toBe(false);
    }
  });
});

describe('normalizeTokens: reduplication with 2', () => {
  it('reads a 2 after a word that takes numbers as the number: paslon2 is ticket 2', () => {
    expect(words('paslon2')).toEqual(['paslon', '2']);
    expect(words('#Coblos2')).toEqual(['coblos', '2']);
    expect(words('ke2')).toEqual(['ke', '2']);
  });

  it('writes org2 as two words sharing the span of "org2"', () => {
    expect(normalizeTokens('ada org2 itu')).toEqual([
      { text: 'ada', start: 0, end: 3 },
      { text: 'orang', start: 4, end: 8 },
      { text: 'orang', start: 4, end: 8 },
      { text: 'itu', start: 9, end: 12 },
    ]);
  });

  it('doubles any word of two or more letters', () => {
    expect(words('anak2')).toEqual(['anak', 'anak']);
    expect(slices('anak2')).toEqual(['anak2', 'anak2']);
    expect(words('Anak2nya')).toEqual(['anak', 'anak', 'nya']);
    expect(words('yg2')).toEqual(['yang', 'yang']);
  });

  it('leaves a single letter, another number or a leading-zero 2 alone', () => {
    expect(words('a2')).toEqual(['a', '2']);
    expect(words('anak22')).toEqual(['anak', '22']);
    expect(words('anak02')).toEqual(['anak', '2']);
    expect(words('anak3')).toEqual(['anak', '3']);
  });
});

describe('normalizeTokens: numbers', () => {
  it('turns Indonesian and English number words into digits', () => {
    expect(words('nol satu dua tiga empat lima enam tujuh delapan sembilan sepuluh')).toEqual(
      ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10'],
    );
    expect(words('zero one two three four five six seven eight nine ten')).toEqual(
      ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10'],
    );
    expect(words('DUA Ｔｉｇａ')).toEqual(['2', '3']);
  });

  it('does not treat the prefix "se" as one', () => {
    expect(words('se')).toEqual(['se']);
  });

  it('drops leading zeros but keeps a lone zero', () => {
    expect(words('02 01 007 0 00 2024')).toEqual(['2', '1', '7', '0', '0', '2024']);
    expect(slices('02')).toEqual(['02']);
  });

  it('makes every way of writing a ballot number the same', () => {
    const written = ['nomor urut 02', 'nomor urut dua', 'nomor urut 2', 'Nomor Urut #02', 'nomor urut Ｄｕａ'];
    for (const text of written) expect(normalizeText(text)).toBe('nomor urut 2');
  });

  it('exports number words that all map to digits', () => {
    for (const value of Object.values(NUMBER_WORDS)) expect(value).toMatch(/^\d+$/);
  });
});

describe('normalizeText', () => {
  it('joins the normalised words with single spaces', () => {
    expect(normalizeText('  Ayo   #C0bl0s  paslon02  yg  pilihhh 😀 ')).toBe('ayo coblos paslon 2 yang pilih');
    expect(normalizeText('')).toBe('');
  });
});

describe('normalizeTokens: hostile input', () => {
  it('survives lone surrogates and control characters', () => {
    expect(words('a\uD800b\uDC00c\u0000d\u0007e\u001Bf')).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(words('\uDBFF\uDFFF\uD83D')).toEqual([]);
  });

  it('handles 100,000 letters as one collapsed token', () => {
    expect(normalizeTokens('a'.repeat(100_000))).toEqual([{ text: 'a', start: 0, end: 100_000 }]);
  });

  it('handles 100,000 emoji as no tokens', () => {
    expect(normalizeTokens('😀'.repeat(100_000))).toEqual([]);
  });

  it('handles 100,000 characters of camelCase and leetspeak', () => {
    const camel = normalizeTokens('aB'.repeat(50_000));
    expect(camel).toHaveLength(50_001);
    expect(camel[50_000]).toEqual({ text: 'b', start: 99_999, end: 100_000 });
    expect(normalizeText('a0'.repeat(50_000))).toBe(`${'ao'.repeat(49_999)}a 0`);
  });

  it('handles 100,000 zero-width spaces inside one word', () => {
    expect(normalizeTokens(`a${'\u200B'.repeat(100_000)}b`)).toEqual([{ text: 'ab', start: 0, end: 100_002 }]);
  });
});

describe('normalizeTokens: properties', () => {
  function expectWellFormed(text: string): void {
    const tokens = normalizeTokens(text);
    let previous: { start: number; end: number } | undefined;
    for (const token of tokens) {
      expect(token.text).toMatch(/^[\p{L}\p{N}]+$/u);
      expect(token.start).toBeGreaterThanOrEqual(0);
      expect(token.start).toBeLessThan(token.end);
      expect(token.end).toBeLessThanOrEqual(text.length);
      if (previous) {
        expect(token.start).toBeGreaterThanOrEqual(previous.start);
        // Tokens from one expansion share a span; otherwise they never overlap.
        const sameSpan = token.start === previous.start && token.end === previous.end;
        if (!sameSpan) expect(token.start).toBeGreaterThanOrEqual(previous.end);
      }
      previous = token;
    }
  }

  it('gives well-formed tokens for any UTF-16 string, lone surrogates included', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), expectWellFormed), { numRuns: 500 });
  });

  it('gives well-formed tokens for any string of graphemes', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 100 }), expectWellFormed), { numRuns: 500 });
  });

  const postLike = fc.string({
    unit: fc.constantFrom(...Array.from('aAbBgGkKoOyY0123457 #@.😀\u200B\u00ADé')),
    maxLength: 60,
  });

  it('gives well-formed tokens for post-like strings', () => {
    fc.assert(fc.property(postLike, expectWellFormed), { numRuns: 1000 });
  });

  it('is idempotent on post-like strings', () => {
    fc.assert(
      fc.property(postLike, (text) => {
        const once = normalizeText(text);
        expect(normalizeText(once)).toBe(once);
      }),
      { numRuns: 1000 },
    );
  });

  it('ignores a zero-width space inserted anywhere inside a lower-case word', () => {
    const lowerWord = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'.split('')), minLength: 2 });
    fc.assert(
      fc.property(lowerWord, fc.nat(), (word, at) => {
        const cut = 1 + (at % (word.length - 1));
        expect(normalizeText(`${word.slice(0, cut)}\u200B${word.slice(cut)}`)).toBe(normalizeText(word));
      }),
    );
  });
});
