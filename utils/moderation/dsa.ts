import type { FlagKind, HoaxReason } from '../engine/types';
import { PLATFORM_NAMES } from '../post';
import type { Report, ReportCategory } from '../storage/report';

/*
 * A report as a statement of reasons in the shape of the EU DSA Transparency Database API
 * (https://transparency.dsa.ec.europa.eu/page/api-documentation, schema v2 in force since 1 July 2025).
 * Field names, enum keys and length limits are those of the API's documentation and its validation rules in
 * github.com/digital-services-act/transparency-database (app/Models/Statement.php, the statement API controllers).
 *
 * Saring decides nothing: a volunteer noticed a post. The API only takes statements about a decision a platform
 * made, so this is a proposed statement that the platform reviews and completes before it submits anything.
 */

/** The API's maximum lengths, in characters (Laravel's `max:` counts code points). */
const LIMIT = { facts: 5000, explanation: 2000, shortText: 500, puid: 500 } as const;
const CAPTION_EXCERPT_LENGTH = 280;
const CLAIM_EXCERPT_LENGTH = 500;
const PHRASES_LISTED = 20;

type StatementCategory = 'STATEMENT_CATEGORY_NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS' | 'STATEMENT_CATEGORY_OTHER_VIOLATION_TC';
type CategorySpecification = 'KEYWORD_MISINFORMATION_DISINFORMATION' | 'KEYWORD_OTHER';
type SourceType = 'SOURCE_ARTICLE_16' | 'SOURCE_TRUSTED_FLAGGER' | 'SOURCE_TYPE_OTHER_NOTIFICATION' | 'SOURCE_VOLUNTARY';
type ContentType = 'CONTENT_TYPE_VIDEO' | 'CONTENT_TYPE_TEXT';

/** The fields Saring can fill, named and valued as the Transparency Database API names and values them. */
export interface StatementOfReasons {
  /** The API requires at least one restriction; `OTHER` with its text says that none has been decided yet. */
  decision_visibility: ['DECISION_VISIBILITY_OTHER'];
  decision_visibility_other: string;
  decision_ground: 'DECISION_GROUND_INCOMPATIBLE_CONTENT';
  incompatible_content_ground: string;
  incompatible_content_explanation: string;
  content_type: [ContentType];
  category: StatementCategory;
  category_specification?: CategorySpecification[];
  category_specification_other?: string;
  /** EU/EEA ISO codes only; left empty because Saring's volunteers see the posts in Indonesia. */
  territorial_scope: string[];
  /** `YYYY-MM-DD`, UTC. */
  content_date: string;
  /** `YYYY-MM-DD`, UTC. */
  application_date: string;
  decision_facts: string;
  source_type: SourceType;
  source_identity: string;
  automated_detection: 'Yes' | 'No';
  automated_decision: 'AUTOMATED_DECISION_NOT_AUTOMATED';
  puid: string;
}

/*
 * The DSA's own guidance (page "additional-explanation-for-statement-attributes") says a notice about terms and
 * conditions that is not an Article 16 notice takes SOURCE_TYPE_OTHER_NOTIFICATION; Article 16 is for notices of
 * illegal content, and Indonesian election law is neither Union nor Member State law. Switch to SOURCE_ARTICLE_16
 * here if the platform receives the notice through its Article 16 form.
 */
export const VOLUNTEER_NOTICE_SOURCE: SourceType = 'SOURCE_TYPE_OTHER_NOTIFICATION';

const CIVIC_CATEGORIES: ReadonlySet<ReportCategory> = new Set<ReportCategory>(['political_ad', 'campaign', 'election_fundraising', 'hoax']);

/** Written for a platform's reviewers; the extension's own labels are written for buttons. */
const CATEGORY_NAMES: Record<ReportCategory, string> = {
  political_ad: 'a political ad',
  campaign: 'campaign content',
  election_fundraising: 'election fundraising',
  fundraising: 'fundraising',
  hoax: 'a known hoax',
  other: "content against the platform's rules",
};

const KIND_NAMES: Record<FlagKind, string> = {
  political_ad: 'political ad',
  campaign: 'campaign content',
  election_fundraising: 'election fundraising',
  fundraising: 'fundraising',
  hoax: 'known hoax',
};

