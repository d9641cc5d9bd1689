/** What Saring can say about a post. `fundraising` alone is charity: shown softly, never a violation. */
export type FlagKind = 'political_ad' | 'campaign' | 'election_fundraising' | 'fundraising' | 'hoax';

export const FLAG_KINDS: readonly FlagKind[] = [
  'political_ad',
  'campaign',
  'election_fundraising',
  'fundraising',
  'hoax',
];

/** A phrase found in the caption, with its span in the original (un-normalised) text. */
export interface PhraseMatch {
  /** The pattern-file entry that matched. */
  patternId: string;
  phrase: string;
  group: PhraseGroup;
  start: number;
  end: number;
}

export const PHRASE_GROUPS = [
  'election',
  'party',
  'candidate',
  'campaign_slogan',
  'call_to_vote',
  'support',
  'ad_disclosure',
  'money_appeal',
  'payment_channel',
  'bank_account',
  'charity',
] as const;

export type PhraseGroup = (typeof PHRASE_GROUPS)[number];

/** Why a post was taken for a known hoax: the list entry and how closely the post repeats it. */
export interface HoaxReason {
  claimId: string;
  claim: string;
  verdict: string;
  date?: string;
  /** The fact-check article. */
  url: string;
  score: number;
  /** The stems of the words the post and the claim share (e.g. "temu" for "ditemukan"). */
  sharedWords: string[];
}

export interface Flag {
  kind: FlagKind;
  /** 0..1; how sure the engine is. */
  score: number;
  /** Plain words a person can read, in English; the UI translates by kind. */
  reason: string;
  matches: PhraseMatch[];
  hoax?: HoaxReason;
}

/** What the engine reads: plain data, no DOM. */
export interface DetectionInput {
  text: string;
  /** The platform marked the post as an ad, sponsored or a paid partnership. */
  sponsored: boolean;
}

export interface Verdict {
  flags: Flag[];
}

/** Everything the engine found in one post: the flags, and the signals behind them. */
export interface Analysis extends Verdict {
  political: boolean;
  campaign: boolean;
  ad: boolean;
  fundraising: boolean;
  electionFundraising: boolean;
  politicalAd: boolean;
  hoax: HoaxReason | null;
  matches: PhraseMatch[];
}
