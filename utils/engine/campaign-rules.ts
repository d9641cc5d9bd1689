import {
  gluesContestantName,
  hashtags,
  inside,
  isHeadline,
  namesTicketNumberAndMore,
  opensClause,
  type Span,
  wordsBefore,
  wordsBetween,
} from './post-shape';
import { CONTESTANT_GROUPS, inGroup, inGroups } from './match-groups';
import type { PhraseMatch } from './types';

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
function backsOrAttacksContestant(text: string, matches: PhraseMatch[]): boolean {
  const contestants = inGroups(matches, CONTESTANT_GROUPS);
  if (contestants.length === 0 || introducesLikeNews(text, contestants)) return false;
  return inGroup(matches, 'support').some((m) => !reportsBacking(text, m, contestants));
}

/** Ballot-number names as the candidate list spells them: "nomor urut 1", "no urut 2". */
const BALLOT_NUMBER_NAMES = ['candidate.nomor-urut-', 'candidate.no-urut-'];
/** Office words a news report puts before the ballot number: "Capres nomor urut 1", "calon presiden nomor urut 3". */
const OFFICE_WORDS: ReadonlySet<string> = new Set(['capres', 'cawapres', 'presiden']);

/**
 * A newsroom introduces a contestant by office, ballot number and full name
 * ("Calon presiden nomor urut 1 Anies Baswedan", "Capres nomor urut 3, Ganjar
 * Pranowo"). Partisans call them by name or nickname. In such a report the
 * praise or attack words are what the contestant or the story says.
 */
function introducesLikeNews(text: string, contestants: PhraseMatch[]): boolean {
  return contestants.some((number, i) => {
    if (!BALLOT_NUMBER_NAMES.some((prefix) => number.patternId.startsWith(prefix))) return false;
    const name = contestants[i + 1];
    return (
      name !== undefined &&
      OFFICE_WORDS.has(wordsBefore(text, number.start, 1)[0] ?? '') &&
      wordsBetween(text, number.end, name.start).length === 0
    );
  });
}

/** "dukung" as a verb: the word a report of someone else's backing uses. */
const BACKING_VERBS: ReadonlySet<string> = new Set(['dukung', 'mendukung']);
/**
 * Words shortly before "dukung" that make it the poster's own backing or a jab at the
 * reader: a person speaking (saya, kita), a rally (ayo, mari, bersama, tetap),
 * a purpose ("untuk mendukung") or the people addressed (kalian, kamu).
 */
const OWN_VOICE: ReadonlySet<string> = new Set([
  'saya', 'sy', 'aku', 'gue', 'gw', 'gua', 'kami', 'kita', 'kalian', 'lu', 'lo', 'loe', 'elu', 'anda', 'kamu', 'km', 'ente',
  'ayo', 'ayok', 'yuk', 'yok', 'mari', 'bersama', 'untuk', 'utk', 'buat', 'tetap', 'tetep', 'terus', 'siap', 'harus', 'wajib',
  'pasti', 'tolong', 'mohon', 'jangan', 'jgn',
]);
/** How far back the speaker may stand: "kami alumni kampus dukung ...". */
const VOICE_REACH = 3;
/** Words that may stand between the verb and the name it backs: "dukung pak Anies", "dukung pasangan ...". */
const TITLES: ReadonlySet<string> = new Set([
  'pak', 'bapak', 'bpk', 'bu', 'ibu', 'mas', 'abah', 'gus', 'cak', 'prof', 'capres', 'cawapres', 'paslon', 'pasangan', 'calon', 'presiden',
]);

/**
 * News of someone else's backing ("Khofifah dukung Prabowo", "Ribuan santri
 * mendukung pak Anies") reports a side; it does not take one. It is a report
 * when a third party stands right before the verb and a contestant's name right
 * after it. "Dukung Ganjar!" at the head of a clause is a call; "kami dukung",
 * "kalian dukung" are the poster's own voice; "paslon sebelah" is a partisan's
 * name for the other side.
 */
function reportsBacking(text: string, support: PhraseMatch, contestants: PhraseMatch[]): boolean {
  if (!BACKING_VERBS.has(support.phrase) || text[support.start - 1] === '#') return false;
  if (opensClause(text, support.start) || wordsBefore(text, support.start, VOICE_REACH).some((w) => OWN_VOICE.has(w))) return false;
  const next = contestants.find((c) => c.start >= support.end);
  if (next === undefined || next.patternId.endsWith('-sebelah')) return false;
  return wordsBetween(text, support.end, next.start).every((w) => TITLES.has(w));
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

function namesContestant(tag: Span, matches: PhraseMatch[]): boolean {
  return matches.some((m) => CONTESTANT_GROUPS.has(m.group) && inside(m, tag));
}

function hasCampaignHashtag(text: string, matches: PhraseMatch[]): boolean {
  return hashtags(text).some(
    (tag) =>
      namesContestantAndMore(tag, matches) ||
      namesTicketNumberAndMore(text, tag) ||
      (!namesContestant(tag, matches) && gluesContestantName(text, tag)),
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
export function isCampaign(text: string, matches: PhraseMatch[]): boolean {
  if (hasCampaignCall(matches) || hasCampaignHashtag(text, matches)) return true;
  if (!backsOrAttacksContestant(text, matches)) return false;
  return !isHeadline(text) || hasTaggedCampaignWord(text, matches);
}
