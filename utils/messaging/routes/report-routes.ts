import type { Post } from '../../post';
import { mutedSets } from '../../settings/settings';
import { buildReport, type Report, type ReportCategory, type ReportSource } from '../../storage/report';
import { checkCategory, checkNote, checkPost, checkPosts, checkSource, checkTime, checkToken, MAX_POSTS_PER_BATCH } from '../validate';
import { fail, ok, type Route, type RouteContext } from './route-types';

/** Reports built by the background: flags are worked out again here, never taken from the page. */
async function reportsFor(posts: Post[], seenAt: (number | undefined)[], category: ReportCategory | undefined, source: ReportSource, { deps }: RouteContext): Promise<Report[]> {
  const settings = await deps.readSettings();
  const [verdicts, reporterId] = await Promise.all([deps.check(posts, mutedSets(settings)), deps.reporterId()]);
  const lists = await Promise.all(verdicts.map((v) => deps.lists(v.flags)));
  const reportedAt = deps.now();
  return posts.map((post, i) =>
    buildReport(post, { flags: verdicts[i].flags, category, lists: lists[i], seenAt: seenAt[i], reportedAt, reporterId, source, extensionVersion: deps.extensionVersion }),
  );
}

const today = async ({ deps }: RouteContext) => deps.reports.countSince(deps.startOfDay(deps.now()));

export const saveReport: Route = async (payload, context) => {
  const post = checkPost(payload.post);
  if ('error' in post) return fail(post.error);
  const seenAt = checkTime(payload.seenAt);
  if ('error' in seenAt) return fail(seenAt.error);
  const category = checkCategory(payload.category);
  if ('error' in category) return fail(category.error);
  const source = checkSource(payload.source);
  if ('error' in source) return fail(source.error);
  const reports = await reportsFor([post.value], [seenAt.value], category.value, source.value, context);
  const write = await context.deps.reports.saveAll(reports);
  const undoToken = await context.undo.issue(write, context.sender.tab?.id);
  return ok({ report: write.saved[0], undoToken, today: await today(context) });
};

export const saveManyReports: Route = async (payload, context) => {
  const posts = checkPosts(payload.posts);
  if ('error' in posts) return fail(posts.error);
  if (posts.value.length === 0) return fail('no posts selected');
  const category = checkCategory(payload.category);
  if ('error' in category) return fail(category.error);
  const seenAt = Array.isArray(payload.seenAt) ? payload.seenAt.slice(0, MAX_POSTS_PER_BATCH).map((t) => {
    const checked = checkTime(t);
    return 'error' in checked ? undefined : checked.value;
  }) : [];
  const reports = await reportsFor(posts.value, seenAt, category.value ?? 'other', 'bulk', context);
  const write = await context.deps.reports.saveAll(reports);
  const undoToken = await context.undo.issue(write, context.sender.tab?.id);
  return ok({ count: write.saved.length, undoToken, today: await today(context) });
};

export const undoReport: Route = async (payload, context) => {
  const token = checkToken(payload.undoToken);
  if ('error' in token) return fail(token.error);
  const write = await context.undo.find(token.value, context.sender.tab?.id);
  if (!write) return fail('This report can no longer be undone here. Saring keeps it; a moderator can dismiss it.');
  const reverted = await context.deps.reports.undo(write);
  await context.undo.forget(token.value);
  if (reverted === 0) return fail('This report changed since it was made, so Saring kept it.');
  return ok({});
};

export const annotateReport: Route = async (payload, context) => {
  const token = checkToken(payload.undoToken);
  if ('error' in token) return fail(token.error);
  const [category, note] = [checkCategory(payload.category), checkNote(payload.note)];
  if ('error' in category) return fail(category.error);
  if ('error' in note) return fail(note.error);
  const write = await context.undo.find(token.value, context.sender.tab?.id);
  if (!write || write.saved.length !== 1) return fail('This report can no longer be changed from this page.');
  const updatedAt = context.deps.now();
  const report = await context.deps.reports.update(write.saved[0].id, (r) => ({
    ...r,
    ...(category.value && { category: category.value }),
    ...(note.value !== undefined && { note: note.value.trim() }),
    updatedAt,
  }));
  if (!report) return fail('This report was withdrawn.');
  await context.undo.replace(token.value, { ...write, saved: [report] });
  return ok({ report });
};

export const reportsToday: Route = async (_payload, context) => ok({ today: await today(context) });
