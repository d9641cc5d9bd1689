import { describe, expect, it } from 'vitest';
import { checkTeamServer } from '@/utils/team/team-config';
import { describeTeamError, teamFailureOf } from '@/utils/team/team-errors';

describe('checkTeamServer', () => {
  const accepted: [string, string, string, { url: string; originPattern: string }][] = [
    ['https', 'https://couch.example.org', 'pemantau-2026', { url: 'https://couch.example.org', originPattern: 'https://couch.example.org/*' }],
    ['https with a port', 'https://couch.example.org:6984', 'pemantau', { url: 'https://couch.example.org:6984', originPattern: 'https://couch.example.org/*' }],
    ['https under a path', 'https://example.org/couch/', 'pemantau', { url: 'https://example.org/couch', originPattern: 'https://example.org/*' }],
    ['http on 127.0.0.1', 'http://127.0.0.1:5984', 'pemantau', { url: 'http://127.0.0.1:5984', originPattern: 'http://127.0.0.1/*' }],
    ['http on localhost', 'http://localhost', 'pemantau', { url: 'http://localhost', originPattern: 'http://localhost/*' }],
    ['http on localhost with a port', 'http://localhost:5984/', 'pemantau', { url: 'http://localhost:5984', originPattern: 'http://localhost/*' }],
    ['spaces round the address', '  https://couch.example.org  ', 'pemantau', { url: 'https://couch.example.org', originPattern: 'https://couch.example.org/*' }],
    ['one trailing slash trimmed', 'https://couch.example.org/', 'pemantau', { url: 'https://couch.example.org', originPattern: 'https://couch.example.org/*' }],
    ['several trailing slashes trimmed', 'https://couch.example.org/couch///', 'pemantau', { url: 'https://couch.example.org/couch', originPattern: 'https://couch.example.org/*' }],
    ['a query dropped', 'https://couch.example.org/?token=abc', 'pemantau', { url: 'https://couch.example.org', originPattern: 'https://couch.example.org/*' }],
    ['a hash dropped', 'https://couch.example.org/couch#_utils', 'pemantau', { url: 'https://couch.example.org/couch', originPattern: 'https://couch.example.org/*' }],
    ['a query and hash dropped', 'https://couch.example.org/couch/?a=1#b', 'pemantau', { url: 'https://couch.example.org/couch', originPattern: 'https://couch.example.org/*' }],
    ['upper case host lowered', 'HTTPS://Couch.Example.ORG', 'pemantau', { url: 'https://couch.example.org', originPattern: 'https://couch.example.org/*' }],
  ];
  it.each(accepted)('accepts %s', (_what, address, db, expected) => {
    expect(checkTeamServer(address, db)).toEqual(expected);
  });

  const refused: [string, string, RegExp][] = [
    ['plain http on another host', 'http://example.org', /https:\/\//],
    ['plain http on a LAN address', 'http://192.168.1.10:5984', /https:\/\//],
    ['http on a host that only starts with localhost', 'http://localhost.example.org', /https:\/\//],
    ['http on a host that only starts with 127.0.0.1', 'http://127.0.0.1.nip.io', /https:\/\//],
    ['a name and password in the address', 'https://user:pw@couch.example.org', /name and password/],
    ['a name alone in the address', 'https://admin@couch.example.org', /name and password/],
    ['credentials on localhost', 'http://admin:secret@127.0.0.1:5984', /name and password/],
    ['ftp', 'ftp://couch.example.org', /https:\/\//],
    ['file', 'file:///etc/passwd', /https:\/\//],
    ['javascript', 'javascript:alert(1)', /https:\/\//],
    ['ws', 'wss://couch.example.org', /https:\/\//],
    ['no scheme', 'couch.example.org', /not a web address/],
    ['nothing', '', /not a web address/],
    ['garbage', 'https://', /not a web address/],
  ];
  it.each(refused)('refuses %s', (_what, address, error) => {
    expect(checkTeamServer(address, 'pemantau')).toEqual({ error: expect.stringMatching(error) });
  });

  const goodNames = ['pemantau', 'pemantau-2026', 'a', 'team_jakarta', 'a$b', 'a(b)', 'a+b', 'org/team', 'a'.repeat(128)];
  it.each(goodNames)('accepts the database name %j', (db) => {
    expect(checkTeamServer('https://couch.example.org', db)).not.toHaveProperty('error');
  });

  const badNames = ['', 'Pemantau', 'pemantaU', '2026-pemantau', '_users', '_replicator', '-team', 'team name', 'team.jakarta', 'tim💚', 'a'.repeat(129), 'team\n', '../_users'];
  it.each(badNames)('refuses the database name %j', (db) => {
    expect(checkTeamServer('https://couch.example.org', db)).toEqual({ error: expect.stringMatching(/database name/) });
  });

  it('the credentials check comes before the scheme check, so a password never lingers in an error about http', () => {
    const result = checkTeamServer('http://user:hunter2@example.org', 'pemantau');
    expect(result).toEqual({ error: expect.stringMatching(/name and password/) });
    expect(JSON.stringify(result)).not.toContain('hunter2');
  });
});

describe('describeTeamError', () => {
  const cases: [string, unknown, RegExp][] = [
    ['401', { status: 401, name: 'unauthorized', reason: 'Name or password is incorrect.' }, /refused the name or password/],
    ['403 with its reason', { status: 403, name: 'forbidden', reason: 'reports only in your own name' }, /^The team server refused this: reports only in your own name$/],
    ['404', { status: 404, name: 'not_found', reason: 'Database does not exist.' }, /database does not exist.*saring team setup/],
    ['500', { status: 500 }, /had an error \(500\).*next try/],
    ['502', { status: 502, reason: 'Bad Gateway' }, /had an error \(502\)/],
    ['503', { status: 503 }, /had an error \(503\)/],
    ['a network failure', new TypeError('fetch failed'), /cannot be reached/],
    ['a network failure with status 0', { status: 0, message: 'Failed to fetch' }, /cannot be reached/],
    ['a JSON parse failure', new SyntaxError('Unexpected token < in JSON at position 0'), /not CouchDB’s.*server address/],
    ['a newer JSON parse failure', new SyntaxError('Unexpected token \'<\', "<!DOCTYPE "... is not valid JSON'), /not CouchDB’s/],
    ['an HTML page as the reason', { reason: '<html><body>Welcome to nginx</body></html>' }, /not CouchDB’s/],
    ['a full disk (Chrome)', Object.assign(new Error('quota'), { name: 'QuotaExceededError' }), /storage is full.*nothing stored is lost/],
    ['a full disk (Firefox)', Object.assign(new Error('quota'), { name: 'NS_ERROR_DOM_QUOTA_REACHED' }), /storage is full/],
    ['a bare string', 'ECONNREFUSED', /cannot be reached/],
    ['undefined', undefined, /cannot be reached/],
    ['null', null, /cannot be reached/],
  ];
  it.each(cases)('%s', (_what, error, expected) => {
    expect(describeTeamError(error)).toMatch(expected);
  });

  it('each kind of failure has its own words', () => {
    const words = new Set([{ status: 401 }, { status: 403, reason: 'x' }, { status: 404 }, { status: 500 }, new TypeError('fetch failed'), new SyntaxError('Unexpected token < in JSON')].map(describeTeamError));
    expect(words.size).toBe(6);
  });

  it('a 4xx other than 401/403/404 is not called a server error', () => {
    expect(describeTeamError({ status: 409, reason: 'Document update conflict.' })).not.toMatch(/had an error/);
  });

  it('a 403 from PouchDB (an Error with a status) passes on its message', () => {
    expect(describeTeamError(Object.assign(new Error('only moderators change review states'), { status: 403, name: 'forbidden' }))).toBe('The team server refused this: only moderators change review states');
  });

  it('a 403 without a reason does not print "undefined" or "[object Object]"', () => {
    expect(describeTeamError({ status: 403 })).not.toMatch(/undefined|\[object Object\]/);
  });
});

describe('teamFailureOf: what the settings page names in the reader’s language', () => {
  it.each([
    [{ status: 401 }, 'unauthorized', ''],
    [{ status: 403, reason: 'only moderators change review states' }, 'refused', 'only moderators change review states'],
    [{ status: 404 }, 'no-database', ''],
    [{ status: 503 }, 'server-error', '503'],
    [new SyntaxError('Unexpected token < in JSON at position 0'), 'not-couchdb', ''],
    [Object.assign(new Error('quota'), { name: 'QuotaExceededError' }), 'storage-full', ''],
    [new TypeError('fetch failed'), 'unreachable', ''],
  ] as const)('%o is %s', (error, problem, detail) => {
    const failure = teamFailureOf(error);
    expect(failure).toMatchObject({ problem, detail });
    expect(failure.message).toBe(describeTeamError(error));
  });
});
