import { isCampaign } from './campaign-rules';
import { inGroup, inGroups } from './match-groups';
import type { Analysis, DetectionInput, Flag, HoaxReason, PhraseGroup, PhraseMatch } from './types';

/**
 * Groups whose phrases make a post political. `election` also holds office and
 * public-issue words (congress, climate change, gun violence): platforms count
 * issue ads as political ads. Charity causes (hunger, refugees) stay in `charity`,
 * so an appeal for them is plain fundraising, not election fundraising.
 */
const POLITICAL_GROUPS: ReadonlySet<PhraseGroup> = new Set([
  'election',
  'party',
  'candidate',
  'campaign_slogan',
  'call_to_vote',
]);
const MONEY_GROUPS: ReadonlySet<PhraseGroup> = new Set(['money_appeal', 'payment_channel', 'bank_account']);

// Each matched phrase adds evidence; one phrase alone is a weak signal.
function scoreFor(matches: PhraseMatch[]): number {
  // Whole tenths: 0.4 + 0.2 * 1 would otherwise print as 0.6000000000000001 in reports and exports.
  return Math.min(10, 4 + 2 * new Set(matches.map((m) => m.patternId)).size) / 10;
}

function quoted(matches: PhraseMatch[]): string {
  return [...new Set(matches.map((m) => `"${m.phrase}"`))].join(', ');
}

function phraseFlag(kind: Flag['kind'], matches: PhraseMatch[], reason: string): Flag {
  return { kind, score: scoreFor(matches), reason: `${reason}: ${quoted(matches)}`, matches };
}

/** An appeal asks for money: an appeal word, or a payment channel with an account number beside it. */
function isMoneyAppeal(matches: PhraseMatch[]): boolean {
  return inGroup(matches, 'money_appeal').length > 0 || inGroup(matches, 'bank_account').length > 0;
}

export function analyse(input: DetectionInput, matches: PhraseMatch[], hoax: HoaxReason | null): Analysis {
  const political = inGroups(matches, POLITICAL_GROUPS);
  const isPolitical = political.length > 0;
  const campaign = isPolitical && isCampaign(input.text, matches);
  const ad = input.sponsored || inGroup(matches, 'ad_disclosure').length > 0;
  const fundraising = isMoneyAppeal(matches);
  const electionFundraising = fundraising && isPolitical;
  const politicalAd = isPolitical && ad;
  const money = inGroups(matches, MONEY_GROUPS);
  const support = inGroup(matches, 'support');

  const flags: Flag[] = [];
  if (politicalAd) flags.push(phraseFlag('political_ad', [...political, ...inGroup(matches, 'ad_disclosure')], 'Paid or sponsored post with election content'));
  else if (campaign) flags.push(phraseFlag('campaign', [...political, ...support], 'Campaign message'));
  if (electionFundraising) flags.push(phraseFlag('election_fundraising', [...money, ...political], 'Asks for money for an election campaign'));
  else if (fundraising) flags.push(phraseFlag('fundraising', [...money, ...inGroup(matches, 'charity')], 'Asks for donations'));
  if (hoax) {
    flags.push({ kind: 'hoax', score: hoax.score, reason: `Repeats a debunked claim: "${hoax.claim}" (${hoax.verdict})`, matches: [], hoax });
  }
  return { flags, political: isPolitical, campaign, ad, fundraising, electionFundraising, politicalAd, hoax, matches };
}
