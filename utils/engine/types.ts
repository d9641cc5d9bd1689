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
  phrase: string;
  group: PhraseGroup;
  start: number;
  end: number;
}

export type PhraseGroup = 'election' | 'call_to_vote' | 'money_appeal' | 'payment_channel';

export interface Flag {
  kind: FlagKind;
  /** 0..1; how sure the engine is. */
  score: number;
  /** Plain words a person can read, in English; the UI translates by kind. */
  reason: string;
  matches: PhraseMatch[];
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
