import { describe, expect, it } from 'vitest';
import { buildPhraseIndex, findPhrases } from '@/utils/engine/phrase-index';
import type { PatternEntry } from '@/utils/lists/pattern-list';
import { normalizeTokens as tokenize } from '@/utils/engine/normalize';

type PhraseEntry = Omit<PatternEntry, 'id'>;
const withIds = (entries: PhraseEntry[]): PatternEntry[] => entries.map((e, i) => ({ id: `p${i}`, ...e }));
const compile = (entries: PhraseEntry[]) => buildPhraseIndex(withIds(entries), tokenize);

function find(entries: PhraseEntry[], text: string) {
  return findPhrases(compile(entries), tokenize(text));
}

describe('phrase index', () => {
  it('matches a multi-word phrase and reports its span in the original text', () => {
    const text = 'Jangan lupa, TIM   Kampanye siap!';
    const found = find([{ phrase: 'tim kampanye', group: 'election' }], text);
    expect(found).toEqual([{ patternId: 'p0', phrase: 'tim kampanye', group: 'election', start: 13, end: 27 }]);
    expect(text.slice(found[0].start, found[0].end)).toBe('TIM   Kampanye');
  });

  it('does not match a multi-word phrase whose words are not adjacent', () => {
    expect(find([{ phrase: 'tim kampanye', group: 'election' }], 'tim sepak bola kampanye')).toEqual([]);
  });

  it('prefers the longest phrase at the same place, whatever the list order', () => {
    const entries: PhraseEntry[] = [
      { phrase: 'nomor urut', group: 'election' },
      { phrase: 'nomor urut 2', group: 'call_to_vote' },
      { phrase: 'nomor', group: 'money_appeal' },
    ];
    const found = find(entries, 'pilih nomor urut 2 ya');
    expect(found.map((m) => m.phrase)).toEqual(['nomor urut 2']);
    expect(found[0].group).toBe('call_to_vote');
  });

  it('falls back to a shorter phrase when the longer one does not fit', () => {
    const entries: PhraseEntry[] = [
      { phrase: 'nomor urut 2', group: 'call_to_vote' },
      { phrase: 'nomor urut', group: 'election' },
    ];
    expect(find(entries, 'nomor urut 3').map((m) => m.phrase)).toEqual(['nomor urut']);
    // The longer phrase would run past the end of the text.
    expect(find(entries, 'nomor urut').map((m) => m.phrase)).toEqual(['nomor urut']);
  });

  it('does not report overlapping matches inside a longer match', () => {
    const entries: PhraseEntry[] = [
      { phrase: 'coblos nomor', group: 'call_to_vote' },
      { phrase: 'nomor urut', group: 'election' },
    ];
    expect(find(entries, 'coblos nomor urut').map((m) => m.phrase)).toEqual(['coblos nomor']);
  });

  it('finds every occurrence, in text order', () => {
    const text = 'ovo dan OVO';
    const found = find([{ phrase: 'ovo', group: 'payment_channel' }], text);
    expect(found.map((m) => text.slice(m.start, m.end))).toEqual(['ovo', 'OVO']);
  });

  it('matches whole words only', () => {
    const entries: PhraseEntry[] = [{ phrase: 'ovo', group: 'payment_channel' }];
    expect(find(entries, 'an ovoid shape, bovo, ovoku')).toEqual([]);
    expect(find(entries, 'bayar (ovo)')).toHaveLength(1);
  });

  it('matches a phrase written with accents or capitals in the list', () => {
    expect(find([{ phrase: 'PÉMILU', group: 'election' }], 'pemilu')).toHaveLength(1);
  });

  it('treats regex metacharacters in a phrase as plain punctuation, without throwing', () => {
    const entries: PhraseEntry[] = [
      { phrase: 'a.*b(', group: 'election' },
      { phrase: '[(+?', group: 'election' },
    ];
    expect(() => compile(entries)).not.toThrow();
    expect(find(entries, 'say a.*b( now')).toHaveLength(1);
    // As a regex, "a.*b" would match this; as words it must not.
    expect(find(entries, 'a long b')).toEqual([]);
    expect(find(entries, 'axxb')).toEqual([]);
  });

  it('ignores empty and punctuation-only phrases', () => {
    const index = compile([
      { phrase: '', group: 'election' },
      { phrase: '   ', group: 'election' },
      { phrase: '!!!', group: 'election' },
    ]);
    expect(index.byFirstWord.size).toBe(0);
    expect(findPhrases(index, tokenize('anything at all !!!'))).toEqual([]);
  });

  it('finds nothing in empty text', () => {
    expect(find([{ phrase: 'pemilu', group: 'election' }], '')).toEqual([]);
  });

  it('counts a bank name only when an account number follows it', () => {
    const bank: PhraseEntry[] = [{ phrase: 'bca', group: 'bank_account', requiresAccountNumber: true }];
    expect(find(bank, 'transfer ke BCA 1234567890 ya')).toHaveLength(1);
    expect(find(bank, 'rekening BCA a.n. Budi 123 456 7890')).toHaveLength(1);
    expect(find(bank, 'promo cashback BCA 50 persen')).toEqual([]);
    expect(find(bank, 'BCA')).toEqual([]);
  });
});
