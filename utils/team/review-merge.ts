import { mergeHistory } from '../moderation/merge-reports';
import type { Report } from '../storage/report';
import type { TeamReviewDoc } from './team-docs';

type Decision = TeamReviewDoc['history'][number];
const decisionKey = (c: Decision) => `${c.at}:${c.from}:${c.to}`;

/** Every decision once, in time order; the same decision by two moderators names the first by name, whatever order they came in. */
function mergeDecisions(all: readonly Decision[]): Decision[] {
  const byKey = new Map<string, Decision>();
  for (const c of all) {
    const held = byKey.get(decisionKey(c));
    if (!held || (c.by ?? '') < (held.by ?? '')) byKey.set(decisionKey(c), c);
  }
  return [...byKey.values()].sort((x, y) => x.at - y.at || decisionKey(x).localeCompare(decisionKey(y)));
}

/**
 * The conflict rule, for two moderators who changed the same post at once: every decision is
 * kept in the history, in time order, and the latest decision is the status. Nothing is dropped.
 */
export function mergeReviews(reviews: readonly TeamReviewDoc[]): TeamReviewDoc {
  const [first] = reviews;
  const history = mergeDecisions(reviews.flatMap((r) => r.history));
  const latest = history.at(-1);
  return { ...first, history, status: latest?.to ?? first.status, updatedAt: Math.max(...reviews.map((r) => r.updatedAt)) };
}

/** A local report with the team's review applied: the same rule, so a decision made here is never lost either. */
export function withReview(report: Report, review: TeamReviewDoc): Report {
  const history = mergeHistory(report.history, review.history.map(({ from, to, at }) => ({ from, to, at })));
  const status = history.at(-1)?.to ?? report.status;
  if (status === report.status && history.length === report.history.length) return report;
  return { ...report, status, history, updatedAt: Math.max(report.updatedAt, review.updatedAt) };
}
