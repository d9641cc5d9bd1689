import type { FlagKind } from '@/utils/engine/types';

// Both languages side by side until the interface language setting exists:
// many users read Indonesian first, moderators often English.
export const FLAG_LABELS: Record<FlagKind, string> = {
  political_ad: 'Iklan politik · Political ad',
  campaign: 'Konten kampanye · Campaign content',
  election_fundraising: 'Penggalangan dana pemilu · Election fundraising',
  fundraising: 'Penggalangan dana · Fundraising',
  hoax: 'Hoaks · Known hoax',
};

/** Violations TikTok bans get the strong look; the rest are for information. */
export const SEVERE_KINDS: ReadonlySet<FlagKind> = new Set<FlagKind>(['political_ad', 'election_fundraising', 'hoax']);
