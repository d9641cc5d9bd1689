import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Flag } from '@/utils/engine/types';
import { buildReport, REPORT_STATUSES, type Report, type ReportStatus } from '@/utils/storage/report';
import { checkTeamDoc } from '@/utils/team/check-team-doc';
import { mergeReviews, withReview } from '@/utils/team/review-merge';
import { reportDocId, reviewDocId, toReportDoc, toReviewDoc, type TeamReviewDoc } from '@/utils/team/team-docs';
import { makePost } from './support/make-post';

const campaign: Flag = {
  kind: 'campaign',
  score: 0.6,
  reason: 'Campaign message: "coblos nomor"',
  matches: [{ patternId: 'call_to_vote.coblos', phrase: 'coblos nomor', group: 'call_to_vote', start: 4, end: 16 }],
};
const T0 = Date.UTC(2026, 10, 25, 9);

function makeReport(overrides: Partial<Report> = {}, post: Record<string, unknown> = {}): Report {
  const report = buildReport(makePost(post), {
    flags: [campaign],
    lists: { patterns: { listId: 'saring-patterns', version: 3 } },
    reportedAt: T0,
    reporterId: 'profile-a',
    source: 'warning',
    extensionVersion: '0.1.0',
  });
  return { ...report, ...overrides };
}

/** A report document as vol-a's replica would send it, as plain JSON (what the server hands back). */
function reportDoc(reporter = 'vol-a', report = makeReport()): Record<string, unknown> {
  return JSON.parse(JSON.stringify({ ...toReportDoc(report, reporter), _rev: '1-abc' })) as Record<string, unknown>;
}
/** The same document with its evidence changed. */
function withEvidence(change: Record<string, unknown>, reporter = 'vol-a'): Record<string, unknown> {
  const doc = reportDoc(reporter);
  return { ...doc, report: { ...(doc.report as Record<string, unknown>), ...change } };
}

const POST = '7300000000000000001';

function review(history: TeamReviewDoc['history'], overrides: Partial<TeamReviewDoc> = {}): TeamReviewDoc {
  return {
    _id: reviewDocId('tiktok', POST),
    type: 'review',
    platform: 'tiktok',
    postId: POST,
    status: history.at(-1)?.to ?? 'new',
    history,
    updatedAt: Math.max(T0, ...history.map((c) => c.at)),
    ...overrides,
  };
}
const reviewJson = (history: unknown[], overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  _id: reviewDocId('tiktok', POST),
  _rev: '2-def',
  type: 'review',
  platform: 'tiktok',
  postId: POST,
  status: 'confirmed',
  history,
  updatedAt: T0 + 2_000,
  ...overrides,
});
const GOOD_HISTORY = [
  { from: 'new', to: 'triaged', at: T0 + 1_000, by: 'mod-1' },
  { from: 'triaged', to: 'confirmed', at: T0 + 2_000, by: 'mod-2' },
];

