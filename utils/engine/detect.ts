import { gluesContestantName, hashtags, inside, isHeadline, namesTicketNumberAndMore, type Span } from './post-shape';
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
const CONTESTANT_GROUPS: ReadonlySet<PhraseGroup> = new Set(['party', 'candidate']);
const MONEY_GROUPS: ReadonlySet<PhraseGroup> = new Set(['money_appeal', 'payment_channel', 'bank_account']);

function inGroups(matches: PhraseMatch[], groups: ReadonlySet<PhraseGroup>): PhraseMatch[] {
  return matches.filter((m) => groups.has(m.group));
}

function inGroup(matches: PhraseMatch[], group: PhraseGroup): PhraseMatch[] {
  return matches.filter((m) => m.group === group);
}

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

/** A call to vote or a campaign slogan is campaigning on its own, whoever it names. */
function hasCampaignCall(matches: PhraseMatch[]): boolean {
  return inGroup(matches, 'call_to_vote').length > 0 || inGroup(matches, 'campaign_slogan').length > 0;
}

/**
 * `support` holds partisan words either way: praise ("pemimpin hebat", "menghargai
 * rakyat kecil"), attack ("omon omon", "gagal", "kejam"), rallying ("menangkan",
 * "jangan pilih"), cheering a crowd ("membludak", "puluhan ribu") and the
 * rebuttal voice of a partisan reply ("lihat saja", "coba tanya"). Many of them
 * have everyday meanings (winning a match, "don't pick this phone", "dulu"), so
 * they only count beside a named contestant.
 */
function backsOrAttacksContestant(matches: PhraseMatch[]): boolean {
  return inGroups(matches, CONTESTANT_GROUPS).length > 0 && inGroup(matches, 'support').length > 0;
}

/**
 * A hashtag that names a contestant and says something more about them
 * (#PetaniMajuBersamaGanjar, #PrabowoLawanKorupsi, and the volunteers' and
 * events' own tags #SahabatGanjar, #DesakAnies) is a tag that a campaign or its
 * volunteers coined for people to spread. A tag that is only the name
 * (#Prabowo, #AniesBaswedan, #MuhaiminIskandar) is how news and neutral posts
 * label a topic, so it does not count. The same goes for an all-lower-case tag,
 * which the tokeniser cannot split (#relawanprabowogibran).
 */
function namesContestantAndMore(tag: Span, matches: PhraseMatch[]): boolean {
  return matches.some(
    (m) => CONTESTANT_GROUPS.has(m.group) && inside(m, tag) && (tag.start < m.start || tag.end > m.end),
  );
}

function hasCampaignHashtag(text: string, matches: PhraseMatch[]): boolean {
  return hashtags(text).some(
    (tag) => namesContestantAndMore(tag, matches) || namesTicketNumberAndMore(text, tag) || gluesContestantName(text, tag),
  );
}

/** Words the poster tagged: a partisan word, call or slogan inside one of their own hashtags (#MenangSeputaran). */
function hasTaggedCampaignWord(text: string, matches: PhraseMatch[]): boolean {
  const tags = hashtags(text);
  return matches.some(
    (m) =>
      (m.group === 'support' || m.group === 'call_to_vote' || m.group === 'campaign_slogan') &&
      tags.some((tag) => inside(m, tag)),
  );
}

/**
 * Campaign content promotes or attacks a contestant; plain news about one is
 * political, not campaign. A campaign hashtag, a call to vote or a slogan is
 * enough. Partisan words beside a contestant are enough too, unless the post is
 * a shared headline and the sharer added none of them in a hashtag of their own.
 */
function isCampaign(text: string, matches: PhraseMatch[]): boolean {
  if (hasCampaignCall(matches) || hasCampaignHashtag(text, matches)) return true;
  if (!backsOrAttacksContestant(matches)) return false;
  return !isHeadline(text) || hasTaggedCampaignWord(text, matches);
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
