import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Report } from '@/utils/storage/report';
import { DESIGN_DOC_ID, TEAM_SECURITY } from '@/utils/team/design-doc';
import { reportDocId, reviewDocId, toReportDoc, toReviewDoc } from '@/utils/team/team-docs';
import { basicAuth, type CouchServer, freePort, startCouchServer } from './support/couch-server';
import { startListServer } from './support/list-server';
import { saring } from './support/run-cli';

// A real CouchDB-compatible server (pouchdb-server in memory), set up by the CLI itself, then
// every rule of the team database checked over plain HTTP as each kind of user would try it.

const DB = 'saring-team';
const ADMIN = { name: 'admin', password: 'admin-secret-7731' };
const USERS = {
  'vol-a': { password: 'vol-a-pw-1', role: 'volunteer' },
  'vol-b': { password: 'vol-b-pw-2', role: 'volunteer' },
  'mod-1': { password: 'mod-1-pw-3', role: 'moderator' },
} as const;
type Member = keyof typeof USERS;
/** Created straight in _users with no role: signed in, but not on the team. */
const OUTSIDER = { name: 'outsider', password: 'outsider-pw-4' };

let couch: CouchServer;
let firstSetup: Awaited<ReturnType<typeof saring>>;


type Auth = Member | 'admin' | { name: string; password: string } | null;

function authHeader(auth: Auth): Record<string, string> {
  if (auth === null) return {};
  if (auth === 'admin') return { authorization: basicAuth(ADMIN.name, ADMIN.password) };
  if (typeof auth === 'string') return { authorization: basicAuth(auth, USERS[auth].password) };
  return { authorization: basicAuth(auth.name, auth.password) };
}

