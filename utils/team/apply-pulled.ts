import type { ReportStore } from '../storage/report-store';
import type { Report } from '../storage/report';
import { reportIdFor } from '../storage/report';
import { checkTeamDoc } from './check-team-doc';
import type { PouchDatabase, PouchDoc } from './pouch';
import { mergeReviews, withReview } from './review-merge';
import { reviewDocId, type TeamReviewDoc } from './team-docs';

export interface Applied {
  lastSeq: number | string;
  /** Local reports added or changed. */
  changed: number;
  ignored: number;
}

/** Who applies, and, for a moderator, what to do before a merged review is written to the replica. */
export interface Applier {
  user: string;
  moderator: boolean;
  /**
   * Called before a merged review is written: the write has to go up, and must be known to
   * before it exists, or a failure between the two would leave it in the replica, unpushed.
   */
  beforeWriteBack?: () => Promise<void>;
}

const BATCH = 500;

/**
 * A review with concurrent versions (two moderators at once): merged by the written rule,
 * and, by a moderator, written back as the one version with the others removed.
 */
async function settledReview(local: PouchDatabase, doc: PouchDoc, review: TeamReviewDoc, me: Applier): Promise<TeamReviewDoc> {
  if (!doc._conflicts?.length) return review;
  const others = await Promise.all(doc._conflicts.map((rev) => local.get(doc._id, { rev })));
  const merged = mergeReviews([review, ...(others as unknown as TeamReviewDoc[])]);
  if (me.moderator) {
    await me.beforeWriteBack?.();
    await local.bulkDocs([{ ...(merged as unknown as PouchDoc), _rev: doc._rev }, ...others.map((o) => ({ _id: o._id, _rev: o._rev, _deleted: true }))]);
  }
  return merged;
}

/** The ids of every review the replica holds: keys only, read once a call, so that most reports (never reviewed) cost no lookup. */
async function reviewIdsIn(local: PouchDatabase): Promise<Set<string>> {
  const { rows } = await local.allDocs({ startkey: 'review:', endkey: 'review:\uffff' });
  return new Set(rows.map((row) => row.key));
}

/**
 * The reviews held for these reports, in one request. Only ids known to be there are asked
 * for: PouchDB answers a missing key with an error object, stack trace and all, which for a
 * moderator's pull of 50,000 unreviewed reports was a fifth of the time applying them.
 */
async function reviewsOf(local: PouchDatabase, reports: readonly Report[], held: Set<string>): Promise<Map<string, TeamReviewDoc>> {
  const keys = reports.map((r) => reviewDocId(r.platform, r.postId)).filter((id) => held.has(id));
  if (keys.length === 0) return new Map();
  const { rows } = await local.allDocs({ keys, include_docs: true });
  const found = new Map<string, TeamReviewDoc>();
  for (const row of rows) {
    const checked = row.doc ? checkTeamDoc(row.doc) : undefined;
    if (checked?.kind === 'review') found.set(row.key, checked.review);
  }
  return found;
}

/** Takes a withdrawn reporter off the merged report; the report goes when nobody reports the post any more. */
async function withdraw(reports: ReportStore, id: string, reporter: string): Promise<boolean> {
  const report = await reports.get(id);
  if (!report || !report.reporters.some((r) => r.reporterId === reporter)) return false;
  const reporters = report.reporters.filter((r) => r.reporterId !== reporter);
  if (reporters.length === 0) await reports.removeMany([id]);
  else await reports.update(id, (r) => ({ ...r, reporters }));
  return true;
}

/**
 * Brings what replication pulled into the local reports, in the order the replica changed,
 * from `since`. Moderators take every volunteer's reports; everyone takes the reviews of the
 * reports they hold. A document that is not a valid report or review is counted and dropped.
 */
export async function applyPulled(local: PouchDatabase, reports: ReportStore, since: number | string, me: Applier): Promise<Applied> {
  let lastSeq = since;
  let changed = 0;
  let ignored = 0;
  let reviewIds: Set<string> | undefined;
  for (;;) {
    const { results, last_seq } = await local.changes({ since: lastSeq, include_docs: true, conflicts: true, limit: BATCH });
    if (results.length === 0) break;
    const incoming: Report[] = [];
    for (const change of results) {
      const checked = checkTeamDoc(change.doc ?? { _id: change.id, _deleted: change.deleted });
      if (checked.kind === 'ignored') ignored += checked.why === 'the design document' ? 0 : 1;
      else if (checked.kind === 'report' && me.moderator && checked.reporter !== me.user) incoming.push(checked.report);
      else if (checked.kind === 'withdrawn' && me.moderator && checked.reporter !== me.user) {
        if (await withdraw(reports, reportIdFor(checked), checked.reporter)) changed++;
      } else if (checked.kind === 'review') {
        // A review written after the ids were read: its report may come in a later batch.
        reviewIds?.add(change.id);
        const review = await settledReview(local, change.doc!, checked.review, me);
        const id = reportIdFor(review);
        const before = await reports.get(id);
        if (before && withReview(before, review) !== before) {
          await reports.update(id, (r) => withReview(r, review));
          changed++;
        }
      }
    }
    if (incoming.length > 0) {
      // A review can arrive before the report it decides (a moderator who joins late): it is applied here.
      reviewIds ??= await reviewIdsIn(local);
      const reviews = await reviewsOf(local, incoming, reviewIds);
      const reviewed = incoming.map((r) => {
        const review = reviews.get(reviewDocId(r.platform, r.postId));
        return review ? withReview(r, review) : r;
      });
      const counts = await reports.importAll(reviewed);
      changed += counts.added + counts.updated;
    }
    lastSeq = last_seq;
  }
  return { lastSeq, changed, ignored };
}
