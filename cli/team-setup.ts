import { parseOptions, required, UsageError } from './args';
import { type CouchEnv, couchFailure, couchRequest, couchServer, processCouchEnv, requireAdmin } from './couch-admin';
import { CliError, EXIT, type Io } from './io';
import { TEAM_SETUP_USAGE } from './usage';
import { DESIGN_DOC_ID, saringDesignDoc, TEAM_SECURITY } from '../utils/team/design-doc';
import { TEAM_DB_NAME } from '../utils/team/team-config';
import { canonicalJson } from '../utils/lists/canonical-json';

const COMMAND = 'team setup';

/** CouchDB's own rule for database names. */

/**
 * Makes a CouchDB database ready for a team: the database, who may use it (_security) and the
 * rules every write must pass (the design document). Running it again changes only what differs.
 */
export async function teamSetupCommand(argv: readonly string[], io: Io, env: CouchEnv = processCouchEnv()): Promise<number> {
  const { help, values } = parseOptions(argv, ['url', 'db'], COMMAND);
  if (help) {
    await io.stdout(TEAM_SETUP_USAGE);
    return EXIT.ok;
  }
  const server = couchServer(required(values, 'url', COMMAND), env, COMMAND);
  const db = required(values, 'db', COMMAND);
  if (!TEAM_DB_NAME.test(db)) {
    throw new UsageError(`--db "${db}" is not a CouchDB database name: a lower-case letter, then lower-case letters, digits or _$()+-/`, COMMAND);
  }
  const dbPath = `/${encodeURIComponent(db)}`;
  await requireAdmin(server);
  let changed = false;
  const say = (line: string) => io.stdout(`${line}\n`);

  // _users holds the team's accounts; a new CouchDB 3 node may not have it yet.
  for (const [name, path] of [
    ['_users', '/_users'],
    [db, dbPath],
  ] as const) {
    const created = await couchRequest(server, 'PUT', path);
    if (created.status === 201 || created.status === 202) {
      changed = true;
      await say(`database ${name}: created`);
    } else if (created.status === 412) {
      await say(`database ${name}: already there`);
    } else {
      throw couchFailure(server, `creating database ${name}`, created);
    }
  }

  const security = await couchRequest(server, 'GET', `${dbPath}/_security`);
  if (security.status !== 200) throw couchFailure(server, `reading ${db}/_security`, security);
  if (canonicalJson(security.body ?? {}) === canonicalJson(TEAM_SECURITY)) {
    await say(`security: unchanged (members: roles ${TEAM_SECURITY.members.roles.join(', ')})`);
  } else {
    const put = await couchRequest(server, 'PUT', `${dbPath}/_security`, TEAM_SECURITY);
    if (put.status !== 200 && put.status !== 201) throw couchFailure(server, `setting ${db}/_security`, put);
    changed = true;
    await say(`security: set (members: roles ${TEAM_SECURITY.members.roles.join(', ')}; nobody else reads or writes)`);
  }

  const wanted = saringDesignDoc();
  const designPath = `${dbPath}/${DESIGN_DOC_ID}`;
  const current = await couchRequest(server, 'GET', designPath);
  if (current.status !== 200 && current.status !== 404) throw couchFailure(server, `reading ${DESIGN_DOC_ID}`, current);
  const { _rev: rev, ...currentFields } = current.status === 200 ? (current.body as Record<string, unknown>) : { _rev: undefined };
  if (current.status === 200 && canonicalJson(currentFields) === canonicalJson(wanted)) {
    await say(`design document ${DESIGN_DOC_ID}: unchanged (rev ${String(rev)})`);
  } else {
    const put = await couchRequest(server, 'PUT', designPath, rev === undefined ? wanted : { ...wanted, _rev: rev });
    if (put.status !== 201 && put.status !== 202) {
      if (put.status === 409) throw new CliError(`updating ${DESIGN_DOC_ID}: someone changed it at the same time (409 conflict); run team setup again`);
      throw couchFailure(server, `writing ${DESIGN_DOC_ID}`, put);
    }
    changed = true;
    await say(`design document ${DESIGN_DOC_ID}: ${rev === undefined ? 'installed' : 'updated'} (rev ${String(put.body?.rev)})`);
  }

  await say(changed ? `team database ${db} is ready on ${server.base}` : `nothing changed: team database ${db} on ${server.base} was already set up`);
  return EXIT.ok;
}