async function http(method: string, path: string, auth: Auth, body?: unknown): Promise<{ status: number; body: any }> {
  const response = await fetch(`${couch.url}${path}`, {
    method,
    headers: { ...authHeader(auth), accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

const docPath = (id: string) => `/${DB}/${encodeURIComponent(id)}`;
const putDoc = <T extends { _id: string }>(auth: Auth, doc: T) => http('PUT', docPath(doc._id), auth, doc);
/** The document as the server holds it, read as the admin; undefined when there is none. */
async function stored(id: string): Promise<any> {
  const { status, body } = await http('GET', docPath(id), 'admin');
  if (status === 404) return undefined;
  expect(status).toBe(200);
  return body;
}

let postCounter = 0;
/** A fresh post id for every document, so tests never share data. */
const nextPostId = () => `${Date.now().toString(36)}-${++postCounter}`;

function makeReport(postId: string, overrides: Partial<Report> = {}): Report {
  return {
    id: `tiktok:${postId}`,
    platform: 'tiktok',
    postId,
    permalink: `https://www.tiktok.com/@akun/video/${postId}`,
    authorHandle: 'akun',
    authorName: 'Akun Contoh',
    captionSnapshot: 'Ayo coblos nomor urut 2!',
    pageKind: 'feed',
    kinds: ['campaign'],
    flags: [],
    category: 'campaign',
    note: 'seen twice today',
    lists: {},
    seenAt: 1_700_000_000_000,
    reportedAt: 1_700_000_001_000,
    updatedAt: 1_700_000_002_000,
    reporterId: 'profile-123',
    source: 'warning',
    status: 'new',
    history: [],
    reporters: [{ reporterId: 'profile-123', reportedAt: 1_700_000_001_000 }],
    extensionVersion: '0.1.0',
    ...overrides,
  };
}

/** Puts a report as its reporter (must succeed) and returns it as stored. */
async function ownReport(reporter: Member, postId = nextPostId()) {
  const doc = toReportDoc(makeReport(postId), reporter);
  const put = await putDoc(reporter, doc);
  expect(put.status).toBe(201);
  const saved = await stored(doc._id);
  expect(saved).toMatchObject({ ...doc, _rev: put.body.rev });
  return saved;
}

function review(postId: string, status: Report['status'] = 'confirmed') {
  return toReviewDoc(makeReport(postId, { status, history: [{ from: 'new', to: status, at: 1_700_000_003_000 }] }), 'mod-1');
}

/** Puts a review as mod-1 (must succeed) and returns it as stored. */
async function moderatorReview(postId = nextPostId()) {
  const doc = review(postId);
  const put = await putDoc('mod-1', doc);
  expect(put.status).toBe(201);
  return stored(doc._id);
}

beforeAll(async () => {
  couch = await startCouchServer(ADMIN);
  firstSetup = await saring(['team', 'setup', '--url', couch.adminUrl, '--db', DB]);
  expect(firstSetup).toMatchObject({ code: 0, stderr: '' });
  for (const [name, { password, role }] of Object.entries(USERS)) {
    const added = await saring(['team', 'add-user', '--url', couch.adminUrl, '--name', name, '--password', password, '--role', role]);
    expect(added).toMatchObject({ code: 0, stderr: '' });
  }
  const outsider = await http('PUT', `/_users/${encodeURIComponent(`org.couchdb.user:${OUTSIDER.name}`)}`, 'admin', {
    _id: `org.couchdb.user:${OUTSIDER.name}`,
    name: OUTSIDER.name,
    type: 'user',
    roles: [],
    password: OUTSIDER.password,
  });
  expect(outsider.status).toBe(201);
}, 60_000);

afterAll(async () => {
  await couch?.stop();
});

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('the server after team setup and add-user', () => {
  it('says what setup did, one line each, without the password', () => {
    expect(firstSetup.stdout).toContain(`database ${DB}: created`);
    expect(firstSetup.stdout).toMatch(/^security: set/m);
    expect(firstSetup.stdout).toMatch(/^design document _design\/saring: installed/m);
    expect(firstSetup.stdout).not.toContain(ADMIN.password);
    expect(firstSetup.stdout).not.toContain('nothing changed');
  });

  it('holds the security object and the design document', async () => {
    expect((await http('GET', `/${DB}/_security`, 'admin')).body).toEqual(TEAM_SECURITY);
    const design = await stored(DESIGN_DOC_ID);
    expect(design.validate_doc_update).toContain('not a Saring document');
  });

  it('signs each member in with their role', async () => {
    for (const [name, { role }] of Object.entries(USERS)) {
      const session = await http('GET', '/_session', name as Member);
      expect(session.body.userCtx).toEqual({ name, roles: [role] });
    }
  });
});

describe('reports', () => {
  it('lets a volunteer create a report in their own name', async () => {
    const postId = nextPostId();
    const doc = toReportDoc(makeReport(postId), 'vol-a');
    const put = await putDoc('vol-a', doc);
    expect(put.status).toBe(201);
    expect(await stored(reportDocId('tiktok', postId, 'vol-a'))).toEqual({ ...doc, _rev: put.body.rev });
  });

  it('refuses a report in another volunteer’s name', async () => {
    const doc = toReportDoc(makeReport(nextPostId()), 'vol-b');
    const put = await putDoc('vol-a', doc);
    expect(put.status).toBe(403);
    expect(put.body.error).toBe('forbidden');
    expect(await stored(doc._id)).toBeUndefined();
  });

  it('refuses a report whose id names another reporter than its reporter field', async () => {
    const postId = nextPostId();
    const doc = { ...toReportDoc(makeReport(postId), 'vol-a'), _id: reportDocId('tiktok', postId, 'vol-b') };
    const put = await putDoc('vol-a', doc);
    expect(put.status).toBe(403);
    expect(await stored(doc._id)).toBeUndefined();
    expect(await stored(reportDocId('tiktok', postId, 'vol-a'))).toBeUndefined();
  });

  it('refuses another volunteer changing a report, keeping it as it was', async () => {
    const original = await ownReport('vol-a');
    // Keeping the reporter field does not help: the writer is not the reporter.
    const changed = { ...original, report: { ...original.report, note: 'changed by vol-b' } };
    expect((await putDoc('vol-b', changed)).status).toBe(403);
    // Nor does claiming the report as one's own.
    expect((await putDoc('vol-b', { ...changed, reporter: 'vol-b' })).status).toBe(403);
    expect(await stored(original._id)).toEqual(original);
  });

  it('refuses another volunteer deleting a report, keeping it as it was', async () => {
    const original = await ownReport('vol-a');
    const deleted = await http('DELETE', `${docPath(original._id)}?rev=${original._rev}`, 'vol-b');
    expect(deleted.status).toBe(403);
    // The same through a tombstone PUT and through _bulk_docs.
    expect((await putDoc('vol-b', { _id: original._id, _rev: original._rev, _deleted: true })).status).toBe(403);
    const bulk = await http('POST', `/${DB}/_bulk_docs`, 'vol-b', { docs: [{ _id: original._id, _rev: original._rev, _deleted: true }] });
    expect(JSON.stringify(bulk.body)).toContain('forbidden');
    expect(await stored(original._id)).toEqual(original);
  });

  it('lets a volunteer delete their own report', async () => {
    const original = await ownReport('vol-a');
    const deleted = await http('DELETE', `${docPath(original._id)}?rev=${original._rev}`, 'vol-a');
    expect(deleted.status).toBe(200);
    expect(await stored(original._id)).toBeUndefined();
  });

  it('refuses a review state inside a volunteer’s own report', async () => {
    const original = await ownReport('vol-a');
    const withStatus = { ...original, report: { ...original.report, status: 'confirmed' } };
    expect((await putDoc('vol-a', withStatus)).status).toBe(403);
    expect((await putDoc('vol-a', { ...original, report: { ...original.report, history: [] } })).status).toBe(403);
    expect(await stored(original._id)).toEqual(original);
    // And on a new report as well.
    const fresh = toReportDoc(makeReport(nextPostId()), 'vol-a');
    expect((await putDoc('vol-a', { ...fresh, report: { ...fresh.report, status: 'confirmed' } })).status).toBe(403);
    expect(await stored(fresh._id)).toBeUndefined();
  });

  it('does not let a moderator write a report in a volunteer’s name', async () => {
    const doc = toReportDoc(makeReport(nextPostId()), 'vol-a');
    expect((await putDoc('mod-1', doc)).status).toBe(403);
    expect(await stored(doc._id)).toBeUndefined();
  });
});

describe('reviews', () => {
  it('refuses a volunteer writing a review', async () => {
    const doc = review(nextPostId());
    const put = await putDoc('vol-a', doc);
    expect(put.status).toBe(403);
    expect(put.body.reason).toContain('only moderators');
    expect(await stored(doc._id)).toBeUndefined();
  });

  it('lets a moderator write a review and update it', async () => {
    const postId = nextPostId();
    const doc = review(postId, 'triaged');
    const created = await putDoc('mod-1', doc);
    expect(created.status).toBe(201);
    expect(await stored(reviewDocId('tiktok', postId))).toEqual({ ...doc, _rev: created.body.rev });
    const next = {
      ...doc,
      _rev: created.body.rev,
      status: 'confirmed',
      history: [...doc.history, { from: 'triaged', to: 'confirmed', at: 1_700_000_004_000, by: 'mod-1' }],
      updatedAt: 1_700_000_004_000,
    };
    const updated = await putDoc('mod-1', next);
    expect(updated.status).toBe(201);
    expect(await stored(doc._id)).toEqual({ ...next, _rev: updated.body.rev });
  });

  it('refuses a volunteer changing or deleting a review, keeping it as it was', async () => {
    const original = await moderatorReview();
    expect((await putDoc('vol-a', { ...original, status: 'dismissed' })).status).toBe(403);
    expect((await http('DELETE', `${docPath(original._id)}?rev=${original._rev}`, 'vol-a')).status).toBe(403);
    expect(await stored(original._id)).toEqual(original);
  });
});

describe('who may use the database at all', () => {
  it('answers a wrong password with 401, reading or writing', async () => {
    const original = await ownReport('vol-a');
    const wrong = { name: 'vol-a', password: 'not-the-password' };
    expect((await http('GET', `/${DB}/_all_docs`, wrong)).status).toBe(401);
    expect((await http('GET', docPath(original._id), wrong)).status).toBe(401);
    const doc = toReportDoc(makeReport(nextPostId()), 'vol-a');
    expect((await putDoc(wrong, doc)).status).toBe(401);
    expect((await putDoc(wrong, { ...original, report: { ...original.report, note: 'x' } })).status).toBe(401);
    expect(await stored(doc._id)).toBeUndefined();
    expect(await stored(original._id)).toEqual(original);
  });

  it('answers no credentials at all with 401, reading or writing', async () => {
    const original = await ownReport('vol-a');
    const list = await http('GET', `/${DB}/_all_docs`, null);
    expect(list.status).toBe(401);
    expect(JSON.stringify(list.body)).not.toContain(original._id);
    expect((await http('GET', docPath(original._id), null)).status).toBe(401);
    const doc = toReportDoc(makeReport(nextPostId()), 'vol-a');
    expect((await putDoc(null, doc)).status).toBe(401);
    expect((await http('DELETE', `${docPath(original._id)}?rev=${original._rev}`, null)).status).toBe(401);
    expect(await stored(doc._id)).toBeUndefined();
    expect(await stored(original._id)).toEqual(original);
  });

  it('keeps out a signed-in user with no team role', async () => {
    const original = await ownReport('vol-a');
    // The password is right: the server knows them, the team database does not.
    expect((await http('GET', '/_session', OUTSIDER)).body.userCtx).toEqual({ name: OUTSIDER.name, roles: [] });
    for (const path of [`/${DB}/_all_docs`, docPath(original._id), `/${DB}/_changes`]) {
      expect([401, 403]).toContain((await http('GET', path, OUTSIDER)).status);
    }
    const own = toReportDoc(makeReport(nextPostId()), OUTSIDER.name);
    expect([401, 403]).toContain((await putDoc(OUTSIDER, own)).status);
    expect(await stored(own._id)).toBeUndefined();
    expect(await stored(original._id)).toEqual(original);
  });

  it('refuses a document that is neither a report nor a review', async () => {
    for (const [auth, doc] of [
      ['vol-a', { _id: `note:${nextPostId()}`, type: 'note', text: 'hello' }],
      ['mod-1', { _id: `note:${nextPostId()}`, type: 'note', text: 'hello' }],
      ['vol-a', { _id: `untyped:${nextPostId()}`, text: 'no type' }],
    ] as const) {
      const put = await putDoc(auth, doc);
      expect(put.status).toBe(403);
      expect(put.body.reason).toBe('not a Saring document');
      expect(await stored(doc._id)).toBeUndefined();
    }
  });
});

describe('saring team setup', () => {
  it('changes nothing when run again, and says so', async () => {
    const before = await stored(DESIGN_DOC_ID);
    const again = await saring(['team', 'setup', '--url', couch.adminUrl, '--db', DB]);
    expect(again.code).toBe(0);
    expect(again.stderr).toBe('');
    expect(again.stdout).toContain(`database ${DB}: already there`);
    expect(again.stdout).toMatch(/^security: unchanged/m);
    expect(again.stdout).toMatch(/^design document _design\/saring: unchanged/m);
    expect(again.stdout.trim().split('\n').at(-1)).toMatch(/^nothing changed/);
    expect(await stored(DESIGN_DOC_ID)).toEqual(before);
    expect((await http('GET', `/${DB}/_security`, 'admin')).body).toEqual(TEAM_SECURITY);
  });

  it('puts back a design document and security object that were changed', async () => {
    const db = `tampered-${postCounter++}`;
    expect((await saring(['team', 'setup', '--url', couch.adminUrl, '--db', db])).code).toBe(0);
    const design = (await http('GET', `/${db}/${DESIGN_DOC_ID}`, 'admin')).body;
    expect((await http('PUT', `/${db}/${DESIGN_DOC_ID}`, 'admin', { ...design, validate_doc_update: 'function () {}' })).status).toBe(201);
    expect((await http('PUT', `/${db}/_security`, 'admin', { members: { roles: [] } })).status).toBe(200);
    const repaired = await saring(['team', 'setup', '--url', couch.adminUrl, '--db', db]);
    expect(repaired.code).toBe(0);
    expect(repaired.stdout).toMatch(/^security: set/m);
    expect(repaired.stdout).toMatch(/^design document _design\/saring: updated/m);
    expect(repaired.stdout).not.toContain('nothing changed');
    expect((await http('GET', `/${db}/${DESIGN_DOC_ID}`, 'admin')).body.validate_doc_update).toBe(design.validate_doc_update);
    expect((await http('GET', `/${db}/_security`, 'admin')).body).toEqual(TEAM_SECURITY);
  });

  it('takes the admin credentials from COUCHDB_USER and COUCHDB_PASSWORD', async () => {
    vi.stubEnv('COUCHDB_USER', ADMIN.name);
    vi.stubEnv('COUCHDB_PASSWORD', ADMIN.password);
    const result = await saring(['team', 'setup', '--url', couch.url, '--db', DB]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('nothing changed');
  });

  it('exits 2 naming the problem when the admin password is wrong, changing nothing', async () => {
    const db = `never-made-${postCounter++}`;
    const url = couch.adminUrl.replace(`:${ADMIN.password}@`, ':wrong-password-123@');
    const result = await saring(['team', 'setup', '--url', url, '--db', db]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/admin name or password "admin" \(401 unauthorized\)/);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).not.toContain('wrong-password-123');
    expect((await http('GET', `/${db}`, 'admin')).status).toBe(404);
  });

  it('refuses a team member’s credentials: a server admin is needed', async () => {
    const url = `http://vol-a:${USERS['vol-a'].password}@127.0.0.1:${couch.port}`;
    const result = await saring(['team', 'setup', '--url', url, '--db', DB]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('"vol-a" is not a server admin');
    expect(result.stderr).not.toContain(USERS['vol-a'].password);
  });

  it('refuses a plain-http URL to another machine before sending anything', async () => {
    const result = await saring(['team', 'setup', '--url', `http://admin:${ADMIN.password}@example.org`, '--db', DB]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('refusing http://example.org: the team server must be reached over https');
    expect(result.stderr).not.toContain(ADMIN.password);
  });

  it('refuses a URL without credentials when the environment has none', async () => {
    vi.stubEnv('COUCHDB_USER', '');
    vi.stubEnv('COUCHDB_PASSWORD', '');
    const result = await saring(['team', 'setup', '--url', couch.url, '--db', DB]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no admin credentials');
  });

  it('refuses a database name CouchDB would refuse', async () => {
    const result = await saring(['team', 'setup', '--url', couch.adminUrl, '--db', 'Team DB']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--db "Team DB" is not a CouchDB database name');
  });

  it('says the server cannot be reached, exit 2', async () => {
    const port = await freePort();
    const result = await saring(['team', 'setup', '--url', `http://admin:${ADMIN.password}@127.0.0.1:${port}`, '--db', DB]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`saring: cannot reach http://127.0.0.1:${port}: ECONNREFUSED\n`);
  });

  it('reports a server error in one line, exit 2', async () => {
    const broken = await startListServer();
    broken.answer((_req, res) => res.writeHead(500, { 'content-type': 'application/json' }).end('{"error":"unknown_error","reason":"disk on fire"}'));
    try {
      const origin = new URL(broken.url).origin.replace('http://', `http://admin:${ADMIN.password}@`);
      const result = await saring(['team', 'setup', '--url', origin, '--db', DB]);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^saring: signing in: http:\/\/127\.0\.0\.1:\d+ answered 500 \(unknown_error: disk on fire\)\n$/);
    } finally {
      await broken.close();
    }
  });
});

describe('saring team add-user', () => {
  const addUser = (name: string, role: string, password?: string) =>
    saring(['team', 'add-user', '--url', couch.adminUrl, '--name', name, '--role', role, ...(password === undefined ? [] : ['--password', password])]);

  it('refuses names that could not be part of a document id', async () => {
    for (const name of ['Vol-A', 'vol a', 'vol:a', 'vol/a', '_admin', 'a'.repeat(65), 'relawan-é']) {
      const result = await addUser(name, 'volunteer', 'some-password');
      expect(result.code, name).toBe(2);
      expect(result.stderr, name).toContain('is not usable: 1 to 64 characters');
      expect(await http('GET', `/_users/${encodeURIComponent(`org.couchdb.user:${name}`)}`, 'admin').then((r) => r.status), name).toBe(404);
    }
    expect((await addUser('a'.repeat(64), 'volunteer', 'some-password')).code).toBe(0);
  });

  it('refuses a role that is not the team’s', async () => {
    const result = await addUser('would-be-admin', '_admin', 'some-password');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--role must be volunteer or moderator');
    expect((await http('GET', `/_users/${encodeURIComponent('org.couchdb.user:would-be-admin')}`, 'admin')).status).toBe(404);
  });

  it('turns a volunteer into a moderator, who may then write reviews', async () => {
    const name = `promoted-${postCounter++}`;
    expect((await addUser(name, 'volunteer', 'first-pw')).stdout).toBe(`user ${name}: created, role volunteer\n`);
    const member = { name, password: 'first-pw' };
    const doc = review(nextPostId());
    expect((await putDoc(member, doc)).status).toBe(403);

    const promoted = await addUser(name, 'moderator');
    expect(promoted).toMatchObject({ code: 0, stderr: '' });
    expect(promoted.stdout).toBe(`user ${name}: updated, role moderator (was volunteer), password kept\n`);
    expect((await http('GET', '/_session', member)).body.userCtx).toEqual({ name, roles: ['moderator'] });
    expect((await putDoc(member, doc)).status).toBe(201);

    expect((await addUser(name, 'moderator')).stdout).toBe(`user ${name}: unchanged, role moderator\n`);
  });

  it('changes a password, the old one no longer signing in', async () => {
    const name = `renewed-${postCounter++}`;
    expect((await addUser(name, 'volunteer', 'old-pw')).code).toBe(0);
    const result = await addUser(name, 'volunteer', 'new-pw');
    expect(result.stdout).toBe(`user ${name}: updated, role volunteer unchanged, password set\n`);
    expect(result.stdout + result.stderr).not.toContain('new-pw');
    expect((await http('GET', '/_session', { name, password: 'new-pw' })).status).toBe(200);
    expect((await http('GET', `/${DB}/_all_docs`, { name, password: 'old-pw' })).status).toBe(401);
  });

  it('takes the password from SARING_USER_PASSWORD', async () => {
    vi.stubEnv('SARING_USER_PASSWORD', 'from-the-env');
    const name = `env-${postCounter++}`;
    const result = await addUser(name, 'volunteer');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect((await http('GET', '/_session', { name, password: 'from-the-env' })).body.userCtx).toEqual({ name, roles: ['volunteer'] });
  });

  it('refuses a new user without a password', async () => {
    vi.stubEnv('SARING_USER_PASSWORD', undefined);
    const name = `nopw-${postCounter++}`;
    const result = await addUser(name, 'volunteer');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${name} is a new user: give a password`);
  });
});

describe('the test server', () => {
  it('loses its data on restart, on the same port', async () => {
    const other = await startCouchServer();
    try {
      const url = other.adminUrl;
      expect((await saring(['team', 'setup', '--url', url, '--db', DB])).stdout).toContain(`database ${DB}: created`);
      await other.restart();
      expect(other.adminUrl).toBe(url);
      expect((await saring(['team', 'setup', '--url', url, '--db', DB])).stdout).toContain(`database ${DB}: created`);
    } finally {
      await other.stop();
    }
  });
});
