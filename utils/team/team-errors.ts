import { isRecord } from '../is-record';
import { isQuotaError } from '../storage/storage-failure';

/** What went wrong, as the settings page names it in the reader's language (team_problem_* strings). */
export type TeamProblem = 'unauthorized' | 'refused' | 'no-database' | 'server-error' | 'not-couchdb' | 'storage-full' | 'unreachable';

export interface TeamFailure {
  problem: TeamProblem;
  /** The server's reason for a refusal, or the status of a server error; empty otherwise. */
  detail: string;
  /** The same in English, for logs and for errors that travel as text. */
  message: string;
}

/**
 * A sync failure in words a volunteer can act on. PouchDB passes on CouchDB's status and
 * reason; a network failure has no status at all.
 */
export function teamFailureOf(error: unknown): TeamFailure {
  const status = isRecord(error) && typeof error.status === 'number' ? error.status : undefined;
  const reason = isRecord(error) && typeof error.reason === 'string' ? error.reason : error instanceof Error ? error.message : 'no reason given';
  const failure = (problem: TeamProblem, message: string, detail = ''): TeamFailure => ({ problem, detail, message });
  if (isQuotaError(error)) return failure('storage-full', 'This browser’s storage is full, so what the team sent cannot be kept. Free some space; nothing stored is lost, and sync goes on once there is room.');
  if (status === 401) return failure('unauthorized', 'The team server refused the name or password. Check them in the settings.');
  if (status === 403) return failure('refused', `The team server refused this: ${reason}`, reason);
  if (status === 404) return failure('no-database', 'The team database does not exist on that server. Ask the team’s admin to run "saring team setup".');
  if (status !== undefined && status >= 500) return failure('server-error', `The team server had an error (${status}). Reports wait here and go up on the next try.`, String(status));
  if (/JSON|Unexpected token|<html/i.test(reason)) return failure('not-couchdb', 'The server’s answer is not CouchDB’s (a web page?). Check the server address.');
  return failure('unreachable', 'The team server cannot be reached. Reports wait here and go up when it can.');
}

export const describeTeamError = (error: unknown): string => teamFailureOf(error).message;
