import type { Report } from '../storage/report';
import { canonicalJson } from '../lists/canonical-json';
import type { PouchDatabase, PouchDoc } from './pouch';
import { mergeReviews } from './review-merge';
import { reportDocId, toReportDoc, toReviewDoc, type TeamReviewDoc } from './team-docs';

const changeKey = (c: { at: number; from: string; to: string }) => `${c.at}:${c.from}:${c.to}`;

async function current(local: PouchDatabase, id: string): Promise<PouchDoc | undefined> {
  try {
    return await local.get(id);
  } catch {
    return undefined;
  }
}

/** Puts a document into the local replica over whatever revision it holds: the same id, never a second copy. */
async function upsert(local: PouchDatabase, doc: PouchDoc): Promise<void> {
  const held = await current(local, doc._id);
  // Compared without key order: PouchDB hands a document back with `_id` last.
  if (held && !held._deleted && canonicalJson({ ...held, _rev: undefined }) === canonicalJson({ ...doc, _rev: undefined })) return;
  await local.put({ ...doc, ...(held?._rev && { _rev: held._rev }) });
}

/**
 * The user's own reports into the local replica, from where replication takes them up. A
 * report taken back here (undo) is deleted there. Reports imported from others' files are
 * not the user's to send.
 */
export async function putOwnReports(local: PouchDatabase, ids: readonly string[], lookup: (id: string) => Promise<Report | undefined>, me: { user: string; reporterId: string }): Promise<void> {
  for (const id of ids) {
    const report = await lookup(id);
    if (report && report.reporterId !== me.reporterId) continue;
    const [platform, ...rest] = id.split(':');
    const docId = reportDocId(platform, rest.join(':'), me.user);
    if (report) await upsert(local, toReportDoc(report, me.user) as unknown as PouchDoc);
    else {
      // Taken back: marked withdrawn rather than deleted, so the evidence stays on the team server for
      // moderators to see what was taken back, and reporting the post again simply clears the mark.
      const held = await current(local, docId);
      if (held && !held._deleted && !held.withdrawn) await local.put({ ...held, withdrawn: true });
    }
  }
}

/** A moderator's decisions into the local replica, merged with any review already there. */
export async function putReviews(local: PouchDatabase, ids: readonly string[], lookup: (id: string) => Promise<Report | undefined>, moderator: string): Promise<void> {
  for (const id of ids) {
    const report = await lookup(id);
    if (!report) continue;
    const mine = toReviewDoc(report, moderator);
    const held = (await current(local, mine._id)) as unknown as TeamReviewDoc | undefined;
    // Decisions already in the replica keep their author; only this moderator's new ones are signed with their name.
    const known = new Set((held && !held._deleted ? held.history : []).map(changeKey));
    const added = { ...mine, history: mine.history.filter((c) => !known.has(changeKey(c))) };
    const review = held && !held._deleted ? mergeReviews([held, added]) : mine;
    await upsert(local, review as unknown as PouchDoc);
  }
}
