import type { PageKind } from '../post';
import type { HealthRecord } from './page-health';

// Both languages side by side, as in flag-labels.ts, until the language setting exists.
export const PAGE_KIND_LABELS: Record<PageKind, string> = {
  feed: 'Beranda · Feed',
  video: 'Halaman video · Video page',
  shorts: 'Shorts',
  reels: 'Reels',
  post: 'Postingan · Post',
  search: 'Hasil pencarian · Search results',
  profile: 'Profil · Profile',
  explore: 'Jelajahi · Explore',
  article: 'Artikel · Article',
  other: 'Halaman lain · Other page',
};

/** The health message the issue names, in both languages. */
export function layoutChangedMessage(platformName: string, problem: HealthRecord['problem']): string {
  const what =
    problem === 'no-posts'
      ? `Saring tidak bisa membaca postingan di sini · Saring can't read posts here`
      : `Saring menemukan postingan tapi tidak bisa membaca teksnya · Saring finds posts here but can't read their text`;
  return `Tata letak halaman ${platformName} mungkin berubah · ${platformName}'s page layout may have changed: ${what}`;
}
