import { describe, expect, it } from 'vitest';
import { tokenize } from '@/utils/engine/tokenize';

const words = (text: string) => tokenize(text).map((t) => t.text);
const slices = (text: string) => tokenize(text).map((t) => text.slice(t.start, t.end));

describe('tokenize', () => {
  it('folds upper case and accents', () => {
    expect(words('PÉMILU Déjà Vu')).toEqual(['pemilu', 'deja', 'vu']);
  });

  it('folds an accent written as a separate combining mark', () => {
    // "e" followed by U+0301 COMBINING ACUTE ACCENT
    expect(words('Pe\u0301milu')).toEqual(['pemilu']);
  });

  it('folds fancy Unicode letters through NFKD', () => {
    expect(words('𝐏𝐢𝐥𝐢𝐡')).toEqual(['pilih']); // mathematical bold
    expect(words('ｐｅｍｉｌｕ')).toEqual(['pemilu']); // full-width
    expect(words('Ⓟⓔⓜⓘⓛⓤ')).toEqual(['pemilu']); // circled
  });

  it('gives spans that slice the original words, even after surrogate pairs', () => {
    const text = '😀 Ayo 𝐏𝐢𝐥𝐢𝐡 nomor 2 🇮🇩 PÉMILU';
    expect(slices(text)).toEqual(['Ayo', '𝐏𝐢𝐥𝐢𝐡', 'nomor', '2', 'PÉMILU']);
    expect(tokenize(text)[0]).toEqual({ text: 'ayo', start: 3, end: 6 });
  });

  it('includes a trailing combining mark in the span of its word', () => {
    const text = 'cafe\u0301 ok';
    expect(tokenize(text)[0]).toEqual({ text: 'cafe', start: 0, end: 5 });
  });

  it('splits on punctuation, hashtags and emoji', () => {
    expect(words('#pemilu2024#coblos,pilih!ayo😀vote')).toEqual(['pemilu2024', 'coblos', 'pilih', 'ayo', 'vote']);
    expect(slices('#pemilu2024#coblos')).toEqual(['pemilu2024', 'coblos']);
  });

  it('returns no tokens for empty, whitespace-only or punctuation-only text', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' \t\n\u00a0  ')).toEqual([]);
    expect(tokenize('!!! ... ### 😀😀')).toEqual([]);
  });

  it('handles 100,000 letters as one token', () => {
    const text = 'a'.repeat(100_000);
    const tokens = tokenize(text);
    expect(tokens).toHaveLength(1);
    expect(tokens[0].start).toBe(0);
    expect(tokens[0].end).toBe(100_000);
    expect(tokens[0].text.length).toBe(100_000);
  });

  it('handles 100,000 emoji as no tokens', () => {
    expect(tokenize('😀'.repeat(100_000))).toEqual([]);
  });

  it('handles 100,000 alternating emoji and letters', () => {
    const tokens = tokenize('😀a'.repeat(100_000));
    expect(tokens).toHaveLength(100_000);
    expect(tokens[99_999]).toEqual({ text: 'a', start: 299_999, end: 300_000 });
  });
});
