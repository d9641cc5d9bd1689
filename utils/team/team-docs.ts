import type { Report, ReportStatus, StatusChange } from '../storage/report';

/**
 * A volunteer's report as the team database holds it: one document a post and a reporter,
 * written only by that reporter. Its id comes from the post and the reporter, so syncing
 * twice, or a report imported again, lands on the same document.
 */
export interface TeamReportDoc {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  type: 'report';
  /** The reporter's name on the team server (CouchDB's user name). */
  reporter: string;
  platform: Report['platform'];
  postId: string;
  /** The evidence; review fields are left out (moderators own them, in a review document). */
  report: Omit<Report, 'status' | 'history' | 'reporters'>;
  /** The reporter took the report back (undo); reporting the post again clears it. */
  withdrawn?: true;
}

/** A moderators' decision on a post: one document a post, written only by moderators. */
export interface TeamReviewDoc {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  type: 'review';
  platform: Report['platform'];
  postId: string;
  status: ReportStatus;
  /** Every decision, with who made it. Two moderators' concurrent reviews merge by it. */
  history: (StatusChange & { by?: string })[];
  updatedAt: number;
}

export type TeamDoc = TeamReportDoc | TeamReviewDoc;

/**
 * A team member's name, as `team add-user` makes it and report ids carry it: nothing that could
 * confuse an id. CouchDB itself refuses names that start with "_".
 */
export const TEAM_NAME = /^(?!_)[a-z0-9._-]{1,64}$/;

export const reportDocId = (platform: string, postId: string, reporter: string) => `report:${platform}:${postId}:${reporter}`;
export const reviewDocId = (platform: string, postId: string) => `review:${platform}:${postId}`;

export function toReportDoc(report: Report, reporter: string): TeamReportDoc {
  const { status: _status, history: _history, reporters: _reporters, ...evidence } = report;
  return { _id: reportDocId(report.platform, report.postId, reporter), type: 'report', reporter, platform: report.platform, postId: report.postId, report: evidence };
}

export function toReviewDoc(report: Report, by: string): TeamReviewDoc {
  return {
    _id: reviewDocId(report.platform, report.postId),
    type: 'review',
    platform: report.platform,
    postId: report.postId,
    status: report.status,
    history: report.history.map((change) => ({ ...change, by })),
    updatedAt: report.updatedAt,
  };
}