/** What part of the platform's terms each category points at; the platform names the exact section. */
const TERMS_TOPICS: Record<ReportCategory, string> = {
  political_ad: 'political advertising',
  campaign: 'political and election content',
  election_fundraising: 'fundraising by or for politicians and political parties',
  fundraising: 'fundraising and donations',
  hoax: 'harmful misinformation',
  other: 'content it does not allow',
};

const EXPLANATIONS: Record<ReportCategory, string> = {
  political_ad: "The post appears to be paid or sponsored political content for a candidate or party in Indonesia's elections.",
  campaign: 'The post campaigns for a candidate or party; the volunteer asks the platform to check it against its rules on political content.',
  election_fundraising: 'The post asks for money for a candidate, party or election campaign.',
  fundraising: 'The post asks for donations; the volunteer asks the platform to check who collects them.',
  hoax: 'The post repeats a claim that fact-checkers have rated false; the facts give the fact check.',
  other: "The volunteer considers the post incompatible with the platform's terms; the facts say why Saring or the volunteer reported it.",
};

// Only TikTok's rules are stated, as the extension's warnings already state them; other platforms' rules on political ads differ and are theirs to cite.
const TIKTOK_RULES: Partial<Record<ReportCategory, string>> = {
  political_ad: 'TikTok does not allow political advertising, including paid political content by creators.',
  election_fundraising: 'TikTok does not allow fundraising by or for politicians and political parties.',
};

/** At most `max` characters, counted as the API counts them; a surrogate pair is never split. */
function limitText(text: string, max: number): string {
  const characters = Array.from(text);
  return characters.length <= max ? text : `${characters.slice(0, max - 1).join('')}…`;
}

/** The API's date format; UTC, as a report's times are epoch milliseconds with no zone of their own. */
function apiDate(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 10);
}

/** The API accepts letters, digits, `-` and `_` only, so `tiktok:123` becomes `tiktok_123`; no ellipsis, which it would refuse. */
function platformUniqueId(report: Report): string {
  return `${report.platform}_${report.postId}`.replace(/[^a-zA-Z0-9_-]/g, '_').slice(0, LIMIT.puid);
}

function statementCategory(category: ReportCategory): StatementCategory {
  return CIVIC_CATEGORIES.has(category) ? 'STATEMENT_CATEGORY_NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS' : 'STATEMENT_CATEGORY_OTHER_VIOLATION_TC';
}

/** A hoax has its own keyword; political ads and election fundraising have none in the API's list, so they are named. */
function categorySpecification(report: Report): Pick<StatementOfReasons, 'category_specification' | 'category_specification_other'> {
  const topics = new Set<ReportCategory>([report.category, ...report.kinds]);
  const political = topics.has('political_ad') || topics.has('election_fundraising');
  const keywords: CategorySpecification[] = [];
  if (topics.has('hoax')) keywords.push('KEYWORD_MISINFORMATION_DISINFORMATION');
  if (political) keywords.push('KEYWORD_OTHER');
  if (keywords.length === 0) return {};
  const namedTopic = political ? { category_specification_other: 'Political advertising or election fundraising not allowed by the platform' } : {};
  return { category_specification: keywords, ...namedTopic };
}

function contractualGround(report: Report): string {
  return limitText(`${PLATFORM_NAMES[report.platform]}'s terms and conditions on ${TERMS_TOPICS[report.category]} (the platform names the exact section)`, LIMIT.shortText);
}

function incompatibilityExplanation(report: Report): string {
  const platformRule = report.platform === 'tiktok' ? TIKTOK_RULES[report.category] : undefined;
  return limitText([EXPLANATIONS[report.category], platformRule].filter(Boolean).join(' '), LIMIT.explanation);
}

function quoted(text: string, max: number): string {
  return `"${limitText(text.replace(/\s+/g, ' ').trim(), max)}"`;
}

function detectionSentence(report: Report): string {
  if (report.kinds.length === 0) return "Saring's engine had not flagged it: the volunteer chose the category.";
  const kinds = [...new Set(report.kinds)].map((kind) => KIND_NAMES[kind]).join(', ');
  return `Saring's engine had flagged it automatically as: ${kinds}.`;
}

