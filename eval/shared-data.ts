import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseCsvRecords } from '../utils/lists/csv';

/** The real third-party data lives beside the project, never inside it. */
export const SHARED_DATA = resolve(process.env.SARING_SHARED_DATA ?? resolve(import.meta.dirname, '../../shared/data'));

export const hasSharedData = () => existsSync(SHARED_DATA);

export function readCsv(relativePath: string): Record<string, string>[] {
  return parseCsvRecords(readFileSync(resolve(SHARED_DATA, relativePath), 'utf8'));
}

export interface HoaxPair {
  id: string;
  title: string;
  post: string;
  date: string;
  file: string;
}

const TURNBACKHOAX = ['politics', 'scam', 'others'].map((part) => `hoax-claims/turnbackhoax-2024-${part}.csv`);

// turnbackhoax quotes the viral post, then explains; only the quoted post is what users saw.
function viralPart(text: string): string {
  const cut = text.indexOf('PENJELASAN');
  return (cut > 0 ? text.slice(0, cut) : text).trim();
}

export function readHoaxPairs(): HoaxPair[] {
  return TURNBACKHOAX.flatMap((file) =>
    readCsv(file).map((row) => ({ id: row.ID, title: row.TITLE, post: viralPart(row.HOAX_TEXT), date: row.DATE, file })),
  );
}

/** Tuning happens on even ids; figures are reported on the odd ids, never tuned on. */
export const isHoldout = (id: string) => Number.parseInt(id, 10) % 2 === 1;

/** Real headlines (not hoaxes) and trending video titles: a hoax flag on any of them is false. */
export function readNonHoaxTexts(): { source: string; text: string }[] {
  const headlines = readCsv('hoax-claims/election-headlines-hoax-vs-real-2023.csv')
    .filter((r) => r.Berita_Hoax === 'False')
    .map((r) => ({ source: 'real election headline', text: r['Judul Artikel'] }));
  const trending = ['08', '09', '10', '11'].flatMap((day) =>
    readCsv(`posts/youtube-trending-id-2020-07-${day}.csv`).map((r) => ({
      source: 'trending video',
      text: `${r.title}\n${r.description}`,
    })),
  );
  return [...headlines, ...trending];
}
