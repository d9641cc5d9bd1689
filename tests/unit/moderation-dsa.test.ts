import { describe, expect, it } from 'vitest';
import type { Flag } from '@/utils/engine/types';
import { statementsToJson, toStatementOfReasons, type StatementOfReasons } from '@/utils/moderation/dsa';
import { buildReport, type Report, type ReportCategory } from '@/utils/storage/report';
import { makePost } from './support/make-post';

// The API's documented limits (transparency.dsa.ec.europa.eu/page/api-documentation), in characters.
const API_TEXT_LIMITS: Partial<Record<keyof StatementOfReasons, number>> = {
  decision_facts: 5000,
  incompatible_content_explanation: 2000,
  incompatible_content_ground: 500,
  decision_visibility_other: 500,
  category_specification_other: 500,
  source_identity: 500,
  puid: 500,
};
const CIVIC = 'STATEMENT_CATEGORY_NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS';
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const SEEN_AT = Date.UTC(2024, 1, 13, 23, 30);
const REPORTED_AT = Date.UTC(2024, 1, 14, 1, 0);

const politicalAdFlag: Flag = {
  kind: 'political_ad',
  score: 0.92,
  reason: 'Political ad',
  matches: [
    { patternId: 'call_to_vote.coblos', phrase: 'coblos nomor', group: 'call_to_vote', start: 4, end: 16 },
    { patternId: 'ad_disclosure.paid', phrase: 'paid partnership', group: 'ad_disclosure', start: 30, end: 46 },
  ],
};
const campaignFlag: Flag = {
  kind: 'campaign',
  score: 0.6,
  reason: 'Campaign message',
  matches: [{ patternId: 'call_to_vote.coblos', phrase: 'coblos nomor', group: 'call_to_vote', start: 4, end: 16 }],
};

function hoaxFlag(claim: string, url = 'https://turnbackhoax.id/2024/02/10/salah-surat-suara-sudah-dicoblos/'): Flag {
  return {
    kind: 'hoax',
    score: 0.81,
    reason: 'Known hoax',
    matches: [],
    hoax: { claimId: `hoax-${claim.length}`, claim, verdict: 'Salah', date: '2024-02-10', url, score: 0.81, sharedWords: ['surat', 'suara'] },
  };
}

function reportOf(postFields: Record<string, unknown>, flags: Flag[], category?: ReportCategory): Report {
  return buildReport(makePost({ authorHandle: 'paslon_handle_99', ...postFields }), {
    flags,
    category,
    lists: { patterns: { listId: 'saring-patterns', version: 3 } },
    seenAt: SEEN_AT,
    reportedAt: REPORTED_AT,
    reporterId: 'reporter-secret-1',
    source: 'warning',
    extensionVersion: '0.1.0',
  });
}

const occurrences = (text: string, part: string): number => text.split(part).length - 1;
const characters = (text: string): number => Array.from(text).length;

function expectWithinApiLimits(statement: StatementOfReasons): void {
  for (const [field, limit] of Object.entries(API_TEXT_LIMITS)) {
    const value = statement[field as keyof StatementOfReasons];
    if (typeof value === 'string') expect(characters(value), field).toBeLessThanOrEqual(limit as number);
  }
}

