import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEngine } from '@/utils/engine/engine';
import type { HoaxList } from '@/utils/lists/hoax-list';
import { bundledPatterns } from './support/bundled-lists';

const hoaxes: HoaxList = {
  kind: 'hoaxes', formatVersion: 1, listId: 'fuzz', name: 'fuzz', publisher: 'test', version: 1, languages: ['id'],
  entries: [
    { id: 'a', claim: 'Kotak suara tercoblos ditemukan di gudang', verdict: 'false', sources: [] },
    { id: 'b', claim: '𝐔𝐚𝐧𝐠 tunai dibagikan lewat tautan', verdict: 'false', sources: [] },
  ],
};
const engine = createEngine({ patterns: bundledPatterns(), hoaxes });

// Post-like text: the words the engine looks for, mixed with arbitrary Unicode.
const postLike = fc
  .array(fc.oneof(fc.constantFrom('coblos', 'nomor urut 02', 'donasi', 'BCA 1234567', '#Pilih02Menang', 'kotak suara', '😀', '\u200b', 'c0bl0s'), fc.string({ unit: 'binary' })))
  .map((parts) => parts.join(' '));

describe('engine on arbitrary input', () => {
  it('never throws, and every span lies inside the text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), postLike), fc.boolean(), (text, sponsored) => {
        const analysis = engine.analyse({ text, sponsored });
        for (const m of [...analysis.matches, ...analysis.flags.flatMap((f) => f.matches)]) {
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.end).toBeLessThanOrEqual(text.length);
          expect(m.start).toBeLessThan(m.end);
        }
        for (const flag of analysis.flags) expect(flag.score).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 400 },
    );
  });

  it('scans 100,000 characters of a, of emoji, and of flagged words', () => {
    expect(engine.analyse({ text: 'a'.repeat(100_000), sponsored: false }).flags).toEqual([]);
    expect(engine.analyse({ text: '😀'.repeat(50_000), sponsored: false }).flags).toEqual([]);
    const flagged = engine.analyse({ text: 'coblos donasi '.repeat(7_200), sponsored: false });
    expect(flagged.flags.map((f) => f.kind)).toEqual(['campaign', 'election_fundraising']);
  });

  it('treats HTML and script in a caption as words', () => {
    const analysis = engine.analyse({ text: '<img src=x onerror=alert(1)><script>coblos()</script>', sponsored: false });
    expect(analysis.campaign).toBe(true);
  });
});