describe('checkTeamDoc: report documents', () => {
  it('a valid report document round-trips from toReportDoc, with the review fields reset', () => {
    const original = makeReport({ status: 'confirmed', history: [{ from: 'new', to: 'confirmed', at: T0 + 5 }], reporters: [{ reporterId: 'someone-else', reportedAt: 1 }], note: 'seen twice' });
    const checked = checkTeamDoc(reportDoc('vol-a', original));
    expect(checked.kind).toBe('report');
    if (checked.kind !== 'report') return;
    expect(checked.reporter).toBe('vol-a');
    expect(checked.report).toEqual({ ...original, status: 'new', history: [], reporters: [{ reporterId: 'vol-a', reportedAt: T0 }] });
  });

  it('a report whose postId holds colons still round-trips', () => {
    const original = makeReport({}, { platform: 'web', postId: 'https://news.example/a:b', permalink: 'https://news.example/a:b', pageKind: 'article' });
    const checked = checkTeamDoc(reportDoc('vol-a', original));
    expect(checked).toMatchObject({ kind: 'report', reporter: 'vol-a', report: { id: 'web:https://news.example/a:b', postId: 'https://news.example/a:b' } });
  });

  it('a caption with <script> is data: kept, byte for byte, as plain text', () => {
    const caption = '<script>alert(document.cookie)</script><img src=x onerror=alert(1)>';
    const checked = checkTeamDoc(withEvidence({ captionSnapshot: caption }));
    expect(checked.kind).toBe('report');
    if (checked.kind === 'report') expect(checked.report.captionSnapshot).toBe(caption);
  });

  it('a volunteer’s document cannot carry a review: status, history and reporters in the evidence are dropped', () => {
    const checked = checkTeamDoc(
      withEvidence({ status: 'confirmed', history: [{ from: 'new', to: 'confirmed', at: T0 + 1 }], reporters: [{ reporterId: 'mod-1', reportedAt: 0 }] }),
    );
    // Either refused or reset to 'new': never a confirmed report on a volunteer's word.
    if (checked.kind === 'report') {
      expect(checked.report.status).toBe('new');
      expect(checked.report.history).toEqual([]);
      expect(checked.report.reporters).toEqual([{ reporterId: 'vol-a', reportedAt: T0 }]);
    } else expect(checked.kind).toBe('ignored');
  });

  it('unknown fields in the evidence (a __proto__ key) do not ride along', () => {
    const doc = reportDoc();
    const evidence = JSON.parse(`{"__proto__": {"polluted": true}, "extra": "<b>x</b>", ${JSON.stringify(doc.report).slice(1)}`) as Record<string, unknown>;
    const checked = checkTeamDoc({ ...doc, report: evidence });
    expect(checked.kind).toBe('report');
    if (checked.kind !== 'report') return;
    expect(Object.keys(checked.report)).not.toContain('extra');
    expect((checked.report as unknown as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  const hostile: [string, unknown, RegExp][] = [
    ['not an object (null)', null, /not a document/],
    ['not an object (string)', 'report:tiktok:1:vol-a', /not a document/],
    ['not an object (array)', [reportDoc()], /not a document/],
    ['not an object (number)', 42, /not a document/],
    ['no _id', (() => { const { _id, ...rest } = reportDoc(); return rest; })(), /not a document/],
    ['a non-string _id', { ...reportDoc(), _id: 7 }, /not a document/],
    ['the design document', { _id: '_design/saring', validate_doc_update: 'function () {}', type: 'report' }, /design/],
    ['an unknown type', { ...reportDoc(), type: 'comment' }, /not a Saring/],
    ['no type', (() => { const { type, ...rest } = reportDoc(); return rest; })(), /not a Saring/],
    ['another reporter in the id', { ...reportDoc('vol-a'), _id: reportDocId('tiktok', POST, 'vol-b') }, /id does not match/],
    ['another post in the id', { ...reportDoc('vol-a'), _id: reportDocId('tiktok', '999', 'vol-a') }, /id does not match/],
    ['no reporter', { ...reportDoc(), reporter: undefined }, /no reporter/],
    ['an empty reporter', { ...reportDoc(), reporter: '', _id: reportDocId('tiktok', POST, '') }, /no reporter/],
    ['a reporter that is not text', { ...reportDoc(), reporter: { name: 'vol-a' } }, /no reporter/],
    ['an id reporter with upper case', reportDoc('Vol-A'), /reporter/],
    ['an id reporter with spaces', reportDoc('vol a'), /reporter/],
    ['no evidence', { ...reportDoc(), report: undefined }, /report is not an object/],
    ['evidence that is not an object', { ...reportDoc(), report: 'see attached' }, /report is not an object/],
    ['evidence that is an array', { ...reportDoc(), report: [] }, /report is not an object/],
    ['evidence without a caption', withEvidence({ captionSnapshot: undefined }), /captionSnapshot/],
    ['evidence from another platform than the id', withEvidence({ platform: 'youtube', id: `youtube:${POST}` }), /id does not match/],
    ['evidence from an unknown platform', withEvidence({ platform: 'myspace', id: `myspace:${POST}` }), /platform/],
    ['evidence whose id is not platform:postId', withEvidence({ id: 'tiktok:other' }), /^id /],
    ['evidence with a malformed flag', withEvidence({ flags: [{ kind: 'campaign', score: 0.5, reason: 'x', matches: 'all' }] }), /flags\[0\]/],
    ['a 10 MB caption', withEvidence({ captionSnapshot: 'a'.repeat(10 * 1024 * 1024) }), /captionSnapshot is not text of at most/],
    ['a negative time', withEvidence({ reportedAt: -1 }), /reportedAt/],
  ];
  it.each(hostile)('ignores %s', (_what, doc, why) => {
    expect(checkTeamDoc(doc)).toEqual({ kind: 'ignored', why: expect.stringMatching(why) });
  });
});

describe('checkTeamDoc: withdrawn reports', () => {
  it('withdrawn: true names the platform, post and reporter', () => {
    expect(checkTeamDoc({ ...reportDoc('vol-a'), withdrawn: true })).toEqual({ kind: 'withdrawn', platform: 'tiktok', postId: POST, reporter: 'vol-a' });
  });

  it('a _deleted document (a tombstone, nothing but its id) names the platform, post and reporter', () => {
    expect(checkTeamDoc({ _id: reportDocId('youtube', 'dQw4w9WgXcQ', 'vol.b_2'), _rev: '3-x', _deleted: true })).toEqual({
      kind: 'withdrawn',
      platform: 'youtube',
      postId: 'dQw4w9WgXcQ',
      reporter: 'vol.b_2',
    });
  });

  it('a withdrawn web report whose postId holds colons gives the whole postId back', () => {
    expect(checkTeamDoc({ _id: reportDocId('web', 'https://news.example/a', 'vol-a'), _deleted: true })).toEqual({
      kind: 'withdrawn',
      platform: 'web',
      postId: 'https://news.example/a',
      reporter: 'vol-a',
    });
  });

  it.each([
    ['a deleted review', { _id: reviewDocId('tiktok', POST), _deleted: true }],
    ['a deleted random document', { _id: 'hello', _deleted: true }],
    ['a deleted report of an unknown platform', { _id: 'report:myspace:1:vol-a', _deleted: true }],
    ['a deleted report with no reporter', { _id: 'report:tiktok:1:', _deleted: true }],
    ['a withdrawn report whose id is not a report’s', { ...reportDoc(), _id: 'note:1', withdrawn: true }],
  ])('ignores %s', (_why, doc) => {
    expect(checkTeamDoc(doc).kind).toBe('ignored');
  });

  it('withdrawn: "yes" is not a withdrawal', () => {
    expect(checkTeamDoc({ ...reportDoc('vol-a'), withdrawn: 'yes' }).kind).toBe('report');
  });
});

describe('checkTeamDoc: review documents', () => {
  it('a valid review gets through with its history and authors', () => {
    const checked = checkTeamDoc(reviewJson(GOOD_HISTORY));
    expect(checked).toEqual({ kind: 'review', review: { ...reviewJson(GOOD_HISTORY) } });
  });

  it('a review round-trips from toReviewDoc', () => {
    const report = makeReport({ status: 'dismissed', history: [{ from: 'new', to: 'dismissed', at: T0 + 9 }], updatedAt: T0 + 9 });
    const doc = toReviewDoc(report, 'mod-1');
    expect(checkTeamDoc(JSON.parse(JSON.stringify(doc)))).toEqual({ kind: 'review', review: doc });
  });

  const bad: [string, Record<string, unknown>, RegExp][] = [
    ['an unknown status', reviewJson(GOOD_HISTORY, { status: 'approved' }), /status/],
    ['no status', reviewJson(GOOD_HISTORY, { status: undefined }), /status/],
    ['a history entry missing at', reviewJson([{ from: 'new', to: 'confirmed', by: 'mod-1' }]), /history entry/],
    ['a history entry with text for at', reviewJson([{ from: 'new', to: 'confirmed', at: '2026-11-25' }]), /history entry/],
    ['a history entry with an unknown status', reviewJson([{ from: 'new', to: 'hidden', at: T0 }]), /history entry/],
    ['a history entry that is not an object', reviewJson(['new→confirmed']), /history entry/],
    ['a history that is not a list', reviewJson({ 0: GOOD_HISTORY[0] } as unknown as unknown[]), /history/],
    ['an id of another post', reviewJson(GOOD_HISTORY, { _id: reviewDocId('tiktok', '999') }), /id does not match/],
    ['an id of another platform', reviewJson(GOOD_HISTORY, { _id: reviewDocId('youtube', POST) }), /id does not match/],
    ['no postId', reviewJson(GOOD_HISTORY, { postId: undefined }), /id does not match/],
    ['no updatedAt', reviewJson(GOOD_HISTORY, { updatedAt: undefined }), /status or history/],
    ['5,000 history entries', reviewJson(Array.from({ length: 5_000 }, (_, i) => ({ from: 'new', to: 'triaged', at: T0 + i }))), /history/],
  ];
  it.each(bad)('ignores a review with %s', (_what, doc, why) => {
    expect(checkTeamDoc(doc)).toEqual({ kind: 'ignored', why: expect.stringMatching(why) });
  });
});

describe('checkTeamDoc never throws', () => {
  it('for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(checkTeamDoc(value).kind).toMatch(/^(report|withdrawn|review|ignored)$/);
      }),
      { numRuns: 500 },
    );
  });

  const id = fc.oneof(
    fc.string(),
    fc.constantFrom(reportDocId('tiktok', POST, 'vol-a'), reviewDocId('tiktok', POST), '_design/saring', 'report:web::vol-a', 'report:tiktok:1:a'),
  );
  const field = fc.oneof(fc.jsonValue(), fc.anything(), fc.constantFrom('report', 'review', true, null, undefined, ...REPORT_STATUSES));
  const evidence = fc.dictionary(fc.constantFrom('id', 'platform', 'postId', 'captionSnapshot', 'flags', 'kinds', 'lists', 'reportedAt', 'history', 'reporters', 'status', '__proto__', 'toString'), field);

  it('for objects with random fields, and report-like documents with random evidence', () => {
    fc.assert(
      fc.property(
        fc.record({ _id: id, type: fc.constantFrom('report', 'review', 'x', undefined), _deleted: fc.option(fc.boolean()), withdrawn: fc.option(fc.anything()), reporter: field }, { requiredKeys: [] }),
        fc.dictionary(fc.string(), field),
        fc.oneof(evidence, field),
        (doc, extra, report) => {
          expect(() => checkTeamDoc({ ...extra, ...doc })).not.toThrow();
          expect(() => checkTeamDoc({ ...reportDoc(), report })).not.toThrow();
          expect(() => checkTeamDoc({ ...reportDoc(), report: { ...(reportDoc().report as object), ...(typeof report === 'object' ? report : { x: report }) } })).not.toThrow();
          expect(() => checkTeamDoc({ ...reviewJson(GOOD_HISTORY), ...extra, ...doc, type: 'review' })).not.toThrow();
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('mergeReviews', () => {
  const statusArb = fc.constantFrom<ReportStatus>(...REPORT_STATUSES);
  const changeArb = (by: string) => fc.record({ from: statusArb, to: statusArb, at: fc.integer({ min: T0, max: T0 + 50 }), by: fc.constant(by) });
  const key = (c: { at: number; from: string; to: string }) => `${c.at}:${c.from}:${c.to}`;
  // A history as a review holds it: each decision once, in time order.
  const historyArb = (by: string) =>
    fc.uniqueArray(changeArb(by), { maxLength: 8, selector: key }).map((h) => [...h].sort((x, y) => x.at - y.at || key(x).localeCompare(key(y))));
  const withoutBy = (h: TeamReviewDoc['history']) => h.map(({ from, to, at }) => ({ from, to, at }));

  it('does not depend on order, in status and history (property)', () => {
    fc.assert(
      fc.property(historyArb('mod-1'), historyArb('mod-2'), (ha, hb) => {
        const [a, b] = [review(ha), review(hb)];
        const ab = mergeReviews([a, b]);
        const ba = mergeReviews([b, a]);
        expect(ab.status).toBe(ba.status);
        expect(withoutBy(ab.history)).toEqual(withoutBy(ba.history));
        expect(ab.updatedAt).toBe(ba.updatedAt);
      }),
      { numRuns: 300 },
    );
  });

  it('does not depend on order in who is named either, when two moderators make the same decision in the same millisecond', () => {
    const a = review([{ from: 'new', to: 'confirmed', at: T0 + 1, by: 'mod-1' }]);
    const b = review([{ from: 'new', to: 'confirmed', at: T0 + 1, by: 'mod-2' }]);
    expect(mergeReviews([a, b]).history).toEqual(mergeReviews([b, a]).history);
  });

  it('is idempotent: a review merged with itself, or merged again, changes nothing (property)', () => {
    fc.assert(
      fc.property(historyArb('mod-1'), historyArb('mod-2'), (ha, hb) => {
        const a = review(ha);
        expect(mergeReviews([a, a])).toEqual(a);
        const ab = mergeReviews([a, review(hb)]);
        const again = mergeReviews([ab, review(hb)]);
        expect(again.status).toBe(ab.status);
        expect(again.history).toEqual(ab.history);
      }),
      { numRuns: 300 },
    );
  });

  it('merging a review with itself returns the same history and status', () => {
    const a = review(GOOD_HISTORY as TeamReviewDoc['history']);
    expect(mergeReviews([a, a])).toEqual(a);
  });

  it('the latest decision wins, whichever moderator made it and whichever side it is on', () => {
    const early = review([{ from: 'new', to: 'confirmed', at: T0 + 1_000, by: 'mod-1' }]);
    const late = review([{ from: 'new', to: 'dismissed', at: T0 + 2_000, by: 'mod-2' }]);
    expect(mergeReviews([early, late]).status).toBe('dismissed');
    expect(mergeReviews([late, early]).status).toBe('dismissed');
    expect(mergeReviews([late, early]).updatedAt).toBe(T0 + 2_000);
  });

  it('drops no decision and keeps each decision’s author, in time order', () => {
    const a = review([
      { from: 'new', to: 'triaged', at: T0 + 1_000, by: 'mod-1' },
      { from: 'triaged', to: 'confirmed', at: T0 + 3_000, by: 'mod-1' },
    ]);
    const b = review([
      { from: 'new', to: 'triaged', at: T0 + 1_000, by: 'mod-1' },
      { from: 'triaged', to: 'dismissed', at: T0 + 2_000, by: 'mod-2' },
      { from: 'confirmed', to: 'sent_to_platform', at: T0 + 4_000, by: 'mod-2' },
    ]);
    const merged = mergeReviews([a, b]);
    expect(merged.history).toEqual([
      { from: 'new', to: 'triaged', at: T0 + 1_000, by: 'mod-1' },
      { from: 'triaged', to: 'dismissed', at: T0 + 2_000, by: 'mod-2' },
      { from: 'triaged', to: 'confirmed', at: T0 + 3_000, by: 'mod-1' },
      { from: 'confirmed', to: 'sent_to_platform', at: T0 + 4_000, by: 'mod-2' },
    ]);
    expect(merged.status).toBe('sent_to_platform');
  });

  it('no decision is dropped (property): every change of either side is in the merge, once', () => {
    fc.assert(
      fc.property(historyArb('mod-1'), historyArb('mod-2'), historyArb('mod-3'), (ha, hb, hc) => {
        const merged = mergeReviews([review(ha), review(hb), review(hc)]);
        const keys = merged.history.map((c) => `${c.at}:${c.from}:${c.to}`);
        expect(new Set(keys).size).toBe(keys.length);
        for (const c of [...ha, ...hb, ...hc]) expect(keys).toContain(`${c.at}:${c.from}:${c.to}`);
        expect(merged.history.map((c) => c.at)).toEqual([...merged.history.map((c) => c.at)].sort((x, y) => x - y));
        for (const c of merged.history) expect(c.by).toMatch(/^mod-[123]$/);
        if (merged.history.length) expect(merged.status).toBe(merged.history.at(-1)!.to);
      }),
      { numRuns: 300 },
    );
  });
});

describe('withReview', () => {
  it('returns the very same report when the review adds nothing', () => {
    const report = makeReport({ status: 'confirmed', history: [{ from: 'new', to: 'confirmed', at: T0 + 1_000 }], updatedAt: T0 + 1_000 });
    const same = review([{ from: 'new', to: 'confirmed', at: T0 + 1_000, by: 'mod-1' }], { updatedAt: T0 + 9_000 });
    expect(withReview(report, same)).toBe(report);
    expect(withReview(report, review([]))).toBe(report);
  });

  it('a new report and an empty review: the same object', () => {
    const report = makeReport();
    expect(withReview(report, review([]))).toBe(report);
  });

  it('merges the history in time order, takes the latest status, and does not copy `by` into the report', () => {
    const report = makeReport({ status: 'triaged', history: [{ from: 'new', to: 'triaged', at: T0 + 1_000 }], updatedAt: T0 + 1_000 });
    const merged = withReview(report, review([{ from: 'triaged', to: 'confirmed', at: T0 + 2_000, by: 'mod-2' }]));
    expect(merged).not.toBe(report);
    expect(merged.status).toBe('confirmed');
    expect(merged.history).toEqual([
      { from: 'new', to: 'triaged', at: T0 + 1_000 },
      { from: 'triaged', to: 'confirmed', at: T0 + 2_000 },
    ]);
    expect(merged.updatedAt).toBe(T0 + 2_000);
    expect(report.status).toBe('triaged');
    expect(report.history).toHaveLength(1);
  });

  it('a decision made here after the review’s stays the status', () => {
    const report = makeReport({ status: 'dismissed', history: [{ from: 'new', to: 'dismissed', at: T0 + 5_000 }], updatedAt: T0 + 5_000 });
    const merged = withReview(report, review([{ from: 'new', to: 'confirmed', at: T0 + 2_000, by: 'mod-2' }]));
    expect(merged.status).toBe('dismissed');
    expect(merged.history.map((c) => c.to)).toEqual(['confirmed', 'dismissed']);
    expect(merged.updatedAt).toBe(T0 + 5_000);
  });
});