describe('a political ad the engine flagged', () => {
  const caption = 'Ayo coblos nomor urut 2! #paidpartnership bersama relawan';
  const report = reportOf({ caption }, [politicalAdFlag, campaignFlag]);
  const statement = toStatementOfReasons(report);

  it('falls under negative effects on civic discourse or elections, for a video', () => {
    expect(statement.category).toBe(CIVIC);
    expect(statement.content_type).toEqual(['CONTENT_TYPE_VIDEO']);
  });

  it('rests on the platform terms, naming TikTok and its ban on political ads', () => {
    expect(statement.decision_ground).toBe('DECISION_GROUND_INCOMPATIBLE_CONTENT');
    expect(statement.incompatible_content_ground).toContain('TikTok');
    expect(statement.incompatible_content_ground).toContain('political advertising');
    expect(statement.incompatible_content_explanation).toContain('TikTok does not allow political advertising');
  });

  it('names political advertising as the specification, having no keyword of its own', () => {
    expect(statement.category_specification).toEqual(['KEYWORD_OTHER']);
    expect(statement.category_specification_other).toMatch(/political advertising/i);
  });

  it('is a volunteer notice detected by automated means, with no automated decision', () => {
    expect(statement.source_type).toBe('SOURCE_TYPE_OTHER_NOTIFICATION');
    expect(statement.source_identity).toMatch(/volunteer/i);
    expect(statement.automated_detection).toBe('Yes');
    expect(statement.automated_decision).toBe('AUTOMATED_DECISION_NOT_AUTOMATED');
  });

  it('says no restriction has been decided, in the API’s own "other" restriction', () => {
    expect(statement.decision_visibility).toEqual(['DECISION_VISIBILITY_OTHER']);
    expect(statement.decision_visibility_other).toMatch(/volunteer/i);
    expect(statement.decision_visibility_other).toMatch(/platform/i);
  });

  it('dates the content from when Saring saw it and the notice from when it was reported, in UTC', () => {
    expect(statement.content_date).toBe('2024-02-13');
    expect(statement.application_date).toBe('2024-02-14');
  });

  it('leaves the EU territorial scope for the platform', () => {
    expect(statement.territorial_scope).toEqual([]);
  });

  it('identifies the post by platform and post id in the characters the API accepts', () => {
    expect(statement.puid).toBe(report.id.replace(':', '_'));
    expect(statement.puid).toMatch(/^[a-zA-Z0-9_-]+$/);
  });

  it('states the facts: who reported it, what the engine found, the phrases once each, and the caption', () => {
    const facts = statement.decision_facts;
    expect(facts).toMatch(/volunteer/i);
    expect(facts).toContain('political ad');
    expect(facts).toContain('campaign content');
    expect(occurrences(facts, '"coblos nomor"')).toBe(1);
    expect(facts).toContain('"paid partnership"');
    expect(facts).toContain(caption);
  });

  it('carries neither the author handle nor the reporter id', () => {
    const json = JSON.stringify(statement);
    expect(json).not.toContain(report.authorHandle);
    expect(json).not.toContain(report.reporterId);
  });

  it('stays within the API limits', () => {
    expectWithinApiLimits(statement);
  });
});

describe('a hoax report', () => {
  const claim = 'Surat suara sudah dicoblos sebelum hari pemungutan';
  const flag = hoaxFlag(claim);
  const statement = toStatementOfReasons(reportOf({ caption: 'Viral! Surat suara sudah dicoblos' }, [flag]));

  it('gives the fact check: its link, the verdict and the claim', () => {
    expect(statement.decision_facts).toContain(flag.hoax?.url);
    expect(statement.decision_facts).toContain(flag.hoax?.verdict);
    expect(statement.decision_facts).toContain(claim);
  });

  it('is misinformation under civic discourse or elections', () => {
    expect(statement.category).toBe(CIVIC);
    expect(statement.category_specification).toEqual(['KEYWORD_MISINFORMATION_DISINFORMATION']);
    expect(statement.category_specification_other).toBeUndefined();
    expect(statement.automated_detection).toBe('Yes');
  });
});

describe('a political ad that also repeats a hoax', () => {
  it('carries both specifications', () => {
    const statement = toStatementOfReasons(reportOf({}, [politicalAdFlag, hoaxFlag('Klaim palsu')]));
    expect(statement.category_specification).toEqual(['KEYWORD_MISINFORMATION_DISINFORMATION', 'KEYWORD_OTHER']);
    expect(statement.category_specification_other).toMatch(/political advertising/i);
  });
});

describe('a category the volunteer chose for a post the engine did not flag', () => {
  it('is not automated detection, and says the volunteer chose', () => {
    const statement = toStatementOfReasons(reportOf({ caption: 'Transfer ke rekening tim pemenangan' }, [], 'election_fundraising'));
    expect(statement.automated_detection).toBe('No');
    expect(statement.category).toBe(CIVIC);
    expect(statement.decision_facts).toContain('election fundraising');
    expect(statement.decision_facts).toMatch(/not flagged/);
    expect(statement.decision_facts).not.toMatch(/Matched phrases/);
  });

  it.each(['other', 'fundraising'] as const)('files %j under other violations of the terms, with no specification', (category) => {
    const statement = toStatementOfReasons(reportOf({}, [], category));
    expect(statement.category).toBe('STATEMENT_CATEGORY_OTHER_VIOLATION_TC');
    expect(statement.category_specification).toBeUndefined();
    expect(statement.automated_detection).toBe('No');
  });
});

