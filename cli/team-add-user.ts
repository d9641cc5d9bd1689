import { parseOptions, required, UsageError } from './args';
import { type CouchEnv, couchFailure, couchRequest, couchServer, processCouchEnv, requireAdmin } from './couch-admin';
import { CliError, EXIT, type Io } from './io';
import { TEAM_ADD_USER_USAGE } from './usage';
import { TEAM_ROLES, type TeamRole } from '../utils/team/design-doc';
import { TEAM_NAME } from '../utils/team/team-docs';

const COMMAND = 'team add-user';


const isTeamRole = (role: string): role is TeamRole => (TEAM_ROLES as readonly string[]).includes(role);

// What CouchDB keeps of a password; a new password replaces them all.
const HASH_FIELDS = ['derived_key', 'salt', 'iterations', 'password_scheme', 'pbkdf2_prf', 'password_sha'];

/** Creates a team member's CouchDB account, or changes an existing one's team role and password. */
export async function teamAddUserCommand(
  argv: readonly string[],
  io: Io,
  env: CouchEnv & { SARING_USER_PASSWORD?: string } = processCouchEnv(),
): Promise<number> {
  const { help, values } = parseOptions(argv, ['url', 'name', 'password', 'role'], COMMAND);
  if (help) {
    await io.stdout(TEAM_ADD_USER_USAGE);
    return EXIT.ok;
  }
  const server = couchServer(required(values, 'url', COMMAND), env, COMMAND);
  const name = required(values, 'name', COMMAND);
  if (!TEAM_NAME.test(name)) {
    throw new UsageError(`--name "${name}" is not usable: 1 to 64 characters, only lower-case letters a-z, digits and . _ -, not starting with _ (it becomes part of document ids)`, COMMAND);
  }
  const role = required(values, 'role', COMMAND);
  if (!isTeamRole(role)) throw new UsageError(`--role must be ${TEAM_ROLES.join(' or ')}, not "${role}"`, COMMAND);
  const password = values.password ?? env.SARING_USER_PASSWORD;
  if (password === '') throw new UsageError('the password is empty', COMMAND);

  await requireAdmin(server);
  const id = `org.couchdb.user:${name}`;
  const path = `/_users/${encodeURIComponent(id)}`;
  const current = await couchRequest(server, 'GET', path);
  if (current.status === 404) {
    if (password === undefined) throw new UsageError(`${name} is a new user: give a password with --password or SARING_USER_PASSWORD`, COMMAND);
    const put = await couchRequest(server, 'PUT', path, { _id: id, name, type: 'user', roles: [role], password });
    if (put.status !== 201 && put.status !== 202) throw couchFailure(server, `creating user ${name}`, put);
    await io.stdout(`user ${name}: created, role ${role}\n`);
    return EXIT.ok;
  }
  if (current.status !== 200) throw couchFailure(server, `reading user ${name}`, current);

  const existing = current.body as Record<string, unknown>;
  const oldRoles = Array.isArray(existing.roles) ? (existing.roles as unknown[]).filter((r): r is string => typeof r === 'string') : [];
  // Roles other than the team's (another application's on the same server) are kept.
  const roles = [...oldRoles.filter((r) => !isTeamRole(r)), role];
  const rolesChanged = roles.join('\n') !== oldRoles.join('\n');
  if (!rolesChanged && password === undefined) {
    await io.stdout(`user ${name}: unchanged, role ${role}\n`);
    return EXIT.ok;
  }
  const updated: Record<string, unknown> = { ...existing, name, type: 'user', roles };
  if (password !== undefined) {
    for (const field of HASH_FIELDS) delete updated[field];
    updated.password = password;
  }
  const put = await couchRequest(server, 'PUT', path, updated);
  if (put.status === 409) throw new CliError(`updating user ${name}: it was changed at the same time (409 conflict); run add-user again`);
  if (put.status !== 201 && put.status !== 202) throw couchFailure(server, `updating user ${name}`, put);
  const wasRoles = oldRoles.filter(isTeamRole).join(', ') || 'no team role';
  const what = [rolesChanged ? `role ${role} (was ${wasRoles})` : `role ${role} unchanged`, password !== undefined ? 'password set' : 'password kept'];
  await io.stdout(`user ${name}: updated, ${what.join(', ')}\n`);
  return EXIT.ok;
}
