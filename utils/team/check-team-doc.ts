import { isRecord } from '../is-record';
import { checkImportedReport } from '../moderation/imported-report';
import { REPORT_STATUSES, type Report, type ReportStatus } from '../storage/report';
import { reportDocId, reviewDocId, TEAM_NAME, type TeamReviewDoc } from './team-docs';

export type CheckedTeamDoc =
  | { kind: 'report'; reporter: string; report: Report }
  | { kind: 'withdrawn'; platform: Report['platform']; postId: string; reporter: string }
  | { kind: 'review'; review: TeamReviewDoc }
  | { kind: 'ignored'; why: string };

const REPORT_ID = /^report:(tiktok|youtube|instagram|facebook|web):(.+):([^:]+)$/;

/** The reporter took their report back (undo): the id says whose report of which post. */
function withdrawn(id: string): CheckedTeamDoc {
  const match = REPORT_ID.exec(id);
  if (!match || !TEAM_NAME.test(match[3])) return { kind: 'ignored', why: 'a deleted document that is not a report' };
  return { kind: 'withdrawn', platform: match[1] as Report['platform'], postId: match[2], reporter: match[3] };
}

const MAX_HISTORY = 1_000;

function checkReview(doc: Record<string, unknown>): CheckedTeamDoc {
  const { platform, postId, status, history, updatedAt } = doc;
  if (typeof platform !== 'string' || typeof postId !== 'string' || doc._id !== reviewDocId(platform, postId)) return { kind: 'ignored', why: 'a review whose id does not match its post' };
  if (!REPORT_STATUSES.includes(status as ReportStatus) || !Array.isArray(history) || history.length > MAX_HISTORY || typeof updatedAt !== 'number') return { kind: 'ignored', why: 'a review without a valid status or history' };
  const changes = history.filter((c): c is TeamReviewDoc['history'][number] => isRecord(c) && REPORT_STATUSES.includes(c.from as ReportStatus) && REPORT_STATUSES.includes(c.to as ReportStatus) && typeof c.at === 'number');
  if (changes.length !== history.length) return { kind: 'ignored', why: 'a review with a bad history entry' };
  return { kind: 'review', review: { _id: doc._id, ...(typeof doc._rev === 'string' && { _rev: doc._rev }), type: 'review', platform: platform as Report['platform'], postId, status: status as ReportStatus, history: changes, updatedAt } };
}

/**
 * A document from the team server, checked as an import is: whatever it holds, only a valid
 * report or review gets through, and anything else is counted and dropped before a page sees it.
 */
export function checkTeamDoc(doc: unknown): CheckedTeamDoc {
  if (!isRecord(doc) || typeof doc._id !== 'string') return { kind: 'ignored', why: 'not a document' };
  if (doc._id.startsWith('_design/')) return { kind: 'ignored', why: 'the design document' };
  if (doc._deleted === true || (doc.type === 'report' && doc.withdrawn === true)) return withdrawn(doc._id);
  if (doc.type === 'review') return checkReview(doc);
  if (doc.type !== 'report') return { kind: 'ignored', why: 'not a Saring document' };
  const reporter = doc.reporter;
  if (typeof reporter !== 'string' || !TEAM_NAME.test(reporter)) return { kind: 'ignored', why: 'a report with no reporter, or one a team member cannot be named' };
  const checked = checkImportedReport(isRecord(doc.report) ? { ...doc.report, status: undefined, history: undefined, reporters: undefined } : doc.report);
  if ('error' in checked) return { kind: 'ignored', why: checked.error };
  const report = { ...checked.report, reporters: [{ reporterId: reporter, reportedAt: checked.report.reportedAt }] };
  if (doc._id !== reportDocId(report.platform, report.postId, reporter)) return { kind: 'ignored', why: 'a report whose id does not match its post and reporter' };
  return { kind: 'report', reporter, report };
}
