import { describe, expect, it } from 'vitest';
import { claimTexts, createEngine, HOAX_THRESHOLD } from '@/utils/engine/engine';
import { buildHoaxIndex } from '@/utils/engine/hoax-index';
import { createHoaxMatcher } from '@/utils/engine/hoax-match';
import { fromSnapshot, HOAX_SNAPSHOT_FORMAT, toSnapshot } from '@/utils/engine/hoax-snapshot';
import { normalizeTokens } from '@/utils/engine/normalize';
import { stem, stemTokens } from '@/utils/engine/stem';
import type { HoaxList } from '@/utils/lists/hoax-list';
import { bundledPatterns } from './support/bundled-lists';

// Made-up claims, written for these tests.
const hoaxes: HoaxList = {
  kind: 'hoaxes', formatVersion: 1, listId: 'test', name: 'test', publisher: 'test', version: 1, languages: ['id'],
  entries: [
    { id: 'h1', claim: 'Kotak suara tercoblos ditemukan di gudang kecamatan Cibinong', verdict: 'false', date: '2024-02-10', sources: [{ publisher: 'cek', url: 'https://cek.example/h1' }] },
    { id: 'h2', claim: 'Pemerintah membagikan uang tunai 5 juta lewat tautan WhatsApp', verdict: 'false', sources: [{ publisher: 'cek', url: 'https://cek.example/h2' }] },
    { id: 'h3', claim: 'Vaksin mengandung microchip pelacak buatan luar negeri', verdict: 'false', variants: ['chip pelacak disuntikkan lewat vaksin'], sources: [{ publisher: 'cek', url: 'https://cek.example/h3' }] },
    { id: 'h4', claim: 'Jembatan layang Semanggi runtuh diterjang angin kencang', verdict: 'misleading', sources: [{ publisher: 'cek', url: 'https://cek.example/h4' }] },
  ],
};
// Word weights come from how rare a word is among the claims, so the test list
// gets a few hundred filler claims, as a real list has thousands.
const FILLER_WORDS = 'harga beras naik turun banjir jalan tol menteri gubernur sekolah guru dokter pasar listrik air bensin kereta bandara pelabuhan desa kota'.split(' ');
const fillers = Array.from({ length: 400 }, (_, i) => ({
  id: `f${i}`,
  claim: [0, 1, 2, 3, 4].map((k) => FILLER_WORDS[(i * 7 + k * 13 + k * i) % FILLER_WORDS.length]).join(' ') + ` nomor${i}`,
  verdict: 'false',
  sources: [],
}));
const engine = createEngine({ patterns: bundledPatterns(), hoaxes: { ...hoaxes, entries: [...hoaxes.entries, ...fillers] } });
const hoaxOf = (text: string) => engine.analyse({ text, sponsored: false }).hoax;

describe('hoax matching', () => {
  it('finds the claim a post repeats in its own words, with capitals, hashtags and emoji', () => {
    const hoax = hoaxOf('VIRAL!!! 😱 kotak suara sudah TERCOBLOS ditemukan di gudang kecamatan cibinong #pemilu2024 #curang');
    expect(hoax).toMatchObject({ claimId: 'h1', url: 'https://cek.example/h1', verdict: 'false', date: '2024-02-10' });
    expect(hoax!.score).toBeGreaterThanOrEqual(HOAX_THRESHOLD);
    expect(hoax!.sharedWords).toEqual(expect.arrayContaining(['kotak', 'gudang', 'cibinong']));
  });

  it('finds a paraphrase with the words reordered, slang and other affixes', () => {
    expect(hoaxOf('uang tunai 5 juta dibagikan pemerintah utk warga, klik tautan whatsapp ini')).toMatchObject({ claimId: 'h2' });
  });

  it('matches a variant as its entry', () => {
    expect(hoaxOf('hati2 chip pelacak disuntikkan lewat vaksin!!')).toMatchObject({ claimId: 'h3' });
  });

  it('does not flag a post that only shares the topic', () => {
    expect(hoaxOf('Warga antre vaksin booster di puskesmas Cibinong pagi ini')).toBeNull();
    expect(hoaxOf('Resep rendang padang empuk dan gurih')).toBeNull();
    expect(hoaxOf('')).toBeNull();
  });

  it('flags it as a hoax with the fact-check link in the reason', () => {
    const hoaxFlag = engine.analyse({ text: 'jembatan layang semanggi runtuh diterjang angin kencang tadi malam', sponsored: false })
      .flags.find((f) => f.kind === 'hoax');
    expect(hoaxFlag?.hoax?.url).toBe('https://cek.example/h4');
    expect(hoaxFlag?.reason).toContain('Jembatan layang Semanggi');
  });

  it('drops a hoax flag whose claim the user muted, and keeps it for everyone else', () => {
    const input = { text: 'jembatan layang semanggi runtuh diterjang angin kencang tadi malam', sponsored: false };
    expect(engine.check([input])[0].flags.map((f) => f.kind)).toContain('hoax');
    const muted = { patterns: new Set<string>(), claims: new Set(['h4']) };
    expect(engine.check([input], muted)[0].flags.map((f) => f.kind)).not.toContain('hoax');
  });

  it('gives the runner-up margin: a post between two near-identical claims is less sure', () => {
    const tokenize = (t: string) => stemTokens(normalizeTokens(t));
    const twins = buildHoaxIndex([{ entry: 0, text: 'banjir besar melanda kota Bekasi hari ini' }, { entry: 1, text: 'banjir besar melanda kota Bekasi kemarin' }], tokenize);
    const alone = buildHoaxIndex([{ entry: 0, text: 'banjir besar melanda kota Bekasi hari ini' }, { entry: 1, text: 'harga cabai naik tajam' }], tokenize);
    const post = tokenize('banjir besar melanda kota bekasi');
    expect(createHoaxMatcher(twins)(post)!.confidence).toBeLessThan(createHoaxMatcher(alone)(post)!.confidence);
  });
});

describe('hoax index snapshot', () => {
  it('restores to an index that answers exactly as the original', () => {
    const tokenize = (t: string) => stemTokens(normalizeTokens(t));
    const index = buildHoaxIndex(claimTexts(hoaxes.entries), tokenize);
    const restored = fromSnapshot(structuredClone(toSnapshot(index)))!;
    const post = tokenize('kotak suara tercoblos ditemukan di gudang kecamatan');
    expect(createHoaxMatcher(restored)(post)).toEqual(createHoaxMatcher(index)(post));
    expect(restored.terms).toEqual(index.terms);
  });

  it('refuses a snapshot of another format, so the caller rebuilds', () => {
    const snapshot = toSnapshot(buildHoaxIndex([{ entry: 0, text: 'satu dua' }], normalizeTokens));
    expect(fromSnapshot({ ...snapshot, format: (HOAX_SNAPSHOT_FORMAT + 1) as typeof HOAX_SNAPSHOT_FORMAT })).toBeNull();
  });
});

describe('stem', () => {
  it.each([
    ['menolak', 'tolak'], ['memukul', 'pukul'], ['menyapu', 'sapu'], ['dibagikan', 'bagi'], ['membagikan', 'bagi'],
    ['pemerintah', 'perintah'], ['rumahnya', 'rumah'], ['kotak', 'kotak'], ['2024', '2024'],
  ])('%s → %s', (word, root) => {
    expect(stem(word)).toBe(root);
  });
});
