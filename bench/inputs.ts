import type { HoaxEntry } from '../utils/lists/hoax-list';
import { hasSharedData, readCsv, readHoaxPairs } from '../eval/shared-data';

// A fixed seed: every run measures the same synthetic claims.
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FALLBACK_WORDS = (
  'video foto viral presiden menteri pemilu capres cawapres partai kampanye bantuan rakyat jakarta surabaya ' +
  'bandung korupsi polisi tentara banjir gempa vaksin harga beras minyak pajak gaji guru dokter rumah sakit ' +
  'sekolah mahasiswa demo dpr kpu bawaslu suara curang hoaks pesan berantai whatsapp tiktok youtube uang'
).split(' ');

function realClaimTexts(): string[] {
  if (!hasSharedData()) return [];
  const turnbackhoax = readHoaxPairs().map((p) => p.title);
  const older = readCsv('hoax-claims/indonesia-false-news-2015-2020.csv').map((r) => r.judul);
  const headlines = readCsv('hoax-claims/election-headlines-hoax-vs-real-2023.csv')
    .filter((r) => r.Berita_Hoax === 'True')
    .map((r) => r['Judul Artikel']);
  return [...turnbackhoax, ...older, ...headlines].filter((t) => t && t.trim() !== '');
}

/** Real claims first, then synthetic ones made of the real claims' own words, up to `count`. */
export function benchClaims(count: number): HoaxEntry[] {
  const real = realClaimTexts();
  const words = real.length > 0 ? real.join(' ').split(/\s+/).filter((w) => w.length > 2) : FALLBACK_WORDS;
  const random = seededRandom(2024);
  const synthetic = (): string =>
    Array.from({ length: 5 + Math.floor(random() * 9) }, () => words[Math.floor(random() * words.length)]).join(' ');
  const texts = [...real.slice(0, count)];
  while (texts.length < count) texts.push(synthetic());
  return texts.map((claim, i) => ({ id: String(i), claim, verdict: 'false', sources: [] }));
}

/** Everyday posts, mostly not political: Indonesian trending YouTube titles and descriptions. */
export function benchEverydayPosts(): string[] {
  if (!hasSharedData()) return benchPosts();
  return ['08', '09', '10', '11'].flatMap((day) =>
    readCsv(`posts/youtube-trending-id-2020-07-${day}.csv`).map((r) => `${r.title} ${r.description}`),
  );
}

/** Real posts when ../shared is present: viral hoax posts and election tweets. */
export function benchPosts(): string[] {
  if (!hasSharedData()) {
    const random = seededRandom(7);
    return Array.from({ length: 500 }, () =>
      Array.from({ length: 40 }, () => FALLBACK_WORDS[Math.floor(random() * FALLBACK_WORDS.length)]).join(' '),
    );
  }
  const hoaxPosts = readHoaxPairs().map((p) => p.post).filter((p) => p.length > 0).slice(0, 1500);
  const tweets = readCsv('posts/pilpres-2024-tweets-topic-labelled.csv').map((r) => r.text).slice(0, 1500);
  return [...hoaxPosts, ...tweets];
}
