import { findPhrases, type PhraseIndex } from './phrase-index';
import { tokenize } from './tokenize';
import type { DetectionInput, Flag, PhraseMatch, Verdict } from './types';

const isPolitical = (m: PhraseMatch) => m.group === 'election' || m.group === 'call_to_vote';
const isMoney = (m: PhraseMatch) => m.group === 'money_appeal' || m.group === 'payment_channel';

// Each matched phrase adds evidence; one phrase alone is a weak signal.
function scoreFor(matches: PhraseMatch[]): number {
  return Math.min(1, 0.4 + 0.2 * matches.length);
}

function flag(kind: Flag['kind'], matches: PhraseMatch[], reason: string): Flag {
  return { kind, score: scoreFor(matches), reason, matches };
}

function quoted(matches: PhraseMatch[]): string {
  return [...new Set(matches.map((m) => `"${m.phrase}"`))].join(', ');
}

export function detect(input: DetectionInput, phrases: PhraseIndex): Verdict {
  const matches = findPhrases(phrases, tokenize(input.text));
  const political = matches.filter(isPolitical);
  const money = matches.filter(isMoney);
  const callsToVote = political.filter((m) => m.group === 'call_to_vote');
  const moneyAppeals = money.filter((m) => m.group === 'money_appeal');
  const flags: Flag[] = [];

  if (political.length > 0 && input.sponsored) {
    flags.push(flag('political_ad', political, `Paid or sponsored post with election content: ${quoted(political)}`));
  } else if (callsToVote.length > 0) {
    flags.push(flag('campaign', political, `Campaign message: ${quoted(political)}`));
  }

  // A bank or e-wallet name alone is commerce, not an appeal: it needs a word asking for money.
  if (moneyAppeals.length > 0 && political.length > 0) {
    const evidence = [...money, ...political];
    flags.push(flag('election_fundraising', evidence, `Asks for money for an election campaign: ${quoted(evidence)}`));
  } else if (moneyAppeals.length > 0) {
    flags.push(flag('fundraising', money, `Asks for donations: ${quoted(money)}`));
  }
  return { flags };
}
