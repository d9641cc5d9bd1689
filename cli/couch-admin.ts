import { UsageError } from './args';
import { CliError } from './io';
import { isSecureOrLocal } from '../utils/server-address';

/**
 * The HTTP calls the `team` commands make to a CouchDB server as its admin.
 * The admin's password never reaches the output: URLs are shown without their user info,
 * and the credentials travel only in the Authorization header.
 */

/** A server the commands talk to: its address without credentials, and how to sign in. */
export interface CouchServer {
  /** The server's URL with no user info and no trailing slash, e.g. https://couch.example.org or https://host/couch */
  base: string;
  /** The admin's name, shown in messages (never the password). */
  adminName: string;
  authorization: string;
}

/** Where the admin's credentials may come from besides the URL. */
export interface CouchEnv {
  COUCHDB_USER?: string;
  COUCHDB_PASSWORD?: string;
}

const REQUEST_TIMEOUT_MS = 30_000;

function decode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/**
 * Reads --url: https only (plain http only to this machine, where nothing crosses a network),
 * with the admin's credentials from the URL's user info or COUCHDB_USER / COUCHDB_PASSWORD.
 */
export function couchServer(rawUrl: string, env: CouchEnv, command: string): CouchServer {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    throw new UsageError(`--url is not a URL: ${JSON.stringify(rawUrl.replace(/\/\/[^@/]*@/, '//'))}`, command);
  }
  const shown = `${url.protocol}//${url.host}`;
  if (!isSecureOrLocal(url)) {
    throw new UsageError(
      `refusing ${shown}: the team server must be reached over https (plain http only to 127.0.0.1 or localhost), or passwords and reports cross the network readable`,
      command,
    );
  }
  if (url.search || url.hash) throw new UsageError(`--url must be the server's address, without ?query or #fragment`, command);
  const name = url.username ? decode(url.username) : (env.COUCHDB_USER ?? '');
  const password = url.password ? decode(url.password) : (env.COUCHDB_PASSWORD ?? '');
  if (!name || !password) {
    throw new UsageError(
      `no admin credentials: put them in the URL (https://ADMIN:PASSWORD@host) or set COUCHDB_USER and COUCHDB_PASSWORD`,
      command,
    );
  }
  const base = `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, '')}`;
  return { base, adminName: name, authorization: `Basic ${Buffer.from(`${name}:${password}`, 'utf8').toString('base64')}` };
}

export interface CouchResponse {
  status: number;
  body: any;
}

/** One request to the server; the answer's JSON body, whatever its status. Unreachable is a CliError. */
export async function couchRequest(server: CouchServer, method: string, path: string, body?: unknown): Promise<CouchResponse> {
  let response: Response;
  try {
    response = await fetch(`${server.base}${path}`, {
      method,
      headers: {
        authorization: server.authorization,
        accept: 'application/json',
        // Without it some servers (pouchdb-server) ignore the body and answer 200 anyway.
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      // A redirect is answered as it is (a 3xx in the error), never followed with the credentials.
      redirect: 'manual',
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const why = (error as Error).name === 'TimeoutError' ? `no answer within ${REQUEST_TIMEOUT_MS / 1000} s` : (cause?.code ?? cause?.message ?? (error as Error).message);
    throw new CliError(`cannot reach ${server.base}: ${why}`);
  }
  const text = await response.text();
  let json: unknown = undefined;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = { reason: text.slice(0, 200) };
  }
  return { status: response.status, body: json };
}

/** The one-line error for an answer the command did not expect. */
export function couchFailure(server: CouchServer, what: string, response: CouchResponse): CliError {
  const { status, body } = response;
  const said = body && typeof body === 'object' ? [body.error, body.reason].filter((part) => typeof part === 'string' && part).join(': ') : '';
  const detail = said ? ` (${said})` : '';
  if (status === 401) return new CliError(`${what}: ${server.base} refused the admin name or password "${server.adminName}" (401 unauthorized)${detail}`);
  if (status === 403) return new CliError(`${what}: ${server.base} refused it (403 forbidden)${detail}`);
  return new CliError(`${what}: ${server.base} answered ${status}${detail}`);
}

/** Checks the credentials before changing anything: they must be a server admin's. */
export async function requireAdmin(server: CouchServer): Promise<void> {
  const response = await couchRequest(server, 'GET', '/_session');
  if (response.status !== 200) throw couchFailure(server, 'signing in', response);
  const roles: unknown = response.body?.userCtx?.roles;
  if (!Array.isArray(roles) || !roles.includes('_admin')) {
    throw new CliError(`signing in: "${server.adminName}" is not a server admin of ${server.base}; team setup and add-user need one`);
  }
}

/** The credentials' environment, read in one place (commands otherwise take everything from `io`). */
export function processCouchEnv(): CouchEnv & { SARING_USER_PASSWORD?: string } {
  return { COUCHDB_USER: process.env.COUCHDB_USER, COUCHDB_PASSWORD: process.env.COUCHDB_PASSWORD, SARING_USER_PASSWORD: process.env.SARING_USER_PASSWORD };
}
