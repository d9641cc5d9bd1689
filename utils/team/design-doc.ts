/**
 * The team database's rules, enforced by the server itself (CouchDB's validate_doc_update),
 * so that a changed or hostile extension cannot get round them:
 * - a volunteer creates and changes reports only in their own name;
 * - only moderators write review states;
 * - nobody deletes another person's report.
 * CouchDB runs it in its own JavaScript engine: plain ES5, kept as text so that the source
 * installed is the same byte for byte however this module was built (tsx, Vite, vitest).
 */
const VALIDATE_DOC_UPDATE = `function (newDoc, oldDoc, userCtx) {
  var roles = userCtx.roles || [];
  var isAdmin = roles.indexOf('_admin') !== -1;
  var isModerator = isAdmin || roles.indexOf('moderator') !== -1;
  if (!userCtx.name && !isAdmin) throw { unauthorized: 'sign in to the team database first' };
  if (newDoc._deleted) {
    if (!oldDoc) return;
    if (oldDoc.type === 'report' && oldDoc.reporter !== userCtx.name && !isAdmin) throw { forbidden: 'nobody deletes another person’s report' };
    if (oldDoc.type === 'review' && !isModerator) throw { forbidden: 'only moderators change review states' };
    return;
  }
  if (newDoc.type === 'review') {
    if (!isModerator) throw { forbidden: 'only moderators change review states' };
    if (newDoc._id !== 'review:' + newDoc.platform + ':' + newDoc.postId) throw { forbidden: 'a review’s id is review:<platform>:<postId>' };
    if (typeof newDoc.status !== 'string' || !Array.isArray(newDoc.history)) throw { forbidden: 'a review needs a status and a history' };
    return;
  }
  if (newDoc.type === 'report') {
    if (newDoc.reporter !== userCtx.name) throw { forbidden: 'reports only in your own name' };
    if (oldDoc && oldDoc.reporter !== userCtx.name) throw { forbidden: 'only the reporter changes a report' };
    if (newDoc._id !== 'report:' + newDoc.platform + ':' + newDoc.postId + ':' + newDoc.reporter) throw { forbidden: 'a report’s id is report:<platform>:<postId>:<reporter>' };
    var report = newDoc.report;
    if (!report || typeof report !== 'object' || report.platform !== newDoc.platform || report.postId !== newDoc.postId) throw { forbidden: 'a report needs its evidence' };
    if (report.status !== undefined || report.history !== undefined) throw { forbidden: 'only moderators change review states' };
    return;
  }
  throw { forbidden: 'not a Saring document' };
}`;

export const DESIGN_DOC_ID = '_design/saring';

/** What a volunteer pulls: the moderators' reviews, not every other volunteer's reports. */
const REVIEWS_ONLY = `function (doc) {
  return doc.type === 'review';
}`;

/** The design document `team setup` installs: the rules above as CouchDB reads them. */
export function saringDesignDoc(): { _id: string; validate_doc_update: string; filters: { reviews: string } } {
  return { _id: DESIGN_DOC_ID, validate_doc_update: VALIDATE_DOC_UPDATE, filters: { reviews: REVIEWS_ONLY } };
}

/** The filter's name as replication asks for it. */
export const REVIEWS_FILTER = 'saring/reviews';

/** Members are volunteers and moderators; nobody else reads or writes the database. */
export const TEAM_SECURITY = { admins: { names: [], roles: [] }, members: { names: [], roles: ['volunteer', 'moderator'] } };

export const TEAM_ROLES = ['volunteer', 'moderator'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