function phrasesSentence(report: Report): string | null {
  const phrases = [...new Set(report.flags.flatMap((flag) => flag.matches.map((match) => match.phrase)))];
  if (phrases.length === 0) return null;
  const listed = phrases.slice(0, PHRASES_LISTED).map((phrase) => quoted(phrase, 80));
  const more = phrases.length > PHRASES_LISTED ? ` and ${phrases.length - PHRASES_LISTED} more` : '';
  return `Matched phrases: ${listed.join(', ')}${more}.`;
}

function captionSentence(report: Report): string | null {
  return report.captionSnapshot.trim() ? `Caption excerpt: ${quoted(report.captionSnapshot, CAPTION_EXCERPT_LENGTH)}.` : null;
}

// The fact-check link comes before the claim, so the link survives if the facts must be shortened.
function hoaxSentence(hoax: HoaxReason): string {
  const dated = hoax.date ? `, dated ${hoax.date}` : '';
  return `Fact check (${hoax.url}${dated}): rated ${quoted(hoax.verdict, 80)} by fact-checkers. Claim: ${quoted(hoax.claim, CLAIM_EXCERPT_LENGTH)}.`;
}

function reportersSentence(report: Report): string | null {
  return report.reporters.length > 1 ? `${report.reporters.length} volunteers reported this post.` : null;
}

/**
 * Plain English from the evidence Saring kept. The author's handle and the volunteer's note stay out: the API
 * asks for no personal data, and the caption excerpt is the one free text the platform still has to check.
 */
function decisionFacts(report: Report): string {
  const hoaxes = report.flags.flatMap((flag) => (flag.hoax ? [flag.hoax] : []));
  const sentences = [
    `A volunteer using Saring, a browser extension, reported this ${PLATFORM_NAMES[report.platform]} post as ${CATEGORY_NAMES[report.category]}.`,
    detectionSentence(report),
    ...hoaxes.map(hoaxSentence),
    phrasesSentence(report),
    captionSentence(report),
    reportersSentence(report),
    'Saring takes no decision: this is a proposed statement for the platform to review and complete.',
  ];
  return limitText(sentences.filter((sentence): sentence is string => sentence !== null).join(' '), LIMIT.facts);
}

export function toStatementOfReasons(report: Report): StatementOfReasons {
  return {
    decision_visibility: ['DECISION_VISIBILITY_OTHER'],
    decision_visibility_other: "None decided yet: a volunteer's notice for the platform to review; the platform replaces this with its decision.",
    decision_ground: 'DECISION_GROUND_INCOMPATIBLE_CONTENT',
    incompatible_content_ground: contractualGround(report),
    incompatible_content_explanation: incompatibilityExplanation(report),
    // Saring reads video platforms; a checked news article is text.
    content_type: [report.pageKind === 'article' ? 'CONTENT_TYPE_TEXT' : 'CONTENT_TYPE_VIDEO'],
    category: statementCategory(report.category),
    ...categorySpecification(report),
    // The API takes EU/EEA country codes only and Saring's volunteers see the post in Indonesia: the platform fills
    // this in if its decision restricts the post in the EU.
    territorial_scope: [],
    // When Saring first read the post: the closest it knows to the posting date the API asks for.
    content_date: apiDate(report.seenAt),
    application_date: apiDate(report.reportedAt),
    decision_facts: decisionFacts(report),
    source_type: VOLUNTEER_NOTICE_SOURCE,
    // Describes the notifier without naming anyone: reporter ids are pseudonymous personal data.
    source_identity: 'A volunteer using the Saring browser extension',
    automated_detection: report.kinds.length > 0 ? 'Yes' : 'No',
    // A person chose to report; the platform changes this if its own decision used automated means.
    automated_decision: 'AUTOMATED_DECISION_NOT_AUTOMATED',
    puid: platformUniqueId(report),
  };
}

/** The body of the API's bulk endpoint, `{ "statements": [...] }`; it takes at most 100 statements per call. */
export function statementsToJson(reports: readonly Report[]): string {
  return JSON.stringify({ statements: reports.map(toStatementOfReasons) }, null, 2);
}
