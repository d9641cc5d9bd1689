import type { Analysis, Flag, PhraseMatch } from '../utils/engine/types';
import type { PostId } from './scan-line';

/** A matched phrase, with the slice of the post it covers so a reader need not count offsets. */
export interface MatchOut extends PhraseMatch {
  text: string;
}

export interface ReasonOut {
  kind: Flag['kind'];
  score: number;
  reason: string;
  matches: MatchOut[];
  claim?: string;
  verdict?: string;
  url?: string;
  sharedWords?: string[];
}

/** One output line: snake_case field names, as other tools reading JSONL expect. */
export interface ScanResult {
  id: PostId;
  political: boolean;
  campaign: boolean;
  ad: boolean;
  fundraising: boolean;
  election_fundraising: boolean;
  political_ad: boolean;
  hoax: { claimId: string; score: number; url: string } | null;
  reasons: ReasonOut[];
}

/** The output line for an input line that could not be analysed; it keeps output and input lines aligned. */
export interface ScanError {
  id: PostId | null;
  line: number;
  error: string;
}

function matchOut(text: string, m: PhraseMatch): MatchOut {
  return { patternId: m.patternId, phrase: m.phrase, group: m.group, start: m.start, end: m.end, text: text.slice(m.start, m.end) };
}

function reasonOut(text: string, flag: Flag): ReasonOut {
  const reason: ReasonOut = { kind: flag.kind, score: flag.score, reason: flag.reason, matches: flag.matches.map((m) => matchOut(text, m)) };
  if (!flag.hoax) return reason;
  const { claim, verdict, url, sharedWords } = flag.hoax;
  return { ...reason, claim, verdict, url, sharedWords };
}

export function toScanResult(id: PostId, text: string, analysis: Analysis): ScanResult {
  const { hoax } = analysis;
  return {
    id,
    political: analysis.political,
    campaign: analysis.campaign,
    ad: analysis.ad,
    fundraising: analysis.fundraising,
    election_fundraising: analysis.electionFundraising,
    political_ad: analysis.politicalAd,
    hoax: hoax && { claimId: hoax.claimId, score: hoax.score, url: hoax.url },
    reasons: analysis.flags.map((flag) => reasonOut(text, flag)),
  };
}