describe('other platforms and pages', () => {
  it('does not state TikTok’s rules for a YouTube post', () => {
    const statement = toStatementOfReasons(reportOf({ platform: 'youtube', postId: 'dQw4w9WgXcQ' }, [politicalAdFlag]));
    expect(statement.incompatible_content_ground).toContain('YouTube');
    expect(JSON.stringify(statement)).not.toContain('TikTok');
  });

  it('calls a checked news article text', () => {
    const statement = toStatementOfReasons(reportOf({ platform: 'web', pageKind: 'article' }, [hoaxFlag('Klaim palsu')]));
    expect(statement.content_type).toEqual(['CONTENT_TYPE_TEXT']);
  });

  it('turns characters the API refuses in a puid into underscores, keeping distinct posts distinct', () => {
    const first = toStatementOfReasons(reportOf({ postId: 'a.b/c d' }, [politicalAdFlag])).puid;
    const second = toStatementOfReasons(reportOf({ postId: 'a.b/c e' }, [politicalAdFlag])).puid;
    expect(first).toBe('tiktok_a_b_c_d');
    expect(second).not.toBe(first);
  });
});

describe('text limits', () => {
  // Emoji everywhere, so a cut that ignored surrogate pairs would leave half of one.
  const longClaim = '🗳️ Klaim palsu '.repeat(400);
  const manyHoaxes = Array.from({ length: 12 }, (_, i) => hoaxFlag(`${i} ${longClaim}`, `https://cekfakta.example/${i}`));
  const manyPhrases: Flag = {
    ...politicalAdFlag,
    matches: Array.from({ length: 60 }, (_, i) => ({ ...politicalAdFlag.matches[0], phrase: `frasa ${i} 🙏`.repeat(20) })),
  };
  const report = reportOf({ caption: '🇮🇩 '.repeat(5000), postId: ':'.repeat(900) }, [manyPhrases, ...manyHoaxes]);
  const statement = toStatementOfReasons(report);

  it('cuts the facts to the API maximum of 5000 characters without splitting a character', () => {
    expect(characters(statement.decision_facts)).toBe(5000);
    expect(statement.decision_facts.endsWith('…')).toBe(true);
    expect(statement.decision_facts).not.toMatch(LONE_SURROGATE);
  });

  it('keeps the first fact-check link even when the claim is long', () => {
    expect(statement.decision_facts).toContain('https://cekfakta.example/0');
  });

  it('keeps every field within its limit', () => {
    expectWithinApiLimits(statement);
    expect(statement.puid).toMatch(/^[a-zA-Z0-9_-]+$/);
  });

  it('does not cut facts that fit', () => {
    const short = toStatementOfReasons(reportOf({ caption: 'Pendek saja' }, [politicalAdFlag])).decision_facts;
    expect(short.endsWith('…')).toBe(false);
    expect(short).toContain('Pendek saja');
  });
});

describe('statementsToJson', () => {
  const htmlCaption = '<script>alert("x")</script><img src=x onerror=alert(1)> & "quotes" \\ back\\slash';
  const reports = [
    reportOf({ caption: htmlCaption }, [politicalAdFlag]),
    reportOf({ postId: '7300000000000000002' }, [hoaxFlag('Klaim palsu')]),
    reportOf({ postId: '7300000000000000003' }, [], 'other'),
  ];

  it('is the bulk endpoint body, one statement per report, each puid unique', () => {
    const body = JSON.parse(statementsToJson(reports)) as { statements: StatementOfReasons[] };
    expect(Object.keys(body)).toEqual(['statements']);
    expect(body.statements).toHaveLength(reports.length);
    expect(new Set(body.statements.map((statement) => statement.puid)).size).toBe(reports.length);
  });

  it('round-trips a caption holding HTML, quotes and backslashes unchanged', () => {
    const body = JSON.parse(statementsToJson(reports)) as { statements: StatementOfReasons[] };
    expect(body.statements).toEqual(reports.map(toStatementOfReasons));
    expect(body.statements[0].decision_facts).toContain(htmlCaption);
  });
});
